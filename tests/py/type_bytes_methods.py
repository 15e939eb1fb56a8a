# bytes: construction, methods, hex/fromhex, slicing, comparison, errors.
b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b[:5].isalpha(), b.isascii())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(ord("l")), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b.split(), b.rsplit(b"o", 1), b.partition(b","), b.rpartition(b"o"), b.replace(b"l", b"L", 2))
print(b.strip(b"Hd"), b"  x  ".strip(), b"xxhixx".lstrip(b"x"), b.center(16, b"*"), b.ljust(14, b"-"), b.rjust(14))
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("48 65 6c 6c 6f"), bytes.fromhex(""), b"\x00\xff".hex())
print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(range(4)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
print(b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:3]), b"ab" * 3, b"a" + b"b", b"ab" < b"b", b"" < b"\x00", b"abc" == bytearray(b"abc"))
print(b.join([b"1", b"2"]), b"-".join((b"a", bytearray(b"b"), memoryview(b"c"))), b"ab" in b"cabd", 97 in b"abc", b.isupper(), b"ABC".isupper())
print(b"line1\nline2\r\n".splitlines(), b"x".isdigit(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), str(b"x", "ascii"), b.removeprefix(b"Hello"), b.removesuffix(b"World"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
for bad in [lambda: bytes([256]), lambda: bytes("no encoding"), lambda: bytes.fromhex("zz"), lambda: b[100], lambda: b"x".decode("nope"), lambda: bytes(-1)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), len(b), b.__len__(), sorted(b"cab"), max(b"abc"), bytes(reversed(b"abc")), b"%d-%s" % (1, b"x"))
