const a = async (x: T = v, ...rest: any[]): Promise<void> => { await x; heap.identify(x) };
const b = async <T,>(y: T) => await y;
const c = p ? async (q) : r => s;
const d = p ? (s += 1) : t => 0;
class C<in out T> extends (B<T> as D)<T> implements I {
  handler = async () => { await this.x; };
  @Dec<U>() field!: string;
  constructor(private readonly a: A, public b?: B) { super(); }
}
const e = f<g> ?? h;
const i = new J < K > L;
if (m < n >= o) {}
