# Lists used algorithmically: stacks, queues, in-place sorting with keys, bisect, copying semantics.
import bisect
import copy
stack = []
for i in range(5):
    stack.append(i)
print([stack.pop() for _ in range(3)], stack)
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue)
data = [5, 3, 8, 1, 9, 2]
data.sort()
print(data, bisect.bisect_left(data, 5), bisect.bisect_right(data, 5), bisect.bisect(data, 10))
bisect.insort(data, 4)
print(data)
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
nested = [[1, 2], [3, [4, 5]]]
shallow = list(nested)
deep = copy.deepcopy(nested)
sliced = nested[:]
nested[1][1].append(6)
print(shallow, deep, sliced, shallow[1] is nested[1], deep[1] is nested[1])
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m, [row[:] for row in m] == m)
a = list(range(10))
a[::2] = a[1::2]
print(a)
a[2:5] = []
print(a, a.count(3), a.index(9))
rot = [1, 2, 3, 4, 5]
k = 2
print(rot[-k:] + rot[:-k], rot[k:] + rot[:k])
uniq = []
for x in [3, 1, 3, 2, 1]:
    if x not in uniq:
        uniq.append(x)
print(uniq, list(dict.fromkeys([3, 1, 3, 2, 1])))
print([x for pair in zip([1, 3], [2, 4]) for x in pair], list(map(list, zip(*[[1, 2], [3, 4]]))))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), max([[1, 2], [1, 3]]), [1, 2, 3][-1:-4:-1])
