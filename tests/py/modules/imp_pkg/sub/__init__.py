print("imp_pkg.sub: init", __name__, __package__)
from .. import consts as parent_consts
from ..util import helper as parent_helper
