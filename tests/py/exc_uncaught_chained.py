# An uncaught exception raised while handling another: CPython prints both tracebacks and ends
# with the second one; exit status 1.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse %r" % s)

print(parse("12"))
print(parse("x1"))
