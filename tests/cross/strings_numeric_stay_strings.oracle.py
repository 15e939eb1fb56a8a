def f(): return ['42', '3.5', '1e3', ' 7']
for v in f():
    print(type(v).__name__, repr(v))
def php_num(s):
    s = s.strip() if isinstance(s, str) else s
    if isinstance(s, str):
        return int(s) if s.lstrip("-").isdigit() else float(s)
    return s
def add(a, b): return php_num(a) + php_num(b)
print(repr(add("40", "2")), repr(add("1.5", 1)))
