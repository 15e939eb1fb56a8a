import math
class BridgeError(Exception):
    pass
names = {"abs": abs, "max": max, "str_repeat": lambda s, n: s * n, "intdiv": lambda a, b: a // b,
         "floor": lambda x: float(math.floor(x)), "strtolower": str.lower,
         "ucfirst": lambda s: s[:1].upper() + s[1:], "strpos": str.find,
         "array_sum": sum, "range": lambda a, b: list(range(a, b + 1))}
class NS:
    def __getattr__(self, n):
        if n in names:
            return names[n]
        raise BridgeError(n)
php = NS()
print(php.abs(-5), php.max(3, 8, 1), php.str_repeat("=", 4))
print(php.intdiv(17, 5), php.floor(2.7), php.strtolower("ABC"))
print(php.ucfirst("word"), php.strpos("haystack", "st"))
print(php.array_sum(php.range(1, 100)))
try:
    php.definitely_not_a_php_name
except BridgeError:
    print("BridgeError for unknown name")
