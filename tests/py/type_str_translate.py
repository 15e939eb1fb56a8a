# str.translate and str.maketrans in all their forms, plus encode/decode round trips.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "three", "é": "e"})
print("abcé".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72, 111: None}), "abc".translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()
print("xyz".translate(Table()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("a".translate({97: 0x10FFFF}) == "\U0010ffff")
s = "naïve 中 x 🙂"
for enc in ["utf-8", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b[:24], len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
try:
    b"a\xffb".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
