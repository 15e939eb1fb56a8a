def f(x):
    print('php echo', x)
print("before")
r = f(1)
print("returned", r)
f(2)
print("after")
