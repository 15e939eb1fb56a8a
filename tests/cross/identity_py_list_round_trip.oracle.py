keep = [1, 2, 3]
def get():
    return keep
def same(x):
    return x is keep
def kind(x):
    return type(x).__name__
def dump(b): print("bool(true)" if b else "bool(false)")
l = get()
dump(same(l))
print(kind(l))
holder = {"inner": l}
dump(same(holder["inner"]))
copy = l
dump(same(copy))
