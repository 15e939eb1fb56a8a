# Module attributes for tests/py/import_module_attrs.py.
"""impb_attrs docstring."""
import os
FILE_BASENAME = os.path.basename(__file__)
NAME = __name__
def func():
    return __name__
class Klass:
    pass
