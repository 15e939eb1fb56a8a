# More str behaviours: multiplication, comparison, containment, slicing with steps, iteration, hashing.
s = "héllo wörld"
print(s[::2], s[::-1], s[-5:], s[3:100], s[100:], s[-100:2], s[1:-1:3], len(s))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 5)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "é" > "z", "Z" < "a", sorted(["b", "A", "é", "a"]))
print([c for c in "añb"], list(reversed("añb")), "".join(sorted("hello")), min("hello"), max("hello"))
print("x" in "xyz", "xz" in "xyz", "" in "", "añ" in "bañc")
print(str(), str(5), str(b"x"), str(b"caf\xc3\xa9", "utf-8"), str(1.5), str([1]), str(None))
print("%s" % "x", "a" + "b", "ab".__add__("c"), "abc".__getitem__(1), "abc".__len__(), "a".__mul__(3))
print(hash("abc") == hash("ab" + "c"), "abc" is not None, "a" == "a" * 1)
t = "The quick brown fox"
print(t.split()[::-1], " ".join(w.capitalize() for w in t.split()), t.lower().count("o"), t.index("q"))
print(t.startswith(("A", "T")), t.endswith("fox"), t.find("quick", 5), t.rfind("o"), t.title(), t.swapcase())
try:
    "abc"[5]
except IndexError as e:
    print("IndexError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
print(chr(0x1F600) * 2, len("🙂🙂"), "🙂".encode("utf-8"), "a\u0301" == "á", len("a\u0301"))
