import Foundation
import HeapLintTestSupport
import Testing

// MARK: - Snapshots

/// Compares `bytes` with `__Snapshots__/<name>` next to this file.
///
/// With `HEAPLINT_RECORD_SNAPSHOTS=1` the file is (re)written instead and the test fails on
/// purpose, so that recording is always an explicit act followed by a review of the diff.
/// On a mismatch the actual output is written to a temporary file named in the failure.
func assertSnapshot(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
  let url = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["HEAPLINT_RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
      Issue.record(
        "Recorded snapshot \(url.path). Review it, then run again without HEAPLINT_RECORD_SNAPSHOTS.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = FileManager.default.contents(atPath: url.path) else {
    Issue.record(
      "Missing snapshot \(url.path). Record it with HEAPLINT_RECORD_SNAPSHOTS=1 and review it.",
      sourceLocation: sourceLocation)
    return
  }
  if [UInt8](expected) == bytes { return }
  let actualURL = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-snapshots-actual")
    .appendingPathComponent(name)
  try? FileManager.default.createDirectory(at: actualURL.deletingLastPathComponent(), withIntermediateDirectories: true)
  try? Data(bytes).write(to: actualURL)
  let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  var index = 0
  while index < min(expectedLines.count, actualLines.count) && expectedLines[index] == actualLines[index] { index += 1 }
  let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
  let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
  Issue.record(
    """
    Snapshot \(name) differs at line \(index + 1).
      expected: \(want.debugDescription)
      actual:   \(got.debugDescription)
    Actual output: \(actualURL.path) (diff it; re-record with HEAPLINT_RECORD_SNAPSHOTS=1 if the change is intended).
    """,
    sourceLocation: sourceLocation)
}

// MARK: - The shared schemas folder

/// `shared/schemas` (see `SharedResources`).
func sharedSchemasDirectory() throws -> URL {
  if let schemas = SharedResources.locate("schemas/junit-10.xsd") { return schemas.deletingLastPathComponent() }
  throw SupportError("Cannot find shared/schemas. Put the shared folder beside the repository or set HEAPLINT_SHARED.")
}

struct SupportError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

// MARK: - Python validators

/// The outcome of one validation by Python.
struct Validation {
  enum Status { case valid, invalid, malformed }
  var status: Status
  /// What the validator printed (the errors when invalid).
  var output: String
}

/// What each mode does; exit 0 = valid, 1 = invalid per the schema, 2 = not well formed,
/// 3 = a module is missing.
private let validatorScript = #"""
import sys, json
mode, schema_path, doc_path = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    if mode == "xsd":
        import xmlschema
    elif mode == "jsonschema":
        import jsonschema
except ImportError as error:
    print("MISSING MODULE: %s" % error)
    sys.exit(3)
if mode == "wellformed":
    import xml.dom.minidom
    try:
        xml.dom.minidom.parse(doc_path)
    except Exception as error:
        print("MALFORMED: %s" % error)
        sys.exit(2)
    sys.exit(0)
if mode == "xsd":
    import xml.etree.ElementTree as ET
    try:
        ET.parse(doc_path)
    except ET.ParseError as error:
        print("MALFORMED: %s" % error)
        sys.exit(2)
    errors = list(xmlschema.XMLSchema(schema_path).iter_errors(doc_path))
    for error in errors[:20]:
        print("%s at %s" % (error.reason, error.path))
    sys.exit(1 if errors else 0)
if mode == "jsonschema":
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        with open(doc_path, encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as error:
        print("MALFORMED: %s" % error)
        sys.exit(2)
    cls = jsonschema.validators.validator_for(schema)
    if schema.get("$schema", "").startswith("http://json-schema.org/draft-04/") and cls is not jsonschema.Draft4Validator:
        print("wrong validator %s" % cls.__name__)
        sys.exit(4)
    cls.check_schema(schema)
    errors = list(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(doc))
    for error in errors[:20]:
        print("%s at %s" % (error.message, list(error.absolute_path)))
    sys.exit(1 if errors else 0)
print("unknown mode " + mode)
sys.exit(4)
"""#

/// Runs the validator; throws (with the `pip install` hint) when Python or a module is missing.
/// `mode` is `xsd`, `jsonschema` or `wellformed`.
func validate(mode: String, schema: URL?, document: URL) throws -> Validation {
  let python = SharedResources.python
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [python, "-c", validatorScript, mode, schema?.path ?? "-", document.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  do {
    try process.run()
  } catch {
    throw SupportError("Cannot run \(python) (\(error)). Install Python 3, then: pip install xmlschema jsonschema")
  }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let output = String(decoding: data, as: UTF8.self)
  switch process.terminationStatus {
  case 0: return Validation(status: .valid, output: output)
  case 1: return Validation(status: .invalid, output: output)
  case 2: return Validation(status: .malformed, output: output)
  case 3:
    throw SupportError("Python module missing: \(output.trimmingCharacters(in: .whitespacesAndNewlines)). Run: pip install xmlschema jsonschema")
  case 127:
    throw SupportError("\(python) not found. Install Python 3, then: pip install xmlschema jsonschema")
  default:
    throw SupportError("Validator failed (status \(process.terminationStatus)): \(output)")
  }
}

/// Writes `bytes` to a fresh temporary file with the given extension.
func temporaryFile(_ bytes: [UInt8], extension ext: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("heaplint-reporters-\(UUID().uuidString).\(ext)")
  try Data(bytes).write(to: url)
  return url
}
