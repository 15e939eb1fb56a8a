# __del__ and gc.collect(): finalizers of unreachable instances run at gc.collect() (CPython runs
# them when the last reference goes; both are done by the time gc.collect() returns), cycles with
# finalizers, inherited and late __del__, weak references cleared, and the ones left at exit.
import gc
import weakref

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("close " + self.name)


class Sub(Resource):
    pass


def scope():
    r = Resource("local")
    s = Sub("sub")
    return len(r.name) + len(s.name)


print(scope())
gc.collect()
print(sorted(log))
log.clear()

a = Resource("a")
b = Resource("b")
a.peer, b.peer = b, a          # a cycle of two finalizable objects
ra = weakref.ref(a)
del a, b
gc.collect()
print(sorted(log), ra() is None)
log.clear()


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


def tree(depth):
    n = Node(depth)
    if depth:
        n.children = [tree(depth - 1), tree(depth - 1)]
    return n


t = tree(6)
refs = [weakref.ref(c) for c in t.children]
del t
gc.collect()
print([r() is None for r in refs])


class Late:
    pass


Late.__del__ = lambda self: log.append("late")
x = Late()
del x
gc.collect()
print(log)
log.clear()

callbacks = []
o = Resource("cb")
w = weakref.ref(o, lambda r: callbacks.append("callback"))
del o
gc.collect()
print(log, callbacks, w() is None)
log.clear()


class Keeper:
    def __del__(self):
        print("at exit, Keeper.__del__ runs")


keeper = Keeper()
print("end of script")
