# Threads run one at a time under the GIL: start, join, results collected and sorted.
import _thread
import threading
import time

results = []
results_lock = threading.Lock()


def work(n):
    total = 0
    for i in range(5000):
        total += i * n
    with results_lock:
        results.append((n, total))


threads = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(all(not t.is_alive() for t in threads))
print(threading.active_count(), threading.current_thread().name)

# get_ident differs between threads and matches Thread.ident
idents = {}


def record(key):
    idents[key] = (_thread.get_ident(), threading.get_ident(), threading.current_thread().ident)


t = threading.Thread(target=record, args=("child",))
t.start()
t.join()
record("main")
print(idents["child"][0] == idents["child"][1] == idents["child"][2] == t.ident)
print(idents["main"][0] != idents["child"][0])
print(threading.get_native_id() != t.native_id)

# a thread with keyword arguments, a daemon flag, and a name
out = []
t = threading.Thread(target=lambda a, b=0: out.append(a + b), args=(1,), kwargs={"b": 41},
                     daemon=True, name="kw")
print(t.daemon, t.name)
t.start()
t.join()
print(out)

# _thread directly: start_new_thread with a lock as the completion signal
done = _thread.allocate_lock()
done.acquire()
box = []


def raw(a, b, c=None):
    box.append((a, b, c))
    done.release()


ident = _thread.start_new_thread(raw, (1, 2), {"c": 3})
print(type(ident).__name__)
done.acquire()
print(box)

# sleeping threads all finish (time.sleep lets the others run meanwhile)
ts = [threading.Thread(target=time.sleep, args=(0.05,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.is_alive() for t in ts])

# errors
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(print, (), [])
except TypeError as e:
    print("TypeError", e)
print(_thread.stack_size(), _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
