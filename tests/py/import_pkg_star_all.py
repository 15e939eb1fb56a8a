# Packages: __init__ runs once on first import, `from pkg import *` honours __all__ (including a
# submodule it names), `from module import *` without __all__ skips underscore names, relative
# imports inside the package, and attributes added to the package by submodule imports.
import sys
sys.path.insert(0, "modules")

from impb_pkg import *
print(public, helper_mod.VALUE)
print("not_listed" in globals(), "_private" in globals())
import impb_pkg
print(impb_pkg.not_listed, impb_pkg._private, hasattr(impb_pkg, "sub"))
from impb_pkg.sub.leaf import *
print(LEAF, leaf_func(), "_hidden" in globals())
import impb_pkg.sub
print(impb_pkg.sub.parent_public, hasattr(impb_pkg, "sub"), impb_pkg.helper_mod.where())
import impb_pkg as again
print(again is impb_pkg, again.__name__, again.__package__, impb_pkg.sub.__package__)
print(sorted(k for k in sys.modules if k.startswith("impb_pkg")))
from impb_pkg import helper_mod as hm, public as pub
print(hm is impb_pkg.helper_mod, pub)
try:
    from impb_pkg import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import impb_pkg.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
