# concurrent.futures.ThreadPoolExecutor and threading.local; an exception in a thread goes to
# threading.excepthook, and futures carry their exceptions.
import concurrent.futures
import io
import sys
import threading


def square(x):
    return x * x


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(20))))
    futs = [ex.submit(pow, 2, k) for k in range(10)]
    print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised", type(e).__name__, e)
    print(bad.done(), type(bad.exception()).__name__)

# thread-local data: each thread sees its own attributes
local = threading.local()
local.name = "main"
seen = []
mu = threading.Lock()


def use_local(k):
    print_name = getattr(local, "name", None)
    local.name = "t%d" % k
    local.items = [k] * k
    with mu:
        seen.append((k, print_name, local.name, local.items))


ts = [threading.Thread(target=use_local, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(local.name, hasattr(local, "items"))


class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


ml = MyLocal(10)
ml.bump()
counts = []
t = threading.Thread(target=lambda: counts.append((ml.bump(), ml.bump())))
t.start()
t.join()
print(ml.count, counts)

# an exception in a thread: printed by threading.excepthook, the program goes on (the first
# and last lines: the traceback's middle names the standard library's files)
sys.stderr = io.StringIO()


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
lines = sys.stderr.getvalue().splitlines()
sys.stderr = sys.__stderr__
print(lines[0], lines[1], lines[-1], sep="\n")
print("after the exception")

caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value),
                                                  args.thread.name))
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
threading.excepthook = old
print(caught)
