# args, str() and repr() of built-in exceptions with zero, one and several arguments, KeyError's
# repr-style str, OSError's errno/strerror fields, StopIteration.value, SystemExit.code,
# UnicodeDecodeError's fields, and with_traceback.
for exc in (ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), KeyError("k"),
            KeyError(), KeyError("a", "b"), IndexError(3), Exception([1, 2]), BaseException(""),
            ZeroDivisionError("division by zero"), AttributeError("x"), NameError("n"),
            RuntimeError(1.5), TypeError(("t",))):
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))

e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError(2, "No such file or directory", "missing.txt")
print(str(e), repr(e.filename), type(e).__name__, isinstance(e, FileNotFoundError))
print(str(OSError("just one")), OSError("just one").errno)
print(FileNotFoundError.__mro__[1].__name__, IOError is OSError, EnvironmentError is OSError)

s = StopIteration(5)
print(s.value, StopIteration().value, s.args)
print(SystemExit(3).code, SystemExit().code, SystemExit("bye", 2).code)
print(KeyboardInterrupt.__mro__[1].__name__, GeneratorExit.__mro__[1].__name__)

try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(type(u).__name__, u)

e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = []
print(e.args, repr(str(e)))
e.extra = "attribute"
print(e.extra)
try:
    raise ValueError("tb").with_traceback(None)
except ValueError as err:
    print(err.__traceback__ is not None, err.with_traceback(None) is err)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError),
      issubclass(UnboundLocalError, NameError), issubclass(BrokenPipeError, ConnectionError),
      issubclass(TimeoutError, OSError), issubclass(NotImplementedError, RuntimeError))
err = ImportError("msg", name="mod", path="/x")
print(err.name, err.path, err.msg, str(err))
attr = AttributeError("a", name="nm", obj=1) if hasattr(AttributeError(), "name") else None
print(attr.name if attr else None)
