def use(a):
    l = a
    print(len(l), l[0], l[-1])
    print([x * 2 for x in l])
    l.append(99)
    l[1] = "one"
    return len(a)
arr = [10, 20, 30]
print(use(arr))
# print_r of the PHP array
print("Array\n(")
for i, v in enumerate(arr):
    print(f"    [{i}] => {v}")
print(")")
