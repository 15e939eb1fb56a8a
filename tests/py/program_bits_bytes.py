# Binary data: a run-length codec, base-N encodings, CRC-32 by table and by zlib, struct packing of
# a little file format with a header and records, bit manipulation puzzles, and bytearray editing.
import binascii
import struct
import zlib


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    if len(data) % 2:
        raise ValueError("truncated run")
    return b"".join(bytes([data[k + 1]]) * data[k] for k in range(0, len(data), 2))


raw = b"aaaaabbbcdddddddddddd" + b"\x00" * 300 + b"xyz"
enc = rle_encode(raw)
print(len(raw), len(enc), enc[:12], rle_decode(enc) == raw)
try:
    rle_decode(enc[:-1])
except ValueError as e:
    print("ValueError:", e)

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in (0, 255, -255, 2 ** 70 + 3, 1234567890):
    print(n, [to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))

TABLE = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    TABLE.append(c)


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


for d in (b"", b"a", b"hello world", raw):
    print(hex(crc32(d)), crc32(d) == zlib.crc32(d) == binascii.crc32(d))

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<iHd8s")
records = [(-5, 7, 3.25, b"alpha"), (2 ** 31 - 1, 65535, -0.5, b"omega!!!"), (0, 0, 1e300, b"")]
blob = HEADER.pack(b"PYHY", 1, len(records), zlib.crc32(b"".join(RECORD.pack(*r) for r in records)))
blob += b"".join(RECORD.pack(*r) for r in records)
print(len(blob), HEADER.size, RECORD.size, blob[:12].hex(" "))
magic, version, count, crc = HEADER.unpack_from(blob)
body = blob[HEADER.size:]
print(magic, version, count, crc == zlib.crc32(body))
for k in range(count):
    i, h, d, name = RECORD.unpack_from(body, k * RECORD.size)
    print(i, h, d, name.rstrip(b"\0").decode())
try:
    RECORD.pack(2 ** 31, 0, 0.0, b"")
except struct.error as e:
    print("struct.error:", e)
print(struct.unpack(">HhBb", bytes([0xFF, 0xFE, 0xFF, 0xFE, 0x80, 0x80])))


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def next_same_popcount(n):
    c = n & -n
    r = n + c
    return (((r ^ n) >> 2) // c) | r


def reverse_bits32(n):
    return int(f"{n:032b}"[::-1], 2)


print([popcount(x) for x in (0, 1, 255, 2 ** 64 - 1, 0b1011)], [bin(x).count("1") for x in (255,)])
x, seq = 0b0111, []
for _ in range(6):
    seq.append(bin(x))
    x = next_same_popcount(x)
print(seq)
print(hex(reverse_bits32(1)), hex(reverse_bits32(0x12345678)), (-1) >> 3, -17 >> 2, -17 // 4, ~5 & 0xFF)
buf = bytearray(b"The quick brown fox")
buf[4:9] = b"slow"
buf.extend(b"!")
buf[0] ^= 0x20
del buf[-5:-1]
buf.insert(0, ord(">"))
print(buf, buf.find(b"slow"), buf.upper(), bytes(buf).split(), buf.count(b"o"))
