# str layout methods: center/ljust/rjust/zfill/expandtabs/strip family/removeprefix/removesuffix.
for w in ["", "a", "ab", "abc", "né"]:
    print(f"[{w.center(6)}] [{w.center(6, '*')}] [{w.ljust(4, '-')}] [{w.rjust(4, '.')}] [{w.center(1)}]")
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4, "é") + "]")
for v in ["42", "-42", "+42", "", "-", "abc", "-0.5", "١٢"]:
    print(repr(v.zfill(5)), repr(v.zfill(1)))
for t in ["a\tb", "\t", "ab\tcd\tef", "1234567\t8", "x\ny\tz", "tab\r\tcr"]:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(1)))
s = "  \t\n hello \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("\u00a0 nbsp \u2003".strip()), repr("\u200b zero width \u200b".strip()), repr("..a..".rstrip(".")))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "file.txt".removesuffix(".txt"), "a".removesuffix(""))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".zfill("5"), lambda: "a".strip(5), lambda: "a".expandtabs("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print("abc".ljust(-1), "abc".rjust(2), "%".center(3, "%"), "x".center(4, "ab"[0]))
