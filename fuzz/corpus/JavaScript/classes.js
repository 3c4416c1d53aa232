class A extends (B ?? C) {
  static #count = 0; #id; get id() { return this.#id }
  static { A.#count++; }
  async *[Symbol.iterator]() {} accessor x = 1;
  constructor(...args) { super(...args); new.target; #id in this; }
}
var { a = 1, b: [c, ...d], ...e } = obj ?? {}; a ||= b &&= c ??= d; x **= 2n ** 3n;
