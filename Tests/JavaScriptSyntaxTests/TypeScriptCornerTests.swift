import Testing
@testable import JavaScriptSyntax

/// Valid TypeScript corners that real code uses: each parses without a syntax error, and a Heap
/// call inside it is still in the tree (a spurious error would drop the statement holding it).
@Suite struct TypeScriptCornerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var code: String
    var jsx = false
    var module = true
    var declaration = false
    var testDescription: String { code }
  }

  static let valid: [Case] = [
    // Async arrows with typed parameters, defaults, rest and return types.
    Case(code: "const f = async (x: T = v) => { heap.identify(x) }"),
    Case(code: "const f = async (...args: any[]): Promise<void> => { heap.identify(args[0]) }"),
    Case(code: "const f = async (f)\n: t => { heap.identify(f) }"),
    // `await` in async arrows that are class fields or default values.
    Case(code: "class C { handler = async () => { await x; heap.identify(id) } }"),
    Case(code: "class C { a = async<T>() => { await 0; heap.identify(id) } }"),
    Case(code: "function f(g = async <T>() => { await 0 }) { heap.identify(id) }"),
    // Generic arrows, including the TSX forms that cannot be an element.
    Case(code: "const f = async <T>() => await heap.identify(id)"),
    Case(code: "const f = <T,>(x: T) => heap.identify(x)", jsx: true),
    Case(code: "const f = <T = X>(x: T) => heap.identify(x)", jsx: true),
    Case(code: "const f = <const T extends U>(x: T) => heap.identify(x)", jsx: true),
    // Type-only specifiers, and exports of names that bind no value.
    Case(code: "import { A, type B } from 'm'; export { A, type B }; heap.identify(id)"),
    Case(code: "import { type as as } from 'm'; heap.identify(id)"),
    Case(code: "const type = {}; export { type as if }; heap.identify(id)"),
    Case(code: "namespace N { export const x = 1 } export { N }; heap.identify(id)"),
    Case(code: "interface A {} type B = A; declare function c(): void; export { A, B, c }; heap.identify(id)"),
    Case(code: "export function f(a: string): void;\nexport function f(a: any) { heap.identify(a) }"),
    // Instantiation expressions and type arguments in heritage clauses.
    Case(code: "const g = a<b> ?? c; heap.identify(id)"),
    Case(code: "if (a < b >= c) heap.identify(id)"),
    Case(code: "for (let i = 0; i < n; i++) if (a[i] > b) heap.identify(id)"),
    Case(code: "class C extends (B<T> as D)<T> { m() { heap.identify(id) } }"),
    Case(code: "class C extends f<<T>(v: T) => void> { m() { heap.identify(id) } }"),
    // TypeScript words used as plain identifiers.
    Case(code: "declare instanceof declare in {}; declare as number; heap.identify(id)"),
    Case(code: "type abstract = 'abstract'; let x: abstract; heap.identify(id)"),
    // `using` with a binding named `of`, definite assignment followed by a new line.
    Case(code: "{ for (using of: Reader = reader();;) heap.identify(id) }"),
    Case(code: "let x\n!function() { heap.identify(id) }();"),
    Case(code: "declare enum\nE\n{}\nheap.identify(id)"),
    // Arrow or call inside a conditional.
    Case(code: "const v = a ? async (b) : c => heap.identify(c)"),
    Case(code: "const v = true ? async(a) : heap.identify(id)"),
    Case(code: "const v = 0 ? v => (sum += v) : v => heap.identify(v)"),
    Case(code: "const v = true ? (async (a): b => a) : heap.identify(id)"),
    // A conditional whose consequent is parenthesized and whose alternate is an arrow; a typed
    // arrow as the consequent only when a `:` follows its body.
    Case(code: "const v = on ? (fallback) : value => heap.identify(value)"),
    Case(code: "const v = on ? (x): string => heap.identify(x) : y"),
    Case(code: "const v = 0 ? v => (sum = v) : v => heap.identify(v)"),
    // Decorators before an abstract class (Angular's `@Directive() abstract class`).
    Case(code: "@Directive()\nabstract class Base { m() { heap.identify(id) } }"),
    Case(code: "@Injectable() export abstract class Base { m() { heap.identify(id) } }"),
    Case(code: "export default @Dec abstract class { m() { heap.identify(id) } }"),
    // An arrow's return type that ends in a parenthesized type: the `=>` is the arrow's.
    Case(code: "const pick = (on: boolean): (string | undefined) => (on ? heap.identify(id) : undefined)"),
    Case(code: "const name = (): string | ((n: number) => string) => heap.identify(id)"),
    Case(code: "const add = (a: number): ((b: number) => number) => (b) => heap.identify(a + b)"),
    Case(code: "let k: (keyof T)[] = []; type F = (string) => void; type G = ([a]: X, { b }: Y) => void; heap.identify(id)"),
    // Declaration files: no bodies, no initializers, a trailing comma after a rest parameter.
    Case(code: "export declare const x: number;\nexport function f(...a: any[],): void;\ndeclare function eval(): void;", declaration: true),
    // Import types with options.
    Case(code: "let x: typeof import('./a.json', { with: { type: 'json' } }); heap.identify(id)"),
  ]

  @Test(arguments: valid) func validCodeParsesAndKeepsItsHeapCall(_ c: Case) {
    let result = Parser.parse(c.code, options: ParseOptions(goal: c.module ? .module : .script, jsx: c.jsx, typescript: true, declaration: c.declaration))
    #expect(result.errors.isEmpty, "\(result.errors)")
    if c.code.contains("heap.identify") {
      let src = SourceFile(c.code)
      let callees = allNodes(result.program).compactMap { ($0 as? CallExpression).map { src.text($0.callee.span) } }
      #expect(callees.contains("heap.identify"))
    }
  }

  static let invalid: [String] = [
    "let {}! = {};",
    "let [a: number] = b;",
    "f?.<string>[1];",
    "let x: typeof import('foo.json', );",
    "let x: typeof import('foo.json', { 'with': { type: 'json' } });",
    // One name in parentheses before `=>` is a function type's parameter, as TypeScript reads it.
    "const f = (): (X) => 1;",
  ]

  @Test(arguments: invalid) func invalidCodeIsRejected(_ code: String) {
    #expect(!Parser.parse(code, options: ParseOptions(goal: .module, typescript: true)).errors.isEmpty)
  }
}
