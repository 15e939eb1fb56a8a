def f(a, b): return a + b
for args in [(1,), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError: " + str(e))
