# Relative imports inside packages (from . / from .mod / from ..pkg), __package__ and the errors
# for relative imports that have no package or climb above the top.
import sys

sys.path.insert(0, "modules")

import imp_pkg
print(imp_pkg.helper(2), imp_pkg.consts.SCALE, imp_pkg.util.helper(1))
from imp_pkg.sub import parent_consts, parent_helper
print(parent_consts is imp_pkg.consts, parent_helper(7))
from imp_pkg.sub.leaf import describe
print(describe())
import imp_pkg.sub.leaf as leaf
print(leaf.sibling.shout("ok"), leaf.S, leaf.PKG_LEVEL)

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    import imp_pkg.sub.toofar
except ImportError as e:
    print(type(e).__name__, e)
print("imp_pkg.sub.toofar" in sys.modules)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
