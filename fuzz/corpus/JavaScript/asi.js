let a = b
(c || d).e()
x
++y
return
yield
a = b ? c : d ? e : f, g => h, async (i) => await j
0x1F_FF .toString(); 1e-7; 0o17; 0b1010n; .5e+3; 08.5
'\0\u2028\
'
