import Foundation
import Glibc
import JavaScriptSyntax

/// A file to lint: where to read it and how to name it in reports.
public struct LintTarget: Sendable, Hashable {
  /// The path used to open the file.
  public var path: String
  /// The path shown in reports (relative to the working directory when inside it).
  public var displayPath: String

  public init(path: String, displayPath: String) {
    self.path = path
    self.displayPath = displayPath
  }
}

/// A file that could not be read.
public struct ReadFailure: Sendable, Hashable {
  public var displayPath: String
  public var reason: String
}

/// Lints many files on several threads; results come back in a fixed order (by path) whatever
/// the scheduling was.
public struct LintEngine: Sendable {
  public var linter: Linter
  /// Worker threads; 0 means one per core.
  public var jobs: Int

  /// Deep but legal JavaScript recurses deeply in the parser; workers get room for it.
  static let workerStackSize = 64 << 20

  public init(linter: Linter, jobs: Int = 0) {
    self.linter = linter
    self.jobs = jobs
  }

  private enum Outcome: Sendable {
    case success(FileResult)
    case failure(ReadFailure)
  }

  public func run(_ targets: [LintTarget]) -> (results: [FileResult], failures: [ReadFailure]) {
    let targets = targets.sorted { $0.displayPath.utf8.lexicographicallyPrecedes($1.displayPath.utf8) }
    let slots = ResultSlots<Outcome>(count: targets.count)
    let workers = max(1, min(jobs > 0 ? jobs : ProcessInfo.processInfo.activeProcessorCount, max(1, targets.count)))
    let next = Counter()
    let linter = self.linter
    let done = DispatchGroup()
    for _ in 0..<workers {
      done.enter()
      let thread = Thread {
        while let i = next.take(below: targets.count) {
          let target = targets[i]
          switch FileReader.read(target.path) {
          case .success(let bytes):
            slots.set(i, .success(linter.lint(path: target.displayPath, bytes: bytes)))
          case .failure(let reason):
            slots.set(i, .failure(ReadFailure(displayPath: target.displayPath, reason: reason.message)))
          }
        }
        done.leave()
      }
      thread.stackSize = Self.workerStackSize
      thread.start()
    }
    done.wait()
    var results: [FileResult] = []
    var failures: [ReadFailure] = []
    for outcome in slots.values {
      switch outcome {
      case .success(let r)?: results.append(r)
      case .failure(let f)?: failures.append(f)
      case nil: break
      }
    }
    return (results, failures)
  }
}

/// Runs `body` on a thread with a large stack and waits for it (for single-file entry points).
public func withLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
  let box = ResultSlots<T>(count: 1)
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.set(0, body())
    done.signal()
  }
  thread.stackSize = LintEngine.workerStackSize
  thread.start()
  done.wait()
  return box.values[0]!
}

/// Hands out indices to workers.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// One slot per file, written by whichever worker linted it.
final class ResultSlots<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ value: T) {
    lock.lock()
    storage[i] = value
    lock.unlock()
  }
  var values: [T?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}

/// Reads whole files in one go.
public enum FileReader {
  public struct Failure: Error, Sendable {
    public var message: String
  }

  public static func read(_ path: String) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(Failure(message: String(cString: strerror(errno)))) }
    if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(Failure(message: "is a directory")) }
    var bytes = [UInt8]()
    bytes.reserveCapacity(Int(st.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(Failure(message: String(cString: strerror(errno))))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }
}
