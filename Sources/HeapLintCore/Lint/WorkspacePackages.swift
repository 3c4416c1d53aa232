import Foundation
import Glibc

/// The packages of a monorepo among the linted files: the `package.json` files in the
/// directories that hold a target or are above one (up to the file system's root), found once,
/// and read only for the package names that analysed code imports (a tree of vendored Node
/// packages holds hundreds of them). `import { uuid } from 'acme-common/util'` then reaches
/// `common/util.ts` when `common/package.json` is named `acme-common`.
final class WorkspacePackages {
  /// Directories that hold a `package.json` (a regular file), deepest first: as reports name
  /// them, and the path that opens the file.
  private let manifests: [(directory: String, file: String)]
  private var found: [String: String] = [:]
  private var asked = Set<String>()

  init(_ targets: [LintTarget]) {
    func parent(_ path: String) -> String {
      guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
      return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }
    var directories: [String: String] = [:]
    for t in targets where t.rawPath == nil {
      var display = parent(t.displayPath)
      var open = parent(t.path)
      while directories[display] == nil {
        directories[display] = open
        guard !display.isEmpty, display != "/" else { break }
        (display, open) = (parent(display), parent(open))
      }
    }
    var manifests: [(String, String)] = []
    // Deeper directories first; the same order on every run.
    for (display, open) in directories.sorted(by: { ($0.key.utf8.count, $1.key) > ($1.key.utf8.count, $0.key) }) {
      let file = open.isEmpty ? "package.json" : (open == "/" ? "/package.json" : open + "/package.json")
      // A regular file only: a FIFO by that name must not block the run.
      var info = stat()
      guard stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 1 << 20 else { continue }
      manifests.append((display, file))
    }
    self.manifests = manifests
  }

  /// The directories of the packages named `names` (and of those asked before), by name. When
  /// two share a name, the deeper directory is kept.
  func named(_ names: Set<String>) -> [String: String] {
    let fresh = names.subtracting(asked)
    guard !fresh.isEmpty else { return found }
    asked.formUnion(fresh)
    let needles = fresh.map { Array("\"\($0)\"".utf8) }
    for (directory, file) in manifests {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      // Parsed only when it can name a wanted package.
      let mentions = [UInt8](data).withUnsafeBufferPointer { bytes in needles.contains { Prefilter.contains(bytes, $0) } }
      guard mentions, let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let name = json["name"] as? String,
        fresh.contains(name), found[name] == nil
      else { continue }
      found[name] = directory
    }
    return found
  }

  /// The package an import names: `react` for `react/jsx-runtime`, `@acme/ui` for
  /// `@acme/ui/button`.
  static func packageName(_ specifier: String) -> String? {
    let parts = specifier.split(separator: "/", omittingEmptySubsequences: false)
    let count = specifier.hasPrefix("@") ? 2 : 1
    guard parts.count >= count, !parts[0].isEmpty else { return nil }
    return parts[..<count].joined(separator: "/")
  }
}
