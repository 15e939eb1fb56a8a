# str split family: split/rsplit/splitlines/partition/rpartition/join, all separators.
s = "  one two  three   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",".split(","), "".split(","), "".split())
print("a<>b<>c".split("<>"), "aaa".split("a"), "abc".split("abc"), "x".split("long sep"), "a b".split(maxsplit=0))
print("a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u3000k".split())
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
text = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "no newline".splitlines())
print(b"a\nb\rc\r\nd\x0be".splitlines(), "x\r".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("abc".partition("abc"), "".partition("x"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(("a",)), " ".join(map(str, range(3))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("a b c".split(" ", -1), "1,2,3".rsplit(",", maxsplit=1), "  x  ".split(" "))
