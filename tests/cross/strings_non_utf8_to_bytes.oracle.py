def adapt(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b
def t(s): return type(s).__name__ + ' ' + repr(s) + ' ' + str(len(s))
print(t(adapt(b"plain")))
print(t(adapt(b"caf\xc3\xa9")))
print(t(adapt(b"caf\xe9")))
print(t(adapt(b"\xff\xfe")))
print(t(adapt(b"\x00a")))
print(t(adapt(b"")))
