# String escape sequences of every kind.
s = "a\tb\nc\\d\'e\"f\ag\bh\fi\vj\rk\0l"
print(repr(s), len(s))
print(repr("\x41\x7a\x00\xff"), repr("\101\60\0\777"[:3]), len("\777"), ord("\777"))
print(repr("\u00e9\u4e2d\U0001F600"), len("\U0001F600"), ord("\U0010FFFF"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}")
print(repr("\N{NO-BREAK SPACE}"), ord("\N{EM DASH}"), "\N{DIGIT ONE}\N{DIGIT TWO}")
print(repr("\q\w"), "\%", "line1\
line2")
print(repr('''triple 'single' "double"
next'''), repr("""a\"""b"""))
print(repr('x' 'y' "z"), repr("adj" """acent"""))
for src in [r'"\x4"', r'"\u12"', r'"\U0011FFFF"', r'"\N{NOT A REAL NAME}"', r'"\N"', r'"\N{}"']:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
print(repr("\x7f\x80\x9f\xa0\xad"), ascii("caf\xe9 \u2028 \U0001F600"))
print(repr("\ud800"), len("\ud800\udc00"), repr("'"), repr('"'), repr("'\""))
print(repr("\r\n"), repr("\x0b\x0c\x1b"), repr("\\"))
