# del L[start:stop:step] with negative steps deletes the right items (highest index first).
import sys
for start, stop, step in [(0, None, -1), (None, None, -1), (-1, None, -1), (0, 0, -1), (-100, None, -1), (-100, -100, -1), (100, -100, -1), (None, 0, -2)]:
    L = list(range(20))
    data = L[start:stop:step]
    print(start, stop, step, len(data), flush=True)
    del L[start:stop:step]
    print(L, flush=True)
indices = (0, None, 1, 3, 19, 100, sys.maxsize, -1, -2, -31, -100)
total = 0
for start in indices:
    for stop in indices:
        for step in indices[1:]:
            L = list(range(20))
            data = L[start:stop:step]
            data.reverse()
            L[start:stop:step] = data
            del L[start:stop:step]
            total += sum(L) * 7 + len(L)
print(total)
