# global, nonlocal, del and assert in their many forms.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def shadow():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow())
v = [1, 2, 3, 4, 5]
del v[0]
del v[1:3]
print(v)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
p, q = 1, 2
del p, q
try:
    print(p)
except NameError as e:
    print("NameError", e)
def unbound():
    x = 1
    del x
    return x
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError", e)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], ["msg", "list"]
except AssertionError as e:
    print("AssertionError", e.args)
assert True, undefined_never_evaluated
for src in ["def f():\n    x = 1\n    global x", "def f(a):\n    global a", "nonlocal x",
            "def f():\n    nonlocal y", "def f():\n    print(x)\n    global x", "del f()", "del (a, b)", "del [a, [b]]"]:
    try:
        compile(src, "<g>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
