import JavaScriptSyntax

/// A server-side template language whose tags are masked before HTML extraction.
public enum TemplateKind: String, Sendable, CaseIterable {
  case erb, ejs, handlebars, jinja, php, blade, twig, liquid, jsp, razor, goTemplate, pug, angular
}

/// The code of one branch of a template conditional (`if` / `elsif` / `else`, `case` / `when`).
public struct TemplateBranch: Sendable, Hashable {
  /// Identifies the conditional; branches with the same ID exclude each other.
  public var conditionalID: Int
  /// The branch's position in its conditional, from 0.
  public var branchIndex: Int
  /// The file span of the branch's body, between its tag and the next branch's (or end) tag.
  public var span: Span

  /// Creates a branch.
  public init(conditionalID: Int, branchIndex: Int, span: Span) {
    self.conditionalID = conditionalID
    self.branchIndex = branchIndex
    self.span = span
  }
}

/// A template with its tags masked so the HTML and JavaScript around them still parse.
///
/// Offsets and line terminators are preserved, so positions found in `bytes` are positions in
/// the template file; compute lines and columns from the original bytes (a masked multi-byte
/// character becomes several one-byte fillers).
public struct MaskedTemplate: Sendable {
  /// The masked text, the same length as the template.
  public var bytes: [UInt8]
  /// The file spans of output tags: values that change per request.
  public var holes: [Span]
  /// The branches of template conditionals, ordered by conditional and branch.
  public var branches: [TemplateBranch]
  /// Scripts a tag prints from a string of the template language (Rails'
  /// `<%= javascript_tag "..." %>`), which the masked HTML does not hold.
  public var inlineScripts: [InlineScript] = []

  /// Creates a masked template.
  public init(bytes: [UInt8], holes: [Span], branches: [TemplateBranch]) {
    self.bytes = bytes
    self.holes = holes
    self.branches = branches
  }
}

/// A classic script printed by a template tag from a string literal of the template language.
public struct InlineScript: Sendable {
  /// The code: the string's content, the same length as it, with its interpolations filled.
  public var code: [UInt8]
  /// The file offset of the code's first byte.
  public var offset: Int
  /// File spans of the interpolations (`#{...}`): per-request values.
  public var holes: [Span]
}

/// Replaces server-side template tags with same-length fillers.
///
/// Output tags become `x` runs inside JavaScript strings (and in markup) and `_` runs where a
/// JavaScript value goes, and are recorded as holes; statements and comments become spaces.
/// Line terminators inside tags are kept. One forward scan per file; unterminated tags are
/// masked to the end of the file.
public enum TemplateMasker {
  /// The template language of a file, from its name; nil for files that are not templates.
  public static func kind(forPath path: String) -> TemplateKind? {
    kind(forLowercasedName: FileKind.lowercasedName(path))
  }

  private static let suffixes: [([UInt8], TemplateKind)] = ([
    (".blade.php", .blade), (".component.html", .angular),
    (".erb", .erb), (".rhtml", .erb), (".ejs", .ejs),
    (".hbs", .handlebars), (".handlebars", .handlebars), (".mustache", .handlebars),
    (".njk", .jinja), (".nunjucks", .jinja), (".jinja", .jinja), (".jinja2", .jinja), (".j2", .jinja),
    (".php", .php), (".phtml", .php), (".twig", .twig), (".liquid", .liquid),
    (".jsp", .jsp), (".jspf", .jsp), (".cshtml", .razor), (".razor", .razor),
    (".gohtml", .goTemplate), (".tmpl", .goTemplate), (".gotmpl", .goTemplate),
    (".pug", .pug), (".jade", .pug),
  ] as [(String, TemplateKind)]).map { (Array($0.0.utf8), $0.1) }

