# Debian's struct on the native _struct, and base64/binascii.
import struct, base64, binascii
print(struct.pack('<i', -2), struct.pack('>HhBb', 513, -2, 255, -1), struct.pack('@bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('<bi'))
print(struct.unpack('<IQ', b'\x01\x00\x00\x00' + b'\xff' * 8), struct.unpack('!d', struct.pack('!d', 1.5)), struct.pack('<f', 0.1), struct.unpack('<e', struct.pack('<e', 1.5)))
print(struct.pack('3s2xc?', b'abcd', b'z', True), struct.unpack('3s2xc?', b'abc\x00\x00z\x01'), struct.pack('5p', b'hi'))
s = struct.Struct('<hh')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
try:
    struct.pack('<B', 300)
except struct.error as e:
    print('error', e)
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b16encode(b'\x01\xff'), base64.urlsafe_b64encode(b'\xfb\xff'))
print(binascii.hexlify(b"\x00\xab"), binascii.unhexlify("00ab"), binascii.crc32(b"hello"), base64.b64decode("YQ=="), base64.b32encode(b"ab"), base64.b85encode(b"hi") if hasattr(base64, "b85encode") else 0)
