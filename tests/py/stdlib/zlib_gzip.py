# zlib on Debian's zlib, and the standard library on top of it: one-shot and streaming compression
# with every flush mode, wbits variants (zlib, raw deflate, gzip, auto-detect), dictionaries,
# max_length with unconsumed_tail, unused_data, copies, checksums, errors; then gzip and zipfile in
# memory.
import gzip
import io
import zipfile
import zlib

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(400))
print(len(data), zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH)
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print(level, len(c) < len(data) or level == 0, zlib.decompress(c) == data, c[:2].hex())
for wbits, dwbits in ((15, 15), (-15, -15), (31, 31), (31, 47), (15, 47), (9, 15)):
    c = zlib.compress(data, 6, wbits)
    print(wbits, dwbits, zlib.decompress(c, dwbits) == data)
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(data[200:], zlib.crc32(data[:200])) == zlib.crc32(data), zlib.crc32(b"abc", -1))
print(zlib.adler32(data[5:], zlib.adler32(data[:5])) == zlib.adler32(data))

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
mid = b"".join(parts)
print(mid[-4:].hex(), zlib.decompressobj(-12).decompress(mid) == data)
copy = co.copy()
tail_a = co.compress(b"tail A") + co.flush()
tail_b = copy.compress(b"tail B!") + copy.flush()
print(zlib.decompress(mid + tail_a, -12)[-6:], zlib.decompress(mid + tail_b, -12)[-7:])
try:
    co.compress(b"more")
except zlib.error as e:
    print("zlib.error:", e)

stream = zlib.compress(data) + b"TRAILER"
do = zlib.decompressobj()
out = do.decompress(stream, 100)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
while not do.eof:
    out += do.decompress(do.unconsumed_tail, 5000)
out += do.flush()
print(out == data, do.eof, do.unused_data)
do2 = zlib.decompressobj()
pieces = [do2.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7)]
print(b"".join(pieces) == data, do2.eof, do2.unused_data)

zdict = b"the quick brown fox jumps over the lazy dog line"
cd = zlib.compressobj(zdict=zdict)
small = cd.compress(data[:300]) + cd.flush()
print(len(small) < len(zlib.compress(data[:300])), zlib.decompressobj(zdict=zdict).decompress(small) == data[:300])
try:
    zlib.decompress(small)
except zlib.error as e:
    print("zlib.error:", e)

for bad in (b"not zlib at all", zlib.compress(data)[:50], b""):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
for call in (lambda: zlib.compress("text"), lambda: zlib.compressobj(wbits=99),
             lambda: zlib.decompressobj().decompress(b"x", -1), lambda: zlib.compress(b"x", 42)):
    try:
        call()
    except (TypeError, ValueError, zlib.error) as e:
        print(type(e).__name__ + ":", e)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
    g.write(data[:5000])
    g.write(data[5000:])
raw = buf.getvalue()
print(raw[:4].hex(), gzip.decompress(raw) == data, zlib.decompress(raw, 31) == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
    first = g.readline()
    rest = g.read()
print(first, len(rest))
print(gzip.decompress(gzip.compress(b"hello", mtime=0) + gzip.compress(b" world", mtime=0)))
try:
    gzip.decompress(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"garbage")
except (OSError, EOFError, zlib.error) as e:
    print(type(e).__name__ + ":", e)

zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 2, 3, 4, 6)), data)
    z.writestr(zipfile.ZipInfo("dir/b.bin", (2021, 5, 6, 7, 8, 10)), bytes(range(256)) * 4)
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as z:
    print(z.namelist(), [i.file_size for i in z.infolist()], [i.compress_type for i in z.infolist()])
    print(z.read("a.txt") == data, z.read("dir/b.bin")[:4], z.testzip())