  /// The template language for a file name already lowercased (`FileKind.lowercasedName`). A
  /// directory walk asks this of every file, so the suffixes are compared as bytes.
  static func kind(forLowercasedName name: String) -> TemplateKind? {
    var name = name
    return name.withUTF8 { bytes in
      for (suffix, kind) in suffixes where bytes.count > suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) {
        return kind
      }
      return nil
    }
  }

  /// Whether plain HTML contains template tags: `{{ }}`, `{{{ }}}` or `{% %}`.
  public static func looksLikeTemplate(_ bytes: [UInt8]) -> Bool {
    guessKind(bytes) != nil
  }

  /// The likeliest template language of a plain HTML file with template tags: `.jinja` when
  /// it has `{% %}` statements, Go's (Hugo's layouts) when a `{{ }}` tag is `end` or starts
  /// with a field (`{{ .Title }}`), `.handlebars` otherwise; nil without tags.
  public static func guessKind(_ bytes: [UInt8]) -> TemplateKind? {
    var sawOutput = false
    var sawGo = false
    var i = 0
    let n = bytes.count
    while i + 1 < n {
      if bytes[i] == 0x7B, bytes[i + 1] == 0x7B || bytes[i + 1] == 0x25 {
        let closer: UInt8 = bytes[i + 1] == 0x7B ? 0x7D : 0x25
        var j = i + 2
        let limit = min(n - 1, i + 400)
        while j < limit, bytes[j] != 0x0A || closer == 0x25 {
          if bytes[j] == closer, bytes[j + 1] == 0x7D { break }
          if bytes[j] == 0x3B, closer == 0x7D { break }
          j += 1
        }
        if j < limit, bytes[j] == closer, bytes[j + 1] == 0x7D, j > i + 2 {
          if closer == 0x25 { return .jinja }
          sawOutput = true
          if !sawGo { sawGo = Self.isGoAction(bytes[(i + 2)..<j]) }
        }
        i = j
      }
      i += 1
    }
    return sawOutput ? (sawGo ? .goTemplate : .handlebars) : nil
  }

  /// A tag's inside that only Go templates write: `end` (Handlebars closes with `{{/if}}`) or
  /// a field of the dot (`.Title`, `- .Params.x`).
  private static func isGoAction(_ inner: ArraySlice<UInt8>) -> Bool {
    var rest = inner.drop { $0 == 0x20 || $0 == 0x2D || $0 == 0x09 }
    while let last = rest.last, last == 0x20 || last == 0x2D || last == 0x09 { rest = rest.dropLast() }
    if rest.elementsEqual("end".utf8) { return true }
    guard rest.first == 0x2E, let next = rest.dropFirst().first else { return false }
    return (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A)
  }

  /// Masks the template tags of `bytes` written in `kind`.
  public static func mask(_ bytes: [UInt8], kind: TemplateKind) -> MaskedTemplate {
    var writer = MaskWriter(bytes)
    switch kind {
    case .erb, .ejs, .jsp: PercentTagScanner(kind: kind).scan(&writer)
    case .handlebars, .jinja, .twig, .liquid, .goTemplate, .angular, .blade: CurlyTagScanner(kind: kind).scan(&writer)
    case .php: PHPTagScanner.scan(&writer)
    case .razor: RazorScanner.scan(&writer)
    case .pug: return PugScanner.mask(bytes)
    }
    return writer.finish()
  }
}

/// The output of a mask under construction: passes bytes through, writes fillers, records
/// holes, and keeps the stack of open template blocks to record conditional branches.
struct MaskWriter {
  private struct Block {
    var name: String
    var conditionalID: Int?
    var branchIndex = 0
    var branchStart: Int?
    /// Opened in script code where a value is expected (`x = {{#if a}}1{{else}}2{{/if}}`).
    var inExpression = false
    /// Where the opening tag ends.
    var openEnd = 0
    /// Where a masked `{{else}}` may end in `||`, once its branch turns out to hold code.
    var pendingOr: Int?
  }

  let input: [UInt8]
  private(set) var output: [UInt8]
  private var holes: [Span] = []
  private var branches: [TemplateBranch] = []
  /// See `MaskedTemplate.inlineScripts`.
  var inlineScripts: [InlineScript] = []
  private var blocks: [Block] = []
  private var nextConditionalID = 0
  private(set) var tracker: TemplateContextTracker
  /// Everything before this offset has been written.
  private(set) var position = 0

  init(_ input: [UInt8]) {
    self.input = input
    self.output = input
    self.tracker = TemplateContextTracker(bytes: input)
  }

  /// Passes the input through unchanged up to `end`.
  mutating func pass(to end: Int) {
    let end = min(end, input.count)
    while position < end {
      tracker.advance(position)
      position += 1
    }
  }

