def lookup(k):
    return {"a": 1}[k]
def via_php(f, k): return f(k)
print(via_php(lookup, "a"))
via_php(lookup, "missing")
