# Module attributes: __name__ of the main program and of an imported module, __file__ (basename
# only), __doc__, __dict__ contents, functions' __module__ and __globals__, classes' __module__,
# and module repr pieces that do not depend on paths.
import os
import sys
sys.path.insert(0, "modules")
import impb_attrs

print(__name__, os.path.basename(__file__), __doc__)
print(impb_attrs.__name__, impb_attrs.FILE_BASENAME, impb_attrs.NAME, impb_attrs.__doc__)
print(impb_attrs.func(), impb_attrs.func.__module__, impb_attrs.Klass.__module__)
print(impb_attrs.func.__globals__ is vars(impb_attrs), type(impb_attrs).__name__)
print(sorted(k for k in vars(impb_attrs) if not k.startswith("__")))
print(repr(impb_attrs).startswith("<module 'impb_attrs' from "), repr(sys).startswith("<module 'sys'"))
impb_attrs.added = 1
print(impb_attrs.added, "added" in dir(impb_attrs))
del impb_attrs.added
try:
    impb_attrs.added
except AttributeError as e:
    print("AttributeError:", e)
def local():
    pass
print(local.__module__, local.__qualname__, type(sys.modules[__name__]).__name__)
print(sys.modules["__main__"] is sys.modules[__name__])
