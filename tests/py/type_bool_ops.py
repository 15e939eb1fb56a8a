# bool: arithmetic as int, identity, truth of built-ins, __bool__ and __len__ protocols.
print(True + True, True - False, True * 3, True / 2, True // 2, True % 2, -True, ~False, True ** 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__, type(~True).__name__)
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()), bool(set()), bool(None), bool(range(0)), bool(b""))
print(bool(1), bool(-1), bool(0.1), bool(" "), bool([0]), bool({0: 0}), bool((None,)), bool(range(1)), bool(object()))
print(repr(True), str(False), f"{True}", "%s %d %r" % (True, True, False), format(True, "d"), format(True, ">6"))
print(True == 1, False == 0, True is True, 1 is not True, True in [1], hash(True) == hash(1), {True: "a", 1: "b"})
print(sum([True, True, False]), max(True, 2), sorted([True, False, True]), [True] * 2, True.real, True.numerator)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, bool.__mro__, type(True)(5))
class Truthy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BigLen:
    def __len__(self):
        return -1
print(bool(Truthy()), bool(Sized()), bool(Both()), not Truthy(), "yes" if Sized() else "no")
for obj in [BadBool(), BigLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(True and 5, False and 5, 0 or "x", "" or [] or None, not None, not not 3, (True, False)[True])
print(int(True), float(False), complex(True), str(True).upper(), True.bit_length(), True.__and__(1), True.__or__(False))
print(bool("False"), bool("0"), True.conjugate(), (True).to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"))
