import Foundation
import Testing

/// `path:line rule` of each finding in compact output.
private func rows(_ stdout: String) -> [String] {
  stdout.split(separator: "\n").map { line in
    let parts = line.split(separator: ":", maxSplits: 3)
    let rule = line.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
    return "\(parts[0]):\(parts[1]) \(rule)"
  }
}

/// What the README's "Guarantees" section promises about hostile trees and content.
@Suite("Guarantees on bad input")
struct GuaranteesTests {
  static let bad = "heap.identify('guest');\n"

  @Test("FIFOs are never opened, symlinked files count once, linked directories are not followed unless asked, loops end")
  func fileSystem() throws {
    let dir = try CLI.tree(["src/a.js": Self.bad, "other/b.js": Self.bad, "x.js/inside.js": Self.bad])
    let fm = FileManager.default
    #expect(mkfifo(dir.appendingPathComponent("src/pipe.js").path, 0o644) == 0)
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("src/link.js").path, withDestinationPath: "a.js")
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("src/linked-dir").path, withDestinationPath: "../other")
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("src/loop").path, withDestinationPath: "..")
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("src/broken.js").path, withDestinationPath: "missing.js")

    let out = try CLI.run(["--format", "compact", "src", "x.js"], in: dir)
    #expect(out.status == 1)
    #expect(rows(out.stdout) == ["src/a.js:1 blocklisted-identity", "x.js/inside.js:1 blocklisted-identity"], "\(out.stdout)")
    #expect(out.stderr.contains("broken symbolic link src/broken.js"))

    let followed = try CLI.run(["--format", "compact", "--follow-symlinks", "src"], in: dir)
    let files = rows(followed.stdout).map { String($0.split(separator: ":")[0]) }
    #expect(files.contains("src/linked-dir/b.js") || files.contains("src/loop/other/b.js"), "\(files)")
    #expect(Set(files).count == files.count)
    #expect(files.count == 3, "a.js, b.js and x.js/inside.js, each once, whatever the links: \(files)")

    let fifo = try CLI.run(["--format", "compact", "src/pipe.js"], in: dir)
    #expect(fifo.status == 0, "a named FIFO is skipped with a note, not read")
    #expect(fifo.stderr.contains("not a regular file"))
  }

  @Test("a walk split across threads finds what a serial walk finds: hard links across sibling directories count once, under the first name")
  func parallelWalk() throws {
    var files: [String: String] = ["top.js": Self.bad, "a/.gitignore": "skip.js\n", "a/skip.js": Self.bad, "node_modules/dep.js": Self.bad]
    for d in ["a", "b", "c", "d", "e"] { files["\(d)/deep/er/\(d).js"] = Self.bad }
    let dir = try CLI.tree(files)
    // The same file under two names in sibling directories, which different threads walk.
    #expect(link(dir.appendingPathComponent("e/deep/er/e.js").path, dir.appendingPathComponent("b/twin.js").path) == 0)
    #expect(link(dir.appendingPathComponent("top.js").path, dir.appendingPathComponent("c/top-twin.js").path) == 0)
    let serial = try CLI.run(["--format", "compact", "--jobs", "1", "."], in: dir)
    let parallel = try CLI.run(["--format", "compact", "--jobs", "4", "."], in: dir)
    #expect(parallel.stdout == serial.stdout)
    let shown = rows(serial.stdout).map { String($0.split(separator: ":")[0]) }
    // Name order: `b/twin.js` comes before `e/...`, `c/top-twin.js` before `top.js`.
    #expect(shown == ["a/deep/er/a.js", "b/deep/er/b.js", "b/twin.js", "c/deep/er/c.js", "c/top-twin.js", "d/deep/er/d.js"], "\(shown)")
  }

  @Test("names with spaces, newlines and bytes that are not UTF-8 are linted and shown escaped")
  func awkwardNames() throws {
    let dir = try CLI.tree(["with space.js": Self.bad, "new\nline.js": Self.bad])
    let raw = Array(dir.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".js".utf8)
    let fd = (raw + [0]).map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    #expect(fd >= 0)
    _ = Array(Self.bad.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(out.status == 1)
    let lines = out.stdout.split(separator: "\n")
    #expect(lines.count == 3, "\(out.stdout)")
    #expect(lines.contains { $0.hasPrefix("caf\\xE9.js:1:1:") })
    #expect(lines.contains { $0.hasPrefix("new\\nline.js:1:1:") })
    #expect(lines.contains { $0.hasPrefix("with space.js:1:1:") })
  }

  @Test("a file that cannot be read is reported for that file, and the others are still linted")
  func unreadable() throws {
    // /proc/self/mem is a regular file whose first page cannot be read (EIO): a real I/O error.
    let dir = try CLI.tree(["a.js": Self.bad])
    let out = try CLI.run(["--format", "compact", "a.js", "/proc/self/mem"], in: dir)
    #expect(out.status == 1)
    #expect(rows(out.stdout).contains("a.js:1 blocklisted-identity"))
    #expect(out.stdout.contains("/proc/self/mem:1:1: error: cannot read the file"), "\(out.stdout)")
  }

  @Test("binary content is skipped with a note; UTF-16 is decoded; CR and CRLF keep lines right")
  func content() throws {
    let dir = try CLI.tree(["crlf.html": "<p>\r\n<script>\r\n  heap.identify('guest');\r\n</script>\r\n", "cr.js": "// a\r// b\rheap.identify('guest');\r"])
    try Data([0x00, 0x01, 0x02] + Array("heap.identify('guest');".utf8) + [0x00, 0xFF]).write(to: dir.appendingPathComponent("blob.js"))
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "// ü\nheap.identify('guest');\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try Data(utf16).write(to: dir.appendingPathComponent("utf16.js"))
    let out = try CLI.run(["--format", "compact"], in: dir)
    #expect(
      rows(out.stdout) == ["blob.js:1 skipped-file", "cr.js:3 blocklisted-identity", "crlf.html:3 blocklisted-identity", "utf16.js:2 blocklisted-identity"],
      "\(out.stdout)")
    #expect(out.stdout.contains("crlf.html:3:3:"))
    #expect(out.stdout.contains("utf16.js:2:1:"))
  }

  @Test("files over the size limit are skipped with file-too-large; the limit can be raised")
  func sizeLimit() throws {
    let dir = try CLI.tree(["big.js": Self.bad + String(repeating: "var x = 1;\n", count: 200_000)])
    let out = try CLI.run(["--format", "compact", "--max-file-size", "1"], in: dir)
    #expect(rows(out.stdout) == ["big.js:1 file-too-large"])
    #expect(out.status == 0)
    let raised = try CLI.run(["--format", "compact", "--max-file-size", "5"], in: dir)
    #expect(rows(raised.stdout) == ["big.js:1 blocklisted-identity"])
  }

  @Test("a 6 MB one-line bundle is linted")
  func minifiedBundle() throws {
    var line = "heap.identify('guest');"
    let chunk = "var a=function(b){return b&&b.c?b.c(1,2):[1,2,3].map(function(d){return d*2})};"
    line += String(repeating: chunk, count: 6_000_000 / chunk.utf8.count)
    let dir = try CLI.tree(["bundle.js": line + "heap.identify('anonymous');\n"])
    let out = try CLI.run(["--format", "compact", "--quiet"], in: dir)
    #expect(rows(out.stdout) == ["bundle.js:1 blocklisted-identity", "bundle.js:1 blocklisted-identity"])
  }

  @Test(
    "deep nesting and unterminated constructs end in parse-error and keep the findings before them",
    arguments: [
      String(repeating: "(", count: 100_000), String(repeating: "[", count: 100_000), String(repeating: "{a:", count: 100_000),
      String(repeating: "`${", count: 100_000), "const s = 'unterminated", "/* unterminated", "const t = `unterminated ${x}",
      "const r = /unterminated", String(repeating: "{", count: 100_000),
    ])
  func hostileJavaScript(_ tail: String) throws {
    let dir = try CLI.tree(["a.js": "heap.identify('guest');\n\(tail)\n"])
    let out = try CLI.run(["--format", "compact"], in: dir)
    let found = rows(out.stdout)
    #expect(found.contains("a.js:1 blocklisted-identity"), "\(out.stdout.prefix(300)) \(out.stderr.prefix(300))")
    #expect(found.contains { $0.hasPrefix("a.js:2 parse-error") }, "\(out.stdout.prefix(300))")
    #expect(out.status == 1)
  }

  @Test("HTML nested 50,000 elements deep still has its scripts linted; an unterminated script tag too")
  func hostileHTML() throws {
    let deep = String(repeating: "<div>", count: 50_000) + "\n<script>heap.identify('guest')</script>\n"
    let dir = try CLI.tree(["deep.html": deep, "open.html": "<p>\n<script>heap.identify('none');\nheap.identify(\n"])
    let out = try CLI.run(["--format", "compact"], in: dir)
    let found = rows(out.stdout)
    #expect(found.contains("deep.html:2 blocklisted-identity"), "\(out.stdout)")
    #expect(found.contains("open.html:2 blocklisted-identity"), "\(out.stdout)")
  }

  @Test("reports are byte-identical run after run and with any --jobs, in every format")
  func determinism() throws {
    for format in ["stylish", "json", "junit", "sarif", "github", "compact", "checkstyle"] {
      let first = try CLI.run(["--format", format, "--jobs", "1", "samples"])
      let second = try CLI.run(["--format", format, "--jobs", "4", "samples"])
      let third = try CLI.run(["--format", format, "samples"])
      #expect(!first.stdout.isEmpty)
      #expect(first.stdout == second.stdout, "\(format) differs between --jobs 1 and --jobs 4")
      #expect(first.stdout == third.stdout, "\(format) differs between runs")
    }
  }

  @Test("--no-prefilter reports syntax errors in files that never mention heap, and finds the same Heap mistakes, wrappers across files included")
  func noPrefilter() throws {
    let dir = try CLI.tree([
      "broken.js": "function f( {\n",
      "track.js": "export function track(id) { window.heap.identify(id); }\n",
      "page.js": "import { track } from './track';\ntrack('guest');\n",
      "plain.js": "const heapSize = 4; export default heapSize;\n",
    ])
    let filtered = try CLI.run(["--format", "compact", "."], in: dir)
    let everything = try CLI.run(["--format", "compact", "--no-prefilter", "."], in: dir)
    #expect(rows(filtered.stdout) == ["page.js:2 blocklisted-identity"], "\(filtered.stdout)")
    #expect(rows(everything.stdout) == ["broken.js:2 parse-error", "page.js:2 blocklisted-identity"], "\(everything.stdout)")
    #expect(everything.status == 1)
  }
}
