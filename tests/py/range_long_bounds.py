# Ranges with bounds past 64 bits: len (OverflowError when it does not fit), indexing and
# slicing, equality and hash by their values, start/stop/step, count, index, reversed; a small
# range sliced with a huge step is computed exactly.
big = 2**100
x = range(10**20, 10**20 + 10, 3)
print(len(x), x[0], x[-1], x[1:3], x[::-1], list(x[::2]), x.start, x.stop, x.step)
try:
    len(range(big))
except OverflowError as e:
    print("OverflowError", e)
r = range(1, big, 2)
print(r[0], r[-1], r[big // 4], r.count(2**87 + 1), r.count(2), r.index(2**87 + 1))
for bad in (big, -big - 1):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    r.index(2)
except ValueError as e:
    print("ValueError", e)
print(range(0, big - 1, 2) == range(0, big, 2), range(0, big, 2) != range(0, big + 1, 2))
print(range(0, big, big) == range(0, 1), range(0, 1) == range(0, big, big), range(big, 0) == range(0))
print(hash(range(0, big, big)) == hash(range(0, 1)), hash(range(big, 0)) == hash(range(0)))
print(list(reversed(range(big, big + 5))), list(reversed(range(big, big - 7, -3))))
print(range(10**20).index(1), range(10**20, 10**20 + 3).count(10**20 + 1.0), range(10**20, 10**20 + 3).index(10**20 + 2.0))
print(range(2**30)[slice(2**30 - 53, None, 2**100)], range(10)[slice(-2**100, 2**100)])
print(list(range(10))[:: 2**62], range(big)[big - 2:])
