# Thousands separators with zero padding, widths, signs; int and float, ',' and '_'.
for v in [0, 7, -7, 1234, -1234567, 10 ** 12]:
    print(" ".join(format(v, sp) for sp in [",", "_", "08,", "010_", "+012,", "=+15,", "^15,", "015,d", "020_", "#018_x", "012_b"]))
for v in [0.0, -0.5, 1234.5678, -98765.4321, 1e9]:
    print(" ".join(format(v, sp) for sp in [",", ",.2f", "012,.1f", "+015,.3f", "_.0f", "020_.2e", "010,.0%"]))
print(format(1234567, "0=15,"), format(-1234567, "0>15,"), format(1234567, "*=15,"), format(12, "04,"), format(123, "05,"))
