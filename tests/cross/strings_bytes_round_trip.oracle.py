def adapt(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b
for s in [b"\x00\x01\xfe\xff", b"ascii", "ümlaut".encode(), b"\xc3", b"\xab" * 1000]:
    v = adapt(s)
    back = v.encode() if isinstance(v, str) else v
    print(type(v).__name__, len(back), "same" if back == s else "different")
