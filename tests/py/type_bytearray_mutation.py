# bytearray: in-place mutation, slice assignment, methods, resizing, and aliasing.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba, ba.index(ord("o")), ba.count(ord("l")))
ba[1:3] = b"EE"
ba[0:0] = b"<<"
ba[-2:] = b""
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, bytearray(3), bytearray(b"abc") + b"def", bytearray(b"ab") * 2)
a = bytearray(b"abc")
alias = a
a += b"def"
a *= 2
print(alias, alias is a)
print(bytearray.fromhex("de ad be ef"), bytearray(b"xyz").hex(), bytearray(b"Hi").upper(), bytearray(b" a ").strip())
def set0(v):
    x = bytearray(b"a")
    x[0] = v
def setsl(v):
    x = bytearray(b"ab")
    x[0:2] = v
for bad in [lambda: set0(256), lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: setsl(5)]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
m = bytearray(b"0123456789")
m[2:5] = b"ab"
print(m, m[3], m[-1:], bytes(m), m.find(b"ab"), m.replace(b"ab", b"AB"), m.split(b"a"))
