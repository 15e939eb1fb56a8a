def f(kind):
    class AppError(LookupError):
        pass
    if kind == 0: raise AppError("custom")
    if kind == 1: raise IndexError("list index out of range")
    if kind == 2: raise TypeError("unsupported operand")
    if kind == 3: [][1]
    if kind == 4: int("x")
    return "fine"
for k in range(6):
    try:
        print(f(k))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
