#!/usr/bin/env node
"use strict";
with (o) { delete x; } <!-- html comment
--> also a comment
debugger; switch (k) { case 1: default: }
try { throw new Error } catch { } finally { }
do x; while (0) if (a) b; else c
