# Import errors: a missing module (ModuleNotFoundError with .name), a missing name in a module
# (ImportError with its message), a module raising during import is not cached, relative import
# outside a package, and __import__ / importlib with bad arguments.
import sys
import importlib
sys.path.insert(0, "modules")

try:
    import impb_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from impb_attrs import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
for attempt in range(2):
    try:
        import impb_broken
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e, "| cached:", "impb_broken" in sys.modules)
try:
    from . import impb_attrs
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("")
except ValueError as e:
    print("ValueError:", e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("impb_missing_too")
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
