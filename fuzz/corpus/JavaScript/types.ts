interface User<T extends object = {}> { readonly id: string; meta?: T }
type Id = `${number}-${string}` | null;
enum Kind { A = 1, B = A << 2 }
abstract class Svc<T> implements Api { private x!: number; constructor(public u: User) { super() } }
function ident<T,>(u: User<T>): asserts u is User<T> { heap.identify(u.id as string) }
declare module 'x' { export const y: number }
let z = <const>['a'] satisfies readonly string[];
