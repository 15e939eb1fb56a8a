# The raw-unicode-escape codec (pickle protocol 0 writes and reads strs with it).
import codecs

for s in ['abc', 'x\u20acy\U0001f600', '\\\\u0041', 'caf\u00e9\n']:
    e = codecs.raw_unicode_escape_encode(s)
    print(e, codecs.raw_unicode_escape_decode(e[0]), s.encode('raw-unicode-escape'))
print(codecs.raw_unicode_escape_decode(b'\\u20ac \\\\u20ac \\\\\\u20ac \\U0001F600 \\x'))
print(b'\\u00e9t\\u00e9'.decode('raw_unicode_escape'))
for bad in (b'\\u12', b'\\U00110000'):
    try:
        codecs.raw_unicode_escape_decode(bad)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
