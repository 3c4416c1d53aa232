const tag = (s, ...v) => s.raw.join('|') + v;
let a = `outer ${`inner ${1 + `deep ${x}`}`} tail`;
tag`line\u{41}\x41 ${a} \unicode`;
heap.identify(`${window.user?.id ?? ''}`);
