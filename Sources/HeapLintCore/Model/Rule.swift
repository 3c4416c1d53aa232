import JavaScriptSyntax

/// A check over the Heap model of one document (a JavaScript file or an HTML page).
///
/// Rules live in `Rules/`, one file each. A rule reads the model (Heap calls, their abstract
/// values, execution order) and reports through the `RuleContext`; it never looks at raw text.
public protocol Rule: Sendable {
  /// Kebab-case id, part of the public interface (`blocklisted-identity`).
  var id: String { get }
  var defaultSeverity: Severity { get }
  /// One line for tables and SARIF short descriptions.
  var summary: String { get }
  /// Why the rule exists, written for users (used by docs, `explain` and SARIF help).
  var rationale: String { get }
  /// What to do instead, in the imperative.
  var help: String { get }
  /// Code that must and must not trigger the rule; run as tests.
  var examples: [RuleExample] { get }

  func check(_ document: HeapDocument, _ context: inout RuleContext)
}

extension Rule {
  public var info: RuleInfo {
    RuleInfo(id: id, defaultSeverity: defaultSeverity, summary: summary, rationale: rationale, help: help)
  }
}

/// One example in a rule's catalogue entry.
///
/// In `invalid` examples, each `↓` marks where a finding of the rule must start (the marker is
/// removed before linting). `valid` examples must produce no finding of the rule.
public struct RuleExample: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case valid, invalid }
  public var kind: Kind
  public var code: String
  /// The file name the example is linted as; its extension picks the front end.
  public var fileName: String
  /// Where the example is written in the rule's source file (for test failures).
  public var filePath: String
  public var line: Int

  public static let marker: Character = "↓"

  public static func valid(_ code: String, fileName: String = "example.js", filePath: String = #filePath, line: Int = #line) -> RuleExample {
    RuleExample(kind: .valid, code: code, fileName: fileName, filePath: filePath, line: line)
  }

  public static func invalid(_ code: String, fileName: String = "example.js", filePath: String = #filePath, line: Int = #line) -> RuleExample {
    RuleExample(kind: .invalid, code: code, fileName: fileName, filePath: filePath, line: line)
  }

  /// The code without markers, and the byte offsets where the markers stood.
  public var unmarked: (code: String, markers: [Int]) {
    var out = [UInt8]()
    var markers = [Int]()
    for ch in code {
      if ch == RuleExample.marker {
        markers.append(out.count)
      } else {
        out.append(contentsOf: Array(String(ch).utf8))
      }
    }
    return (String(decoding: out, as: UTF8.self), markers)
  }
}

/// A finding as a rule reports it: a span in the document's file, before positions are resolved.
public struct RuleFinding: Sendable, Hashable {
  public var ruleID: String
  public var span: Span
  public var message: String
  public var help: String
  /// Other calls the finding is about (the first identify of a conflict): when a reviewed
  /// finding on one of their lines is suppressed, this finding goes too.
  public var related: [Span] = []
}

/// What a rule reports into.
public struct RuleContext {
  public let ruleID: String
  public let defaultHelp: String
  public private(set) var findings: [RuleFinding] = []

  public init(ruleID: String, defaultHelp: String) {
    self.ruleID = ruleID
    self.defaultHelp = defaultHelp
  }

  /// Reports a problem at `span` (file offsets, as given by `HeapDocument`).
  public mutating func report(_ message: String, at span: Span, help: String? = nil, related: [Span] = []) {
    findings.append(RuleFinding(ruleID: ruleID, span: span, message: message, help: help ?? defaultHelp, related: related))
  }
}
