# At exit the main thread waits for non-daemon threads (threading._shutdown) and leaves daemon
# threads behind, whether they compute, sleep or wait for a lock; _thread.exit ends a thread.
import _thread
import atexit
import threading
import time

started = threading.Event()
blocker = threading.Lock()
blocker.acquire()


def spin():
    started.set()
    n = 0
    while True:
        n += 1


def wait_forever():
    blocker.acquire()


def sleepy():
    while True:
        time.sleep(0.01)


for fn in (spin, wait_forever, sleepy):
    threading.Thread(target=fn, daemon=True).start()
started.wait()

results = []


def late_worker():
    time.sleep(0.05)
    results.append("late worker finished")


def quitter():
    results.append("quitter")
    _thread.exit()
    results.append("not reached")


threading.Thread(target=late_worker).start()
q = threading.Thread(target=quitter)
q.start()
q.join()
print("quitter" in results, "not reached" in results)
atexit.register(lambda: print("at exit:", sorted(results)))
print("main ends")
