# all/any with short-circuit, over generators and mixed values.
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all([1, 0]), any([0, 0.0, 1j]))
calls = []
def check(v):
    calls.append(v)
    return v
print(all(check(v) for v in [1, 1, 0, 1]), calls)
calls.clear()
print(any(check(v) for v in [0, 0, 5, 0]), calls)
print(all("abc"), any(""), all(range(1, 5)), any(range(1)), all({0: "x"}), any({0: "x", 1: "y"}))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), all([[]]), any([[]]), all([()]) == False)
class T:
    def __bool__(self):
        return False
print(all([T()]), any([T(), T()]), all([1, T()]))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
class Boom:
    def __bool__(self):
        raise ValueError("no truth")
try:
    any([0, Boom()])
except ValueError as e:
    print("ValueError", e)
print(any([1, Boom()]), all([0, Boom()]))
