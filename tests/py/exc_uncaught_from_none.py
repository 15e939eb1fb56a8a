# raise ... from None: the traceback shows only the new exception; exit status 1.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no setting named %r" % k) from None
print(lookup({"a": 1}, "a"))
lookup({}, "b")
