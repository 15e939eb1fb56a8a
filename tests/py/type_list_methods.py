# list: every method, slicing (assignment and deletion with steps), comparisons and in-place ops.
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l, l.index(2), l.index(99, 2), l.count(1), len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda v: (v % 3, v)); print(l)
l.reverse(); print(l, l.copy(), l.copy() is l)
l.clear(); print(l)
m = list(range(10))
print(m[2:8:2], m[::-1], m[-3:], m[:-7], m[8:2:-2], m[100:], m[-100:2])
m[2:5] = ["a"]; print(m)
m[1:1] = [7, 7]; print(m)
m[::3] = [0] * len(m[::3]); print(m)
del m[::2]; print(m)
del m[1:3]; print(m)
for bad in [lambda: m.__setitem__(slice(None, None, 2), [1]), lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: m[100], lambda: [1, "a"].sort()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] == [[1]], [1, 2] == (1, 2), [2] > [1, 99])
a = [1]; b = a; a += [2]; a *= 2; print(b, b is a)
print([0] * 3, 2 * ["x"], [[]] * 2, [1, 2] + [3], list("ab"), list(range(3)), list({"k": 1}), sorted({3, 1}))
nested = [[0] * 2] * 2; nested[0][0] = 1; print(nested)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), min(words), max(words, key=len))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs), list(reversed(pairs)))
print(list.__name__, [1, 2, 3].__contains__(2), [1, [2]].__len__(), repr([1, "a", None, [2.5]]))
r = [1, 2]; r.append(r); print(r, len(r))
