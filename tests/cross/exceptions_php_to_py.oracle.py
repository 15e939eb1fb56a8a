class PHPException(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message
def f(x):
    if x < 0:
        raise PHPException(f"negative: {x}")
    return x * 2
try:
    f(-3)
except PHPException as e:
    print(type(e).__name__, e.message)
print(f(4))
def g(): raise PHPException("boom")
try:
    g()
except Exception as e:
    print(isinstance(e, PHPException), e.message)
