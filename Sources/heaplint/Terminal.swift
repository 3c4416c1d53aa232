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

  /// Why a report or file could not be written, in words about the user's own paths
  /// ("reports is not a directory"), not Foundation's.
  struct WriteFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// Writes a file so that readers see either the old content or the whole new one. Missing
  /// parent directories are created.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(WriteFailure) {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    func failure(_ subject: String = "") -> WriteFailure {
      let code = errno
      return WriteFailure(description: (subject.isEmpty ? "" : subject + ": ") + String(cString: strerror(code)).lowercased())
    }
    // Create the directories, saying which part of the path is in the way.
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in directory.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
      var st = stat()
      if stat(prefix, &st) == 0 {
        guard st.st_mode & S_IFMT == S_IFDIR else { throw WriteFailure(description: "\(sanitize(prefix)) is not a directory") }
      } else if mkdir(prefix, 0o777) != 0 && errno != EEXIST {
        throw failure("cannot create \(sanitize(prefix))")
      }
    }
    var st = stat()
    if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { throw WriteFailure(description: "\(sanitize(path)) is a directory") }
    let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).heaplint-\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure(directory.isEmpty ? "" : "in \(sanitize(directory))") }
    var written = 0
    let ok = bytes.withUnsafeBytes { raw -> Bool in
      while written < raw.count {
        let n = write(fd, raw.baseAddress! + written, raw.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += n
      }
      return true
    }
    let writeError = ok ? nil : failure()
    close(fd)
    if let writeError {
      unlink(temporary)
      throw writeError
    }
    if rename(temporary, path) != 0 {
      let error = failure()
      unlink(temporary)
      throw error
    }
  }
}

/// A one-line progress note on standard error, only when it is a terminal and only once a run
/// has taken longer than `after` seconds (`HEAPLINT_PROGRESS_AFTER` overrides the second, for
/// tests). Cleared when the run ends, so reports and pipes never see it.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private var shown = false
  private var finished = false
  private let timer: DispatchSourceTimer?

  init(files: Int) {
    let after = ProcessInfo.processInfo.environment["HEAPLINT_PROGRESS_AFTER"].flatMap(Double.init) ?? 1.0
    guard isatty(STDERR_FILENO) != 0, files > 0 else {
      timer = nil
      return
    }
    let start = Date()
    let note = { "\rheaplint: checking \(files) file\(files == 1 ? "" : "s")... \(Int(Date().timeIntervalSince(start)))s\u{1B}[K" }
    if after <= 0 {
      // Shown at once (tests): no race with a run that ends quickly.
      shown = true
      FileHandle.standardError.write(Data(note().utf8))
    }
    let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    self.timer = timer
    timer.schedule(deadline: .now() + max(after, 0.5), repeating: 0.5)
    timer.setEventHandler { [weak self] in
      guard let self else { return }
      self.lock.lock()
      defer { self.lock.unlock() }
      guard !self.finished else { return }
      self.shown = true
      FileHandle.standardError.write(Data(note().utf8))
    }
    timer.resume()
  }

  /// Stops the note and erases it if it was shown.
  func finish() {
    timer?.cancel()
    lock.lock()
    defer { lock.unlock() }
    finished = true
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
