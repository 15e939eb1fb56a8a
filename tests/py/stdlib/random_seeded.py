# Debian's random on the native _random (MT19937, CPython's seeding) and _sha512.
import random, _sha512
print(_sha512.sha512(b'abc').hexdigest()[:32], _sha512.sha384(b'').hexdigest()[:16], _sha512.sha512(b'x' * 200).hexdigest()[-16:])
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.getrandbits(70))
r = random.Random(12345)
l = list(range(10)); r.shuffle(l)
print(l, r.uniform(1, 2), r.sample(range(100), 3), round(r.gauss(0, 1), 6))
random.seed('hello')
print(random.random())
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random())
