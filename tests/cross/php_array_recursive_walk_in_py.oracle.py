def render(v, depth=0):
    pad = "  " * depth
    if hasattr(v, "items"):
        out = ""
        for k, x in v.items():
            if hasattr(x, "items"):
                out += pad + str(k) + ":\n" + render(x, depth + 1)
            else:
                out += pad + str(k) + " = " + repr(x) + "\n"
        return out
    return pad + repr(v) + "\n"
print(render({"name": "app", "deps": {"core": "1.2", "db": {"driver": "pg", "pool": 4}}, "debug": False}), end="")
