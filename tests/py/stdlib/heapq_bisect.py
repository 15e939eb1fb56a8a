# heapq and bisect run on the native _heapq and _bisect: heaps of ints, tuples and objects with
# __lt__, the max-heap helpers merge and nlargest use, every error, and bisect/insort with lo, hi
# and key on lists, list subclasses and sequences with insert.
import bisect
import heapq
import _bisect
import _heapq


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"


h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 4), heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
tasks = [Task(p, n) for p, n in [(3, "write"), (1, "plan"), (2, "test"), (1, "think")]]
heapq.heapify(tasks)
print([heapq.heappop(tasks).name for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)))
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3], key=lambda v: -v))
m = [1, 9, 3, 7, 5]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 2), m)


class MyList(list):
    pass


ml = MyList([4, 2, 6])
heapq.heapify(ml)
print(ml, type(ml).__name__)
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
             lambda: heapq.heapify({}), lambda: heapq.heappush([1], "x")):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1), bisect.bisect_right(a, 8, lo=7))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs)
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort_right(b, x)
bisect.insort_left(b, 1)
print(b)
ml = MyList([1, 3])
bisect.insort(ml, 2)
print(ml, type(ml).__name__)


class Seq:
    def __init__(self):
        self.items = [10, 20, 30]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        self.items.insert(i, x)


s = Seq()
bisect.insort(s, 25)
print(s.items, bisect.bisect(s, 15), bisect.bisect_left(range(0, 100, 10), 35))
for call in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.insort((1, 2), 1),
             lambda: bisect.bisect(a, "x"), lambda: bisect.bisect_left(a, 1, 0, 3, key=None, extra=1)):
    try:
        call()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(heapq.heappush is _heapq.heappush, bisect.bisect_left is _bisect.bisect_left)
