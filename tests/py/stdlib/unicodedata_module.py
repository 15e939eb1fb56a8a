# unicodedata on ICU: properties of characters of every kind, names and lookups, errors,
# the four normalization forms, ucd_3_2_0 and the idna codec built on it (stringprep).
import unicodedata as u
chars = "Aa1 \t\n½²٣Ⅻ€é\u0301\u00a0ﬁ가각中\u200b\U0001F600\u05d0\u0627(\u2028\ud7ff\ue000\u0378-_、Ａｱ"
for c in chars:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c), u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), repr(u.decomposition(c)))
for name in ["LATIN SMALL LETTER A", "latin small letter e with acute", "EURO SIGN", "GRINNING FACE", "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E2D", "NO SUCH THING", "LATIN CAPITAL LETTER GHA"]:
    try: print(name, repr(u.lookup(name)))
    except KeyError as e: print("KeyError", e)
for f in [lambda: u.name("\x00"), lambda: u.decimal("a"), lambda: u.digit("x"), lambda: u.numeric("y"), lambda: u.category("ab"), lambda: u.category(1), lambda: u.normalize("NFX", "a")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s = "ﬁé\u0065\u0301Å\u212b가ｱ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    r = u.normalize(form, s)
    print(form, [hex(ord(c)) for c in r], u.is_normalized(form, s), u.is_normalized(form, r))
print(u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category("A"), u.ucd_3_2_0.normalize("NFC", "e\u0301"))
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print(u.category("\U0001F6DC"), u.name("\U0001F6DC", "-"), u.ucd_3_2_0.category("\u0221"), u.category("\u0221"), u.ucd_3_2_0.bidirectional("\u0221"))
print(u.unidata_version, u.is_normalized("NFC", ""), u.normalize("NFKC", "x"), u.lookup("EM DASH"))
