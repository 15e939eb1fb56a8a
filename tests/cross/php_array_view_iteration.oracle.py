def walk(a):
    for k in a:
        print("key", k)
    for k, v in a.items():
        print("item", k, v)
    print("values", list(a.values()))
    print("total", sum(a.values()))
walk({"z": 1, 5: 2, "a": 3, 2: 4})
