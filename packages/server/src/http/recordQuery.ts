    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
P    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
H    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
E    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
Q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
K    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
2    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
V    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
G    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
E    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
j    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
Q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
;    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
;    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
6    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
4    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
6    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
4    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
…    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
4    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
2    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
2    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
P    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
V    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
V    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
V    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
S    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
^    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
-    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
\    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
+    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
\    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
\    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
+    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
&    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
A    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
j    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
j    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
'    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
T    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
I    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
L    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
-    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
j    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
P    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
;    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
4    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
2    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
2    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
*    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
Q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
Q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
D    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
j    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
K    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
V    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
>    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
R    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
Q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
[    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
]    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
!    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
F    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
N    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
$    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
M    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
-    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
/    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
-    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
`    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
_    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
<    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
v    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
b    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
-    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
;    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
w    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
L    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
L    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
M    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
h    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
m    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
a    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
g    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
O    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
k    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
0    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
1    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
|    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
q    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
y    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
r    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
L    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
=    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
n    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
?    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
{    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
:    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
f    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
L    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
i    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
s    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
(    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
"    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
o    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
p    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
t    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
.    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
x    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
c    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
l    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
u    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
d    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
e    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
)    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
,    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
     ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
}    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),

    ...(output === undefined
      ? {}
      : { output: { ...(include === undefined ? {} : { include }), ...(exclude === undefined ? {} : { exclude }) } }),
