class PHPException(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.message = m
def g():
    yield 'a'
    yield 'b'
    raise PHPException('php generator broke')
try:
    for v in g():
        print("got", v)
except PHPException as e:
    print("caught:", e.message)
