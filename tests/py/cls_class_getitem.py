# __class_getitem__: implicit classmethod, precedence of a metaclass __getitem__, generic aliases
# of built-in types (list[int]) and the error when a class is not subscriptable.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%r]" % (cls.__name__, item)

class SubBox(Box):
    pass

print(Box[int], Box["x"], SubBox[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem %r" % (item,)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[0])

try:
    int[0]
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

inst = Box()
try:
    inst[0]
except TypeError as e:
    print("TypeError:", e)

alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__)
print(dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]()).__name__)

class WithStatic:
    @staticmethod
    def __class_getitem__(item):
        return "static " + repr(item)
print(WithStatic[5])

class NotCallable:
    __class_getitem__ = 5
try:
    NotCallable[1]
except TypeError as e:
    print("TypeError:", e)
