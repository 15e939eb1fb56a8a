# print() writes to sys.stdout as rebound at call time (None: nothing), calls file.flush()
# for flush=True and passes its errors on; Python 2's print >> gets CPython's hint.
import io
import sys
from contextlib import redirect_stdout

buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
print("captured", 1, sep="-")
sys.stdout = saved
print(repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as out:
    print("via redirect_stdout")
    print(end="")
print(repr(out.getvalue()))
sys.stdout = None
print("dropped")
sys.stdout = saved


class FileLike:
    def __init__(self):
        self.written, self.flushed = "", 0

    def write(self, s):
        self.written += s

    def flush(self):
        self.flushed += 1


f = FileLike()
print(1, file=f, end="", flush=True)
print(2, file=f, flush=False)
print(repr(f.written), f.flushed)


class NoFlush:
    def write(self, s):
        pass

    def flush(self):
        raise RuntimeError("flush failed")


try:
    print(1, file=NoFlush(), flush=True)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print >> sys.stderr, "message"
except TypeError as e:
    print(str(e).split(". ")[1])
