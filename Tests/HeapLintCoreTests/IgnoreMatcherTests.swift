import Testing

@testable import HeapLintCore

@Suite struct IgnoreMatcherTests {
  private func ignored(_ patterns: [String], _ path: String, directory: Bool = false) -> Bool? {
    IgnoreMatcher(patterns: patterns).decision(for: path, isDirectory: directory)
  }

  @Test func commentsAndBlankLinesMatchNothing() {
    let matcher = IgnoreMatcher(text: "# a comment\n\n   \n#*.js\n")
    #expect(matcher.isEmpty)
    #expect(matcher.decision(for: "#*.js", isDirectory: false) == nil)
    #expect(matcher.decision(for: "a.js", isDirectory: false) == nil)
  }

  @Test func unanchoredNamesMatchAtAnyDepth() {
    #expect(ignored(["*.min.js"], "app.min.js") == true)
    #expect(ignored(["*.min.js"], "src/vendor/app.min.js") == true)
    #expect(ignored(["*.min.js"], "src/app.js") == nil)
    #expect(ignored(["build"], "build", directory: true) == true)
    #expect(ignored(["build"], "pkg/build", directory: false) == true)
    // Only the last segment is looked at; the walker never enters an ignored directory.
    #expect(ignored(["build"], "build/out.js") == nil)
  }

  @Test func leadingOrMiddleSlashAnchors() {
    #expect(ignored(["/dist"], "dist", directory: true) == true)
    #expect(ignored(["/dist"], "pkg/dist", directory: true) == nil)
    #expect(ignored(["doc/frotz"], "doc/frotz") == true)
    #expect(ignored(["doc/frotz"], "a/doc/frotz") == nil)
    #expect(ignored(["src/*.js"], "src/a.js") == true)
    #expect(ignored(["src/*.js"], "src/lib/a.js") == nil)
  }

  @Test func trailingSlashMeansDirectoriesOnly() {
    #expect(ignored(["logs/"], "logs", directory: true) == true)
    #expect(ignored(["logs/"], "logs", directory: false) == nil)
    #expect(ignored(["logs/"], "a/b/logs", directory: true) == true)
    // A trailing slash does not anchor.
    #expect(ignored(["/out/"], "x/out", directory: true) == nil)
  }

  @Test func negationReincludesAndLastMatchWins() {
    let patterns = ["*.js", "!keep.js"]
    #expect(ignored(patterns, "a.js") == true)
    #expect(ignored(patterns, "keep.js") == false)
    #expect(ignored(patterns, "lib/keep.js") == false)
    #expect(ignored(["!keep.js", "*.js"], "keep.js") == true)
    #expect(ignored(["!x.js"], "y.js") == nil)
  }

  @Test func questionMarkAndClasses() {
    #expect(ignored(["file?.js"], "file1.js") == true)
    #expect(ignored(["file?.js"], "file12.js") == nil)
    #expect(ignored(["file?.js"], "fileé.js") == true, "? matches one character, not one byte")
    #expect(ignored(["[abc].js"], "b.js") == true)
    #expect(ignored(["[abc].js"], "d.js") == nil)
    #expect(ignored(["[a-c]x"], "bx") == true)
    #expect(ignored(["[!a-c]x"], "bx") == nil)
    #expect(ignored(["[^a-c]x"], "dx") == true)
    #expect(ignored(["[]]"], "]") == true)
    #expect(ignored(["[a-]"], "-") == true)
    #expect(ignored(["[[:digit:]]*"], "9lives") == true)
    #expect(ignored(["[[:upper:]]*"], "lower") == nil)
    #expect(ignored(["[é]"], "é") == true)
    #expect(ignored(["a[/]b"], "a/b") == nil, "a class never matches a slash")
  }

  @Test func starsStayInsideOneSegment() {
    #expect(ignored(["a*b"], "axxb") == true)
    #expect(ignored(["/a*b"], "a/b") == nil)
    #expect(ignored(["src/*"], "src/x/y") == nil)
    #expect(ignored(["*"], "anything.at/all") == true)
    #expect(ignored(["a***b"], "axb") == true, "runs of stars inside a segment are one star")
    #expect(ignored(["*a*a*a*a*a*b"], String(repeating: "a", count: 200)) == nil)
  }

  @Test func doubleStarForms() {
    // Leading **/: in all directories.
    #expect(ignored(["**/foo"], "foo") == true)
    #expect(ignored(["**/foo"], "x/y/foo") == true)
    #expect(ignored(["**/foo/bar"], "x/foo/bar") == true)
    #expect(ignored(["**/foo/bar"], "foo/bar") == true)
    // Trailing /**: everything inside, not the directory itself.
    #expect(ignored(["abc/**"], "abc/x") == true)
    #expect(ignored(["abc/**"], "abc/x/y.js") == true)
    #expect(ignored(["abc/**"], "abc", directory: true) == nil)
    #expect(ignored(["abc/**"], "z/abc/x") == nil)
    // Middle /**/: zero or more directories.
    #expect(ignored(["a/**/b"], "a/b") == true)
    #expect(ignored(["a/**/b"], "a/x/b") == true)
    #expect(ignored(["a/**/b"], "a/x/y/b") == true)
    #expect(ignored(["a/**/b"], "a/x/y/c") == nil)
    #expect(ignored(["a/**/*.js"], "a/k/m.js") == true)
    #expect(ignored(["**"], "x/y") == true)
    // ** that is not a whole segment is an ordinary star.
    #expect(ignored(["a/x**/b"], "a/x/y/b") == nil)
    #expect(ignored(["a/x**/b"], "a/xyz/b") == true)
  }

