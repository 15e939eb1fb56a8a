# Helper for tests/py/import_basic.py: `from imp_star_all import *` takes __all__ only.
__all__ = ["alpha", "_beta"]
alpha = "a"
_beta = "b"
gamma = "g"
