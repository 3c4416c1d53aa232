const o = {
  a: 1 +,
  b() { heap.identify(x) },
  c: 2
  d: heap.track('e'),
};
class K {
  m() { let q = ( }
  n() { heap.identify('guest') }
}
x = ((((((((((((((((((((1))))))))))))))))))));
if (done) return;
