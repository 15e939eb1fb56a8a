# Circular imports: a module sees its importer partially initialised through sys.modules, and
# `from` on a name not yet defined gives CPython's "partially initialized module" error.
import sys

sys.path.insert(0, "modules")

import imp_circ.a
print(imp_circ.a.A_LATE, imp_circ.b.B_VALUE, imp_circ.a.b is imp_circ.b)
try:
    import imp_circ.c
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index("(/")])
print("imp_circ.c" in sys.modules, "imp_circ.d" in sys.modules)
