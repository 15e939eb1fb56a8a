# hashlib and hmac on _hashlib (OpenSSL): every guaranteed digest, copies, SHAKE, pbkdf2_hmac,
# scrypt, hmac objects and one-shot digests, file_digest, errors.
import hashlib, hmac
print(sorted(hashlib.algorithms_guaranteed))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "sha512_224"]:
    try:
        h = hashlib.new(name, b"abc"); h2 = h.copy(); h2.update(b"d")
        print(name, h.hexdigest()[:32], h2.hexdigest()[:16], h.digest_size, h.block_size, h.name)
    except Exception as e: print(name, type(e).__name__, e)
print(hashlib.shake_128(b"x").hexdigest(10), hashlib.shake_256(b"x").hexdigest(5))
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 10, 8).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1, dklen=16).hex())
m = hmac.new(b"key", b"msg", "sha256"); m.update(b"more"); print(m.hexdigest(), m.name, m.digest_size, m.copy().hexdigest()[:8])
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(hmac.new(b"k", digestmod=hashlib.sha1).hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest()[:8], hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.file_digest(open(__file__, "rb"), "sha1").hexdigest() == hashlib.sha1(open(__file__, "rb").read()).hexdigest())
try: hashlib.new("nope")
except ValueError as e: print(e)
try: hashlib.sha256("str")
except TypeError as e: print(e)
import _md5, _sha1, _sha256, _sha3
print(_md5.md5(b"a").hexdigest(), _sha1.sha1().name, _sha256.sha224(string=b"x").hexdigest()[:12], _sha3.sha3_384(b"q").digest_size, _sha3.shake_128(b"q").hexdigest(4))
