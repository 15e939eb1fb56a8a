# ctypes: class machinery: Structure inheritance and _pack_, incomplete pointer types,
# arrays of structures, pointer indexing, in_dll, resize, errors of the metaclasses
from ctypes import *
import ctypes

class Base(Structure):
    _fields_ = [("a", c_int), ("b", c_char)]

class Derived(Base):
    _fields_ = [("c", c_double)]

print(sizeof(Base), sizeof(Derived), Derived.c.offset)
d = Derived(1, b"z", 2.5)
print(d.a, d.b, d.c)

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int), ("s", c_short)]
print(sizeof(Packed), Packed.i.offset, Packed.s.offset)

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n3 = Node(3, None)
n2 = Node(2, pointer(n3))
n1 = Node(1, pointer(n2))
total, p = 0, pointer(n1)
while p:
    total += p.contents.value
    p = p.contents.next
print(total, sizeof(Node))
try:
    Node._fields_ = [("x", c_int)]
except AttributeError as e:
    print("AttributeError:", e)

Pts = Point = None
class Point(Structure):
    _fields_ = [("x", c_short), ("y", c_short)]
pts = (Point * 3)((1, 2), (3, 4))
pts[2] = Point(5, 6)
print([(q.x, q.y) for q in pts], sizeof(pts))
pp = cast(pts, POINTER(Point))
print(pp[1].x, pp[2].y)
pp[0].x = 100
print(pts[0].x)

ip = (c_long * 4)(10, 20, 30, 40)
lp = cast(ip, POINTER(c_long))
print(lp[3], lp[:2])
cp = cast(create_string_buffer(b"bytes!"), POINTER(c_char))
print(cp[0], cp[:5])

try:
    class Abstract(ctypes._SimpleCData):
        pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    ctypes._SimpleCData()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Structure):
        _fields_ = [("x", int)]
except TypeError as e:
    print("TypeError:", e)

print(c_int * 2 is c_int * 2, (c_int * 2).__name__, (c_int * 2)._length_, (c_int * 2)._type_)
print(2 * c_char == c_char * 2)
class MyInt(c_int):
    pass
class Holder(Structure):
    _fields_ = [("m", MyInt), ("i", c_int)]
h = Holder(5, 6)
print(type(h.m).__name__, h.m.value, type(h.i).__name__)

arr = (c_int * 2)(1, 2)
resize(arr, 16)
print(sizeof(arr), arr[1])
try:
    resize(arr, 2)
except ValueError as e:
    print("ValueError:", e)

class V(Structure):
    _fields_ = [("x", c_int)]
v = V.from_address(addressof(arr))
print(v.x)
v.x = -1
print(arr[0])
try:
    c_int.from_param("s")
except TypeError as e:
    print("TypeError:", e)
try:
    POINTER(c_int).from_param(c_long(1))
except TypeError as e:
    print("TypeError:", e)
u8 = (c_uint8 * 4).from_buffer_copy(b"\x01\x02\x03\x04")
print(list(u8), c_uint32.from_buffer(u8).value)
print(repr(Point.x))
print(c_wchar_p("h\u00e9llo").value, create_unicode_buffer(3).value == "")
print(bytes(Point(1, 2)), bytes((c_uint16 * 3)(1, 256, 65535)), bytes(c_int32(-2)))


print(ctypes.c_int.__ctype_be__.__name__, ctypes.c_int.__ctype_le__ is ctypes.c_int)
class S(ctypes.BigEndianStructure):
    _fields_=[('a', ctypes.c_uint16), ('b', ctypes.c_int32), ('c', ctypes.c_double), ('d', ctypes.c_uint8*2)]
s=S(0x1234, -2, 1.5, (1,2))
print(bytes(s), s.a, s.b, s.c, list(s.d), type(S.a))
s2 = S.from_buffer_copy(bytes(s)); print(s2.a, s2.b)
print(ctypes.c_int.__ctype_be__(5).value, repr(ctypes.c_int.__ctype_be__(5)), bytes(ctypes.c_int.__ctype_be__(5)))
print(hasattr(ctypes.c_char_p, '__ctype_be__'), hasattr(ctypes.c_char, '__ctype_be__'))
class T(ctypes.BigEndianStructure):
    pass
T._fields_ = [("x", ctypes.c_uint32), ("y", ctypes.c_int16 * 2)]
t = T(1, (2, -3))
print(bytes(t), t.x, list(t.y))
class L(ctypes.LittleEndianStructure):
    _fields_ = [("x", ctypes.c_uint32)]
print(bytes(L(1)))

# anonymous members
class _U(Union):
    _fields_ = [("i", c_int), ("f", c_float)]
class Tagged(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("tag", c_char), ("u", _U)]
t = Tagged()
t.tag = b"i"
t.i = 42
print(t.tag, t.i, t.u.i, Tagged.i.offset, sizeof(Tagged))
t.f = 2.0
print(t.u.f, t.i)
try:
    class Bad(Structure):
        _anonymous_ = ("nope",)
        _fields_ = [("x", c_int)]
except AttributeError as e:
    print("AttributeError:", e)
