# str case methods: upper/lower/casefold/swapcase/title/capitalize, including non-ASCII.
words = ["hello world", "HELLO", "MiXeD cAsE", "ß straße", "İstanbul", "ǅungla", "they're bill's", "a1b2 c3d4", "ÉCOLE", "σοφός ΣΟΦΌΣ", "ﬁnal", "", "123"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.swapcase(), w.title(), w.capitalize(), sep=" | ")
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii())
print("ß".upper(), len("ß".upper()), "ﬀ".upper(), "ŉ".upper(), "İ".lower(), len("İ".lower()))
print("Hello".casefold() == "hELLO".casefold(), "Straße".casefold() == "STRASSE".casefold(), "ΣΑΣ".lower())
print("hello-world_foo bar".title(), "o'neil mcdonald".title(), "3rd place".title(), "ÀB CD".title())
print("abc".upper().lower().swapcase(), "A".isupper(), "a1".islower(), "1".islower(), "Ab Cd".istitle(), "AB".istitle())
