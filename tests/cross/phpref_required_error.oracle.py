class BridgeError(Exception):
    pass
class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
def need_ref(*args):
    for a in args:
        if not isinstance(a, Ref):
            raise BridgeError("by-reference argument needs PHPRef")
def swap(a, b):
    need_ref(a, b)
    a.v, b.v = b.v, a.v
def sort(r):
    need_ref(r)
    r.v = dict(enumerate(sorted(r.v)))
try:
    swap(1, 2)
except BridgeError:
    print("BridgeError: by-reference argument needs PHPRef")
try:
    sort([3, 1, 2])
except BridgeError:
    print("BridgeError for sort too")
r = Ref([3, 1, 2])
sort(r)
print(list(r.deref().values()))
