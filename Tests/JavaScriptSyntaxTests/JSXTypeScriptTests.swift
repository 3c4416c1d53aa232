import Testing
@testable import JavaScriptSyntax

@Suite struct JSXTests {
  @Test func elementsAttributesAndChildren() {
    let src = """
    const a = <div className="x \\ y" data-id={id} {...rest} onClick={() => heap.track('click')}>
      Hello &amp; heap.identify('not code') {name}
      <b>bold</b>{/* comment */}<></><svg:rect/><A.B.C x=<i/> />
    </div>;
    heap.track("after");
    """
    let r = parse(src, jsx: true)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(calleeTexts(src, jsx: true) == ["heap.track", "heap.track"])
    let nodes = allNodes(r.program)
    let text = nodes.compactMap { $0 as? JSXText }.map(\.value).joined()
    #expect(text.contains("Hello & heap.identify('not code')"))
    let attr = nodes.compactMap { $0 as? JSXAttribute }.first
    #expect(((attr?.value as? Literal)?.value) == .string("x \\ y"))
    #expect(nodes.contains { $0 is JSXFragment })
    #expect(nodes.contains { $0 is JSXNamespacedName })
    #expect(nodes.contains { $0 is JSXMemberExpression })
    #expect(nodes.contains { $0 is JSXSpreadAttribute })
  }

  @Test func mismatchedTagsAreErrors() {
    #expect(!parse("x = <a></b>", jsx: true).errors.isEmpty)
    #expect(!parse("x = <a>", jsx: true).errors.isEmpty)
    #expect(parse("x = a < b > c", jsx: false).errors.isEmpty)
  }
}

@Suite struct TypeScriptTests {
  @Test func typesAreSkipped() {
    let src = """
    interface W { heap: any }
    type T<A> = A | B<A[]> | { k: `x${string}` };
    let x: Map<string, Array<number>> = new Map<string, Array<number>>();
    let y!: number;
    function f<T extends object = {}>(a: T, b?: number, ...rest: string[]): a is T { return a as T; }
    function o(a: string): void;
    function o(a: any) {}
    const g = <T,>(x: T): T => x;
    const h = async (a: number, b?: string): Promise<void> => { await heap.track('a'); };
    const k = <any>window;
    window.heap!.track("e");
    const s = y satisfies Z;
    f<string>("a");
    if (a < b && c > d) {}
    declare const dc: number;
    declare global { interface Window { heap: any } }
    """
    let r = parse(src, module: true, typescript: true)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(calleeTexts(src, module: true, typescript: true) == ["heap.track", "window.heap!.track", "f"])
  }

  @Test func classesEnumsNamespacesImports() {
    let src = """
    import type { Foo } from './foo';
    import { type Bar, baz } from './bar';
    export type { Foo };
    export interface I { a: number }
    abstract class C<T> extends Base<T> implements I {
      private readonly z!: string;
      static s?: number;
      [key: string]: any;
      constructor(private p: number, public q?: string) { super(); heap.identify(p); }
      abstract m(): void;
      get v(): number { return 1 }
    }
    enum E { A = 1, B, "C" = A }
    const enum CE { X }
    namespace N.M { export const y = heap.addUserProperties({}); }
    """
    let r = parse(src, module: true, typescript: true)
    #expect(r.errors.isEmpty, "\(r.errors)")
    let nodes = allNodes(r.program)
    #expect((nodes.first { $0 is ImportDeclaration } as? ImportDeclaration)?.typeOnly == true)
    #expect(nodes.compactMap { $0 as? TSEnumDeclaration }.count == 2)
    #expect((nodes.first { $0 is TSEnumDeclaration } as? TSEnumDeclaration)?.members.count == 3)
    #expect(nodes.contains { ($0 as? TSModuleDeclaration)?.name == "N.M" })
    let ctor = nodes.compactMap { $0 as? MethodDefinition }.first { $0.kind == .constructor }
    #expect(ctor?.value.params.allSatisfy { $0 is Identifier || $0 is AssignmentPattern } == true)
    #expect(calleeTexts(src, module: true, typescript: true).contains("heap.addUserProperties"))
  }

  @Test func tsxGenericsAndElements() {
    let src = "const g = <T,>(x: T) => <div>{x}</div>; const c = (x?: number) => x;"
    let r = parse(src, jsx: true, typescript: true)
    #expect(r.errors.isEmpty, "\(r.errors)")
    #expect(allNodes(r.program).contains { $0 is JSXElement })
  }
}