  /// Masks a statement or comment: spaces, line terminators kept.
  mutating func statement(_ start: Int, _ end: Int) {
    pass(to: start)
    let end = min(end, input.count)
    guard position < end else { return }
    fill(position..<end, context: nil)
    position = end
  }

  /// Masks an output tag with the filler its context needs and records it as a hole.
  mutating func output(_ start: Int, _ end: Int) {
    pass(to: start)
    let end = min(end, input.count)
    guard position < end else { return }
    fill(position..<end, context: tracker.context)
    holes.append(Span(start: position, end: end))
    position = end
  }

  /// Replaces already masked bytes (a tag's filler) with markup for the HTML front end, such as
  /// the `<script>` a template helper prints.
  mutating func overwrite(at offset: Int, with bytes: [UInt8]) {
    for (k, b) in bytes.enumerated() where offset + k < output.count && offset + k < position { output[offset + k] = b }
  }

  /// Treats what follows as the content of a `<script>` element, for synthesized scripts.
  mutating func enterScript(at offset: Int) {
    pass(to: offset)
    tracker.enterScript()
  }

  /// Treats what follows as HTML text again.
  mutating func leaveScript(at offset: Int) {
    pass(to: offset)
    tracker.leaveScript()
  }

  private mutating func fill(_ range: Range<Int>, context: FillerContext?) {
    var segmentStart = range.lowerBound
    var segmentIndex = 0
    var i = range.lowerBound
    while i < range.upperBound {
      let terminatorLength = Self.lineTerminatorLength(input, at: i, end: range.upperBound)
      if terminatorLength == 0 {
        i += 1
        continue
      }
      fillSegment(segmentStart..<i, index: segmentIndex, context: context, beforeTerminator: input[i] != 0xE2)
      if input[i] != 0xE2 || segmentStart < i { segmentIndex += 1 }
      i += terminatorLength
      segmentStart = i
    }
    fillSegment(segmentStart..<range.upperBound, index: segmentIndex, context: context, beforeTerminator: false)
  }

  /// Fills one line of a tag. In code a tag spanning lines becomes `___` `.__` `.__`, a member
  /// chain that neither ASI nor a parenthesis breaks; in a quoted string each line but the last
  /// ends with a `\` line continuation.
  private mutating func fillSegment(_ range: Range<Int>, index: Int, context: FillerContext?, beforeTerminator: Bool) {
    guard !range.isEmpty else { return }
    for k in range { output[k] = 0x20 }
    guard let context else { return }
    switch context {
    case .code:
      if index == 0 {
        for k in range { output[k] = 0x5F }
      } else if range.count >= 2 {
        output[range.lowerBound] = 0x2E
        for k in (range.lowerBound + 1)..<range.upperBound { output[k] = 0x5F }
      }
    case .string:
      for k in range { output[k] = 0x78 }
      if beforeTerminator { output[range.upperBound - 1] = 0x5C }
    case .lineComment:
      if index == 0 { for k in range { output[k] = 0x78 } }
    case .markup, .templateLiteral, .blockComment:
      for k in range { output[k] = 0x78 }
    }
  }

