import Foundation
import HeapLintCore

/// The CLI's only contact with the terminal and the file system's output side.
enum Terminal {
  /// Colour only on a terminal, and never when NO_COLOR is set to a non-empty value.
  static var wantsColor: Bool {
    if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
    return isatty(STDOUT_FILENO) != 0
  }

  static func error(_ message: String) {
    FileHandle.standardError.write(Data("heaplint: \(message)\n".utf8))
  }

  /// Shows control characters from file names as escapes instead of sending them to the terminal.
  static func sanitize(_ s: String) -> String { escapingControlCharacters(s) }

  /// Writes a file so that readers see either the old content or the whole new one.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).heaplint-\(getpid()).tmp")
    try Data(bytes).write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
    }
  }
}
