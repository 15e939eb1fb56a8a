# print(): sep, end, file, flush, and how objects are converted.
import io
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print(sep="x")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep=", ")
buf = io.StringIO()
print("to buffer", 42, file=buf, sep=":")
print("second", file=buf, end="!")
print(repr(buf.getvalue()))
print("flushed", flush=True)
print("stderr line", file=sys.stderr)
print(*range(5), sep="-")
print(*[], sep="never")
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], (S(),), f"{S()}", str(S()), repr(S()))
for bad in [dict(sep=5), dict(end=[]), dict(file=42)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("end none", end=None)
print(" sep none", 1, sep=None)
print("multi\nline", "tab\tsep")
sys.stdout.write("write returns count\n")
print(sys.stdout.write("abc\n"))
