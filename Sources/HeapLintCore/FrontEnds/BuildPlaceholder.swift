/// Strings that a build or deploy step replaces before the code runs.
///
/// `heap.load("%VITE_HEAP_ID%")` in a Vite `index.html`, `"%REACT_APP_HEAP_ID%"` in Create React
/// App's, `"%sveltekit.env.PUBLIC_HEAP_ID%"` in SvelteKit's `app.html`, `"<%= htmlWebpackPlugin.options.heapId %>"`,
/// `"{{ HEAP_ID }}"` or `"${HEAP_APP_ID}"` filled by envsubst, `"__HEAP_APP_ID__"` or `"@@heapId@@"`
/// replaced by a build script: what runs is the deployment's value, so such a literal is a
/// per-deployment value, never the constant it spells. Snippet placeholders people forget to
/// fill (`YOUR_APP_ID`, `<APP_ID>`, `{app_id}`) have none of these shapes and stay constants.
public enum BuildPlaceholder {
  /// True when the whole string (blanks around it ignored) is a build-time placeholder.
  public static func matches(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var start = 0
    var end = bytes.count
    while start < end, isBlank(bytes[start]) { start += 1 }
    while end > start, isBlank(bytes[end - 1]) { end -= 1 }
    let s = bytes[start..<end]
    guard s.count >= 3 else { return false }
    // `%NAME%`, `%sveltekit.env.NAME%` (Vite, Create React App, SvelteKit).
    if s.first == 0x25, s.last == 0x25, s.count > 2, s.dropFirst().dropLast().allSatisfy(isNameOrDot) { return true }
    // `<%= expr %>`, `<%- expr %>` (lodash templates of html-webpack-plugin, EJS).
    if starts(s, "<%"), ends(s, "%>") { return true }
    // `{{ expr }}` (Mustache-style substitution), `${NAME}` (envsubst), `#{expr}` (Ruby, Pug).
    if starts(s, "{{"), ends(s, "}}") { return true }
    if starts(s, "${") || starts(s, "#{"), s.last == 0x7D, !s.dropFirst(2).dropLast().contains(0x7D) { return true }
    // `__HEAP_APP_ID__` (replaced by a build script).
    if starts(s, "__"), ends(s, "__"), s.count > 4 {
      let inner = s.dropFirst(2).dropLast(2)
      if inner.contains(where: { $0 >= 0x41 && $0 <= 0x5A }), inner.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) {
        return true
      }
    }
    // `@@heapId@@` (grunt-replace and friends).
    if starts(s, "@@"), ends(s, "@@"), s.count > 4, s.dropFirst(2).dropLast(2).allSatisfy(isNameOrDot) { return true }
    return false
  }

  private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private static func isNameOrDot(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E || b == 0x2D
  }

  private static func starts(_ s: ArraySlice<UInt8>, _ prefix: String) -> Bool { s.starts(with: prefix.utf8) }

  private static func ends(_ s: ArraySlice<UInt8>, _ suffix: String) -> Bool {
    let p = Array(suffix.utf8)
    return s.count >= p.count && s.suffix(p.count).elementsEqual(p)
  }
}
