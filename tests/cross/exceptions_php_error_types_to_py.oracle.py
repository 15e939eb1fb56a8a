class PHPException(Exception):
    def __init__(self, m):
        super().__init__(m)
        self.message = m
def div(a, b):
    if b == 0:
        raise PHPException("Division by zero")
    return a // b
try:
    div(1, 0)
except PHPException as e:
    print("div:", e.message)
def undef():
    raise PHPException("Call to undefined function no_such_function_here()")
try:
    undef()
except PHPException as e:
    print("undef:", e.message)
