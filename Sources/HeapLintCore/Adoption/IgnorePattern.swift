/// One gitignore line compiled for byte-level matching.
///
/// A pattern is split at `/` into segments that are matched against the segments of a path, so `*`,
/// `?` and classes can never cross a `/` and only a whole `**` segment spans directories.
struct IgnorePattern: Sendable {
  /// One `/`-separated piece of a pattern.
  enum Segment: Sendable {
    /// `**`: any number of whole path segments (at least one when it ends the pattern).
    case globstar
    /// Bytes compared exactly.
    case literal([UInt8])
    /// A segment with wildcards.
    case glob([Token])
  }

  /// One element of a wildcard segment.
  enum Token: Sendable {
    case byte(UInt8)
    /// `?`: exactly one character.
    case any
    /// `*`: any run of characters, possibly empty.
    case star
    /// `[...]`: one character from (or not from) a set.
    case set(CharacterSet)
  }

  /// A bracket expression.
  struct CharacterSet: Sendable {
    var negated = false
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [NamedClass] = []

    func contains(_ scalar: UInt32) -> Bool {
      var found = false
      for range in ranges where range.contains(scalar) {
        found = true
        break
      }
      if !found {
        for named in classes where named.contains(scalar) {
          found = true
          break
        }
      }
      return found != negated
    }
  }

  /// The POSIX classes usable as `[[:name:]]`, ASCII only.
  enum NamedClass: String, Sendable, CaseIterable {
    case alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit

    func contains(_ c: UInt32) -> Bool {
      let isUpper = c >= 0x41 && c <= 0x5A
      let isLower = c >= 0x61 && c <= 0x7A
      let isDigit = c >= 0x30 && c <= 0x39
      switch self {
      case .alnum: return isUpper || isLower || isDigit
      case .alpha: return isUpper || isLower
      case .blank: return c == 0x20 || c == 0x09
      case .cntrl: return c < 0x20 || c == 0x7F
      case .digit: return isDigit
      case .graph: return c > 0x20 && c < 0x7F
      case .lower: return isLower
      case .print: return c >= 0x20 && c < 0x7F
      case .punct: return c > 0x20 && c < 0x7F && !(isUpper || isLower || isDigit)
      case .space: return c == 0x20 || (c >= 0x09 && c <= 0x0D)
      case .upper: return isUpper
      case .xdigit: return isDigit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
      }
    }
  }

  /// The line as written.
  let text: String
  /// `!pattern`: a match re-includes.
  let negated: Bool
  /// `pattern/`: matches directories only.
  let directoryOnly: Bool
  /// A `/` at the start or in the middle: matched against the whole path relative to the base;
  /// otherwise against the last path segment at any depth.
  let anchored: Bool
  let segments: [Segment]

  /// What parsing one line gives: a pattern, nothing (blank line, comment), or an error message.
  enum ParseResult {
    case pattern(IgnorePattern)
    case nothing
    case invalid(String)
  }

  // MARK: - Parsing

  /// Raw pieces of a pattern before it is split at `/`.
  private enum Piece {
    case slash
    case stars(Int)
    case question
    case byte(UInt8)
    case set(CharacterSet)
  }

