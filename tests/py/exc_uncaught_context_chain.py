# Three exceptions chained implicitly and explicitly; the last one escapes. stdout shows the chain
# as the program walked it; the exit trailer shows the final exception.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"no entry {key!r}") from e

def handle(table, key):
    try:
        return lookup(table, key)
    except LookupError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(type(cur).__name__)
            cur = cur.__cause__ or cur.__context__
        print("chain so far:", " <- ".join(chain))
        raise RuntimeError("handler failed")

print(handle({"a": 1}, "a"))
handle({"a": 1}, "b")
