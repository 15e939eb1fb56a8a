# Traceback objects seen from Python: walking tb_next, tb_lineno and tb_frame.f_code.co_name,
# with_traceback, __traceback__ after except, re-raise keeping the original frames.
def level3():
    raise KeyError("deep")

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    level1()
except RuntimeError as e:
    print(frames(e.__traceback__))
    print(frames(e.__cause__.__traceback__))
    saved = e

print(type(saved.__traceback__).__name__, saved.__traceback__.tb_frame.f_code.co_filename.endswith(".py"))

def rethrow():
    try:
        level2()
    except KeyError:
        raise

try:
    rethrow()
except KeyError as e:
    print("bare raise keeps:", [name for name, _ in frames(e.__traceback__)])

e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print([n for n, _ in frames(e.__traceback__)])
tb = e.__traceback__
e2 = TypeError("moved").with_traceback(tb)
print(e2.__traceback__ is tb)
try:
    raise e2
except TypeError as t:
    print(len(frames(t.__traceback__)), frames(t.__traceback__)[-1][0])

def gen():
    yield 1
    raise IndexError("from generator")
try:
    list(gen())
except IndexError as exc:
    print([n for n, _ in frames(exc.__traceback__)])
    caught = exc
try:
    caught.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
caught.__traceback__ = None
print(caught.__traceback__)
