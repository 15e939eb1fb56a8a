# memoryview: tobytes, slicing, cast('B'), readonly, release, writes through to bytearray.
data = bytearray(b"abcdef")
m = memoryview(data)
print(m.tobytes(), len(m), m[0], m[-1], m[1:3].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes)
m[0] = ord("A")
m[1:3] = b"BC"
print(data, bytes(m), m.tolist(), m.hex(), list(m[::2]))
ro = memoryview(b"xyz")
print(ro.readonly, ro.tobytes(), bytes(ro[::-1]), ro == b"xyz", ro[1:] == b"yz")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
c = m.cast("B")
print(c.format, c.tolist()[:3], c.obj is data, m.obj is data)
sub = m[2:5]
sub[0] = ord("z")
print(data, sub.tobytes(), bytes(sub))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError", e)
m2 = memoryview(bytearray(b"12"))
m2.release()
try:
    len(m2)
except ValueError as e:
    print("ValueError", e)
try:
    m[0] = 256
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"toolong"
except ValueError as e:
    print("ValueError", e)
print(bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"q")), b"".join([memoryview(b"a"), b"b"]), memoryview(b"ab").tobytes().decode())
