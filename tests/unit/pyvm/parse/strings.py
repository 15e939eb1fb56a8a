# String and bytes literals: prefixes, quotes, escapes, implicit concatenation.
s1 = 'single', "double", '''triple
line''', """triple "double" ok"""
s2 = r'raw \n\t\\', R"raw\"", rb'\x00', Rb"\d", bR'x', BR"y", u'unicode', U"U"
s3 = '\a\b\f\n\r\t\v\\\'\"\0\12\123\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\N{EM DASH}'
s4 = b'\x00\xff\n\t\\\'\"', b"bytes" b'more', '\u200b\xa0\x7f\x80\ud800 tab\there'
s5 = 'a' 'b' "c" '''d''', u'x' 'y', 'x' u'y'
s6 = 'it\'s', "say \"hi\"", 'both \' and "', "\
continued"
s7 = 'unknown \q escape', '\N{DIGIT ZERO}\N{digit one}', '€ é 日本', '\U00010000'
s8 = b'', '', r'', f''
