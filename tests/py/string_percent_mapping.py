# '%' formatting with a mapping as the right operand: keyed conversions look names up, and an
# un-keyed conversion takes the whole mapping once (CPython's getnextarg), as for any non-tuple.
d = {"name": "pyhyp", "n": 3}
print("%(name)s has %(n)d parts" % d)
print("%s" % d)
print("%s!" % {"a": 1})
try:
    print("%s %s" % {"a": 1})
except TypeError as e:
    print("TypeError:", e)
class M:
    def __getitem__(self, k):
        return k.upper()
    def __repr__(self):
        return "M()"
print("%(x)s-%(y)s" % M())
print("%r" % M())
print("%d%%" % 50)
