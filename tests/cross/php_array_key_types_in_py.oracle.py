import re
def php_key(k):
    # PHP turns decimal integer strings without leading zeros into int keys.
    if isinstance(k, str) and re.fullmatch(r"-?(0|[1-9][0-9]*)", k):
        return int(k)
    return k
def php_array(pairs):
    return {php_key(k): v for k, v in pairs}
def keys(a): return ' '.join(type(k).__name__ + ':' + repr(k) for k in a)
print(keys(php_array([("5", "a"), ("x", "b"), (7, "c"), ("07", "d"), (-3, "e"), ("1.5", "f")])))
def lookup(a): return (a[5], a['x'], a['07'])
r = lookup(php_array([("5", "five"), ("x", "ex"), ("07", "oh-seven")]))
print(r[0], r[1], r[2])
