rate = 2
label = "total"
def f(v): return label + '=' + str(v * rate)
print(f(5))
rate = 10
print(f(5))
