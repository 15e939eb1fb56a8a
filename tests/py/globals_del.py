counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def local_unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
local_unbound()
items = [1, 2, 3, 4]
del items[1]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 5
print(hasattr(o, "attr"))
del o.attr
print(hasattr(o, "attr"), getattr(o, "attr", "default"))
setattr(o, "dyn", 42)
print(o.dyn, vars(o))
g = globals()
print("bump" in g, g["counter"])
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
