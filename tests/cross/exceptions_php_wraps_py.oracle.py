class PHPException(Exception):
    def __init__(self, m, prev):
        super().__init__(m)
        self.message = m
        self.prev = prev
def parse(s):
    return int(s)
def wrap(f, s):
    try:
        return f(s)
    except ValueError as e:
        raise PHPException(f"could not parse '{s}'", "ValueError: " + str(e))
print(wrap(parse, "12"))
try:
    wrap(parse, "x1")
except PHPException as e:
    print(e.message)
    print(e.prev)
