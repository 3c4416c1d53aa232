/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
// heap.identify('guest') in a comment is not code.
/* heap.identify('anonymous'); heap.load('1'); */
const doc = "heap.identify('guest')";
const single = 'heap.identify("guest")';
const tpl = `call heap.identify('guest') ${'then'} heap.identify('')`;
const re = /heap.identify\('guest'\)/g;
const ratio = total / count / heap.length;
if (ratio) /heap\.identify\('x'\)/.test(doc);
const nested = `${`${"heap.identify('guest')"}`}`;
const html = '<script>heap.identify("guest")</script>';
console.log(doc, single, tpl, re, nested, html);
heap.identify(a / b / c);
heap.identify(x
  / 2);
