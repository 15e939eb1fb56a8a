class Stop(Exception):
    pass
def cb(x):
    if x == 3:
        raise Stop("stop at %d" % x)
    return x * 10
def walk(f):
    out = []
    for i in range(1, 6):
        out.append(f(i))
    return out
try:
    walk(cb)
except Stop as e:
    print("caught", type(e).__name__, e)
print(walk(lambda x: x))
