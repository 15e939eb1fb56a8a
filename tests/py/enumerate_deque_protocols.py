# enumerate takes iterable= and start= (an integer) and pickles as (type, (iterator, index)), a
# subclass too; deque supports * and *= (a maxlen keeps the last items).
import collections
import pickle

print(list(enumerate(iterable="ab", start=5)), list(enumerate("ab", start=2)))
for args in [(), (1,), ("abc", "a"), ("abc", 2, 3)]:
    try:
        enumerate(*args)
    except TypeError as e:
        print("TypeError", type(e).__name__)
e = enumerate("abcd", 10)
next(e)
print(e.__reduce__()[0] is enumerate, list(pickle.loads(pickle.dumps(e))))


class E(enumerate):
    pass


e2 = E([7, 8, 9])
next(e2)
c = pickle.loads(pickle.dumps(e2))
print(type(c).__name__, list(c))
d = collections.deque([1, 2])
print(d * 3, 2 * d, d * 0, d * -1)
d *= 2
print(d)
m = collections.deque([1, 2, 3], maxlen=4)
print(m * 3, m * 10**9)
m *= 2
print(m)
try:
    d * "x"
except TypeError as e:
    print("TypeError", e)
