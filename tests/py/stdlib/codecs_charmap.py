# Encodings beyond UTF-8/ASCII/Latin-1 go through the codec registry: the encodings package's
# charmap code pages from str.encode/bytes.decode/str(), codecs.charmap_* directly, errors
# handlers, and the messages of undefined characters.
import codecs

for enc in ("cp437", "cp1252", "iso8859_7", "mac_roman", "koi8_r", "cp850"):
    text = "".join(bytes(range(160, 256)).decode(enc, "replace"))
    back = text.encode(enc, "replace")
    print(enc, len(text), text[:12], back[:12].hex(), codecs.lookup(enc).name)
print("Ça va? ½ ß".encode("cp437"), b"\x80\xab\xe1".decode("cp437"), str(b"\xc1\xe2", "koi8-r"))
print(codecs.encode("abc", "cp500"), codecs.decode(b"\x81\x82\x83", "cp500"))
table = "".join(chr(c) for c in range(128)) + "\ufffe" * 128
emap = codecs.charmap_build(table)
print(codecs.charmap_decode(b"hi\x80", "replace", table), codecs.charmap_encode("hi", "strict", emap))
print(codecs.charmap_decode(b"ab", "strict", {97: "x", 98: 0x263A}), codecs.charmap_decode(b"\xe9"))
for call in (lambda: "€".encode("cp437"), lambda: b"\xff".decode("iso8859_8"),
             lambda: codecs.charmap_decode(b"\x80", "strict", table), lambda: "x".encode("no-such"),
             lambda: b"x".decode("rot13")):
    try:
        call()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
print("a€b".encode("cp437", "ignore"), "a€b".encode("cp437", "replace"), b"a\xffb".decode("iso8859_8", "ignore"))
print(codecs.encode("hello", "rot13"), codecs.decode("uryyb", "rot_13"))
