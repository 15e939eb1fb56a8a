big = "abc" * 200000
print(len(big))
print(big.count("ca"))
made = "xyz" * 100000
print(len(made), made[:6], made[-3:])
print(made[:9].upper())
