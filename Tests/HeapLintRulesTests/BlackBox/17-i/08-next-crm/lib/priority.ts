// Binary heap used to pick the next follow-up task by due date.
export class Heap<T> {
  private readonly nodes: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  push(node: T) {
    this.nodes.push(node);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(this.nodes[i], this.nodes[p])) break;
      [this.nodes[i], this.nodes[p]] = [this.nodes[p], this.nodes[i]];
      i = p;
    }
  }

  pop(): T | undefined {
    const top = this.nodes[0];
    const last = this.nodes.pop();
    if (this.nodes.length && last !== undefined) {
      this.nodes[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.nodes.length && this.less(this.nodes[l], this.nodes[m])) m = l;
        if (r < this.nodes.length && this.less(this.nodes[r], this.nodes[m])) m = r;
        if (m === i) break;
        [this.nodes[i], this.nodes[m]] = [this.nodes[m], this.nodes[i]];
        i = m;
      }
    }
    return top;
  }

  get size() {
    return this.nodes.length;
  }
}
