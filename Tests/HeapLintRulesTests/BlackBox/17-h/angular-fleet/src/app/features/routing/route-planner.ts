export type RoadGraph = Map<string, Map<string, number>>;

class MinHeap<T> {
  private data: Array<[number, T]> = [];

  push(priority: number, value: T): void {
    this.data.push([priority, value]);
    this.data.sort((a, b) => a[0] - b[0]);
  }

  pop(): [number, T] | undefined {
    return this.data.shift();
  }

  get isEmpty(): boolean {
    return this.data.length === 0;
  }
}

/** Dijkstra over the depot road graph; distances are in km. */
export function planRoute(graph: RoadGraph, from: string, to: string): { distance: number; path: string[] } {
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, string>();
  const heap = new MinHeap<string>();
  heap.push(0, from);

  while (!heap.isEmpty) {
    const [d, node] = heap.pop()!;
    if (node === to) break;
    if (d > (dist.get(node) ?? Infinity)) continue;
    for (const [next, km] of graph.get(node) ?? []) {
      const alt = d + km;
      if (alt < (dist.get(next) ?? Infinity)) {
        dist.set(next, alt);
        prev.set(next, node);
        heap.push(alt, next);
      }
    }
  }

  const path: string[] = [];
  for (let at: string | undefined = to; at; at = prev.get(at)) path.unshift(at);
  return { distance: dist.get(to) ?? Infinity, path };
}
