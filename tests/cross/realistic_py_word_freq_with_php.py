# A Python word-frequency script that leans on PHP's string and array functions.
php = php_global_ns()
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
clean = php.strtolower(php.str_replace([",", "\n"], " ", text))
words = [w for w in php.explode(" ", clean).values() if w != ""]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(php.str_pad(w, 8, ".", 1) + php.sprintf("%3d", n))
print(php.ucwords(" ".join(w for w, _ in top)))
print(php.strrev(php.substr(text, 0, 10)))
