const re = /(?<year>\d{4})-(?<m>\d\d)\k<year>[^\]/]+/gimsuyd;
const v = /[\p{L}--[a-z]]/v, w = a / b / c, x = /=/.test(s);
if (/^guest$/i.test(id)) heap.identify(id.replace(/\s+/g, ''));
label: for (;;) { break label } /re/.exec(y)
