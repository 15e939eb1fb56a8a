# dicts used algorithmically: counting, grouping, inverting, nested defaults, ordering guarantees.
from collections import Counter, defaultdict, OrderedDict
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
c = Counter(text.split())
print(c.most_common(2), c["the"], c["zebra"], sum(c.values()))
groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(dict(groups), sorted(groups))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, list(t["a"]))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od.move_to_end("z")
print(list(od), od.popitem(last=False), od)
d = dict.fromkeys(range(5))
for k in list(d):
    if k % 2:
        del d[k]
print(d)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {k: merged[k] for k in sorted(merged, reverse=True)})
cache = {}
def memo(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else memo(n - 1) + memo(n - 2)
    return cache[n]
print(memo(60), len(cache))
print(dict(sorted({"b": 1, "a": 2}.items())), max({"x": 3, "y": 9}, key={"x": 3, "y": 9}.get))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("z", {}).get("y", "deep default"))
