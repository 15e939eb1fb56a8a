# Bytes literal escapes and their reprs; bytes vs str differences in escapes.
b = b"\x00\x07\x08\t\n\x0b\x0c\r\x1b\x7f\x80\xff\\'\""
print(repr(b), len(b), list(b[:6]))
print(repr(b"\101\102\7\0"), repr(b"\q\d"), len(b"\u0041"), repr(b"\N{X}"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(rb"\x41"), repr(b"a\
b"))
print(bytes(range(0, 256, 17)))
print(b"%c%c" % (0, 255), bytes([0x41]) + b"\x42", b"x" * 3, b"\xe2\x82\xac".decode())
for src in [r'b"\x4"', r'b"\xgg"', 'b"é"', r'b"\777"']:
    try:
        print(repr(eval(src)))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, src, e.msg if hasattr(e, "msg") else e)
