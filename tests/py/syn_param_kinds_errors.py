# Parameter kinds: positional-only (/), keyword-only (*), defaults, *args/**kwargs, and the
# TypeError messages for every kind of bad call.
def api(a, b=2, /, c=3, *, d, e=5, **extra):
    return (a, b, c, d, e, sorted(extra.items()))

print(api(1, d=4))
print(api(1, 20, 30, d=40, e=50, z=0))
print(api(1, c=7, d=8, b=9))

def calls():
    yield lambda: api()
    yield lambda: api(1)
    yield lambda: api(1, 2, 3, 4, d=1)
    yield lambda: api(a=1, d=2)
    yield lambda: api(1, 2, c=3, c2=4)
    yield lambda: api(1, 2, 3, c=4, d=5)

for call in calls():
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def only_pos(x, y, /):
    return x + y
def only_kw(*, flag):
    return flag
def varargs(*items, sep=", "):
    return sep.join(map(str, items))
class K:
    def method(self, value, /, *, scale=1):
        return value * scale
    @staticmethod
    def st(a, b):
        return a - b
    @classmethod
    def cm(cls, a):
        return cls.__name__, a

print(only_pos(1, 2), only_kw(flag=True), varargs(1, 2, 3), varargs(sep="|"), varargs("a", "b", sep="|"))
print(K().method(3, scale=2), K.st(5, 3), K.cm(1), K().cm(2))
for bad in [lambda: only_pos(x=1, y=2), lambda: only_kw(True), lambda: varargs(sep=1, x=2),
            lambda: K().method(value=3), lambda: K.st(1), lambda: K.st(1, 2, 3), lambda: K().method(),
            lambda: only_pos(1), lambda: only_kw(), lambda: len(), lambda: len([], []),
            lambda: int(x=5), lambda: int("7", 8, base=8)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

import inspect
print(inspect.signature(api))
print([p.kind.name for p in inspect.signature(api).parameters.values()])
print(api.__defaults__, api.__kwdefaults__, api.__code__.co_posonlyargcount,
      api.__code__.co_kwonlyargcount, api.__code__.co_argcount)
