import HeapLintCore
import Testing

/// `heaplint parse` on a `.d.ts` file shows what the parser makes of it, although linting skips it.
@Suite struct DeclarationFileViewTests {
  @Test func declarationFilesAreParsedAsAmbientCode() {
    let valid = FrontEndView(path: "types/index.d.ts", bytes: Array("export declare const version: string;\nexport function f(...a: any[],): void;\n".utf8))
    #expect(valid.errorLines.isEmpty, "\(valid.errorLines)")
    let broken = FrontEndView(path: "types/index.d.ts", bytes: Array("export function f(: void;\n".utf8))
    #expect(!broken.errorLines.isEmpty)
  }
}
