# array.array on the native array module: every typecode and its range errors, construction,
# methods, slicing and slice assignment, operators, comparisons, buffers, copy and pickle.
from array import array
import array as arraymod, copy, pickle
tests = [('b',200),('b',-200),('B',256),('B',-1),('h',40000),('h',-40000),('H',70000),('H',-1),('i',2**31),('i',-2**31-1),('I',2**32),('I',-1),('l',2**63),('l',-2**63-1),('L',2**64),('L',-1),('q',2**63),('q',-2**63-1),('Q',2**64),('Q',-1),('b',1.0),('f','x'),('d',None),('u',1),('u','ab'), ('b', '1'), ('i', True), ('Q', 2**64-1), ('L', 2**63), ('q', -2**63), ('d', 3), ('f', 1.5)]
for c, v in tests:
    try: print(c, v, array(c, [v]))
    except Exception as e: print(c, repr(v), type(e).__name__, e)
for f in [lambda: array('x'), lambda: array(1), lambda: array('bb'), lambda: array('b', 'abc'), lambda: array('b', [1]).extend(array('i')), lambda: array('b').pop(), lambda: array('b',[1]).pop(5), lambda: array('b').remove(1), lambda: array('b').index(1), lambda: array('i').frombytes(b'abc'), lambda: array('i').fromlist((1,)), lambda: array('b') + [1], lambda: array('b', [1,2])[::2].__setitem__(slice(None), [1]), lambda: array('b', [1,2,3]).__setitem__(slice(None,None,2), array('b',[1])), lambda: array('b').fromunicode('x'), lambda: hash(array('b')), lambda: array('b', array('u', 'x')), lambda: array('b', [1])[5], lambda: array('b', [1]).__setitem__(5, 1), lambda: array('b', typecode='b'), lambda: array('b',[1]).insert(0, 1.5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(array('u', 'abc'), array('d', [1.5, 2]), array('f', [0.1]), array('b'), repr(array('B', b'ab')))
print(array('i', [1,2]) == array('d', [1.0, 2.0]), array('b', [1]) < array('b', [1, 0]), array('b', [2]) > array('b', [1, 5]))
for code in arraymod.typecodes:
    a = array(code, 'xyz' if code == 'u' else [1, 2, 3])
    print(code, a.itemsize, a.typecode, len(a.tobytes()), a.tolist() if code != 'u' else a.tounicode())
a = array('i', range(10))
a.append(10); a.extend([11, 12]); a.insert(0, -1); a.insert(-1, 99); a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.index(5), a.count(3), 5 in a, 50 in a)
a.remove(99); a.reverse(); print(a)
print(a[2], a[-1], a[1:4], a[::3], a[::-4], a[100:])
a[1:3] = array('i', [7, 7, 7]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[0]; del a[::3]; print(a)
del a[2:4]; print(a)
b = array('h', [1, 2]); b.byteswap(); print(b)
c = array('H'); c.frombytes(b'\x01\x00\x02\x00'); c.fromlist([3]); print(c, c.tobytes())
print(array('b', [1, 2]) * 3, 2 * array('b', [5]), array('b', [1]) + array('b', [2]))
d = array('d', [1.0]); d += array('d', [2.0]); d *= 2; print(d)
print(bytes(array('H', [0x4142, 0x4344])), memoryview(array('B', [1, 2, 3])).tolist(), bytearray(array('b', [65, 66])))
print(copy.copy(array('l', [1, 2])), copy.deepcopy(array('u', 'hi')), pickle.loads(pickle.dumps(array('f', [0.5]))))
print(list(array('b', [3, 4])), sorted(array('b', [3, 1, 2])), array('b', [3]) == [3], array('b', b'AB'))
class A(array):
    pass
s = A('i', [1, 2]); s.append(3); print(s, type(s).__name__, len(s), s[1:], isinstance(s, array))
import io
f = io.BytesIO(); f.write(array('i', [1, 2])); print(f.getvalue())
u = array('u'); u.fromunicode('hé€😀'); print(u, u.tounicode(), len(u))
print(array('i', array('d', [1.0, 2.0])) if False else array('d', array('i', [1, 2])))
import math
class B(array):
    pass
b = B("d", [1.5]); b.x = 3
c = pickle.loads(pickle.dumps(b)); print(type(c).__name__, c, c.x, pickle.loads(pickle.dumps(b, 2)))
print(pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, array('i', [1]).__reduce_ex__(2)[1:])
import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "a.bin")
with open(p, "wb") as f: array('h', [1, -2, 3]).tofile(f)
r = array('h')
with open(p, "rb") as f:
    r.fromfile(f, 2)
    try: r.fromfile(f, 5)
    except EOFError as e: print("EOFError", e)
print(r); os.remove(p); os.rmdir(d)
x = array('b', [1, 2]); x.__iadd__(array('b', [3])); x.__imul__(2); print(x, x.__mul__(2))
try: x.__mul__("s")
except TypeError as e: print(e)
