import math
print("%.6f" % math.pi)
print(math.factorial(10))
print(math.gcd(84, 36))
print("%.6f" % math.sqrt(2))
print(math.floor(-2.5), math.ceil(2.1))
