# Where re searches start: anchored patterns (\A, ^ with and without MULTILINE, pos > 0), a first
# consuming item behind groups and zero-width assertions (\b, lookarounds), literal prefixes,
# minimum lengths near the end, empty matches (sub/split/findall/finditer advance past them),
# non-ASCII subjects, trailing repeats that must reach the end (fullmatch) or move (finditer),
# and deep backtracking.
import re

s = "2024-05-06 ERROR [user7] request id=4411 took 93ms path=api.v2.items ünï"
print(re.search(r"^(\d{4})-(\d\d)", s).groups(), re.search(r"^x", s), re.search(r"\Ax", s))
print(re.compile(r"^\d").search(s, 1), re.compile(r"\d").search(s, 1).span())
print(re.search(r"(?m)^b", "a\nb").span(), re.findall(r"(?m)^\w", "ab\ncd\n\nef"))
print(re.search(r"id=(\d+)", s).group(1), re.sub(r"id=(\d+)", lambda m: "id=" + m.group(1)[::-1], s))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", s))
print(re.split(r"[\s=.\[\]]+", s), len(re.findall(r"\b[a-z]+\b", s)))
print(re.findall(r"(?<=\[)\w+", s), re.findall(r"\w+(?=\])", s), re.findall(r"(?<!\w)t\w*", s))
print(re.search(r"ms$", "93ms"), re.search(r"\d{3}ms", "93ms"), re.search(r"\d{2}ms", "93ms").span())
print(re.findall(r"[ï-ü]+", s), re.search(r"n", s[-3:]).span(), re.findall(r"\w+", "ünï  a"))
print(re.sub(r"x*", "-", "abxd"), re.split(r"\b", "ab cd"), [m.span() for m in re.finditer(r"\w*", "ab cd")])
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"[a-c]*", "abcab").span())
print(re.match(r"a+", "aaab").span(), re.match(r"a+?", "aaab").span(), re.match(r"a++", "aaa").span())
print(re.findall(r"\d+", "a12b345c6"), re.findall(r"[,;]+|x", "a,,bx;c"), re.subn(r"\s+$", "", "ab  \n"))
m = re.search(r"(a)(b)?(c)", "xxacz")
print(m.regs, m.span(), m.span(2), m.start(1), m.end(3), m.group(0, 1, 2, 3), m.groups(), m.lastindex)
print(re.match(".*?c", 10000 * "ab" + "cd").end(0), re.match(".*?cd", 20000 * "abc" + "de").end(0))
print(re.search(r"(ab)*c", 500 * "ab" + "c").span(), re.search(r"(?:a|b)*c", 400 * "ab" + "c").span())
