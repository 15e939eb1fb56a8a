# printf-style % formatting: all conversions, flags, * width and precision, mappings.
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (3, 3, -3, 3, 3))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3x" % 255)
print("%e %E %.2e %f %F %.3f %g %G %.2g" % (1234.5, 1234.5, 0.00123, 1.5, float("inf"), 2 / 3, 1e-10, 1e20, 123.0))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (65, "z"), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(a)s %(b)05d %(a)r" % {"a": "x", "b": 7}, "%(x)s" % {"x": [1]}, "%s" % ((1, 2),), "%s" % [1, 2])
print("%#.0f %#g %#o %#x" % (1.0, 1.0, 0, 0), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%d" % 3.99, "%x" % True)
print("%10.4s|" % "abcdefg", "% 5.1f|%+.1e" % (2.25, -0.0), "%-+8.2f|" % 1.5, "%d" % 2**70)
print(b"%s %d %x %c %r" % (b"bb", 5, 255, 65, b"q"), b"%5b|%-4c|" % (b"ab", b"z"), b"%%%a" % "é")
errors = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1114112),
          ("%c", "ab"), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("a", 1)), ("%x", 1.5), ("%.*f", (1.5, 2))]
for fmt, args in errors:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
print("%s" % {"k": 1}, "%(k)s" % {"k": 1}, "no args" % (), "%s" % None, "%.3r" % "abcdef")
print("%i|%5.2d|%-6x|%+o" % (1, 7, 10, 8), "%E" % 1e100, "%G" % 1e-5, "%.10g" % (1 / 7))
