import sys
print("start")
def f():
    print('php before exit')
    sys.exit(4)
f()
print("not reached")
