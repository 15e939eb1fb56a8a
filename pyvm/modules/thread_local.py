# thread_local.py: _thread._local (threading.local), run in the _thread module's namespace at
# import (mod_thread.c embeds this text as pyvm_mod_thread_local). Each instance keeps one
# attribute dict per thread, keyed by the thread's serial number (_serial(): never reused, unlike
# idents); attribute access goes to the running thread's dict with object's lookup rules
# (data descriptors of the class first, then the dict, then other class attributes). A thread's
# first access runs the class's __init__ with the constructor's arguments, as CPython does;
# when a thread ends, mod_thread.c calls _thread_ended(serial), which drops its dicts.

_touched = {}  # serial -> the per-instance {serial: dict} maps holding a dict of that thread
_missing = object()


def _thread_ended(serial):
    for dicts in _touched.pop(serial, ()):
        dicts.pop(serial, None)


def _class_attr(cls, name):
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return _missing


def _is_data_descr(attr):
    t = type(attr)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


def _mine(self):
    """The running thread's dict of self: (dict, whether it was made now)."""
    dicts = object.__getattribute__(self, "_local__dicts")
    key = _serial()
    d = dicts.get(key)
    if d is not None:
        return d, False
    d = dicts[key] = {}
    _touched.setdefault(key, []).append(dicts)
    return d, True


def _dict_of(self):
    d, new = _mine(self)
    if new:
        args, kw = object.__getattribute__(self, "_local__args")
        type(self).__init__(self, *args, **kw)
    return d


def _writable_dict_of(self, name):
    """The running thread's dict of self, for setting or deleting attribute `name`."""
    if name == "__dict__":
        raise AttributeError(f"'{type(self).__name__}' object attribute '__dict__' is read-only")
    return _dict_of(self)


class _local:
    """Thread-local data"""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__args", (args, kw))
        _mine(self)
        return self

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__args"):
            return object.__getattribute__(self, name)
        d = _dict_of(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _missing and _is_data_descr(attr):
            return type(attr).__get__(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _missing:
            get = getattr(type(attr), "__get__", None)
            return attr if get is None else get(attr, self, cls)
        if name == "__class__":
            return cls
        raise AttributeError(f"'{cls.__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        d = _writable_dict_of(self, name)
        attr = _class_attr(type(self), name)
        if attr is not _missing and hasattr(type(attr), "__set__"):
            type(attr).__set__(attr, self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        d = _writable_dict_of(self, name)
        attr = _class_attr(type(self), name)
        if attr is not _missing and hasattr(type(attr), "__delete__"):
            type(attr).__delete__(attr, self)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


_local.__module__ = "_thread"
