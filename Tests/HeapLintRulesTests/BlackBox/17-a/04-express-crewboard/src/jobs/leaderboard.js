// Weekly "top referrers" e-mail: keep the N best referrers without sorting everyone.
const { Heap } = require('heap-js');

function topReferrers(referrals, n = 10) {
  if (referrals.length <= n) {
    return [...referrals].sort((a, b) => b.count - a.count);
  }
  const heap = new Heap((a, b) => a.count - b.count);
  heap.init(referrals.slice(0, n));
  for (const r of referrals.slice(n)) {
    if (r.count > heap.peek().count) {
      heap.pushpop(r);
    }
  }
  return heap.toArray().sort((a, b) => b.count - a.count);
}

module.exports = { topReferrers };
