# Package used by tests/py/import_pkg_*.py: __init__ runs once, defines __all__ for star imports.
print("impb_pkg __init__ running as", __name__)
__all__ = ["public", "helper_mod"]
public = "public value"
_private = "private value"
not_listed = "not in __all__"
