# An exhausted reversed iterator drops its sequence (whose __del__ then runs at gc.collect()),
# keeps its class (list_reverseiterator for lists and list subclasses) and pickles as CPython's;
# a sequence's IndexError or StopIteration ends it, other errors propagate.
import gc
import pickle


class A(list):
    def __del__(self):
        print("del A", len(self))


it = reversed(A([1, 2]))
print(type(it).__name__, it.__reduce__()[1:])
items = list(it)
gc.collect()
print(items, type(it).__name__, it.__reduce__())


class B:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i

    def __del__(self):
        print("del B")


it = reversed(B())
print(next(it))
items = list(it)
gc.collect()
print(items, type(it).__name__, it.__reduce__())
print(list(pickle.loads(pickle.dumps(it))))
it.__setstate__(5)
print(list(it), next(it, "end"))


class C:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise KeyError(i)


try:
    next(reversed(C()))
except KeyError as e:
    print("KeyError", e)
r = reversed([1, 2, 3])
next(r)
print(r.__reduce__()[1:], list(r), r.__reduce__())
r = reversed((1, 2, 3))
print(r.__reduce__()[1:], list(r), r.__reduce__())
