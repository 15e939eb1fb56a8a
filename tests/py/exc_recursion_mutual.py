# RecursionError from mutual recursion is an ordinary exception: caught, inspected, and the program
# goes on; sys.getrecursionlimit/setrecursionlimit change the depth reached.
import sys

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(100), is_odd(7))
try:
    is_even(100000)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
d1 = depth()
sys.setrecursionlimit(400)
d2 = depth()
sys.setrecursionlimit(old)
print(150 < d1 < 200, 350 < d2 < 400, d2 - d1 == 200)

class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"

n = Node()
n.child = n
try:
    repr(n)
except RecursionError:
    print("cyclic repr overflowed")
print(is_even(10))
