// swift-tools-version:6.0
// libFuzzer targets for heaplint. A separate package so the root package's `swift build` and
// `swift test` never see the fuzzer flags. Build and run through `fuzz/run.sh`.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its directory, so take the root's directory name
// rather than hard-coding it (checkouts and worktrees are named differently).
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let kit: Target.Dependency = .product(name: "HeapLintKit", package: rootIdentity)
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

/// One libFuzzer executable `fuzz-<name>` per `targets/<name>.swift`.
let names = ["JavaScript", "HTML", "Template", "Configuration"]

let package = Package(
  name: "heaplint-fuzz",
  dependencies: [.package(path: "..")],
  targets: [.target(name: "FuzzerDriver", path: "Driver")]
    + names.map { name in
      .executableTarget(
        name: "fuzz-\(name)", dependencies: [kit, "FuzzerDriver"], path: "targets",
        exclude: names.filter { $0 != name }.map { "\($0).swift" }, sources: ["\(name).swift"],
        swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink)
    },
  swiftLanguageModes: [.v6]
)
