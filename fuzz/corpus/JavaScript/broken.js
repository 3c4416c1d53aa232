function ( { heap.identify(
let let = ; `unterminated ${
/* never closed
