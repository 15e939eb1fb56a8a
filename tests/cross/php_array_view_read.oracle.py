def inspect(a):
    out = []
    out.append(len(a))
    out.append(a["name"])
    out.append(a[0])
    out.append("name" in a)
    out.append("missing" in a)
    out.append(0 in a)
    out.append(sorted(str(k) for k in a.keys()))
    out.append(list(a.values()))
    out.append(a.get("missing", "dflt"))
    return repr(out)
print(inspect({"name": "ada", 0: "zero", "lang": "py"}))
