def evens(n):
    for i in range(0, n, 2):
        print(f"php yields {i}")
        yield i
gen = evens
for v in gen(6):
    print("py got", v)
print(list(gen(5)))
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    s = sum(gen(100))
print(buf.getvalue(), end="")
print(s)
