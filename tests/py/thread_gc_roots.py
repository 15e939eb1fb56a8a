# Many threads allocate heavily, so collections run while the other threads are parked holding
# objects only in their C stacks, registers and frames: every thread's structures must survive.
import gc
import threading


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


def build(n, tag):
    head = None
    for i in range(n):
        head = Node((tag, i, str(i) * 3, [i, i + 1]), head)
    return head


def check(head, n, tag):
    count = 0
    expect = n - 1
    while head is not None:
        t, i, s, pair = head.value
        if t != tag or i != expect or s != str(i) * 3 or pair != [i, i + 1]:
            return False
        expect -= 1
        count += 1
        head = head.nxt
    return count == n


results = {}
mu = threading.Lock()


def worker(tag):
    ok = True
    keep = build(100, tag)  # held across everything below
    for rnd in range(6):
        chain = build(60, (tag, rnd))
        junk = [{"k%d" % j: bytes(j % 7) * j for j in range(10)} for _ in range(10)]
        del junk
        if rnd % 3 == 0:
            gc.collect()
        ok = ok and check(chain, 60, (tag, rnd))
    ok = ok and check(keep, 100, tag)
    with mu:
        results[tag] = ok


threads = [threading.Thread(target=worker, args=("t%d" % k,)) for k in range(6)]
for t in threads:
    t.start()
mine = build(200, "main")
for t in threads:
    t.join()
print(sorted(results.items()))
print(check(mine, 200, "main"))


# generators suspended in other threads, and a thread's frames deep in recursion
def deep(n, acc):
    if n == 0:
        junk = [list(range(20)) for _ in range(50)]
        return [a * 2 for a in acc] + [len(junk)]
    return deep(n - 1, acc + [n])


def gen_worker(k, out):
    g = (i * k for i in range(300))
    first = [next(g) for _ in range(10)]
    d = deep(40, [])
    rest = sum(g)
    out.append((k, first[-1], rest, len(d), d[-1]))


out = []
ts = [threading.Thread(target=gen_worker, args=(k, out)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
