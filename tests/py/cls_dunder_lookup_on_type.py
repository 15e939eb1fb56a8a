# Special methods are looked up on the type, not the instance: instance attributes named
# __len__, __iter__, __add__, __repr__, __call__ are ignored by the operators and builtins, while
# explicit attribute access still sees them; class assignment after creation takes effect.
class C:
    pass

c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda o: "instance add"
c.__getitem__ = lambda k: k
for f in (lambda: len(c), lambda: c + 1, lambda: c[0]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(repr(c).startswith("<__main__.C object"), c.__repr__(), c.__len__())

C.__len__ = lambda self: 7
C.__add__ = lambda self, o: "class add %r" % (o,)
C.__repr__ = lambda self: "class repr"
print(len(c), c + 1, repr(c), str(c))
del C.__repr__
print(repr(c).startswith("<__main__.C object"))

class Meta(type):
    def __len__(cls):
        return 42
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), len(WithMeta()))
