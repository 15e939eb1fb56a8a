class PHPException(Exception):
    pass
def f(): raise PHPException('nobody catches this')
print("before")
f()
print("not reached")