  static func parse(_ line: String) -> ParseResult {
    var bytes = Array(line.utf8)
    if bytes.last == 0x0D { bytes.removeLast() }
    if bytes.isEmpty { return .nothing }
    if bytes[0] == UInt8(ascii: "#") { return .nothing }

    // Trailing spaces are dropped unless the last one is escaped with a backslash.
    while bytes.last == 0x20 {
      var backslashes = 0
      var i = bytes.count - 2
      while i >= 0 && bytes[i] == UInt8(ascii: "\\") {
        backslashes += 1
        i -= 1
      }
      if backslashes % 2 == 1 { break }
      bytes.removeLast()
    }
    if bytes.isEmpty { return .nothing }

    var negated = false
    var start = 0
    if bytes[0] == UInt8(ascii: "!") {
      negated = true
      start = 1
    }

    var pieces: [Piece] = []
    var i = start
    while i < bytes.count {
      let b = bytes[i]
      switch b {
      case UInt8(ascii: "\\"):
        guard i + 1 < bytes.count else {
          return .invalid("ends with a lone backslash; write '\\\\' for a literal backslash")
        }
        let length = scalarLength(bytes, i + 1, bytes.count)
        for k in 0..<length { pieces.append(.byte(bytes[i + 1 + k])) }
        i += 1 + length
      case UInt8(ascii: "/"):
        pieces.append(.slash)
        i += 1
      case UInt8(ascii: "*"):
        var n = 0
        while i < bytes.count && bytes[i] == UInt8(ascii: "*") {
          n += 1
          i += 1
        }
        pieces.append(.stars(n))
      case UInt8(ascii: "?"):
        pieces.append(.question)
        i += 1
      case UInt8(ascii: "["):
        switch parseBracket(bytes, from: i) {
        case .success(let (set, next)):
          pieces.append(.set(set))
          i = next
        case .failure(let error):
          return .invalid(error.message)
        }
      default:
        pieces.append(.byte(b))
        i += 1
      }
    }

    var directoryOnly = false
    while case .slash = pieces.last {
      directoryOnly = true
      pieces.removeLast()
    }
    let anchored = pieces.contains { if case .slash = $0 { return true } else { return false } }
    // Split at slashes; empty segments (a leading `/`, `a//b`) carry no meaning.
    var groups: [[Piece]] = [[]]
    for piece in pieces {
      if case .slash = piece {
        groups.append([])
      } else {
        groups[groups.count - 1].append(piece)
      }
    }
    groups.removeAll { $0.isEmpty }
    if groups.isEmpty {
      return .invalid("matches nothing: a pattern needs more than '/' and '!'")
    }

    var segments: [Segment] = []
    for group in groups {
      if group.count == 1, case .stars(let n) = group[0], n >= 2 {
        segments.append(.globstar)
        continue
      }
      var tokens: [Token] = []
      var literal: [UInt8] = []
      var isLiteral = true
      for piece in group {
        switch piece {
        case .byte(let b):
          tokens.append(.byte(b))
          literal.append(b)
        case .stars:
          // Runs of stars that are not a whole segment are one ordinary star.
          if case .star = tokens.last {} else { tokens.append(.star) }
          isLiteral = false
        case .question:
          tokens.append(.any)
          isLiteral = false
        case .set(let set):
          tokens.append(.set(set))
          isLiteral = false
        case .slash:
          break
        }
      }
      segments.append(isLiteral ? .literal(literal) : .glob(tokens))
    }
    return .pattern(IgnorePattern(text: line, negated: negated, directoryOnly: directoryOnly, anchored: anchored, segments: segments))
  }

  private struct BracketError: Error {
    var message: String
  }

