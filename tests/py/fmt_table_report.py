# A formatted report: column alignment, numeric formats, totals and separators.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Doohickey", 1, 199.99), ("Thingamajig", 250, 0.05)]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>9}|{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.12}|{qty:>5d}|{price:>9.2f}|{total:>11,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{sum(r[1] for r in rows):>5}|{'':>9}|{grand:>11,.2f}")
print("{:^{w}}".format("centered title", w=len(header)))
print("%-12s|%5d|%9.2f|%11.2f" % ("pct-style", 3, 1.5, 4.5))
for pct in [0.0, 0.1234, 0.5, 1.0]:
    print(f"{pct:>8.1%} {pct:08.3f} {pct:+.2e}")
