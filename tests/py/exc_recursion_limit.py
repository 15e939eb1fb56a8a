# RecursionError: unbounded recursion is caught as RecursionError (a RuntimeError), the message,
# the program continues afterwards, sys.getrecursionlimit/setrecursionlimit, and mutual
# recursion.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e, isinstance(e, RuntimeError))

def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("limited depth within 200:", 150 < depth <= 200)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
print("still running")
