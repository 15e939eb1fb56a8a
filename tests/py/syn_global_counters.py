# global and nonlocal used for counters, registries and configuration across functions.
REGISTRY = {}
def register(name):
    def deco(f):
        REGISTRY[name] = f
        return f
    return deco
@register("double")
def _d(x):
    return 2 * x
@register("square")
def _s(x):
    return x * x
print(sorted(REGISTRY), [REGISTRY[k](5) for k in sorted(REGISTRY)])
calls = 0
def tracked():
    global calls
    calls += 1
    return calls
for _ in range(3):
    tracked()
print(calls)
def configure(**opts):
    global SETTINGS
    SETTINGS = dict(opts)
configure(debug=True)
print(SETTINGS)
def make_acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = make_acc()
print(add(1), add(10), items)
def gen_ids():
    n = 0
    def nxt():
        nonlocal n
        n += 1
        return f"id{n}"
    return nxt
a, b = gen_ids(), gen_ids()
print(a(), a(), b(), a())
