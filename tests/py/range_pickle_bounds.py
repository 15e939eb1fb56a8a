# Ranges near the 64-bit bounds: lengths with huge steps, ranges of more than 2**63 numbers,
# and pickling ranges and their iterators (the numbers still to come survive the round trip).
import pickle

M = 2 ** 63
cases = [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2), (M - 3, M - 1),
         (1, 2, M - 1), (-1, -2, -M), (1, M - 1, M - 1), (-1, -M, -M), (4 * M, 4 * M + 2),
         (M - 2, M - 1, 2), (-M + 1, -M, -2), (0, 2 ** 100, 2 ** 98)]
for t in cases:
    r = range(*t)
    data = list(r)
    print(t, data if len(str(data)) < 80 else len(data))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(pickle.loads(pickle.dumps(r, proto))) == data
        it = iter(r)
        assert list(pickle.loads(pickle.dumps(it, proto))) == data, (t, proto)
        if data:
            next(it)
            assert list(pickle.loads(pickle.dumps(it, proto))) == data[1:], (t, proto)
big = range(-M, M - 1)
print(big, bool(big), next(iter(big)), range(0, 10, 3).__reduce__())
it = iter(range(10))
it.__setstate__(7)
print(list(it), it.__length_hint__())
it = iter(range(2 ** 70, 2 ** 70 + 5))
it.__setstate__(3)
print(list(pickle.loads(pickle.dumps(it))))
print(len(range(0, M - 1, M - 2)), len(range(M - 1, -M, -(M - 1))))
