# threading's synchronisation on _thread's locks: Condition, Event, Semaphore, Barrier, RLock,
# lock timeouts, queue.Queue producers and consumers.
import queue
import threading
import time

# RLock: re-entrant for its owner, refused to others
r = threading.RLock()
with r:
    with r:
        print("nested", r._is_owned())
got = []
r.acquire()
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.05)))
t.start()
t.join()
r.release()
print("other thread got held RLock:", got)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# Lock timeouts and non-blocking acquire
l = threading.Lock()
l.acquire()
t0 = time.monotonic()
print(l.acquire(timeout=0.1), time.monotonic() - t0 >= 0.09)
print(l.acquire(False), l.locked())
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

# Condition: a consumer waits for items a producer notifies about
cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while len(consumed) < 5:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.001)
c.join()
print("condition", consumed)

# Event
ev = threading.Event()
seen = []


def waiter(k):
    ev.wait()
    with cond:
        seen.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for w in ws:
    w.start()
print("event set?", ev.is_set(), ev.wait(0.01))
ev.set()
for w in ws:
    w.join()
print("event", sorted(seen))

# Semaphore: at most 2 inside at once
sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
mu = threading.Lock()


def limited():
    with sem:
        with mu:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with mu:
            inside[0] -= 1


ss = [threading.Thread(target=limited) for _ in range(6)]
for s in ss:
    s.start()
for s in ss:
    s.join()
print("semaphore peak at most 2:", 1 <= peak[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: every party passes together; the action runs once
phases = []
barrier = threading.Barrier(3, action=lambda: phases.append("all here"))
arrived = []


def party(k):
    arrived.append(k)
    idx = barrier.wait()
    with mu:
        phases.append(idx)


bs = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print("barrier", phases[0], sorted(phases[1:]))

# queue.Queue: producers and consumers with sentinels
q = queue.Queue(maxsize=3)
out = queue.Queue()


def producer(base):
    for i in range(10):
        q.put(base + i)


def worker():
    while True:
        v = q.get()
        if v is None:
            q.task_done()
            break
        out.put(v * v)
        q.task_done()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
workers = [threading.Thread(target=worker) for _ in range(4)]
for t in producers + workers:
    t.start()
for t in producers:
    t.join()
for _ in workers:
    q.put(None)
q.join()
for t in workers:
    t.join()
res = []
while not out.empty():
    res.append(out.get_nowait())
print("queue", len(res), sum(res))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
print(fired)