  @Test func escapesAndTrailingSpaces() {
    #expect(ignored(["\\#notes"], "#notes") == true)
    #expect(ignored(["\\!important"], "!important") == true)
    #expect(ignored(["\\!important"], "important") == nil)
    #expect(ignored(["name   "], "name") == true, "unescaped trailing spaces are dropped")
    #expect(ignored(["name\\ "], "name ") == true, "an escaped trailing space is kept")
    #expect(ignored(["name\\ "], "name") == nil)
    #expect(ignored(["a\\*b"], "a*b") == true)
    #expect(ignored(["a\\*b"], "axb") == nil)
    #expect(ignored(["\\[x]"], "[x]") == true)
    #expect(IgnoreMatcher(text: "*.log\r\n!keep.log\r\n").decision(for: "keep.log", isDirectory: false) == false)
  }

  @Test func pathsAreNormalised() {
    #expect(ignored(["/src/a.js"], "./src/a.js") == true)
    #expect(ignored(["/src"], "src/", directory: true) == true)
    #expect(ignored(["/src/a.js"], "src//a.js") == true)
  }

  @Test func invalidPatternsAreSkippedAndValidated() {
    #expect(ignored(["[abc", "*.js"], "a.js") == true)
    #expect(ignored(["[abc"], "[abc") == nil)
    #expect(IgnoreMatcher.validate("src/[ab") != nil)
    #expect(IgnoreMatcher.validate("src/[ab")!.contains("unclosed '['"))
    #expect(IgnoreMatcher.validate("[z-a]")!.contains("empty range"))
    #expect(IgnoreMatcher.validate("[[:nope:]]")!.contains("unknown character class"))
    #expect(IgnoreMatcher.validate("trailing\\") != nil)
    #expect(IgnoreMatcher.validate("") != nil)
    #expect(IgnoreMatcher.validate("#comment") != nil)
    #expect(IgnoreMatcher.validate("/") != nil)
    #expect(IgnoreMatcher.validate("src/**/*.js") == nil)
    #expect(IgnoreMatcher.validate("!dist/") == nil)
    #expect(IgnoreMatcher.validate("[]]") == nil)
  }

  @Test func decisionIncludingParents() {
    let matcher = IgnoreMatcher(patterns: ["build/", "!build/keep.js", "src/"])
    #expect(matcher.decisionIncludingParents(for: "build/keep.js", isDirectory: false) == true, "an ignored parent cannot be re-included")
    #expect(matcher.decisionIncludingParents(for: "src/a/b.js", isDirectory: false) == true)
    #expect(matcher.decisionIncludingParents(for: "lib/b.js", isDirectory: false) == nil)
    #expect(matcher.decisionIncludingParents(for: "build", isDirectory: true) == true)
  }

  @Test func stackLayersGitignoresByDepth() {
    let root = IgnoreStack().adding(directory: "", gitignoreText: "*.gen.js\n/out/\n")
    #expect(root.isIgnored("a.gen.js", isDirectory: false))
    #expect(root.isIgnored("src/a.gen.js", isDirectory: false))
    #expect(root.isIgnored("out", isDirectory: true))
    #expect(!root.isIgnored("src/out", isDirectory: true))

    // A deeper .gitignore is relative to its own directory and wins over the root one.
    let src = root.adding(directory: "src", gitignoreText: "!keep.gen.js\n/local.js\n")
    #expect(!src.isIgnored("src/keep.gen.js", isDirectory: false))
    #expect(src.isIgnored("src/other.gen.js", isDirectory: false))
    #expect(src.isIgnored("src/local.js", isDirectory: false))
    #expect(!src.isIgnored("src/deeper/local.js", isDirectory: false))
    // It does not apply outside its directory, and siblings keep the parent's stack.
    #expect(src.isIgnored("lib/keep.gen.js", isDirectory: false))
    #expect(!src.isIgnored("local.js", isDirectory: false))
    #expect(!root.isIgnored("src/local.js", isDirectory: false))
  }

  @Test func overridesWinOverGitignores() {
    let stack = IgnoreStack()
      .adding(directory: "", gitignoreText: "generated/\n")
      .addingOverride(patterns: ["!generated/"], source: ".heaplintignore")
      .adding(directory: "web", gitignoreText: "!vendor/\n")
      .addingOverride(patterns: ["vendor/", "*.min.js"], source: "exclude in .heaplint.yml")
    #expect(!stack.isIgnored("generated", isDirectory: true))
    #expect(stack.isIgnored("web/vendor", isDirectory: true), "the configuration's exclude wins over a deeper !pattern")
    #expect(stack.isIgnored("x.min.js", isDirectory: false))
    #expect(!stack.isIgnored("x.js", isDirectory: false))
  }

  @Test func stackWithParents() {
    let stack = IgnoreStack().adding(directory: "", gitignoreText: "node_modules/\n!node_modules/keep.js\n")
    #expect(stack.isIgnoredIncludingParents("node_modules/keep.js", isDirectory: false))
    #expect(stack.isIgnoredIncludingParents("a/node_modules/x/y.js", isDirectory: false))
    #expect(!stack.isIgnoredIncludingParents("a/src/y.js", isDirectory: false))
    #expect(!stack.isIgnoredIncludingParents("", isDirectory: true))
  }

  @Test func manyPathsAreFast() {
    let matcher = IgnoreMatcher(patterns: ["*.min.js", "/dist/", "**/fixtures/**", "!important.min.js", "docs/**/*.html", "[Tt]emp*"])
    var count = 0
    for i in 0..<20_000 {
      if matcher.decision(for: "src/module\(i)/sub/file\(i).min.js", isDirectory: false) == true { count += 1 }
    }
    #expect(count == 20_000)
  }
}
