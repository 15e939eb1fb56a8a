def t(v): return type(v).__name__ + ':' + repr(v)
for v in [0, 42, -1, 9223372036854775807, -9223372036854775808, 1.0, -0.5, 1e100, True, False, None, "s", "ünï"]:
    print(t(v))
