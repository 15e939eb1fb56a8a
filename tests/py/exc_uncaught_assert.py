# An uncaught AssertionError with a message, after a passing assert; exit status 1.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(check(3))
check(-2)
