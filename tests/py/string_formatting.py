values = [0, 7, -42, 1234567, 2 ** 70, 3.0, -0.5, 1234.5678, 1e-7, 2.5e22, float("inf")]
for v in values:
    print(f"{v!r:>26}|{v:>12}|{v:<12}|{v:^12}|{v:+}|")
for v in (0, 255, -255, 4096):
    print(f"{v:x} {v:X} {v:#x} {v:o} {v:#o} {v:b} {v:08b} {v:,} {v:_} {v:+05d} {v: d} {v:c}" if v >= 0 else f"{v:x} {v:#x} {v:o} {v:b} {v:,}")
for v in (3.14159, -2.71828, 100.0, 0.000123456, 123456789.123):
    print(f"{v:.2f} {v:10.3f} {v:e} {v:.3E} {v:g} {v:.3g} {v:%} {v:.1%} {v:,.2f} {v:+.1f} {v:08.2f}")
print("{:*^20}".format("center"), "{:->10}".format(42), "{:.<10}".format("x"), "[{:5}]".format("ab"))
print("{0:{1}}|{0:>{2}}".format("w", 6, 4), "{a[0]}-{b[1]}".format(a=[7], b=(0, 3)))
print("%s %s %r" % ("a", 1, "b"), "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), "%.3s" % "abcdef")
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.6789, 0.00012, 1e-10, 123456789.0))
print("%c%c %%" % (72, "i"), "%(a)s+%(b)s" % {"a": 1, "b": 2}, "%*d|" % (6, 7), "%-8.3f|" % 3.14159)
print(str(1.0), str(1e16), str(1.5e-5), repr(0.1), str(100.0), str(123456789012345678.0))
print(format(12, "n"), format(0.1, ".17g"), format(1 / 3, ".10f"), format(-0.0, ".1f"), format(5, ""))
print(f"{'nested ' + str(1):>12}", f"{[1, 2]}", f"{(1, 'a')!s}", f"{ {'k': 1}['k'] }", f"{3 * 7 = }")
print("tab\there", "nl\\n", 'quote"s', "uni: \u00e9 \u4e2d \U0001F600", len("\u4e2d\u6587"))
print("abc"[::-1], "hello"[1:-1], "x".join(["1", "2"]), "ab" in "cabd", "%".join("ab"))
