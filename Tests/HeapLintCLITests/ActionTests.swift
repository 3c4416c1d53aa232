import Foundation
import Testing

/// The scripts behind action.yml, run as GitHub runs them: inputs in `INPUT_*` variables, step
/// outputs appended to the file `$GITHUB_OUTPUT` names, PATH additions to `$GITHUB_PATH`.
@Suite("The GitHub Action")
struct ActionTests {
  static func run(_ script: String, in directory: URL, environment: [String: String]) throws -> CLI.Output {
    var env = environment
    if env["PATH"] == nil {
      env["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }
    return try CLI.run([CLI.packageRoot.appendingPathComponent("scripts/action/\(script)").path], in: directory, environment: env, tool: "bash")
  }

  @Test("the lint step annotates, writes SARIF for the upload, and fails with heaplint's status")
  func lintStep() throws {
    let dir = try CLI.tree([
      "src/app.js": "heap.load('1234567890');\nheap.identify('guest');\n", "web/ok.js": "heap.identify(u.id);\n",
      "other/bad.js": "heap.identify('guest');\n",
    ])
    let outputs = dir.appendingPathComponent("github-output")
    let out = try Self.run(
      "run.sh", in: dir, environment: ["INPUT_PATHS": "src\nweb", "INPUT_FORMAT": "github", "INPUT_SARIF": "reports/heaplint.sarif", "GITHUB_OUTPUT": outputs.path])
    #expect(out.status == 1, "\(out.stderr)")
    #expect(out.stdout.contains("::error file=src/app.js,line=2"), "\(out.stdout)")
    #expect(!out.stdout.contains("other/bad.js"), "only the paths input is linted")
    let sarif = try String(contentsOf: dir.appendingPathComponent("reports/heaplint.sarif"), encoding: .utf8)
    #expect(sarif.contains("\"blocklisted-identity\""))
    let recorded = try String(contentsOf: outputs, encoding: .utf8)
    #expect(recorded.contains("exit-code=1") && recorded.contains("sarif-written=true"), "\(recorded)")

    // With a baseline of today's findings the step passes, and still writes the report.
    #expect(try CLI.run(["--write-baseline", "heaplint-baseline.json", "src"], in: dir).status == 0)
    try? FileManager.default.removeItem(at: outputs)
    let accepted = try Self.run(
      "run.sh", in: dir, environment: ["INPUT_PATHS": "src", "INPUT_BASELINE": "heaplint-baseline.json", "INPUT_SARIF": "heaplint.sarif", "GITHUB_OUTPUT": outputs.path])
    #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
    #expect(try String(contentsOf: outputs, encoding: .utf8).contains("exit-code=0"))
  }

  @Test("the install step uses a heaplint on PATH, and says what to do when there is none")
  func installStep() throws {
    let dir = try CLI.tree([:])
    let found = try Self.run("install.sh", in: dir, environment: ["INPUT_HEAPLINT": "path"])
    #expect(found.status == 0, "\(found.stdout)\(found.stderr)")
    #expect(found.stdout.contains("using ") && found.stdout.contains("0.1"))
    let missing = try Self.run("install.sh", in: dir, environment: ["INPUT_HEAPLINT": "path", "PATH": "/usr/bin:/bin"])
    #expect(missing.status == 2)
    #expect(missing.stdout.contains("::error::heaplint is not on PATH"))
    let unknown = try Self.run("install.sh", in: dir, environment: ["INPUT_HEAPLINT": "download"])
    #expect(unknown.status == 2)
  }

  @Test("action.yml runs the tested scripts with every input and uploads SARIF")
  func actionDefinition() throws {
    let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
    #expect(text.contains("using: composite"))
    for script in ["scripts/action/install.sh", "scripts/action/run.sh"] {
      #expect(text.contains("$GITHUB_ACTION_PATH/\(script)"))
      #expect(FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent(script).path))
    }
    for input in ["paths", "format", "baseline", "sarif", "config", "heaplint"] {
      #expect(text.contains("\n  \(input):"), "input \(input) is declared")
      #expect(text.contains("${{ inputs.\(input) }}"), "input \(input) is used")
    }
    #expect(text.contains("uses: github/codeql-action/upload-sarif@v3"))
  }
}
