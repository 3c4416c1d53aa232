import Foundation
import HeapLintCore
import HeapLintTestSupport
import Testing

@testable import HeapLintReporters

/// Validation against the third-party schemas in shared/schemas, by Python's `xmlschema` and
/// `jsonschema`. A plain clone without them skips these tests with the reason; `.ci/run` installs
/// both and sets `HEAPLINT_REQUIRE_SHARED=1`, under which a missing piece fails instead.
@Suite(
  .serialized,
  .enabled(if: SharedResources.runs(needing: "schemas/junit-10.xsd"),
           "needs shared/schemas: put the shared folder beside the repository or set HEAPLINT_SHARED"),
  .enabled(if: SharedResources.runsSchemaValidation,
           "needs Python 3 with xmlschema and jsonschema: pip install xmlschema jsonschema (or set HEAPLINT_PYTHON)"))
struct SchemaTests {
  static let runs: [(String, LintRun, ReportContext)] = [
    ("fixture", Fixture.run, Fixture.context),
    ("clean", Fixture.cleanRun, Fixture.context),
    ("empty", LintRun(files: [], rules: [], toolVersion: "0.1.0"), ReportContext()),
    ("hostile", Fixture.hostileRun, ReportContext(workingDirectory: "/tmp/ça va%/")),
  ]

  func check(_ format: ReportFormat, mode: String, schema: String?, ext: String) throws {
    let schemas = try sharedSchemasDirectory()
    for (name, run, context) in Self.runs {
      let file = try temporaryFile(Reporters.render(run, format: format, context: context), extension: ext)
      defer { try? FileManager.default.removeItem(at: file) }
      let result = try validate(mode: mode, schema: schema.map { schemas.appendingPathComponent($0) }, document: file)
      #expect(result.status == .valid, "\(format) output of the \(name) run: \(result.output)")
    }
  }

  @Test func junitIsValidAgainstJUnit10XSD() throws {
    try check(.junit, mode: "xsd", schema: "junit-10.xsd", ext: "xml")
  }

  @Test func sarifIsValidAgainstSARIF210Schema() throws {
    try check(.sarif, mode: "jsonschema", schema: "sarif-schema-2.1.0.json", ext: "sarif")
  }

  @Test func checkstyleIsWellFormedXML() throws {
    try check(.checkstyle, mode: "wellformed", schema: nil, ext: "xml")
  }

  /// The validators really validate: the shared examples that should pass pass, the ones that
  /// should fail fail with schema errors (not with a crash or a parse error).
  @Test func validatorsAcceptValidAndRejectInvalidExamples() throws {
    let schemas = try sharedSchemasDirectory()
    let examples = schemas.appendingPathComponent("examples")
    let xsd = schemas.appendingPathComponent("junit-10.xsd")
    let sarif = schemas.appendingPathComponent("sarif-schema-2.1.0.json")

    for name in ["junit-valid-both.xml", "junit-valid-junit10.xml"] {
      let result = try validate(mode: "xsd", schema: xsd, document: examples.appendingPathComponent(name))
      #expect(result.status == .valid, "\(name): \(result.output)")
    }
    let badJUnit = try validate(mode: "xsd", schema: xsd, document: examples.appendingPathComponent("junit-invalid.xml"))
    #expect(badJUnit.status == .invalid && !badJUnit.output.isEmpty, "junit-invalid.xml: \(badJUnit.output)")

    let goodSARIF = try validate(mode: "jsonschema", schema: sarif, document: examples.appendingPathComponent("sarif-valid-github.sarif"))
    #expect(goodSARIF.status == .valid, "sarif-valid-github.sarif: \(goodSARIF.output)")
    let badSARIF = try validate(mode: "jsonschema", schema: sarif, document: examples.appendingPathComponent("sarif-invalid.sarif"))
    #expect(badSARIF.status == .invalid && !badSARIF.output.isEmpty, "sarif-invalid.sarif: \(badSARIF.output)")
  }

  /// And the well-formedness check rejects what is not well formed.
  @Test func wellFormednessCheckRejectsBrokenXML() throws {
    let file = try temporaryFile(Array("<a><b></a>".utf8), extension: "xml")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try validate(mode: "wellformed", schema: nil, document: file).status == .malformed)
    let control = try temporaryFile(Array("<a>\u{1B}</a>".utf8), extension: "xml")
    defer { try? FileManager.default.removeItem(at: control) }
    #expect(try validate(mode: "wellformed", schema: nil, document: control).status == .malformed)
  }
}
