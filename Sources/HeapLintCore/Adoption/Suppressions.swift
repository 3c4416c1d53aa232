import JavaScriptSyntax

/// One comment of a file, as a front end found it, offered to ``Suppressions``.
public struct DirectiveComment: Sendable, Hashable {
  /// The comment's content without its delimiters (`//`, `/* */`, `<!-- -->`, template comment marks).
  public var text: String
  /// File offsets of the whole comment, delimiters included.
  public var span: Span

  /// Creates a comment.
  public init(text: String, span: Span) {
    self.text = text
    self.span = span
  }
}

/// One `heaplint-...` directive found in a comment.
public struct Directive: Sendable, Hashable {
  /// What a directive does.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// `heaplint-disable-next-line`: the line after the comment's last line.
    case disableNextLine = "heaplint-disable-next-line"
    /// `heaplint-disable-line`: the comment's own line(s).
    case disableLine = "heaplint-disable-line"
    /// `heaplint-disable-file`: the whole file.
    case disableFile = "heaplint-disable-file"
    /// `heaplint-disable`: from the comment's first line until a matching `heaplint-enable`.
    case disable = "heaplint-disable"
    /// `heaplint-enable`: ends a `heaplint-disable` range from the comment's first line on.
    case enable = "heaplint-enable"
  }

  /// The directive's kind.
  public var kind: Kind
  /// The known rule ids named; empty with ``allRules`` true means every rule.
  public var rules: [String]
  /// True when no rule was named (the directive applies to every rule).
  public var allRules: Bool
  /// The free text after `--`, trimmed; empty when absent.
  public var reason: String
  /// The whole comment's span.
  public var span: Span
  /// The comment's first line (1-based).
  public var firstLine: Int
  /// The comment's last line (1-based).
  public var lastLine: Int

  /// Whether the directive covers a rule (ignoring lines).
  public func names(_ ruleID: String) -> Bool { allRules || rules.contains(ruleID) }
}

/// The suppression directives of one file and the questions asked about them.
///
/// Directive forms, at the start of a comment's text (after whitespace):
/// - `heaplint-disable-next-line [RULE[, RULE...]] [-- reason]`: the line after the comment ends;
/// - `heaplint-disable-line [RULES] [-- reason]`: every line the comment spans;
/// - `heaplint-disable [RULES]` ... `heaplint-enable [RULES]`: a range by lines. A directive takes
///   effect on its own first line, so code sharing a line with `heaplint-enable` is checked again.
///   An `enable` without rules ends every range; `disable` without `enable` lasts to the end of the file;
/// - `heaplint-disable-file [RULES]`: the whole file, wherever the comment is.
///
/// Rules are separated by commas and/or spaces. No rules means every rule. A directive naming only
/// unknown rules suppresses nothing (it never falls back to "every rule"); each unknown rule is
/// reported in ``problems``. A comment starting with `heaplint-disable`/`heaplint-enable` followed by
/// anything other than a known form (`heaplint-disable-nextline`) is reported too.
public struct Suppressions: Sendable {
  /// The rule id of problems with directives themselves (unknown rule, misspelt directive).
  public static let invalidDirectiveRuleID = "invalid-directive"
  /// The rule id of directives that suppressed nothing (`--report-unused-directives`).
  public static let unusedDirectiveRuleID = "unused-directive"

  /// The directives found, in comment order. ``apply(to:)``'s `used` indexes into this array.
  public private(set) var directives: [Directive] = []
  /// Directives naming an unknown rule, or misspelt directives: warnings with rule id
  /// ``invalidDirectiveRuleID``, in file order.
  public private(set) var problems: [Finding] = []

  private let file: SourceFile

  /// Finds the directives in `comments` (any order) of `file`.
  public init(comments: [DirectiveComment], file: SourceFile, knownRules: Set<String>) {
    self.file = file
    for comment in comments.sorted(by: { $0.span.start < $1.span.start }) {
      parse(comment, knownRules: knownRules)
    }
  }

  // MARK: - Parsing

  private static let prefix = Array("heaplint-".utf8)

