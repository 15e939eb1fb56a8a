# open(): binary modes, r+/w+, newline translation (None, "", "\n", "\r\n"), seek whence.
import os
# A directory of this process alone (tempfile would import much more than this test needs).
d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pya-bin-%d" % os.getpid())
os.mkdir(d)
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\xff"), f.write(bytearray(b"!")), f.tell())
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read(), f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(2))
with open(p, "r+b") as f:
    f.seek(3)
    f.write(b"HE")
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    f.write(b"fresh")
    f.seek(0)
    print(f.read(), f.seek(0, 2))
with open(p, "ab") as f:
    f.write(b"+tail")
with open(p, "rb") as f:
    print(f.read(), f.readable(), f.writable(), f.seekable())
t = os.path.join(d, "n.txt")
with open(t, "w", newline="") as f:
    f.write("a\nb\r\nc\rd")
with open(t, "rb") as f:
    print(f.read())
try:
    open(t, newline="bad")
except ValueError as e:
    print("ValueError", e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
with open(p, "rb") as f:
    print(list(f), type(f).__name__)
with open(t, "rb") as f:
    print(list(f))
for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