  /// Parses `[...]` starting at the `[`; returns the set and the index after the closing `]`.
  private static func parseBracket(_ bytes: [UInt8], from open: Int) -> Result<(CharacterSet, Int), BracketError> {
    var set = CharacterSet()
    var i = open + 1
    let n = bytes.count
    if i < n && (bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "^")) {
      set.negated = true
      i += 1
    }
    var first = true
    while true {
      guard i < n else {
        return .failure(BracketError(message: "has an unclosed '[' (write '\\[' for a literal bracket)"))
      }
      let b = bytes[i]
      if b == UInt8(ascii: "]") && !first {
        return .success((set, i + 1))
      }
      first = false
      // A POSIX class: [:name:]
      if b == UInt8(ascii: "["), i + 1 < n, bytes[i + 1] == UInt8(ascii: ":") {
        var j = i + 2
        while j + 1 < n && !(bytes[j] == UInt8(ascii: ":") && bytes[j + 1] == UInt8(ascii: "]")) { j += 1 }
        guard j + 1 < n else {
          return .failure(BracketError(message: "has an unclosed '[:' character class"))
        }
        let name = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
        guard let named = NamedClass(rawValue: name) else {
          let known = NamedClass.allCases.map(\.rawValue).joined(separator: ", ")
          return .failure(BracketError(message: "uses unknown character class '[:\(name):]' (known: \(known))"))
        }
        set.classes.append(named)
        i = j + 2
        continue
      }
      let (low, length) = decodeMember(bytes, i)
      if low == nil { return .failure(BracketError(message: "ends with a lone backslash inside '[...]'")) }
      i += length
      // A range a-z, unless the '-' is the last character before ']'.
      if i + 1 < n, bytes[i] == UInt8(ascii: "-"), bytes[i + 1] != UInt8(ascii: "]") {
        let (high, highLength) = decodeMember(bytes, i + 1)
        guard let high, let lowValue = low else {
          return .failure(BracketError(message: "ends with a lone backslash inside '[...]'"))
        }
        guard lowValue <= high else {
          let a = Unicode.Scalar(lowValue).map { String(Character($0)) } ?? "?"
          let z = Unicode.Scalar(high).map { String(Character($0)) } ?? "?"
          return .failure(BracketError(message: "has an empty range '\(a)-\(z)' (the first character must not come after the second)"))
        }
        set.ranges.append(lowValue...high)
        i += 1 + highLength
        continue
      }
      if let low { set.ranges.append(low...low) }
    }
  }

  /// One member character of a bracket expression (with `\` escapes), as a scalar value and its byte length.
  private static func decodeMember(_ bytes: [UInt8], _ i: Int) -> (UInt32?, Int) {
    if bytes[i] == UInt8(ascii: "\\") {
      guard i + 1 < bytes.count else { return (nil, 1) }
      let (value, length) = decodeScalar(bytes, i + 1, bytes.count)
      return (value, 1 + length)
    }
    return decodeScalar(bytes, i, bytes.count)
  }

  // MARK: - UTF-8

  /// The byte length of the scalar starting at `i` (1 for invalid or truncated sequences).
  @inline(__always)
  static func scalarLength<C: RandomAccessCollection>(_ bytes: C, _ i: Int, _ end: Int) -> Int where C.Element == UInt8, C.Index == Int {
    let b = bytes[i]
    let length: Int
    if b < 0xC0 {
      return 1
    } else if b < 0xE0 {
      length = 2
    } else if b < 0xF0 {
      length = 3
    } else {
      length = 4
    }
    guard i + length <= end else { return 1 }
    for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return 1 }
    return length
  }

  /// The scalar value at `i` and its byte length; an invalid byte stands for itself.
  @inline(__always)
  static func decodeScalar<C: RandomAccessCollection>(_ bytes: C, _ i: Int, _ end: Int) -> (UInt32, Int) where C.Element == UInt8, C.Index == Int {
    let length = scalarLength(bytes, i, end)
    let b = UInt32(bytes[i])
    switch length {
    case 2: return ((b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
    case 3: return ((b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    case 4:
      return ((b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    default: return (b, 1)
    }
  }

  // MARK: - Matching

  /// Whether the pattern matches a path given as bytes and its segment ranges, considering only the
  /// segments from `first` on (the part of the path below the pattern's base directory).
  func matches(_ path: UnsafeBufferPointer<UInt8>, _ segments: ArraySlice<Range<Int>>, isDirectory: Bool) -> Bool {
    if directoryOnly && !isDirectory { return false }
    guard !segments.isEmpty else { return false }
    if anchored {
      return match(pattern: 0, path, segments, segments.startIndex)
    }
    // An unanchored pattern has one segment and is tried against the last path segment.
    return match(pattern: 0, path, segments, segments.endIndex - 1)
  }

  private func match(pattern p: Int, _ path: UnsafeBufferPointer<UInt8>, _ ranges: ArraySlice<Range<Int>>, _ s: Int) -> Bool {
    var p = p
    var s = s
    while p < segments.count {
      switch segments[p] {
      case .globstar:
        if p == segments.count - 1 { return s < ranges.endIndex }
        var k = s
        while k <= ranges.endIndex {
          if match(pattern: p + 1, path, ranges, k) { return true }
          k += 1
        }
        return false
      case .literal(let bytes):
        guard s < ranges.endIndex else { return false }
        let range = ranges[s]
        guard range.count == bytes.count else { return false }
        var k = 0
        for i in range {
          if path[i] != bytes[k] { return false }
          k += 1
        }
      case .glob(let tokens):
        guard s < ranges.endIndex, Self.globMatch(tokens, path, ranges[s]) else { return false }
      }
      p += 1
      s += 1
    }
    return s == ranges.endIndex
  }

  /// Wildcard matching within one segment: greedy with a single backtrack point for the last star,
  /// which is exact here because a star may match any character of a segment.
  private static func globMatch(_ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var p = 0
    var t = range.lowerBound
    let end = range.upperBound
    var starP = -1
    var starT = 0
    while t < end {
      if p < tokens.count {
        switch tokens[p] {
        case .byte(let b):
          if text[t] == b {
            p += 1
            t += 1
            continue
          }
        case .any:
          t += scalarLength(text, t, end)
          p += 1
          continue
        case .set(let set):
          let (scalar, length) = decodeScalar(text, t, end)
          if set.contains(scalar) {
            t += length
            p += 1
            continue
          }
        case .star:
          starP = p
          starT = t
          p += 1
          continue
        }
      }
      guard starP >= 0 else { return false }
      starT += scalarLength(text, starT, end)
      t = starT
      p = starP + 1
    }
    while p < tokens.count, case .star = tokens[p] { p += 1 }
    return p == tokens.count
  }
}

/// A path split into `/`-separated segments, ready for matching.
struct SplitPath {
  var bytes: [UInt8]
  var segments: [Range<Int>]

  /// Splits a relative path; `./` prefixes, repeated and trailing slashes are ignored.
  init(_ path: String) {
    bytes = Array(path.utf8)
    segments = []
    var start = 0
    let n = bytes.count
    var i = 0
    while i <= n {
      if i == n || bytes[i] == UInt8(ascii: "/") {
        if i > start && !(i - start == 1 && bytes[start] == UInt8(ascii: ".")) {
          segments.append(start..<i)
        }
        start = i + 1
      }
      i += 1
    }
  }
}
