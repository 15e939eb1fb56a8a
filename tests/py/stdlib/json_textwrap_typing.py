# Debian's json, textwrap, contextlib, string (Formatter on _string, Template on re) and typing.
import json, textwrap, typing, contextlib, string
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'x"y'}), json.dumps([1, {'k': 'é'}], ensure_ascii=False))
print(json.loads('{"a": [1, 2.5, null, true, "s\\u00e9"], "n": -3e2}'))
print(json.dumps({'z': 1, 'a': {'b': [1, 2]}}, indent=2, sort_keys=True))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.shorten("Hello  world, this is long", width=15))
print(textwrap.indent("x\ny", "> "), textwrap.wrap("aaa bbb ccc", 5))
@contextlib.contextmanager
def cm(x):
    print("enter", x)
    yield x * 2
    print("exit", x)
with cm(3) as v:
    print("body", v)
with contextlib.suppress(KeyError):
    {}['x']
print(string.ascii_letters[:5], string.digits, string.capwords("hello world"))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
T = typing.TypeVar('T')
def first(xs: typing.List[T]) -> typing.Optional[T]:
    return xs[0] if xs else None
print(first([1, 2]), typing.get_type_hints(first), typing.Optional[int], typing.Union[int, str])
class P(typing.NamedTuple):
    x: int
    y: str = 'd'
print(P(1), P(2, 'z')._asdict())
