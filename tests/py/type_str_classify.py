# str classification: isdigit/isdecimal/isnumeric/isalpha/isspace/isprintable/isascii on many characters.
samples = ["123", "١٢٣", "½", "²", "Ⅷ", "abc", "é", "中文", "a1", " ", "\t\n", "\u00a0", "\u2028", "", "!", "A_b", "\x00", "\x7f", "ab c", "𝟙", "٣.٥", "\u200b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii())
print("abc".isidentifier(), "_x9".isidentifier(), "9x".isidentifier(), "for".isidentifier(), "é".isidentifier())
import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist) > 30)
print(str.isdigit("5"), str.isspace(""), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "ⓐ".isalpha(), "ⓐ".islower())
