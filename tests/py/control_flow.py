for i in range(5):
    if i == 3:
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("for-else ran", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("while-else not reached")
k = 3
while k:
    k -= 1
else:
    print("while-else", k)
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    return "big"
print([classify(v) for v in (-5, 0, 5, 50)])
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "a" in "abc", [] is [], None is None, 2 != 3)
print(0 or "x", 1 and 2, None or 0, not [], [] or {} or "last", 1 if 0 else 2)
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is not [1, 2])
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i + j == 3:
                return (i, j)
print(nested_loops())
