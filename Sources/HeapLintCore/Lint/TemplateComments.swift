import JavaScriptSyntax

/// Finds the comments of a template language (`<%# %>`, `{{!-- --}}`, `{# #}`, `@* *@`, ...) that
/// hold heaplint directives. Only comments containing `heaplint-` are returned; the search is a
/// byte scan for the language's delimiters.
enum TemplateComments {
  /// Opening and closing delimiters of comments, per template language.
  static func delimiters(for kind: TemplateKind) -> [(open: String, close: String)] {
    switch kind {
    case .erb, .ejs: return [("<%#", "%>")]
    case .jsp: return [("<%--", "--%>")]
    case .handlebars: return [("{{!--", "--}}"), ("{{!", "}}")]
    case .jinja, .twig: return [("{#", "#}")]
    case .liquid: return [("{% comment %}", "{% endcomment %}"), ("{%- comment -%}", "{%- endcomment -%}")]
    case .blade: return [("{{--", "--}}")]
    case .php: return [("<?php /*", "*/"), ("<?php //", "?>")]
    case .razor: return [("@*", "*@")]
    case .goTemplate: return [("{{/*", "*/}}"), ("{{- /*", "*/ -}}")]
    case .pug: return [("//-", "\n")]
    case .angular: return []
    }
  }

  static func find(in bytes: [UInt8], kind: TemplateKind) -> [DirectiveComment] {
    let marker = Array("heaplint-".utf8)
    let has = bytes.withUnsafeBufferPointer { Prefilter.contains($0, marker) }
    guard has else { return [] }
    var out: [DirectiveComment] = []
    for (open, close) in delimiters(for: kind) {
      let o = Array(open.utf8)
      let c = Array(close.utf8)
      var i = 0
      while let start = index(of: o, in: bytes, from: i) {
        let contentStart = start + o.count
        let end = index(of: c, in: bytes, from: contentStart) ?? bytes.count
        let text = String(decoding: bytes[contentStart..<end], as: UTF8.self)
        let spanEnd = min(bytes.count, end + c.count)
        if text.contains("heaplint-") { out.append(DirectiveComment(text: text, span: Span(start: start, end: spanEnd))) }
        i = max(spanEnd, start + 1)
      }
    }
    return out.sorted { $0.span.start < $1.span.start }
  }

  private static func index(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, from <= bytes.count - needle.count else { return nil }
    var i = from
    while i <= bytes.count - needle.count {
      if bytes[i] == needle[0] {
        var k = 1
        while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }
}
