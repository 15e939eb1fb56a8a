# Unicode in source and escapes: combining characters, astral planes, names, normalization-free compare.
s = "e\u0301"
t = "\u00e9"
print(s == t, len(s), len(t), ascii(s), ascii(t))
print("\N{SNOWMAN}", "\N{GREEK CAPITAL LETTER OMEGA}", "\N{CJK UNIFIED IDEOGRAPH-4E2D}", ord("\N{EURO SIGN}"))
print("\U0001F40D", len("\U0001F40D"), "\U0001F40D".encode("utf-8"), repr("\U000E0001"), repr("\u200d"))
print("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), int("٣٤"))
print("straße".upper(), "ΣΊΣΥΦΟΣ".lower(), "ǆ".title(), "ﬃ".upper(), "İ".lower().encode())
print(sorted(["é", "e", "f", "É", "E"]), max("aé"), "é" < "f")
print("a\u0000b".split("\x00"), "\t\u00a0\u2009x\u3000".strip(), "x\u2028y".splitlines())
for src in ['"\\u00"', '"\\U0001F40"', '"\\N{SNOWMAN"', '"\\x1"']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg.split(":")[-1].strip())
