import Foundation
import HeapLintCore

/// The few git commands the CLI needs (`--staged`, `install-hook`).
enum Git {
  struct Failure: Error {
    var message: String
  }

  /// Runs git and returns its standard output.
  static func run(_ arguments: [String], in directory: String? = nil) -> Result<[UInt8], Failure> {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return .failure(Failure(message: "cannot run git: \(error.localizedDescription)"))
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let text = String(decoding: errData, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "git \(arguments.joined(separator: " ")) failed"
      return .failure(Failure(message: text))
    }
    return .success([UInt8](data))
  }

  /// The repository's top-level directory.
  static func topLevel() -> Result<String, Failure> {
    run(["rev-parse", "--show-toplevel"]).map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// Paths (relative to the top level) of files added, copied, modified or renamed in the index.
  static func stagedPaths() -> Result<[String], Failure> {
    run(["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"]).map { bytes in
      bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// The content of a path as staged in the index (not the working tree).
  static func stagedContent(_ path: String, in topLevel: String) -> FileReader.Outcome {
    switch run(["show", ":\(path)"], in: topLevel) {
    case .success(let bytes): return .success(bytes)
    case .failure(let f): return .failure(f.message)
    }
  }
}
