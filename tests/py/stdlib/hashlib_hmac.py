# Debian's hashlib on the native _hashlib (OpenSSL libcrypto) and _blake2; hmac and secrets.
import hashlib, hmac, secrets
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.sha1().name, hashlib.new("sha3_256", b"x").hexdigest()[:8], hashlib.shake_128(b"x").hexdigest(8))
print(hashlib.blake2b(b"abc").hexdigest()[:16], hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16] if hasattr(bytes, "hex") else "", hmac.new(b"k", b"msg", "sha256").hexdigest()[:16], hmac.compare_digest(b"a", b"a"), len(secrets.token_hex(8)))
