class Quota(Exception):
    pass
def spend(n):
    if n > 3:
        raise Quota("over quota: %d" % n)
    return n
def guard(f, n):
    try:
        return f(n)
    except Exception as e:
        print("php logged:", type(e).__name__ + ": " + str(e))
        raise
print(guard(spend, 2))
try:
    guard(spend, 5)
except Quota as q:
    print("python caught Quota:", q)
