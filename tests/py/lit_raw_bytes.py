# Raw strings, bytes literals, raw bytes, and prefix combinations.
print(r"a\nb", R"\t", r'\'', len(r"\n"), r"\N{BULLET}", r"\u0041")
print(repr(rb"\x00\n"), repr(Rb"a\\"), repr(bR"\d"), repr(BR"x"), repr(rB"y"))
print(repr(b"abc"), repr(B"\x00\xff\t\n\r"), repr(b"\101\x42"), repr(b"'\""), repr(b"'"))
print(b"ab" b"cd", len(b"\xff"), b"a"[0], list(b"\x01\x02"), b"" == bytes())
print(repr(b"\u1234"), repr(b"\N{X}"), len(b"\u1234"))
print(u"unicode prefix", U"U", repr(u"\u0041"))
for src in ['b"\u00e9"', "b'caf\u00e9'", 'ub""', 'f"x" b"y"', 'b"x" "y"', 'rb"\\"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
print(repr(r"""multi
line\" """), repr(rb'''raw\nbytes'''))
print(r"\\" == "\\\\", rb"\\" == b"\\\\", r"a" "\n" == "a\n")
print(type(rb"").__name__, type(r"").__name__, type(b"" b"").__name__)
