# ctypes: fundamental types, structures, unions, arrays, pointers, byref, cast, memmove/memset
from ctypes import *
import ctypes
import struct

print(sizeof(c_byte), sizeof(c_short), sizeof(c_int), sizeof(c_long), sizeof(c_longlong))
print(sizeof(c_float), sizeof(c_double), sizeof(c_void_p), sizeof(c_char_p), sizeof(c_bool))
print(sizeof(c_size_t), sizeof(c_ssize_t), sizeof(c_wchar), sizeof(c_uint8), sizeof(c_int64))
print(alignment(c_double), alignment(c_short), alignment(c_char))

print(c_int(5), c_uint(-1).value, c_ubyte(300).value, c_byte(200).value, c_short(-70000).value)
print(c_longlong(2**63 + 5).value, c_ulonglong(-1).value, c_int64(-2).value)
print(c_double(1.5), c_float(0.1).value, c_bool(7).value, c_char(b"x").value, c_char(65).value)
print(c_char_p(b"hello").value, c_char_p(None).value, c_void_p(None).value, c_void_p(1234).value)
print(c_wchar_p("wide").value, c_wchar("z").value)
v = c_int(1)
v.value = 2**40 + 3
print(v.value, bool(c_int(0)), bool(c_int(3)))
try:
    c_int(1.5)
except TypeError as e:
    print("TypeError:", e)

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class Mixed(Structure):
    _fields_ = [("c", c_char), ("i", c_int), ("d", c_double), ("s", c_short)]

class Rect(Structure):
    _fields_ = [("tl", Point), ("br", Point), ("name", c_char_p)]

print(sizeof(Point), sizeof(Mixed), alignment(Mixed), sizeof(Rect))
print(Mixed.i.offset, Mixed.d.offset, Mixed.s.offset, Mixed.d.size)
print(struct.calcsize("@ciP") == sizeof(Mixed) or True)
p = Point(3, -4)
print(p.x, p.y)
p.x += 10
print(p.x)
r = Rect(Point(1, 2), (5, 6), b"box")
print(r.tl.x, r.tl.y, r.br.x, r.br.y, r.name)
r.tl.x = 99
print(r.tl.x)
q = Point(y=7)
print(q.x, q.y)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

class U(Union):
    _fields_ = [("u", c_uint32), ("b", c_uint8 * 4), ("f", c_float)]
u = U()
u.u = 0x01020304
print(sizeof(U), u.b[0], u.b[3], list(u.b))
u.f = 1.0
print(hex(u.u))

IntArray5 = c_int * 5
a = IntArray5(5, 1, 4)
print(len(a), list(a), a[0], a[-1], a[1:3])
a[4] = 9
print([x for x in a], sizeof(a), type(a).__name__)
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
m = ((c_int * 3) * 2)()
m[1][2] = 6
print(m[1][2], sizeof(m), [list(row) for row in m])

s = create_string_buffer(b"hello", 10)
print(s.value, s.raw, len(s), sizeof(s))
s.value = b"bye"
print(s.value, s[0], s[1:3])
s2 = create_string_buffer(b"abc")
print(len(s2), s2.raw)
w = create_unicode_buffer("wide chars")
print(w.value, len(w))

i = c_int(10)
pi = pointer(i)
print(pi.contents.value, pi[0])
pi[0] = 20
print(i.value)
pi.contents = c_int(77)
print(pi[0], i.value)
PI = POINTER(c_int)
print(PI.__name__, POINTER(c_int) is PI, bool(PI()), bool(pi))
try:
    PI().contents
except ValueError as e:
    print("ValueError:", e)
pp = cast(a, POINTER(c_int))
print(pp[0], pp[1], pp[4])
vp = cast(pointer(p), c_void_p)
print(cast(vp, POINTER(Point)).contents.x)
print(addressof(a) == cast(a, c_void_p).value, addressof(p) == vp.value)
print(string_at(s), string_at(s, 2))
memmove(a, (c_int * 2)(100, 200), 2 * sizeof(c_int))
print(list(a))
memset(a, 0, sizeof(a))
print(list(a))
ip = Point.from_buffer(p)
ip.y = 55
print(p.y)
cp = Point.from_buffer_copy(p)
cp.y = 1
print(p.y, cp.y)
ref = byref(i)
print(type(ref).__name__)
print(isinstance(p, Structure), isinstance(a, Array), isinstance(pi, ctypes._Pointer))
print(c_int.__mro__[1].__name__, type(Point).__name__, type(IntArray5).__name__)
