text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
clean = text.replace(",", " ").replace("\n", " ").lower()
words = [w for w in clean.split(" ") if w != ""]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(w.ljust(8, ".") + "%3d" % n)
print(" ".join(x[:1].upper() + x[1:] for x in " ".join(w for w, _ in top).split(" ")))
print(text[0:10][::-1])
