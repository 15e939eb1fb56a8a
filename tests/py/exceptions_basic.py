def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally", a, b)

print(div(1, 2))
print(div(1, 0))

class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(42)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, e.code, e.args)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))

def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "end"
print(f())

def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())

try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised", e)