  private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
  }

  private mutating func parse(_ comment: DirectiveComment, knownRules: Set<String>) {
    let bytes = Array(comment.text.utf8)
    var i = 0
    while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
    guard bytes.count - i >= Self.prefix.count, bytes[i..<(i + Self.prefix.count)].elementsEqual(Self.prefix) else { return }
    // The directive word runs up to whitespace or a comma.
    var wordEnd = i
    while wordEnd < bytes.count && !Self.isSpace(bytes[wordEnd]) && bytes[wordEnd] != UInt8(ascii: ",") { wordEnd += 1 }
    let word = String(decoding: bytes[i..<wordEnd], as: UTF8.self)
    let textOffset = locate(comment)
    guard let kind = Directive.Kind(rawValue: word) else {
      if word.hasPrefix("heaplint-disable") || word.hasPrefix("heaplint-enable") {
        let hint = Suggestion.didYouMean(word, in: Directive.Kind.allCases.map(\.rawValue))
        let span = textOffset.map { Span(start: $0 + i, end: $0 + wordEnd) } ?? comment.span
        report("unknown directive '\(word)';\(hint.isEmpty ? "" : hint) the directives are "
          + Directive.Kind.allCases.map(\.rawValue).joined(separator: ", "), span: span)
      }
      return
    }

    // Split off the reason at a `--` that starts a word.
    var end = bytes.count
    var reason = ""
    var k = wordEnd
    while k + 1 < bytes.count {
      if bytes[k] == UInt8(ascii: "-"), bytes[k + 1] == UInt8(ascii: "-"), Self.isSpace(bytes[k - 1]) || bytes[k - 1] == UInt8(ascii: ",") {
        end = k
        reason = AdoptionText.trim(String(decoding: bytes[(k + 2)...], as: UTF8.self))
        break
      }
      k += 1
    }

    var rules: [String] = []
    var named = false
    var start = wordEnd
    var j = wordEnd
    while j <= end {
      if j == end || Self.isSpace(bytes[j]) || bytes[j] == UInt8(ascii: ",") {
        if j > start {
          named = true
          let name = String(decoding: bytes[start..<j], as: UTF8.self)
          if knownRules.contains(name) {
            if !rules.contains(name) { rules.append(name) }
          } else {
            let hint = Suggestion.didYouMean(name, in: knownRules)
            let span = textOffset.map { Span(start: $0 + start, end: $0 + j) } ?? comment.span
            report("'\(word)' names unknown rule '\(name)';\(hint.isEmpty ? "" : hint) run `heaplint rules` to list the rule ids", span: span)
          }
        }
        start = j + 1
      }
      j += 1
    }

    let first = file.lineColumn(at: comment.span.start).line
    let last = file.lineColumn(at: max(comment.span.start, comment.span.end - 1)).line
    directives.append(
      Directive(kind: kind, rules: rules, allRules: !named, reason: reason, span: comment.span, firstLine: first, lastLine: last))
  }

  /// The file offset of the comment's text, found inside its span; nil when the text is not there verbatim.
  private func locate(_ comment: DirectiveComment) -> Int? {
    let needle = Array(comment.text.utf8)
    let lo = max(0, min(comment.span.start, file.bytes.count))
    let hi = max(lo, min(comment.span.end, file.bytes.count))
    guard !needle.isEmpty, hi - lo >= needle.count else { return nil }
    var s = lo
    while s + needle.count <= hi {
      if file.bytes[s] == needle[0], file.bytes[s..<(s + needle.count)].elementsEqual(needle) { return s }
      s += 1
    }
    return nil
  }

  private mutating func report(_ message: String, span: Span) {
    problems.append(
      Finding(
        ruleID: Self.invalidDirectiveRuleID, severity: .warning, message: message,
        help: "Name rules by their ids, separated by commas, e.g. `heaplint-disable-next-line hardcoded-identity -- reason`.",
        start: file.lineColumn(at: span.start), end: file.lineColumn(at: span.end), span: span))
  }

  // MARK: - Queries

  /// The indices of the directives that suppress `ruleID` on `line` (empty when none does).
  public func suppressors(ruleID: String, line: Int) -> [Int] {
    var result: [Int] = []
    var rangeOpener: Int?
    for (index, directive) in directives.enumerated() {
      switch directive.kind {
      case .disableFile:
        if directive.names(ruleID) { result.append(index) }
      case .disableNextLine:
        if line == directive.lastLine + 1 && directive.names(ruleID) { result.append(index) }
      case .disableLine:
        if line >= directive.firstLine && line <= directive.lastLine && directive.names(ruleID) { result.append(index) }
      case .disable:
        if directive.firstLine <= line && directive.names(ruleID) { rangeOpener = index }
      case .enable:
        if directive.firstLine <= line && directive.names(ruleID) { rangeOpener = nil }
      }
    }
    if let rangeOpener { result.append(rangeOpener) }
    return result.sorted()
  }

  /// Whether a finding of `ruleID` on `line` (1-based) is suppressed.
  public func suppresses(ruleID: String, line: Int) -> Bool {
    !suppressors(ruleID: ruleID, line: line).isEmpty
  }

  /// Removes suppressed findings; `used` holds the indices (into ``directives``) of every directive
  /// that suppressed at least one finding.
  public func apply(to findings: [Finding]) -> (kept: [Finding], used: Set<Int>) {
    guard !directives.isEmpty else { return (findings, []) }
    var kept: [Finding] = []
    var used = Set<Int>()
    for finding in findings {
      let by = suppressors(ruleID: finding.ruleID, line: finding.start.line)
      if by.isEmpty {
        kept.append(finding)
      } else {
        used.formUnion(by)
      }
    }
    return (kept, used)
  }

  /// Warnings (rule id ``unusedDirectiveRuleID``) for the disabling directives not in `used`, at the
  /// directive's comment. `heaplint-enable` directives are never reported, and neither are directives
  /// whose rules were all unknown (``problems`` already reports those).
  public func unusedDirectiveFindings(used: Set<Int>) -> [Finding] {
    var result: [Finding] = []
    for (index, directive) in directives.enumerated() where !used.contains(index) && directive.kind != .enable {
      guard directive.allRules || !directive.rules.isEmpty else { continue }
      let what = directive.allRules ? "any finding" : "any '\(directive.rules.joined(separator: "', '"))' finding"
      result.append(
        Finding(
          ruleID: Self.unusedDirectiveRuleID, severity: .warning,
          message: "'\(directive.kind.rawValue)' does not suppress \(what)",
          help: "Remove the directive, or move it to the line it was meant for.",
          start: file.lineColumn(at: directive.span.start), end: file.lineColumn(at: directive.span.end), span: directive.span))
    }
    return result
  }
}

/// Text helpers of the adoption layer.
enum AdoptionText {
  /// `s` without leading and trailing whitespace (spaces, tabs, line breaks and other Unicode spaces).
  static func trim(_ s: String) -> String {
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
