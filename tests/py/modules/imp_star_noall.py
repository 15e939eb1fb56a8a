# Helper for tests/py/import_basic.py: without __all__, * takes the names not starting with _.
import sys as _sys
one = 1
two = 2
_three = 3
