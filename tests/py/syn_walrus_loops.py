# Assignment expressions driving loops and reading chunks; interaction with short-circuiting.
import io
stream = io.StringIO("alpha\nbeta\n\ngamma\n")
lines = []
while (line := stream.readline()):
    if not (stripped := line.strip()):
        continue
    lines.append(stripped)
print(lines, repr(line))
buf = io.BytesIO(b"0123456789")
chunks = []
while chunk := buf.read(4):
    chunks.append(chunk)
print(chunks)
data = [3, 8, 1, 9, 4]
if any((big := v) > 7 for v in data):
    print("first big", big)
if all((last := v) < 10 for v in data):
    print("all small, last", last)
values = {"a": 1}
print((v := values.get("a")) is not None and v + 1, (w := values.get("z")) is not None and w)
count = 0
while (count := count + 1) < 5:
    pass
print(count)
results = [y for x in range(6) if (y := x * x) % 2]
print(results)
def f():
    return [(n, total := sum(range(n))) for n in range(4)], total
print(f())
x = 0
print(x or (x := 5), x, x and (x := 0), x)
