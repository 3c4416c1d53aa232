heap.identify('guest'); // expect: blocklisted-identity
const broken = (1 + ; // expect: parse-error
heap.identify('anonymous'); // expect: blocklisted-identity
