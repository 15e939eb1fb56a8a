# Default arguments holding mutable state deliberately, and the usual sentinel patterns.
def memo(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo(n - 1) + memo(n - 2)
    return _cache[n]
print(memo(50), len(memo.__defaults__[0]))
_missing = object()
def get(d, k, default=_missing):
    if k in d:
        return d[k]
    if default is _missing:
        raise KeyError(k)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print("KeyError", e)
def counter(_state=[0]):
    _state[0] += 1
    return _state[0]
print(counter(), counter(), counter([10]), counter())
def tags(name, tags=()):
    return name, tags + ("default",)
print(tags("a"), tags("b", ("x",)), tags("a"))
class Conf:
    def __init__(self, opts=None):
        self.opts = dict(opts or {})
a, b = Conf(), Conf({"k": 1})
a.opts["x"] = 1
print(a.opts, b.opts, Conf().opts)
