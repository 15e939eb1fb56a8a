# open() in text mode: write/read/append, encodings, iteration, readline(s), seek/tell, with.
import os
# A directory of this process alone (tempfile would import much more than this test needs).
d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pya-open-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.write("line one\n"), f.write("línea dos\n"), f.writelines(["3\n", "4"]))
    print(f.closed, f.mode, f.name == p, f.writable(), f.readable())
print(f.closed)
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(p, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(p, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(p, encoding="utf-8") as f:
    print(f.read().splitlines()[-2:])
with open(p, "r", encoding="utf-8") as f:
    f.read(4)
    pos = f.tell()
    rest = f.readline()
    f.seek(pos)
    print(repr(rest), f.readline() == rest, f.seek(0), repr(f.read(4)))
with open(p, "rb") as f:
    raw = f.read()
print(raw[:20], len(raw), raw.count(b"\n"))
with open(p, encoding="latin-1") as f:
    print(repr(f.read().splitlines()[1]))
q = os.path.join(d, "l1.txt")
with open(q, "w", encoding="latin-1") as f:
    f.write("café")
with open(q, "rb") as f:
    print(f.read())
try:
    with open(q, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    with open(p, "r") as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(p, "rw")
except ValueError as e:
    print("ValueError", e)
with open(p, "x" if False else "w") as f:
    pass
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
f = open(p, "w")
f.write("closed later")
f.close()
try:
    f.write("after close")
except ValueError as e:
    print("ValueError", e)
print(open(p).read())
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
