import Foundation

/// What some tests need beyond the Swift toolchain: the `shared` folder that sits beside the
/// repository on the project's own machines (conformance corpora, report schemas), and Python
/// with the `xmlschema` and `jsonschema` modules (the schema validators).
///
/// On a plain clone these are missing, and the tests that need them are skipped with a reason
/// that names what is missing and how to get it. `.ci/run` sets `HEAPLINT_REQUIRE_SHARED=1`,
/// which turns every such skip into a failure, so CI always runs them.
public enum SharedResources {
  /// `HEAPLINT_REQUIRE_SHARED` is set (to anything but `0` or empty): never skip.
  public static var required: Bool {
    let value = ProcessInfo.processInfo.environment["HEAPLINT_REQUIRE_SHARED"] ?? ""
    return !value.isEmpty && value != "0"
  }

  /// The package root (this file is `<root>/Tests/HeapLintTestSupport/SharedResources.swift`).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shared folder: `$HEAPLINT_SHARED`, else `shared` beside the package root (also beside
  /// the root's real path, for a checkout reached through a symbolic link).
  public static let folder: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let shared = ProcessInfo.processInfo.environment["HEAPLINT_SHARED"], !shared.isEmpty {
      candidates.append(URL(fileURLWithPath: shared))
    }
    for root in [packageRoot, packageRoot.resolvingSymlinksInPath()] {
      candidates.append(root.deletingLastPathComponent().appendingPathComponent("shared"))
    }
    var isDirectory: ObjCBool = false
    return candidates.first { fm.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue }
  }()

  /// `shared/<relative>` when it exists.
  public static func locate(_ relative: String) -> URL? {
    guard let url = folder?.appendingPathComponent(relative),
      FileManager.default.fileExists(atPath: url.path)
    else { return nil }
    return url
  }

  /// Whether a test that needs `shared/<relative>` runs: the folder is there, or CI requires it
  /// (the test then fails on what is missing instead of skipping).
  public static func runs(needing relative: String) -> Bool {
    locate(relative) != nil || required
  }

  /// The Python the schema tests run: `$HEAPLINT_PYTHON`, else `python3` on PATH.
  public static var python: String {
    ProcessInfo.processInfo.environment["HEAPLINT_PYTHON"] ?? "python3"
  }

  /// Python runs and imports both validators (checked once per test process).
  public static let hasSchemaValidators: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, "-c", "import xmlschema, jsonschema"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Whether the schema tests run: the validators import, or CI requires them.
  public static var runsSchemaValidation: Bool { hasSchemaValidators || required }
}

/// The pre-commit framework, for the test that runs the hooks of `.pre-commit-hooks.yaml`.
public enum PreCommit {
  /// `$PRE_COMMIT`, else `pre-commit` on PATH; nil when neither runs.
  public static let executable: String? = {
    let name = ProcessInfo.processInfo.environment["PRE_COMMIT"].flatMap { $0.isEmpty ? nil : $0 } ?? "pre-commit"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name, "--version"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0 ? name : nil
  }()

  /// Whether the hook test runs: pre-commit is there, or CI requires it.
  public static var runs: Bool { executable != nil || SharedResources.required }
}
