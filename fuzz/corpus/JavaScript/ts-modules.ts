import { type as as, type X, Y } from "m";
export { type as if, Y, type Z };
namespace N { import A = N.B; export const x = 1; }
declare enum
E {}
declare instanceof declare in {};
type abstract = "abstract";
let v!: number;
let w
!function () {}();
{ for (using of: R = r();;); }
export = v;
let t: typeof import("a.json", { with: { type: "json" } });
