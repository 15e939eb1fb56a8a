# struct.pack's range errors for every integer code in every byte-order mode, in CPython's words
# (regression: they once all said 'argument out of range'; values past 2**63 packed garbage).
import struct
for fmt in ('<b','<B','<H','<h','=b','!B','@b','<Q','<q','Q','<i','<I','i','I','<l','<L','l','L','>h','h','H','b','>H','@H','@I','n','N','>B'):
  for v in (2**70, 2**63, 2**40, 70000, 300, -1, -300, -70000, -2**63-1, 127, 255, -128, 2**64-1):
    try: r = struct.pack(fmt, v); print(fmt, v, r.hex())
    except struct.error as e: print(fmt, v, e)
