# One spec applied to many types to show where they agree and where they raise.
specs = ["", ">6", "<6", "^6", "+", "06", ",", ".2", "x", "e", "%", "s", "c"]
values = [42, -3.5, True, "hi", 2 + 1j]
for v in values:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    print(type(v).__name__, out)
