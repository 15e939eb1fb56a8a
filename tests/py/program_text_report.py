# Text processing: word frequencies with normalization, n-grams, a greedy and a minimum-raggedness
# line wrapper, full justification, centered headings, a column table with str.format alignment,
# and a simple template engine on re.sub with callbacks.
import re
from collections import Counter
from functools import cmp_to_key

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(4))
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) + f"={n}" for b, n in bigrams.most_common(3)])


def by_count_then_alpha(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return (a[0] > b[0]) - (a[0] < b[0])


print(sorted(freq.items(), key=cmp_to_key(by_count_then_alpha))[4:9])


def greedy_wrap(ws, width):
    lines, line = [], []
    for w in ws:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    return lines + [line] if line else lines


def min_ragged_wrap(ws, width):
    n = len(ws)
    best = [0] + [float("inf")] * n
    brk = [0] * (n + 1)
    for j in range(1, n + 1):
        length = -1
        for i in range(j, 0, -1):
            length += len(ws[i - 1]) + 1
            if length > width:
                break
            cost = best[i - 1] + (0 if j == n else (width - length) ** 2)
            if cost < best[j]:
                best[j], brk[j] = cost, i - 1
    lines, j = [], n
    while j > 0:
        lines.append(ws[brk[j]:j])
        j = brk[j]
    return lines[::-1]


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps, spaces = len(line) - 1, width - sum(map(len, line))
    out = ""
    for k, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (k < spaces % gaps))
    return out + line[-1]


ws = TEXT.split()
for name, wrap in (("greedy", greedy_wrap), ("balanced", min_ragged_wrap)):
    print(f" {name} ".center(36, "="))
    lines = wrap(ws, 34)
    for ln in lines[:-1]:
        print("|" + justify(ln, 34) + "|")
    print("|" + " ".join(lines[-1]).ljust(34) + "|")

rows = [("season", freq["season"], freq["season"] / len(words)), ("it", freq["it"], freq["it"] / len(words)),
        ("darkness", freq["darkness"], freq["darkness"] / len(words))]
print("{:<10}|{:>6}|{:>9}".format("word", "count", "share"))
print("{:-<10}+{:->6}+{:->9}".format("", "", ""))
for w, n, share in rows:
    print("{:<10}|{:>6d}|{:>9.2%}".format(w, n, share))


def render(template, context):
    def fill(m):
        name, _, fmt = m.group(1).partition(":")
        filters = name.split("|")
        value = context
        for part in filters[0].split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        for f in filters[1:]:
            value = {"upper": str.upper, "title": str.title, "len": len}[f](value)
        return format(value, fmt)

    return re.sub(r"\{\{\s*([^}]+?)\s*\}\}", fill, template)


ctx = {"book": {"title": "a tale of two cities", "year": 1859}, "words": len(words), "ratio": 0.123456}
print(render("{{book.title|title}} ({{book.year}}): {{words:,}} words, ratio {{ratio:.3f}}, {{book.title|len}} chars", ctx))
try:
    render("{{book.author}}", ctx)
except KeyError as e:
    print("KeyError", e)
