/// Findings accepted as they are, so only new ones are reported (`heaplint --baseline`).
///
/// A finding is identified by its rule, its file's path and the trimmed text of its line, not by its
/// line number, so a baseline survives code moving up and down. Identical keys are counted: an entry
/// with count 2 absorbs at most two matching findings of that file, and a third is reported.
///
/// The file is JSON: `{"entries": [{"count", "path", "rule", "text"}...], "version": 1}`, written
/// with sorted keys and sorted entries so it diffs well.
public struct Baseline: Sendable, Codable, Equatable {
  /// The format version this heaplint writes and reads.
  public static let currentVersion = 1
  /// The conventional file name.
  public static let defaultFileName = ".heaplint-baseline.json"

  /// One accepted kind of finding.
  public struct Entry: Sendable, Codable, Equatable, Hashable {
    /// The rule id.
    public var rule: String
    /// The file path, relative to the baseline file's directory (no `./`).
    public var path: String
    /// The finding's line, trimmed of leading and trailing whitespace.
    public var text: String
    /// How many findings with this key are accepted (at least 1).
    public var count: Int

    /// Creates an entry.
    public init(rule: String, path: String, text: String, count: Int = 1) {
      self.rule = rule
      self.path = path
      self.text = text
      self.count = count
    }

    var key: Key { Key(rule: rule, path: path, text: text) }
  }

  struct Key: Hashable {
    var rule: String
    var path: String
    var text: String
  }

  /// The format version of this baseline.
  public var version: Int
  /// The entries, sorted by path, rule and text (byte order), one per key.
  public var entries: [Entry]

  /// A baseline of `entries`; entries with the same key are merged (counts added), then sorted.
  public init(entries: [Entry] = []) {
    version = Self.currentVersion
    var counts: [Key: Int] = [:]
    for entry in entries where entry.count > 0 {
      counts[entry.key, default: 0] += entry.count
    }
    self.entries = counts.map { Entry(rule: $0.key.rule, path: $0.key.path, text: $0.key.text, count: $0.value) }
      .sorted(by: Self.order)
  }

  static func order(_ a: Entry, _ b: Entry) -> Bool {
    if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
    if a.rule != b.rule { return a.rule.utf8.lexicographicallyPrecedes(b.rule.utf8) }
    return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
  }

  static func normalizedPath(_ path: String) -> String {
    var p = Substring(path)
    while p.hasPrefix("./") { p = p.dropFirst(2) }
    return String(p)
  }

  static func key(_ finding: Finding, in file: FileResult, path: String) -> Key {
    Key(rule: finding.ruleID, path: path, text: AdoptionText.trim(file.lineTexts[finding.start.line] ?? ""))
  }

  /// Records every finding of `results`. `storedPath` turns a reported path into the one the
  /// baseline keeps (the CLI stores paths relative to the baseline file, so that runs from any
  /// directory agree).
  public static func record(_ results: [FileResult], storedPath: (String) -> String = { $0 }) -> Baseline {
    var entries: [Entry] = []
    for file in results {
      let path = normalizedPath(storedPath(file.path))
      for finding in file.findings {
        let key = key(finding, in: file, path: path)
        entries.append(Entry(rule: key.rule, path: key.path, text: key.text))
      }
    }
    return Baseline(entries: entries)
  }

  /// `results` without the findings the baseline accepts. Every file is kept (possibly with no
  /// findings left), with its `lineTexts` unchanged. Within a file, findings are matched in report
  /// order and each entry absorbs at most its `count` of them.
  public func filter(_ results: [FileResult], storedPath: (String) -> String = { $0 }) -> [FileResult] {
    guard !entries.isEmpty else { return results }
    var remaining: [Key: Int] = [:]
    for entry in entries { remaining[entry.key, default: 0] += entry.count }
    return results.map { file in
      let path = Self.normalizedPath(storedPath(file.path))
      var kept: [Finding] = []
      for finding in file.findings {
        let key = Self.key(finding, in: file, path: path)
        if let left = remaining[key], left > 0 {
          remaining[key] = left - 1
        } else {
          kept.append(finding)
        }
      }
      return FileResult(path: file.path, findings: kept, lineTexts: file.lineTexts)
    }
  }

  /// The number of findings the baseline accepts in all.
  public var totalCount: Int { entries.reduce(0) { $0 + $1.count } }

  // MARK: - Encoding

