# Helper package for tests/py/import_basic.py and import_package_relative.py.
print("imp_pkg: init", __name__, __package__)
from .util import helper
from . import consts
PKG_LEVEL = "top"
