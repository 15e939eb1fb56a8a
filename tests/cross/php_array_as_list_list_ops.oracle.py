def f(a):
    l = a
    print(l[1:3], l[::-1], 20 in l, l.index(30), l.count(10))
    print(l == [10, 20, 30, 10])
    l.sort()
    print(l[0], l[-1])
    l.reverse()
arr = [10, 20, 30, 10]
f(arr)
print(",".join(str(x) for x in arr))
