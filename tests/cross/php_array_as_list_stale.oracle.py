class BridgeError(Exception):
    pass
class ListView:
    def __init__(self, d): self.d = d
    def __getitem__(self, i):
        if any(isinstance(k, str) for k in self.d):
            raise BridgeError("stale")
        return self.d[i]
def use(a):
    l = ListView(a)
    print(l[0])
    a["k"] = "string key"
    try:
        l[0]
    except BridgeError:
        print("stale view")
    return len(a)
arr = {0: 1, 1: 2}
print(use(arr))
print(arr["k"])
