def f(x):
    if x < 300:
        return x * 3 + 1
    return x / 2.0
def sum_f():
    s = 0
    for i in range(600):
        s += f(i)
    return s
print(sum_f())
def g(x):
    if x == 500:
        raise Exception('five hundred')
    return x
def sum_g():
    t = i = 0
    try:
        for i in range(1000):
            t += g(i)
    except Exception as e:
        print(type(e).__name__ in ("PHPException", "Exception"), str(e))
    return t, i
print(*sum_g())
