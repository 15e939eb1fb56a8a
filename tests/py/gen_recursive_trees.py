# Recursive generators with yield from: tree traversals (pre/in/post order), flattening nested
# lists of any depth, a permutation generator, and return values bubbling up through yield from.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.value
        yield from inorder(n.right)

def preorder(n):
    if n:
        yield n.value
        yield from preorder(n.left)
        yield from preorder(n.right)

def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.value

def count_and_yield(n):
    if not n:
        return 0
    left = yield from count_and_yield(n.left)
    yield n.value
    right = yield from count_and_yield(n.right)
    return left + right + 1

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(tree)), list(preorder(tree)), list(postorder(tree)))
g = count_and_yield(tree)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print(values, "count:", e.value)
        break

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, []]])], 6, [[[[7]]]]])))

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield first + rest
print(list(permutations("abc")), sum(1 for _ in permutations("abcdef")))

def depth_limited(n, depth=0):
    yield depth
    if n > 0:
        yield from depth_limited(n - 1, depth + 1)
print(max(depth_limited(200)))
