# %-formatting edge cases: flags combined, zero/space/plus with each type, dict and tuple subtleties.
for v in [0, 7, -7, 255]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%+05d|%x|%#06x|%-#8o|%X|%c" % (v, v, v, v, v, v, v, v, v, v, v, 65 + abs(v) % 26))
for v in [0.0, 1.5, -2.25, 1234.5678, 1e-5, 1e20]:
    print("%f|%.1f|%10.3f|%-10.2f|%+.0f|% .2e|%g|%#g|%G|%010.2f" % (v, v, v, v, v, v, v, v, v, v))
print("%s|%10s|%-10s|%.2s|%r|%a" % ("héllo", "right", "left", "trunc", "q'", "é"))
print("%(a)s and %(a)r and %(b)d%%" % {"a": "x", "b": 50})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%%s" % (), "%5%" % () if False else "")
print("%i %u" % (3.9, -3.9), "%o" % 8, "%x" % -255, "%e" % 0, "%.3g" % 1234567, "%.10g" % 0.1)
print("%-*s|" % (6, "ab"), "%*s|" % (-6, "cd"), "%.*s|" % (2, "xyz"), "%0*d" % (5, 42))
print("%c%c%c" % ("a", 98, "c"), "%5c|%-3c|" % ("x", "y"))
class Strange:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __int__(self):
        return 7
    def __index__(self):
        return 7
    def __float__(self):
        return 2.5
print("%s %r %d %x %f" % (Strange(), Strange(), Strange(), Strange(), Strange()))
print("%s" % {"dict": "single arg"}, "%(x)s" % {"x": {"nested": 1}})
print("abc" % (), "%" "s" % "joined", "literal %% only" % ())
