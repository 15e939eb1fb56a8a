class NotFound(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.message = m
def find(k):
    if k != "ok":
        raise NotFound(f"no {k}")
    return "found"
f = find
try:
    f("x")
except NotFound as e:
    print("caught NotFound:", e.message)
try:
    f("y")
except Exception as e:
    print("caught as Exception:", e.message)
print(f("ok"))
