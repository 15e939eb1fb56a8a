class Registry:
    count = 0
    names = []
def register(n):
    Registry.count += 1
    Registry.names.append(n)
R = Registry
register("a")
register("b")
print(R.count, list(R.names))
R.count = 10
def read(): return Registry.count
print(read())
