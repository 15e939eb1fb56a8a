seen = []
def note(v):
    seen.append(v)
    return v * 10
def g(cb, n):
    for i in range(1, n + 1):
        yield cb(i)
for v in g(note, 4):
    print(v, len(seen))
print(seen)
