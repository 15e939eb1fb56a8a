from . import sibling
from .sibling import shout
from .. import PKG_LEVEL
from ..consts import SCALE as S
print("imp_pkg.sub.leaf: init", __name__, __package__)


def describe():
    return shout(PKG_LEVEL) + " " + str(S) + " " + sibling.__name__
