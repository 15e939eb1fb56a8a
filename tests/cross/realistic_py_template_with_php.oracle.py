from decimal import Decimal, ROUND_HALF_UP
def number_format(v, d):
    # PHP rounds half away from zero on the decimal representation
    q = Decimal(repr(v)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return f"{q:,.{d}f}"
def render(title, rows):
    out = "== " + title.upper() + " ==\n"
    for row in rows:
        out += row[0].ljust(10) + number_format(row[1], 2).rjust(10) + "\n"
    return out
rows = [("apples", 1234.5), ("pears", 7), ("plums", 0.125)]
print(render("fruit", rows), end="")
totals = [("total", sum(r[1] for r in rows))]
print(render("sum", totals), end="")
