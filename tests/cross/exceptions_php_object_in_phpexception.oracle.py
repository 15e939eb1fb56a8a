class LogicException(Exception):
    def __init__(self, m, c):
        super().__init__(m)
        self.m, self.c = m, c
    def getMessage(self): return self.m
    def getCode(self): return self.c
class PHPException(Exception):
    def __init__(self, obj):
        super().__init__(obj.m)
        self.message = obj.m
        self.php_exception = obj
class BridgeError(Exception):
    pass
def f(c): raise PHPException(LogicException('with code', c))
try:
    f(42)
except PHPException as e:
    o = e.php_exception
    print(e.message)
    print(o.getMessage(), o.getCode())
    print(type(o).__name__)
print(issubclass(BridgeError, Exception), issubclass(PHPException, Exception))
