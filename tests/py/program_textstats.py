text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:<8}{count:>3} {'#' * count}")
print("distinct:", len(freq), "total:", len(words))
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(set(lengths[n])))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in text.replace(",", "").split() if w[0].isupper()]
print(caps, " ".join(reversed(caps)).upper())
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
for row in table:
    print("|".join(f"{c:^8}" if isinstance(c, str) else f"{c:>8}" for c in row))
total = sum(q * p for _, q, p in table[1:])
print(f"total: {total:.2f} avg: {total / 3:.3f} {total:e}")
