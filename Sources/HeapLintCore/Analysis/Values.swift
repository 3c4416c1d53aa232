import JavaScriptSyntax

/// A JavaScript value known exactly at lint time.
public indirect enum JSValue: Hashable, Sendable {
  case undefined
  case null
  case boolean(Bool)
  case number(Double)
  case string(String)
  /// An array whose elements are all known.
  case array([JSValue])
  /// A plain object (its string form is `[object Object]`).
  case object

  /// ECMAScript ToString, as `String(value)` or `` `${value}` `` computes it.
  public var stringValue: String {
    switch self {
    case .undefined: return "undefined"
    case .null: return "null"
    case .boolean(let b): return b ? "true" : "false"
    case .number(let d): return JSValue.numberToString(d)
    case .string(let s): return s
    case .array(let items):
      // Array.prototype.join: undefined and null become empty strings.
      return items.map { v -> String in
        if v == .undefined || v == .null { return "" }
        return v.stringValue
      }.joined(separator: ",")
    case .object: return "[object Object]"
    }
  }

  /// ECMAScript ToBoolean.
  public var truthy: Bool {
    switch self {
    case .undefined, .null: return false
    case .boolean(let b): return b
    case .number(let d): return !(d == 0 || d.isNaN)
    case .string(let s): return !s.isEmpty
    case .array, .object: return true
    }
  }

  /// ECMAScript ToNumber for the values we can know.
  public var numberValue: Double {
    switch self {
    case .undefined: return .nan
    case .null: return 0
    case .boolean(let b): return b ? 1 : 0
    case .number(let d): return d
    case .string(let s):
      let t = s.trimmingWhitespace()
      if t.isEmpty { return 0 }
      if t.hasPrefix("0x") || t.hasPrefix("0X") { return Double(UInt64(t.dropFirst(2), radix: 16) ?? 0) }
      if t == "Infinity" || t == "+Infinity" { return .infinity }
      if t == "-Infinity" { return -.infinity }
      return Double(t) ?? .nan
    case .array(let items):
      return JSValue.string(JSValue.array(items).stringValue).numberValue
    case .object: return .nan
    }
  }

  /// True for values that are not strings and change when turned into a string.
  public var isCoerced: Bool {
    if case .string = self { return false }
    return true
  }

  /// How a user would call this value in a message: `undefined`, `the number 0`, `an object`.
  public var kindDescription: String {
    switch self {
    case .undefined: return "undefined"
    case .null: return "null"
    case .boolean(let b): return "the boolean \(b)"
    case .number(let d): return d.isNaN ? "NaN" : "the number \(JSValue.numberToString(d))"
    case .string: return "a string"
    case .array(let items): return items.isEmpty ? "an empty array" : "an array"
    case .object: return "an object"
    }
  }

  /// ECMAScript's Number::toString: the shortest digits that round-trip (Swift's description
  /// has the same ones), laid out in fixed notation from 1e-6 up to 1e21, exponent form beyond.
  public static func numberToString(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
    if d == 0 { return "0" }
    let text = "\(abs(d))"  // "1.5", "100.0", "1e+20", "1.2345e-07"
    let parts = text.split(separator: "e", maxSplits: 1)
    let mantissa = parts[0]
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    var digits = Array(mantissa.filter { $0 != "." })
    let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
    var n = point + exponent  // digits before the decimal point, as the spec's n
    while digits.first == "0" && digits.count > 1 {
      digits.removeFirst()
      n -= 1
    }
    while digits.last == "0" && digits.count > 1 { digits.removeLast() }
    let k = digits.count
    let all = String(digits)
    var out: String
    if k <= n && n <= 21 {
      out = all + String(repeating: "0", count: n - k)
    } else if 0 < n && n <= 21 {
      out = String(digits[0..<n]) + "." + String(digits[n...])
    } else if -6 < n && n <= 0 {
      out = "0." + String(repeating: "0", count: -n) + all
    } else {
      let e = n - 1
      out = String(digits[0]) + (k > 1 ? "." + String(digits[1...]) : "") + "e" + (e >= 0 ? "+" : "-") + String(abs(e))
    }
    return (d < 0 ? "-" : "") + out
  }
}

extension String {
  /// The string without leading and trailing ECMAScript white space and line terminators.
  func trimmingWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let f = scalars.first, f.isJSWhitespace { scalars.removeFirst() }
    while let l = scalars.last, l.isJSWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// True when every character is white space (or the string is empty).
  public var isBlankForHeap: Bool {
    unicodeScalars.allSatisfy(\.isJSWhitespace)
  }
}

extension Unicode.Scalar {
  var isJSWhitespace: Bool {
    switch value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }
}

/// One thing an expression may evaluate to.
public enum PossibleValue: Hashable, Sendable {
  /// Exactly this value. `origin` is the source text that produced it when that helps a message
  /// (the variable or expression a coercion came from).
  case constant(JSValue, origin: String?)
  /// A random or time-based value; `source` names the generator (`crypto.randomUUID()`).
  case random(source: String)
  /// A function, class or regular expression value.
  case callable(String)
  /// Anything else: known only at run time (a user id, a template hole, a parameter).
  case dynamic
}

/// The set of values an expression may have, as far as lint time can tell.
public struct AbstractValue: Hashable, Sendable {
  public var possibilities: [PossibleValue]

  public init(_ possibilities: [PossibleValue]) {
    // Most values have one possibility or a few: those are kept or compared directly. Hashing
    // them into a set hashed every origin text (a whole object literal's, say) and was a tenth of
    // a bundle's value analysis.
    if possibilities.count <= 1 {
      self.possibilities = possibilities
      return
    }
    if possibilities.count <= 8 {
      var kept: [PossibleValue] = []
      kept.reserveCapacity(possibilities.count)
      for p in possibilities where !kept.contains(p) { kept.append(p) }
      self.possibilities = kept
      return
    }
    var seen = Set<PossibleValue>()
    self.possibilities = possibilities.filter { seen.insert($0).inserted }
    if self.possibilities.count > AbstractValue.limit {
      self.possibilities = Array(self.possibilities.prefix(AbstractValue.limit)) + [.dynamic]
    }
  }

  /// Past this many possibilities the rest is summarised as dynamic.
  static let limit = 32

  public static let dynamic = AbstractValue([.dynamic])
  public static func constant(_ v: JSValue, origin: String? = nil) -> AbstractValue { AbstractValue([.constant(v, origin: origin)]) }

  public func union(_ other: AbstractValue) -> AbstractValue { AbstractValue(possibilities + other.possibilities) }

  /// The known values, if every possibility is a constant.
  public var constants: [JSValue]? {
    var out = [JSValue]()
    for p in possibilities {
      guard case .constant(let v, _) = p else { return nil }
      out.append(v)
    }
    return out
  }

  public var isDynamic: Bool { possibilities.contains(.dynamic) }
}
