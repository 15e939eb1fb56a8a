# An LRU cache built from a dict and a doubly linked list, with the container protocol, statistics,
# eviction callbacks, and a memoizing decorator on top of it.
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity!r}")
        self.capacity = capacity
        self.on_evict = on_evict
        self._map = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next, self._tail.prev = self._tail, self._head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self._head, self._head.next
        self._head.next.prev = node
        self._head.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self._map) >= self.capacity:
                last = self._tail.prev
                self._unlink(last)
                del self._map[last.key]
                if self.on_evict:
                    self.on_evict(last.key, last.value)
            node = self._map[key] = _Node(key, value)
        self._push_front(node)

    def __delitem__(self, key):
        self._unlink(self._map.pop(key))

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._head.next
        while node is not self._tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self._map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"


evicted = []
c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for i, word in enumerate("alpha beta gamma delta".split()):
    c[word] = i
print(c, evicted)
print(c.get("beta"), c.get("alpha", "gone"), list(c))
c["epsilon"] = 4
c["gamma"] = 20
print(c, evicted, len(c), "delta" in c, "beta" in c)
del c["gamma"]
print(list(c), c.hits, c.misses)
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def lru(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = cache[args] = fn(*args)
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorate


@lru(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru(2)
def slow_square(x):
    slow_square.calls += 1
    return x * x


slow_square.calls = 0
print(fib.__name__, fib(90), len(fib.cache), fib.cache.hits, fib.cache.misses)
print([slow_square(x) for x in (1, 2, 1, 3, 2, 1)], slow_square.calls)
