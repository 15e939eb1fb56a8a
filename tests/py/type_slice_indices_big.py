# slice.indices() with bounds and lengths beyond 64 bits, slices pickle and copy, and their
# __hash__ is None.
import copy
import pickle

vals = [None, -2 ** 100, -7, -1, 0, 1, 7, 2 ** 100]
out = []
for start in vals:
    for stop in vals:
        for step in (None, -2 ** 100, -3, -1, 1, 2, 2 ** 100):
            for length in (0, 1, 7, 2 ** 100):
                out.append(slice(start, stop, step).indices(length))
print(len(out), hash(tuple(out)))
print(out[:6], out[-3:])
for bad in (lambda: slice(0, 1, 0).indices(3), lambda: slice(1).indices(-1),
            lambda: slice(1.5).indices(3), lambda: hash(slice(5)), lambda: slice(5).__hash__()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = slice(1, 2 ** 70, -3)
print(pickle.loads(pickle.dumps(s)), copy.deepcopy(s), copy.copy(s) == s, s.__reduce__())
