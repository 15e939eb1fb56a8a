# bytes, bytearray and memoryview together: methods shared by bytes and bytearray, in-place
# bytearray edits, hex/fromhex, memoryview slicing, tolist/tobytes, release and
# writes through a view into its bytearray.
data = b"Hello, World! 123"
print(data.upper(), data.lower(), data.swapcase(), data.title(), data.split(b", "), data.split())
print(data.find(b"o"), data.rfind(b"o"), data.count(b"l"), data.index(b"W"), data.startswith((b"He", b"x")))
print(data.replace(b"l", b"L", 2), data.strip(b"H3"), data.center(21, b"*"), data.ljust(19, b"."))
print(data.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"Ab".isupper())
print(data.hex(), data.hex(":", 4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff").hex())
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"%s=%d" % (b"x", 5), b"%5.2f|" % 3.14159)
print(list(b"AZ"), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), b"\xff".decode("latin-1"))

ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
ba += b"!!"
ba.extend(range(48, 51))
ba.insert(0, 35)
ba.append(63)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Z"))
del ba[::3]
print(ba, len(ba), ba.count(b"!"), ba.reverse(), ba)
ba2 = ba * 2
ba2[2:4] = b""
print(ba2, ba2 == bytes(ba2), bytearray(b"abc") < b"abd", hash(b"abc") == hash(bytes(bytearray(b"abc"))))

buf = bytearray(b"0123456789")
mv = memoryview(buf)
print(mv[2], mv[-1], bytes(mv[2:5]), mv[::2].tobytes(), mv.tolist()[:3], len(mv), mv.nbytes, mv.readonly)
mv[0] = ord("X")
mv[1:3] = b"ab"
print(buf, mv.obj is buf, mv.format, mv.itemsize, mv.ndim)
sub = mv[4:8]
sub[:] = b"____"
print(buf, bytes(sub), sub.tobytes().decode())
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as m:
    print(m.tobytes(), m == b"ctx")
print(m.obj if False else "released:", end=" ")
try:
    len(m)
except ValueError as e:
    print(e)
