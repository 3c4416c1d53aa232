// Small binary min-heap used to keep the k best-scoring recipes for the
// "Trending this week" rail without sorting the whole collection.
class MinHeap {
  constructor(compare) {
    this.compare = compare;
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  push(item) {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) >= 0) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }

  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < this.items.length && this.compare(this.items[l], this.items[smallest]) < 0) smallest = l;
        if (r < this.items.length && this.compare(this.items[r], this.items[smallest]) < 0) smallest = r;
        if (smallest === i) break;
        [this.items[i], this.items[smallest]] = [this.items[smallest], this.items[i]];
        i = smallest;
      }
    }
    return top;
  }

  reset() {
    this.items = [];
  }
}

export function scoreRecipe(recipe, now = Date.now()) {
  const ageDays = (now - new Date(recipe.publishedAt).getTime()) / 86_400_000;
  return (recipe.saves * 3 + recipe.views) / Math.pow(ageDays + 2, 1.4);
}

export function topRecipes(recipes, k = 6) {
  const heap = new MinHeap((a, b) => a.score - b.score);
  for (const recipe of recipes) {
    heap.push({ recipe, score: scoreRecipe(recipe) });
    if (heap.size > k) heap.pop();
  }
  const out = [];
  while (heap.size) out.unshift(heap.pop().recipe);
  heap.reset();
  return out;
}
