# Graph algorithms on adjacency dicts: BFS levels, DFS with recursion and an explicit stack,
# Dijkstra with heapq, topological sort (Kahn) with cycle detection, connected components with
# union-find, and minimum spanning trees (Kruskal) on the same weighted graph.
import heapq
from collections import defaultdict, deque

EDGES = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("g", "h", 1), ("e", "f", 20)]


def undirected(edges):
    g = defaultdict(dict)
    for u, v, w in edges:
        g[u][v] = w
        g[v][u] = w
    return g


def bfs_levels(g, start):
    seen, levels, q = {start: 0}, defaultdict(list), deque([start])
    while q:
        u = q.popleft()
        levels[seen[u]].append(u)
        for v in sorted(g[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return dict(levels)


def dfs_recursive(g, u, seen=None):
    seen = [] if seen is None else seen
    seen.append(u)
    for v in sorted(g[u]):
        if v not in seen:
            dfs_recursive(g, v, seen)
    return seen


def dfs_stack(g, start):
    order, stack, seen = [], [start], set()
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(sorted(g[u], reverse=True))
    return order


def dijkstra(g, src):
    dist, prev, heap = {src: 0}, {}, [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
            indeg[n] += 1
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(indeg):
        stuck = sorted(n for n, k in indeg.items() if k > 0)
        raise ValueError(f"cycle among {stuck}")
    return order


class UnionFind:
    def __init__(self):
        self.parent, self.rank = {}, {}

    def find(self, x):
        self.parent.setdefault(x, x)
        self.rank.setdefault(x, 0)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


g = undirected(EDGES)
print(bfs_levels(g, "a"))
print(dfs_recursive(g, "a"), dfs_stack(g, "a"))
dist, prev = dijkstra(g, "a")
for n in sorted(dist):
    print(n, dist[n], path(prev, n))
print("unreachable:", sorted(set(g) - set(dist)))
print(toposort({"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "test": ["app"]}))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError:", e)
uf = UnionFind()
mst = [(u, v, w) for u, v, w in sorted(EDGES, key=lambda e: (e[2], e[0], e[1])) if uf.union(u, v)]
print(mst, sum(w for *_, w in mst))
groups = defaultdict(list)
for n in sorted(g):
    groups[uf.find(n)].append(n)
print(sorted(groups.values()))
