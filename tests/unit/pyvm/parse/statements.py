# Simple statements.
import os
import os.path, sys as system
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from __future__ import annotations
from x import *
x = y = z = 1
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = 1; x[0] = 2; x[1:2] = 3
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1; x @= 1
x: int
x: int = 5
(x): int = 5
x.y: List[int] = []
x[0]: str
del a, b[0], c.d, (e, f), [g]
assert x, "message"
assert y
raise
raise E
raise E from cause
global g1, g2
pass
x = yield
x = yield from y
x: int = yield
print(*a, sep='')
