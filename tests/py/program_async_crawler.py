# A simulated web crawler on hand-written async machinery: a scheduler with a virtual clock, an
# async semaphore limiting concurrency, async generators producing links, async context
# managers for "connections", and an ExceptionGroup of the failed fetches.
import heapq

class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield ("sleep", self.t)

class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = []
        self.n = 0
    def spawn(self, coro, at=0):
        heapq.heappush(self.ready, (self.clock + at, self.n, coro))
        self.n += 1
    def run(self):
        while self.ready:
            self.clock, _, coro = heapq.heappop(self.ready)
            try:
                op, arg = coro.send(None)
            except StopIteration:
                continue
            self.spawn(coro, arg)

class Semaphore:
    def __init__(self, n):
        self.free = n
        self.max_seen = 0
    async def __aenter__(self):
        while self.free == 0:
            await Sleep(1)
        self.free -= 1
        self.max_seen = max(self.max_seen, LIMIT - self.free)
    async def __aexit__(self, *exc):
        self.free += 1
        return False

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/b"],
    "/b": ["/broken", "/slow"],
    "/c": [],
    "/a/1": ["/"],
    "/slow": [],
}
LIMIT = 2
sched = Scheduler()
sem = Semaphore(LIMIT)
seen, log, failures = set(), [], []

async def links(page):
    for target in SITE[page]:
        await Sleep(0)
        yield target

async def fetch(url):
    async with sem:
        await Sleep(5 if url == "/slow" else 2)
        if url not in SITE:
            raise LookupError(f"404 {url}")
        log.append((sched.clock, url))
        return [t async for t in links(url)]

async def crawl(url):
    if url in seen:
        return
    seen.add(url)
    try:
        found = await fetch(url)
    except LookupError as e:
        e.add_note(f"at t={sched.clock}")
        failures.append(e)
        return
    for target in found:
        sched.spawn(crawl(target))

sched.spawn(crawl("/"))
sched.run()
for t, url in log:
    print(f"t={t:>2} fetched {url}")
print("pages:", sorted(seen), "max concurrent:", sem.max_seen, "final clock:", sched.clock)
try:
    if failures:
        raise ExceptionGroup("crawl failures", failures)
except* LookupError as g:
    for e in g.exceptions:
        print("failed:", e, e.__notes__)
