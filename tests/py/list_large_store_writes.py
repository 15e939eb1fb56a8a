# Items written into old large lists and dicts (their stores are large objects, re-traced by
# card on minor collections) stay alive through the garbage allocated afterwards: fresh strings
# and lists stored at the start, across card boundaries and at the end, by index and by append.
big = [i for i in range(4000)]
d = {i: i for i in range(2000)}
junk = [bytes(2000) for j in range(2500)]  # 5 MB: a minor collection makes big and d old
spots = [0, 1, 31, 32, 33, 1000, 2047, 2048, 3999]
for s in spots:
    big[s] = "v" + str(s) * 3
    d[s] = ["w", s]
for k in range(50):
    big.append(str(k) + "tail")
    d["k" + str(k)] = "x" * (k % 5) + str(k)
for r in range(3):  # small garbage (minor collections) that fills the holes of dead objects
    junk = [str(j) + "y" for j in range(40000)]
print([big[s] for s in spots])
print([d[s] for s in spots])
print(big[-3:], len(big), d["k49"], d["k0"], len(d))