  /// The length of the line terminator at `i` (CRLF counts as one), or 0.
  static func lineTerminatorLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int {
    let b = bytes[i]
    if b == 0x0A { return 1 }
    if b == 0x0D { return i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1 }
    if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return 3 }
    return 0
  }

  // MARK: Blocks and branches

  /// Opens a block; a conditional one starts its first branch at `bodyStart` unless it is a
  /// switch whose branches open with `case` tags.
  mutating func openBlock(_ name: String, conditional: Bool = false, switchLike: Bool = false, bodyStart: Int) {
    var block = Block(name: name)
    if conditional || switchLike {
      block.conditionalID = nextConditionalID
      nextConditionalID += 1
      if !switchLike { block.branchStart = bodyStart }
      block.inExpression = tracker.context == .code && codeBeforeExpectsValue()
      block.openEnd = position
    }
    blocks.append(block)
  }

  /// The last code written before the current position is an operator or an opening
  /// bracket, so a value follows (`=`, `(`, `,`, `[`, `:`, `?`, `+`, `&&`, `!`, ...). Not `<`
  /// or `>`: before a script's first statement the last byte is the `>` of `<script>`.
  private func codeBeforeExpectsValue() -> Bool {
    guard let i = lastCodeByte(before: position) else { return false }
    return Array("=(,[:?+-*%&|^!~".utf8).contains(output[i])
  }

  /// The offset of the last byte before `end` that is not white space.
  private func lastCodeByte(before end: Int) -> Int? {
    var i = min(end, output.count) - 1
    while i >= 0, output[i] == 0x20 || output[i] == 0x09 || output[i] == 0x0A || output[i] == 0x0D { i -= 1 }
    return i >= 0 ? i : nil
  }

  /// Starts the next branch of the innermost block, if it is a conditional.
  mutating func branch(tagStart: Int, bodyStart: Int) {
    guard let top = blocks.indices.last, blocks[top].conditionalID != nil else { return }
    endBranch(tagStart: tagStart)
    blocks[top].branchStart = bodyStart
    // In an expression the branches are alternative values: the masked `{{else}}` ends in `||`
    // so `1 {{else}} 2` reads as one expression (`1       || 2`), not two values in a row.
    // Only between two values: not next to an empty branch (decided when this branch ends),
    // nor after statements (`f();`, `}`).
    if blocks[top].inExpression, position >= bodyStart, bodyStart - tagStart >= 2, bodyStart <= output.count,
      output[bodyStart - 2] == 0x20, output[bodyStart - 1] == 0x20,
      let last = lastCodeByte(before: tagStart), last >= blocks[top].openEnd, output[last] != 0x3B, output[last] != 0x7D
    {
      blocks[top].pendingOr = bodyStart - 2
    }
  }

  /// Ends the open branch of the innermost block, if any.
  mutating func endBranch(tagStart: Int) {
    guard let top = blocks.indices.last, let id = blocks[top].conditionalID, let start = blocks[top].branchStart else {
      return
    }
    if let or = blocks[top].pendingOr {
      blocks[top].pendingOr = nil
      if let last = lastCodeByte(before: tagStart), last > or + 1 {
        output[or] = 0x7C
        output[or + 1] = 0x7C
      }
    }
    branches.append(TemplateBranch(conditionalID: id, branchIndex: blocks[top].branchIndex, span: Span(start: start, end: max(start, tagStart))))
    blocks[top].branchIndex += 1
    blocks[top].branchStart = nil
  }

  /// Closes the innermost block, or the innermost one named `name` and those inside it.
  mutating func closeBlock(named name: String? = nil, tagStart: Int) {
    let target: Int?
    if let name { target = blocks.lastIndex { $0.name == name } } else { target = blocks.indices.last }
    guard let target else { return }
    while blocks.count > target {
      endBranch(tagStart: tagStart)
      let closed = blocks.removeLast()
      lastClosed = (closed, blocks.count, tagStart)
    }
  }

  /// The block closed last, the depth it stood at, and where its closing tag starts. A block
  /// closed later at the same depth replaces it, so text in between holds no sibling block.
  private var lastClosed: (block: Block, depth: Int, tagStart: Int)?

  /// Opens `name` as the next arm of the block of the same name that was the last one closed at
  /// this depth (Mustache's `{{#x}}...{{/x}}{{^x}}...{{/x}}`: a section and its inverse never both
  /// render). Returns false, opening nothing, when there is no such block.
  mutating func reopenAsNextBranch(named name: String, bodyStart: Int) -> Bool {
    guard let last = lastClosed, last.block.name == name, last.depth == blocks.count, last.block.conditionalID != nil else { return false }
    var block = last.block
    block.branchStart = bodyStart
    blocks.append(block)
    lastClosed = nil
    return true
  }

  /// The name of the innermost open block.
  var innermostBlock: String? { blocks.last?.name }

  var openBlockCount: Int { blocks.count }

  /// Passes the rest of the input through, closes open blocks at the end, and returns the mask.
  mutating func finish() -> MaskedTemplate {
    pass(to: input.count)
    closeAll(at: input.count)
    var masked = MaskedTemplate(bytes: output, holes: holes, branches: sortedBranches)
    masked.inlineScripts = inlineScripts
    return masked
  }

  mutating func closeAll(at end: Int) {
    while !blocks.isEmpty { closeBlock(tagStart: end) }
  }

  var sortedBranches: [TemplateBranch] {
    branches.sorted { ($0.conditionalID, $0.branchIndex) < ($1.conditionalID, $1.branchIndex) }
  }
}
