# str search methods: find/rfind/index/rindex/count/startswith/endswith with start/end and tuples.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind(""), s.index("cad"), s.rindex("bra"))
print(s.find("a", -3), s.find("a", -100, 100), s.count("a"), s.count("abra"), s.count(""), s.count("a", 3, 8), "aaaa".count("aa"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("q", 2)
except ValueError as e:
    print("ValueError", e)
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(()))
print(s.startswith(""), s.startswith("", 20), "".startswith(""), s.endswith(("a", "b"), 2, 4))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
u = "naïve café 中文"
print(u.find("café"), u.index("中"), u.rfind("é"), u.count("a"), u[6:10], len(u), u.find("文", -1))
print("ab" in s, "" in s, "abc" in "ab", "é" in u, s.__contains__("cad"))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""), "aaa".replace("a", "b", 0), "x".replace("", "-", 1))
print("abc".replace("b", "BBB", -1), "ééé".replace("é", "e", 2))
