def kv():
    yield 1
    yield 2
    yield 3
gen = kv
print([v for v in gen()])
print(dict(zip("xyz", gen())))
