# PEP 562: a module's __getattr__ answers attributes the module does not have (concurrent.futures
# finds ThreadPoolExecutor so).
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "lazymod.py"), "w") as f:
    f.write("""
present = 1
def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
""")
sys.path.insert(0, d)
import lazymod

print(lazymod.present, lazymod.lazy_value, getattr(lazymod, "lazy_x"))
try:
    lazymod.other
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(lazymod, "other"), hasattr(lazymod, "lazy_y"))
from lazymod import lazy_imported
print(lazy_imported)

import concurrent.futures
print(concurrent.futures.ThreadPoolExecutor.__name__)
shutil.rmtree(d)
