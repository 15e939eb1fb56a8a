# A submodule of impb_pkg reached through the package's __all__ and relative imports.
from . import public as _p
from .sub.leaf import LEAF
VALUE = "helper sees " + _p + " and " + LEAF
def where():
    return __name__, __package__
