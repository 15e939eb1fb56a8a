class PHPException(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.message = m
def f(): raise PHPException('too long')
try:
    f()
except PHPException as e:
    print(e.message)
    print(str(e))
