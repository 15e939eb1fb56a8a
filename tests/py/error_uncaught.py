def inner(x):
    return 10 // x

def outer(v):
    print("calling inner with", v)
    return inner(v)

print(outer(2))
outer(0)
print("not reached")
