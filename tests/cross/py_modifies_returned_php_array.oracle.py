_data = {'n': 1}
def f():
    _data['n'] += 1
    return dict(_data)  # PHP returns the static array by value
a = f()
a["n"] = 100
a["extra"] = True
print(dict(a))
b = f()
print(dict(b))
