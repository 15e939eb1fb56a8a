class PHPExc(Exception):
    def __init__(self, m, code=0):
        super().__init__(m)
        self.m, self.code = m, code
class InvalidArgumentException(PHPExc): pass
class RuntimeException(PHPExc): pass
def run(f):
    try:
        f()
        return "no exception"
    except InvalidArgumentException as e:
        return "caught IAE: " + e.m + " code " + str(e.code)
    except PHPExc as e:
        return "caught " + type(e).__name__ + ": " + e.m
def raise_iae():
    raise InvalidArgumentException("bad arg", 42)
def raise_rt():
    raise RuntimeException("runtime trouble")
print(run(raise_iae))
print(run(raise_rt))
print(run(lambda: None))
