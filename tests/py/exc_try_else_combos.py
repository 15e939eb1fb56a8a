# try/except/else/finally in every combination: which blocks run with and without an exception,
# else not protected by its own excepts, exceptions raised in except/else/finally, and order.
def run(raise_in=None):
    log = []
    try:
        try:
            log.append("try")
            if raise_in == "try":
                raise ValueError("t")
        except ValueError:
            log.append("except")
            if raise_in == "except":
                raise KeyError("e")
        else:
            log.append("else")
            if raise_in == "else":
                raise ValueError("else is not covered")
        finally:
            log.append("finally")
            if raise_in == "finally":
                raise IndexError("f")
    except Exception as e:
        log.append("outer caught %s(%s)" % (type(e).__name__, e))
        if raise_in == "except":
            log.append("context %r" % (e.__context__,))
    return log

for where in (None, "try", "except", "else", "finally"):
    print(where, run(where))

def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception:
        return "other"

for exc in (KeyError, IndexError(3), ZeroDivisionError, OverflowError("x"), TypeError):
    print(multi(exc))

def bare():
    try:
        raise SystemExit(3)
    except:
        return "bare except caught SystemExit"
print(bare())

try:
    raise ValueError("a")
except ValueError as e:
    name = e
try:
    e
except NameError as err:
    print("NameError:", err)
print(repr(name))

def except_binding_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: %s" % err
print(except_binding_deleted())

for bad in (5, "str", ValueError(1)):
    try:
        try:
            raise KeyError
        except bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
    except KeyError:
        print("KeyError not matched by", repr(bad))
