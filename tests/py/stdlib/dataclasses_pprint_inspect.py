# Debian's dataclasses, pprint, inspect.signature and warnings.catch_warnings.
import dataclasses, pprint, inspect, warnings
from dataclasses import dataclass, field, asdict, astuple, replace

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), asdict(p), astuple(p), replace(p, y=1))
print([f.name for f in dataclasses.fields(Point)], dataclasses.is_dataclass(p))

@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = 'z'

print(V(1) < V(2), sorted([V(2), V(1, 'a')]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
pprint.pprint({'b': [1, 2, 3], 'a': {'nested': list(range(30))}})
print(pprint.pformat([{'k': i} for i in range(3)], width=20))
def f(a, b=2, *args, c, **kw) -> int:
    "doc"
    return a
sig = inspect.signature(f)
print(sig, list(sig.parameters), inspect.isfunction(f), inspect.getdoc(f), inspect.isclass(Point))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
