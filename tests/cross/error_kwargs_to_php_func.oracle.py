class BridgeError(Exception):
    pass
def php_func(fn):
    def call(*args, **kw):
        if kw:
            raise BridgeError("no keyword arguments")
        return fn(*args)
    return call
f = php_func(lambda a, b=2: a + b)
print(f(1), f(1, 5))
try:
    f(1, b=3)
except BridgeError:
    print("BridgeError: PHP functions take no keyword arguments")
str_repeat = php_func(lambda s, n: s * n)
try:
    str_repeat("a", times=3)
except BridgeError:
    print("BridgeError for builtin too")
