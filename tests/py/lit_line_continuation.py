# Line continuation: backslashes, implicit joining in brackets, comments, blank lines.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # one
    2,

    3,  # trailing comma next
]
print(values)
call = max(
    4,
    9,  # comment inside call
    2)
print(call)
s = "one " \
    "two " \
    'three'
print(s)
if 1 and \
   2:
    print("joined condition")
d = {"a":
     1, "b": (2,
              3)}
print(d)
x = (1 +
     # a comment line inside parentheses
     2)
print(x)
def f(a,
      b=2,
      *args,
      **kw):
    return a, b, args, kw
print(f(1,
        3, 4,
        k=5))
print("""a \
b""", 'c\
d')
assert True, \
    "never"
with open(__file__) as fh, \
        open(__file__) as fh2:
    print(fh.readline() == fh2.readline())
lam = lambda: \
    "lambda body"
print(lam())
for src in ["x = 1 + \\\n", "x = (1,\n", "\\ x = 1\n", "x = 1 \\ # c\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
