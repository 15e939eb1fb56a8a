# ImportError and ModuleNotFoundError as CPython words them; a module whose body raises leaves
# sys.modules again; finally an uncaught error inside an imported module ends the program.
import sys

sys.path.insert(0, "modules")


def strip(msg):
    """Masks the absolute path CPython puts in some messages."""
    i = msg.find("(/")
    return msg if i < 0 else msg[:i] + "(...)"


try:
    import imp_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import imp_no_such.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import imp_basic_mod.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from imp_missing_name import absent
except ImportError as e:
    print(type(e).__name__, strip(str(e)), e.name)
try:
    from imp_pkg import no_such_sub
except ImportError as e:
    print(type(e).__name__, strip(str(e)))
try:
    from imp_pkg.sub import nope
except ImportError as e:
    print(type(e).__name__, strip(str(e)))
print(isinstance(ModuleNotFoundError(), ImportError))

try:
    import imp_raises
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
print("imp_raises" in sys.modules)
try:
    import imp_raises
except ZeroDivisionError:
    print("runs again on the next import")

try:
    import imp_syntax
except SyntaxError as e:
    print("SyntaxError", e.lineno, "imp_syntax" in sys.modules)

import imp_raises
