# -*- coding: latin-1 -*-
# Encoding declaration: the source is Latin-1; literals decode through it.
s = "café naïve ©"
print(s, len(s), [hex(ord(c)) for c in s[-1:]])
print(ascii(s), s.encode("utf-8"), s.encode("latin-1"))
été = "identifier with latin-1 letters"
print(été)
b = b"\xe9"
print(b, b.decode("latin-1") == "é")
src = "# coding: latin-1\nv = 1\n"
ns = {}
exec(compile(src, "<l>", "exec"), ns)
print(ns["v"])
bsrc = b"# -*- coding: latin-1 -*-\nw = \"\xe9\"\n"
exec(compile(bsrc, "<b>", "exec"), ns)
print(ascii(ns["w"]))
u = "\u00e9" == "é"
print(u)
