import sys, types
m = types.ModuleType("registered_here")
exec("X = 1", m.__dict__)
sys.modules["registered_here"] = m
def has(name): return name in sys.modules
def dump(b): print("bool(true)" if b else "bool(false)")
dump(has("registered_here")); dump(has("nonexistent_mod"))
print(sys.maxsize)