  /// Pretty JSON with sorted keys and entries, ending with a newline; the same baseline always gives
  /// the same bytes.
  public func encoded() -> [UInt8] {
    var out = "{\n  \"entries\": ["
    let sortedEntries = entries.sorted(by: Self.order)
    for (index, entry) in sortedEntries.enumerated() {
      out += index == 0 ? "\n" : ",\n"
      out += "    {\n"
      out += "      \"count\": \(entry.count),\n"
      out += "      \"path\": \(Self.quote(entry.path)),\n"
      out += "      \"rule\": \(Self.quote(entry.rule)),\n"
      out += "      \"text\": \(Self.quote(entry.text))\n"
      out += "    }"
    }
    out += sortedEntries.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"version\": \(version)\n}\n"
    return Array(out.utf8)
  }

  static func quote(_ s: String) -> String { JSONText.stringLiteral(s) }

  /// Reads a baseline file's bytes; `path` is used in errors.
  public static func decode(_ bytes: [UInt8], path: String) throws(ConfigurationError) -> Baseline {
    var parser = BaselineJSONParser(bytes: bytes, path: path)
    let root = try parser.parseDocument()
    guard case .object(let members) = root.value else {
      throw parser.error(at: root.offset, "a baseline must be a JSON object with \"version\" and \"entries\"")
    }
    guard let versionValue = members.first(where: { $0.key == "version" })?.value else {
      throw parser.error(at: root.offset, "the baseline has no \"version\"; re-create it with `heaplint --write-baseline`")
    }
    guard case .number(let versionText) = versionValue.value, let version = Int(versionText) else {
      throw parser.error(at: versionValue.offset, "\"version\" must be a whole number")
    }
    guard version == currentVersion else {
      let newer = version > currentVersion ? " (written by a newer heaplint)" : ""
      throw parser.error(
        at: versionValue.offset,
        "unsupported baseline version \(version)\(newer); this heaplint reads version \(currentVersion), re-create the baseline with `heaplint --write-baseline`")
    }
    guard let entriesValue = members.first(where: { $0.key == "entries" })?.value else {
      throw parser.error(at: root.offset, "the baseline has no \"entries\" list")
    }
    guard case .array(let items) = entriesValue.value else {
      throw parser.error(at: entriesValue.offset, "\"entries\" must be a list")
    }
    var entries: [Entry] = []
    for item in items {
      guard case .object(let fields) = item.value else {
        throw parser.error(at: item.offset, "each entry must be an object with \"rule\", \"path\", \"text\" and \"count\"")
      }
      func string(_ name: String) throws(ConfigurationError) -> String {
        guard let field = fields.first(where: { $0.key == name })?.value else {
          throw parser.error(at: item.offset, "this entry has no \"\(name)\"")
        }
        guard case .string(let s) = field.value else { throw parser.error(at: field.offset, "\"\(name)\" must be a string") }
        return s
      }
      let rule = try string("rule")
      let entryPath = try string("path")
      let text = try string("text")
      var count = 1
      if let field = fields.first(where: { $0.key == "count" })?.value {
        guard case .number(let n) = field.value, let value = Int(n), value >= 1 else {
          throw parser.error(at: field.offset, "\"count\" must be a whole number of at least 1")
        }
        count = value
      }
      entries.append(Entry(rule: rule, path: normalizedPath(entryPath), text: text, count: count))
    }
    return Baseline(entries: entries)
  }
}

/// A small JSON reader that keeps byte offsets, so baseline errors have lines and columns.
struct BaselineJSONParser {
  indirect enum Value {
    case object([(key: String, value: Located)])
    case array([Located])
    case string(String)
    /// The number as written.
    case number(String)
    case bool(Bool)
    case null
  }

  struct Located {
    var value: Value
    var offset: Int
  }

  let bytes: [UInt8]
  let path: String
  var i = 0
  let maximumDepth = 64

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  func error(at offset: Int, _ message: String) -> ConfigurationError {
    var line = 1
    var column = 1
    var k = 0
    let end = min(offset, bytes.count)
    while k < end {
      if bytes[k] == 0x0A {
        line += 1
        column = 1
      } else if bytes[k] & 0xC0 != 0x80 {
        column += 1
      }
      k += 1
    }
    return ConfigurationError(path: path, line: line, column: column, message: message)
  }

  mutating func parseDocument() throws(ConfigurationError) -> Located {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    skipSpace()
    guard i < bytes.count else { throw error(at: i, "the baseline file is empty; re-create it with `heaplint --write-baseline`") }
    let value = try parseValue(depth: 0)
    skipSpace()
    guard i == bytes.count else { throw error(at: i, "invalid JSON: unexpected text after the end of the document") }
    return value
  }

  mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(ConfigurationError) {
    skipSpace()
    guard i < bytes.count, bytes[i] == byte else { throw error(at: i, "invalid JSON: expected \(what)") }
    i += 1
  }

  mutating func parseValue(depth: Int) throws(ConfigurationError) -> Located {
    skipSpace()
    let start = i
    guard i < bytes.count else { throw error(at: i, "invalid JSON: unexpected end of file") }
    guard depth < maximumDepth else { throw error(at: i, "invalid JSON: nested too deeply") }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var members: [(key: String, value: Located)] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return Located(value: .object(members), offset: start)
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error(at: i, "invalid JSON: expected a quoted key") }
        let key = try parseString()
        try expect(UInt8(ascii: ":"), "':' after a key")
        members.append((key, try parseValue(depth: depth + 1)))
        skipSpace()
        guard i < bytes.count else { throw error(at: i, "invalid JSON: unexpected end of file; expected ',' or '}'") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard bytes[i] == UInt8(ascii: "}") else { throw error(at: i, "invalid JSON: expected ',' or '}'") }
        i += 1
        return Located(value: .object(members), offset: start)
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [Located] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return Located(value: .array(items), offset: start)
      }
      while true {
        items.append(try parseValue(depth: depth + 1))
        skipSpace()
        guard i < bytes.count else { throw error(at: i, "invalid JSON: unexpected end of file; expected ',' or ']'") }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        guard bytes[i] == UInt8(ascii: "]") else { throw error(at: i, "invalid JSON: expected ',' or ']'") }
        i += 1
        return Located(value: .array(items), offset: start)
      }
    case UInt8(ascii: "\""):
      return Located(value: .string(try parseString()), offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      while i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: ".")
        || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
      {
        i += 1
      }
      return Located(value: .number(String(decoding: bytes[start..<i], as: UTF8.self)), offset: start)
    default:
      for (word, value) in [("true", Value.bool(true)), ("false", .bool(false)), ("null", .null)] where bytes[i...].starts(with: word.utf8) {
        i += word.utf8.count
        return Located(value: value, offset: start)
      }
      throw error(at: i, "invalid JSON: unexpected character")
    }
  }

  mutating func parseString() throws(ConfigurationError) -> String {
    let open = i
    i += 1
    var scalars = String.UnicodeScalarView()
    var runStart = i
    func flush(_ end: Int) throws(ConfigurationError) {
      guard runStart < end else { return }
      guard let text = String(validating: bytes[runStart..<end], as: UTF8.self) else {
        throw error(at: runStart, "invalid JSON: a string is not valid UTF-8")
      }
      scalars.append(contentsOf: text.unicodeScalars)
    }
    while true {
      guard i < bytes.count else { throw error(at: open, "invalid JSON: unterminated string") }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        try flush(i)
        i += 1
        return String(scalars)
      }
      if b < 0x20 { throw error(at: i, "invalid JSON: a control character inside a string must be escaped") }
      if b != UInt8(ascii: "\\") {
        i += 1
        continue
      }
      try flush(i)
      guard i + 1 < bytes.count else { throw error(at: open, "invalid JSON: unterminated string") }
      let escape = bytes[i + 1]
      i += 2
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{8}")
      case UInt8(ascii: "f"): scalars.append("\u{C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var value = try hex4()
        if value >= 0xD800 && value < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
          i += 2
          let low = try hex4()
          if low >= 0xDC00 && low < 0xE000 {
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
          } else {
            throw error(at: i - 6, "invalid JSON: a high surrogate must be followed by a low surrogate")
          }
        }
        guard let scalar = Unicode.Scalar(value) else { throw error(at: i - 6, "invalid JSON: a lone surrogate escape") }
        scalars.append(scalar)
      default:
        throw error(at: i - 2, "invalid JSON: unknown escape")
      }
      runStart = i
    }
  }

  mutating func hex4() throws(ConfigurationError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw error(at: i, "invalid JSON: '\\u' needs four hex digits") }
    var value: UInt32 = 0
    for k in 0..<4 {
      let b = bytes[i + k]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 0x41 + 10)
      default: throw error(at: i + k, "invalid JSON: '\\u' needs four hex digits")
      }
      value = value << 4 | digit
    }
    i += 4
    return value
  }
}
