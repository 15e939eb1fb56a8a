# sys.modules caching: a module body runs once however often it is imported, the same module
# object is returned, state is shared, deleting it from sys.modules forces a fresh import, and
# sys.modules entries that are not modules (or None) are what import gives (or refuses).
import sys
import importlib
sys.path.insert(0, "modules")

import impb_counter
import impb_counter as alias
from impb_counter import state
print(impb_counter.runs, alias is impb_counter, state is impb_counter.state)
state.append("shared")
import impb_counter
print(impb_counter.state, impb_counter.runs)
old = sys.modules.pop("impb_counter")
import impb_counter
print(impb_counter is old, impb_counter.runs, impb_counter.state, old.state)
sys.modules["fake_module"] = "just a string"
import fake_module
print(fake_module)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print("ImportError:", e)
print(importlib.import_module("impb_counter") is impb_counter)
