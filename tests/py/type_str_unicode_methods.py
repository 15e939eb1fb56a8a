# str methods on non-ASCII text: case mapping (ß, İ, Σ final sigma), casefold comparisons,
# width-aware justification by code points, partition/rpartition, splitlines on Unicode breaks,
# expandtabs, isidentifier/isprintable/isdecimal/isnumeric/isdigit on various scripts.
words = ["straße", "İstanbul", "ΟΔΥΣΣΕΥΣ", "ǅemal", "ﬁnance", "Ⅻ", "½", "٣", "²"]
for w in words:
    print(f"{w!r:14} up={w.upper()!r} low={w.lower()!r} fold={w.casefold()!r} "
          f"title={w.title()!r} swap={w.swapcase()!r}")
print("STRASSE".casefold() == "straße".casefold(), "Σ".lower(), "ΑΣ ΑΣ".lower())
for s in ["123", "½", "²", "٣", "Ⅻ", "12a", "", "३४"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
for s in ["name", "_x1", "1x", "ñandú", "a-b", "class", "λ", ""]:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isalpha())
print("tab\there\x0b".isprintable(), "é".center(5, "*"), "日本".ljust(4, "_") + "|", "ab".zfill(5))
text = "line one\nline two\r\nthird\x1cfourth\u2028fifth\x85sixth"
print(text.splitlines())
print(text.splitlines(keepends=True)[:3])
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
print("a\tbc\tdef\t".expandtabs(4), "a\tb".expandtabs(0), repr("x\ty".expandtabs()))
print("ﬃ".upper(), len("ﬃ".upper()), "ŉ".upper(), "ǰ".upper())
print("héllo wörld".encode("utf-8"), "héllo".encode("latin-1"), "日本".encode("utf-8"))
print("hello world".title(), "they're bill's".title(), "o'NEIL mcDONALD".capitalize())
print(" \u00a0\u2003x\u3000 ".strip(), len(" \u00a0\u2003x\u3000 ".strip()), "x".join("αβγ"))
print(sorted(["b", "A", "é", "a", "E", "ä"]), sorted(["b", "A", "é", "a"], key=str.casefold))
print(max("héllo"), min("Zébra"), ord("€"), chr(0x1F600).encode("utf-8"), "\N{GREEK SMALL LETTER ALPHA}")
