class PHPException(Exception):
    pass
def f(n, s):
    if not isinstance(n, int) or not isinstance(s, str):
        raise PHPException("TypeError")
    return s * n
print(f(3, "ab"))
try:
    f("many", "ab")
except PHPException as e:
    print("PHPException")
try:
    f(2, [1])
except PHPException:
    print("PHPException again")
