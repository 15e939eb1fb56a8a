# ctypes_layer.py: the class layer of pyhyp's native _ctypes module. mod_ctypes.c compiles this
# file into the module's namespace after installing its C layer (the _ffi_* functions over
# runtime/ffi: C types, memory blocks, typed reads and writes at addresses, dlopen/dlsym, calls
# through libffi, callbacks as libffi closures), so that Debian's ctypes/__init__.py imports
# unmodified. Every ctypes instance owns or views C memory: _b_addr_ is its address, _b_mem_ the
# block it owns (None for a view), _b_base_ the instance it views into, _objects what its memory
# points at and must outlive it. Type information (size, alignment, the libffi type, fields) is
# computed from _type_ / _fields_ / _length_ when first needed and cached in the class.
# Not supported: bit fields, long double (c_longdouble is c_double),
# COM/Windows parts, the buffer protocol (from_buffer takes ctypes instances only; bytes(obj)
# works through __bytes__).

__version__ = "1.1.0"

FUNCFLAG_CDECL = 1
FUNCFLAG_PYTHONAPI = 4
FUNCFLAG_USE_ERRNO = 8
FUNCFLAG_USE_LASTERROR = 16

_MASK64 = (1 << 64) - 1
_INT_CODES = "bBhHiIlLqQ"


class ArgumentError(Exception):
    pass


_pointer_type_cache = {}
_array_type_cache = {}


class _Info:
    """What a ctypes class is in C: kind ('simple', 'struct', 'array', 'pointer', 'func')."""

    def __init__(self, kind, ffi, code=None, fields=(), length=0, elem=None):
        self.kind = kind
        self.ffi = ffi
        self.size = _ffi_size(ffi)
        self.align = _ffi_align(ffi)
        self.code = code
        self.fields = fields
        self.length = length
        self.elem = elem
        self.swapped = False  # a big-endian twin (__ctype_be__) of a simple type


def _info(cls):
    info = cls.__dict__.get("_ctinfo_")
    if info is None:
        info = type(cls)._make_info(cls)
        type.__setattr__(cls, "_ctinfo_", info)
    return info


def _is_ctype(obj):
    return isinstance(obj, type) and issubclass(obj, _CData)


def _view(cls, addr, base):
    """An instance of cls over the memory at addr (kept alive by base)."""
    inst = object.__new__(cls)
    inst._b_mem_ = None
    inst._b_addr_ = addr
    inst._b_base_ = base
    inst._objects = None
    return inst


def _keep(owner, obj):
    """Makes obj live as long as owner's memory (the root of owner's views)."""
    if owner is None or obj is None:
        return
    while owner._b_base_ is not None:
        owner = owner._b_base_
    if owner._objects is None:
        owner._objects = {}
    owner._objects[id(obj)] = obj


def _to_int(value):
    if not isinstance(value, int):
        if hasattr(type(value), "__index__"):
            value = value.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
    value &= _MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def _is_plain_simple(cls):
    """Fundamental simple types read as Python values; their subclasses stay instances."""
    return cls.__bases__[0] is _SimpleCData


def _read_simple(info, addr):
    if not info.swapped:
        return _ffi_read(info.code, addr)
    tmp = _ffi_mem_addr(_ffi_alloc(info.size))
    _ffi_write_bytes(tmp, _ffi_string_at(addr, info.size)[::-1])
    return _ffi_read(info.code, tmp)


def _write_simple(info, addr, value):
    """Stores a Python value; returns what the stored pointer needs alive (or None)."""
    if not info.swapped:
        return _ffi_write(info.code, addr, value)
    tmp = _ffi_mem_addr(_ffi_alloc(info.size))
    kept = _ffi_write(info.code, tmp, value)
    _ffi_write_bytes(addr, _ffi_string_at(tmp, info.size)[::-1])
    return kept


def _get(cls, addr, base):
    info = _info(cls)
    if info.kind == "simple" and _is_plain_simple(cls):
        return _read_simple(info, addr)
    return _view(cls, addr, base)


def _copy_in(cls, addr, value, owner):
    """Stores a ctypes instance value of a matching type at addr."""
    size = _info(cls).size
    _ffi_memmove(addr, value._b_addr_, size)
    _keep(owner, value._objects and value)


def _ffi_memmove(dst, src, n):
    _ffi_write_bytes(dst, _ffi_string_at(src, n))


def _pointer_value(value):
    """The address a pointer-like value stands for, or None when it is not one."""
    if isinstance(value, (_Pointer, CFuncPtr)):
        return _ffi_read("P", value._b_addr_)
    if isinstance(value, Array):
        return value._b_addr_
    if isinstance(value, CArgObject):
        return value._addr
    if isinstance(value, _SimpleCData) and _info(type(value)).code in "zZP":
        return _ffi_read("P", value._b_addr_)
    return None


def _set(cls, addr, value, owner):
    info = _info(cls)
    if isinstance(value, _CData) and info.code != "O":
        if isinstance(value, cls):
            return _copy_in(cls, addr, value, owner)
        if info.kind == "pointer" or (info.kind == "simple" and info.code in "zZP"):
            p = _pointer_value(value)
            if p is not None and (info.kind != "pointer" or not isinstance(value, Array)
                                  or issubclass(type(value)._type_, cls._type_)):
                _ffi_write("P", addr, p)
                _keep(owner, value)
                return
        if info.kind == "simple" and not _is_plain_simple(type(value)) and \
                _info(type(value)).code == info.code:
            return _copy_in(cls, addr, value, owner)
        raise TypeError("incompatible types, %s instance instead of %s instance"
                        % (type(value).__name__, cls.__name__))
    if info.kind == "simple":
        if info.code in _INT_CODES:
            value = _to_int(value)
        elif info.code == "O":
            _keep(owner, value)
        _keep(owner, _write_simple(info, addr, value))
    elif info.kind == "struct" and isinstance(value, tuple):
        _copy_in(cls, addr, cls(*value), owner)
    elif info.kind == "pointer" and value is None:
        _ffi_write("P", addr, 0)
    elif info.kind == "array" and isinstance(value, (bytes, str)) and \
            _info(cls._type_).code in "cu":
        _view(cls, addr, owner).value = value
    elif info.kind == "array" and isinstance(value, (tuple, list)):
        _copy_in(cls, addr, cls(*value), owner)
    else:
        raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))


class _CDataMeta(type):
    """What every ctypes metaclass shares: c_int * 4, from_address, from_buffer, in_dll."""

    def __mul__(cls, length):
        if not isinstance(length, int):
            return NotImplemented
        if length < 0:
            raise ValueError("Array length must be >= 0, not %d" % length)
        key = (cls, length)
        t = _array_type_cache.get(key)
        if t is None:
            t = PyCArrayType("%s_Array_%d" % (cls.__name__, length), (Array,),
                             {"_type_": cls, "_length_": length})
            _array_type_cache[key] = t
        return t

    __rmul__ = __mul__

    def from_address(cls, address):
        return _view(cls, address, None)

    def from_buffer(cls, obj, offset=0):
        if not isinstance(obj, _CData):
            raise TypeError("from_buffer() takes a ctypes instance in pyhyp")
        if offset < 0 or _info(cls).size + offset > _info(type(obj)).size:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (_info(type(obj)).size, _info(cls).size + offset))
        return _view(cls, obj._b_addr_ + offset, obj)

    def from_buffer_copy(cls, data, offset=0):
        if isinstance(data, _CData):  # no buffer protocol: read a ctypes instance's memory
            data = _ffi_string_at(data._b_addr_, _info(type(data)).size)
        data = bytes(data)
        size = _info(cls).size
        if len(data) < size + offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), size + offset))
        inst = cls.__new__(cls)
        _ffi_write_bytes(inst._b_addr_, data[offset:offset + size])
        return inst

    def in_dll(cls, dll, name):
        return _view(cls, _ffi_dlsym(dll._handle, name), None)

    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        if isinstance(obj, CArgObject) and issubclass(obj._obj.__class__, cls):
            return obj
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))


class PyCSimpleType(_CDataMeta):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if bases != (_CData,):  # every class below _SimpleCData needs its _type_ now
            if getattr(cls, "_type_", None) is None:
                raise AttributeError("class must define a '_type_' attribute")
            info = _info(cls)
            if bases == (_SimpleCData,) and not ns.get("_swapped_"):
                cls._make_twins(info)

    def _make_twins(cls, info):
        """__ctype_le__ / __ctype_be__: the type itself (little-endian here) and a byte-swapped
        twin for multi-byte numbers; one-byte types are their own twins."""
        if info.code in "zZPOu":
            return
        be = cls
        if info.code not in "cbB?":
            be = PyCSimpleType(cls.__name__ + "_be", (_SimpleCData,),
                               {"_type_": info.code, "_swapped_": True,
                                "__module__": cls.__module__})
            _info(be).swapped = True
            type.__setattr__(be, "__ctype_le__", cls)
            type.__setattr__(be, "__ctype_be__", be)
        type.__setattr__(cls, "__ctype_le__", cls)
        type.__setattr__(cls, "__ctype_be__", be)

    def _make_info(cls):
        code = getattr(cls, "_type_", None)
        if code is None:
            raise TypeError("abstract class")
        if not isinstance(code, str) or len(code) != 1 or code not in "cbBhHiIlLqQfdg?zZPOuv":
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of "
                                 "'cbBhHiIlLfdgsPzZqQuO?v'.")
        return _Info("simple", _ffi_simple(code), code)

    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        code = _info(cls).code
        if code in "zZP":
            if obj is None:
                return cls(None)
            if code == "z" and isinstance(obj, bytes) or code == "Z" and isinstance(obj, str):
                return cls(obj)
            if code == "P" and isinstance(obj, (int, bytes, str)):
                return (c_char_p if isinstance(obj, bytes) else c_wchar_p if isinstance(obj, str)
                        else cls)(obj)
            if _pointer_value(obj) is not None:
                return obj
        elif code in _INT_CODES and isinstance(obj, int) or code in "fdg" and \
                isinstance(obj, (int, float)) or code == "?" or \
                code == "c" and isinstance(obj, (bytes, int)) or code == "u" and isinstance(obj, str):
            return cls(obj)
        elif code == "O":
            return cls(obj)
        if isinstance(obj, CArgObject) and code == "P":
            return obj
        as_param = getattr(obj, "_as_parameter_", None)
        if as_param is not None:
            return cls.from_param(as_param)
        raise TypeError("wrong type")


class PyCStructType(_CDataMeta):
    _union = False

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        if "_fields_" in ns:
            _info(cls)

    def __setattr__(cls, name, value):
        if name == "_fields_" and "_ctinfo_" in cls.__dict__ and \
                cls.__dict__["_ctinfo_"].fields:
            raise AttributeError("_fields_ is final")
        super().__setattr__(name, value)
        if name == "_fields_":
            type.__setattr__(cls, "_ctinfo_", type(cls)._make_info(cls))

    def _make_info(cls):
        fields = []
        for base in cls.__mro__[1:]:
            if isinstance(base, PyCStructType) and "_fields_" in base.__dict__:
                fields = list(_info(base).fields)
                break
        own = cls.__dict__.get("_fields_", [] if fields else getattr(cls, "_fields_", []))
        for f in own:
            if not isinstance(f, tuple) or len(f) not in (2, 3):
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            if len(f) == 3:
                raise TypeError("bit fields not supported")
            if not _is_ctype(f[1]):
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type"
                                % len(fields))
            fields.append((f[0], f[1]))
        if hasattr(cls, "_swappedbytes_"):  # BigEndianStructure / BigEndianUnion
            fields = [(name, _big_endian(t)) for name, t in fields]
        pack = getattr(cls, "_pack_", 0)
        if fields:
            ffi, offsets = _ffi_struct([_info(t).ffi for _, t in fields], cls._union, pack)
        else:
            ffi, offsets = _ffi_struct([], cls._union, pack)
        info = _Info("struct", ffi, fields=tuple(fields))
        info.offsets = offsets
        for i, (name, t) in enumerate(fields):
            type.__setattr__(cls, name, CField(name, t, offsets[i], _info(t).size, i))
        for name in getattr(cls, "_anonymous_", ()):  # promote the members' fields
            outer = cls.__dict__.get(name)
            if not isinstance(outer, CField):
                raise AttributeError("type object '%s' has no attribute '%s'"
                                     % (cls.__name__, name))
            for key, inner in list(outer.ctype.__dict__.items()):
                if isinstance(inner, CField):
                    type.__setattr__(cls, key, CField(key, inner.ctype, outer.offset + inner.offset,
                                                      inner.size, inner.index))
        return info


def _big_endian(t):
    """The big-endian twin of a field type (ctypes/_endian.py's _other_endian, for fields given
    in a class body)."""
    if hasattr(t, "__ctype_be__"):
        return t.__ctype_be__
    if isinstance(t, PyCArrayType):
        return _big_endian(t._type_) * t._length_
    return t


class UnionType(PyCStructType):
    _union = True


class PyCArrayType(_CDataMeta):
    def _make_info(cls):
        length = getattr(cls, "_length_", None)
        t = getattr(cls, "_type_", None)
        if length is None or t is None:
            raise AttributeError("class must define a '_length_' attribute")
        return _Info("array", _ffi_array(_info(t).ffi, length), length=length, elem=t)


class PyCPointerType(_CDataMeta):
    def _make_info(cls):
        return _Info("pointer", _ffi_simple("P"), elem=cls.__dict__.get("_type_"))

    def set_type(cls, t):
        type.__setattr__(cls, "_type_", t)

    def from_param(cls, obj):
        if obj is None:
            return None
        if isinstance(obj, cls):
            return obj
        target = getattr(cls, "_type_", None)
        if isinstance(obj, CArgObject) and isinstance(obj._obj, target):
            return obj
        if isinstance(obj, Array) and issubclass(type(obj)._type_, target):
            return obj
        if target is not None and isinstance(obj, target):
            return byref(obj)
        if isinstance(obj, _Pointer) or isinstance(obj, c_void_p):
            return obj
        raise TypeError("expected %s instance instead of %s"
                        % (cls.__name__, type(obj).__name__))


class PyCFuncPtrType(_CDataMeta):
    def _make_info(cls):
        return _Info("func", _ffi_simple("P"))


class CField:
    """A field of a Structure or Union class: reads and writes the member in an instance."""

    def __init__(self, name, ctype, offset, size, index):
        self.name = name
        self.ctype = ctype
        self.offset = offset
        self.size = size
        self.index = index

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return _get(self.ctype, inst._b_addr_ + self.offset, inst)

    def __set__(self, inst, value):
        _set(self.ctype, inst._b_addr_ + self.offset, value, inst)

    def __repr__(self):
        return "<Field type=%s, ofs=%d, size=%d>" % (self.ctype.__name__, self.offset, self.size)


class _CData:
    """The base of every ctypes instance: allocates the class's memory."""

    def __new__(cls, *args, **kw):
        info = _info(cls)
        inst = object.__new__(cls)
        inst._b_mem_ = _ffi_alloc(info.size)
        inst._b_addr_ = _ffi_mem_addr(inst._b_mem_)
        inst._b_base_ = None
        inst._objects = None
        return inst

    @property
    def _b_needsfree_(self):
        return self._b_mem_ is not None

    def __bytes__(self):  # bytes(obj): CPython reads the buffer; pyvm has no buffer protocol
        return _ffi_string_at(self._b_addr_, sizeof(self))

    def __reduce__(self):
        raise ValueError("ctypes objects containing pointers cannot be pickled")


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    def __init__(self, value=None):
        if value is not None:
            self.value = value

    @property
    def value(self):
        return _read_simple(_info(type(self)), self._b_addr_)

    @value.setter
    def value(self, v):
        info = _info(type(self))
        if info.code == "c" and isinstance(v, int):
            v = bytes([v])
        _set(type(self), self._b_addr_, v, self)

    def __bool__(self):
        return bool(self.value)

    def __repr__(self):
        if not _is_plain_simple(type(self)):
            return "<%s object at %#x>" % (type(self).__name__, id(self))
        return "%s(%r)" % (type(self).__name__, self.value)


class Structure(_CData, metaclass=PyCStructType):
    def __init__(self, *args, **kw):
        fields = _info(type(self)).fields
        if len(args) > len(fields):
            raise TypeError("too many initializers")
        for (name, _), v in zip(fields, args):
            setattr(self, name, v)
        for name, v in kw.items():
            setattr(self, name, v)


class Union(_CData, metaclass=UnionType):
    __init__ = Structure.__init__


def _text_array(arr):
    t = type(arr)._type_
    code = _info(t).code
    return code if code is not None and code in "cu" and _is_plain_simple(t) else None


class Array(_CData, metaclass=PyCArrayType):
    def __init__(self, *args):
        if len(args) > type(self)._length_:
            raise IndexError("indices must be integers")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return type(self)._length_

    def _index(self, i):
        n = type(self)._length_
        if not isinstance(i, int):
            raise TypeError("indices must be integers")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        t = type(self)._type_
        if isinstance(i, slice):
            items = [self[k] for k in range(*i.indices(len(self)))]
            code = _text_array(self)
            if code == "c":
                return b"".join(items)
            return "".join(items) if code == "u" else items
        return _get(t, self._b_addr_ + self._index(i) * _info(t).size, self)

    def __setitem__(self, i, v):
        t = type(self)._type_
        if isinstance(i, slice):
            keys = range(*i.indices(len(self)))
            if len(keys) != len(v):
                raise ValueError("Can only assign sequence of same size")
            for k, x in zip(keys, v):
                self[k] = x
            return
        _set(t, self._b_addr_ + self._index(i) * _info(t).size, v, self)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    @property
    def value(self):
        code = _text_array(self)
        if code == "c":
            return _ffi_string_at(self._b_addr_, -1)[:len(self)]
        if code == "u":
            s = _ffi_wstring_at(self._b_addr_, len(self))
            return s.split("\0", 1)[0]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        code = _text_array(self)
        if code == "c":
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            if len(v) > len(self):
                raise ValueError("byte string too long")
            _ffi_write_bytes(self._b_addr_, v + (b"\0" if len(v) < len(self) else b""))
        elif code == "u":
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance"
                                % type(v).__name__)
            if len(v) > len(self):
                raise ValueError("string too long")
            for i, ch in enumerate(v + ("\0" if len(v) < len(self) else "")):
                self[i] = ch
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if _text_array(self) != "c":
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return _ffi_string_at(self._b_addr_, len(self))

    @raw.setter
    def raw(self, v):
        if len(v) > len(self):
            raise ValueError("byte string too long")
        _ffi_write_bytes(self._b_addr_, bytes(v))


class _Pointer(_CData, metaclass=PyCPointerType):
    def __init__(self, value=None):
        if value is not None:
            self.contents = value

    def _target(self):
        t = getattr(type(self), "_type_", None)
        if t is None:
            raise TypeError("Cannot create instance: has no _type_")
        return t

    @property
    def contents(self):
        addr = _ffi_read("P", self._b_addr_)
        if addr is None:
            raise ValueError("NULL pointer access")
        return _view(self._target(), addr, self)

    @contents.setter
    def contents(self, value):
        t = self._target()
        if not isinstance(value, t):
            raise TypeError("expected %s instead of %s" % (t.__name__, type(value).__name__))
        _ffi_write("P", self._b_addr_, value._b_addr_)
        _keep(self, value)

    def __getitem__(self, i):
        t = self._target()
        addr = _ffi_read("P", self._b_addr_)
        if addr is None:
            raise ValueError("NULL pointer access")
        if isinstance(i, slice):
            if i.stop is None:
                raise ValueError("slice stop is required")
            items = [self[k] for k in range(*i.indices(i.stop))]
            code = _info(t).code if _is_plain_simple(t) else None
            if code == "c":
                return b"".join(items)
            return "".join(items) if code == "u" else items
        return _get(t, addr + i * _info(t).size, self)

    def __setitem__(self, i, v):
        t = self._target()
        addr = _ffi_read("P", self._b_addr_)
        if addr is None:
            raise ValueError("NULL pointer access")
        _set(t, addr + i * _info(t).size, v, self)

    def __bool__(self):
        return _ffi_read("P", self._b_addr_) is not None


def POINTER(cls):
    t = _pointer_type_cache.get(cls)
    if t is not None:
        return t
    if isinstance(cls, str):
        t = PyCPointerType("LP_%s" % cls, (_Pointer,), {})
        _pointer_type_cache[id(t)] = t
        return t
    t = PyCPointerType("LP_%s" % cls.__name__, (_Pointer,), {"_type_": cls})
    _pointer_type_cache[cls] = t
    return t


def pointer(obj):
    return POINTER(type(obj))(obj)


class CArgObject:
    """What byref() returns: the address of an instance (plus an offset), for calls."""

    def __init__(self, obj, offset):
        self._obj = obj
        self._addr = obj._b_addr_ + offset

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % self._addr


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'"
                        % type(obj).__name__)
    return CArgObject(obj, offset)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._b_addr_


def _type_of(obj):
    if _is_ctype(obj):
        return obj
    if isinstance(obj, _CData):
        return type(obj)
    raise TypeError("this type has no size")


def sizeof(obj):
    if isinstance(obj, _CData) and "_b_size_" in obj.__dict__:  # resized
        return obj._b_size_
    return _info(_type_of(obj)).size


def alignment(obj):
    return _info(_type_of(obj)).align


def resize(obj, size):
    if size < _info(type(obj)).size:
        raise ValueError("minimum size is %d" % _info(type(obj)).size)
    if obj._b_mem_ is None:
        raise ValueError("Memory cannot be resized because this object doesn't own it")
    mem = _ffi_alloc(size)
    addr = _ffi_mem_addr(mem)
    _ffi_memmove(addr, obj._b_addr_, _info(type(obj)).size)
    obj._b_mem_, obj._b_addr_, obj._b_size_ = mem, addr, size


def dlopen(name, mode=RTLD_LOCAL):
    return _ffi_dlopen(name, mode)


def _cast_impl(addr, obj, typ):
    if not (_is_ctype(typ) and (isinstance(typ, PyCPointerType) or isinstance(typ, PyCFuncPtrType)
                                or _info(typ).kind == "simple" and _info(typ).code in "zZP")):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % typ.__name__)
    result = typ.__new__(typ)
    _ffi_write("P", result._b_addr_, addr or 0)
    if isinstance(obj, _CData):
        _keep(result, obj)
    return result


def _string_at_impl(addr, size):
    return _ffi_string_at(addr, size)


def _wstring_at_impl(addr, size):
    return _ffi_wstring_at(addr, size)


# cast, string_at and wstring_at run here in Python: their "addresses" only name them.
_cast_addr, _string_at_addr, _wstring_at_addr = 1, 2, 3
_PY_FUNCS = {_cast_addr: _cast_impl, _string_at_addr: _string_at_impl,
             _wstring_at_addr: _wstring_at_impl}


def _default_arg(a, i):
    """A call argument without argtypes, as ctypes converts it."""
    if isinstance(a, (_CData, CArgObject)):
        return a
    if a is None:
        return c_void_p(None)
    if isinstance(a, bool) or isinstance(a, int):
        return c_int(a)
    if isinstance(a, bytes):
        return c_char_p(a)
    if isinstance(a, str):
        return c_wchar_p(a)
    as_param = getattr(a, "_as_parameter_", None)
    if as_param is not None:
        return _default_arg(as_param, i)
    raise ArgumentError("argument %d: TypeError: Don't know how to convert parameter %d"
                        % (i + 1, i + 1))


def _as_c_arg(v, declared):
    """(libffi type, address of the C value) for a converted argument; the caller keeps v."""
    if isinstance(v, CArgObject):
        holder = c_void_p(v._addr)
        return _info(c_void_p).ffi, holder._b_addr_, holder
    if v is None:
        holder = c_void_p(None)
        return _info(c_void_p).ffi, holder._b_addr_, holder
    if isinstance(v, Array):  # arrays pass as a pointer to their first element
        holder = c_void_p(v._b_addr_)
        return _info(c_void_p).ffi, holder._b_addr_, holder
    if declared is not None and _info(declared).kind in ("pointer", "func") or \
            declared is not None and _info(declared).kind == "simple" and \
            _info(declared).code in "zZP":
        if not isinstance(v, _CData) or _info(type(v)).kind not in ("pointer", "func", "simple"):
            p = _pointer_value(v)
            holder = c_void_p(p)
            return _info(c_void_p).ffi, holder._b_addr_, holder
    if not isinstance(v, _CData):
        if declared is None:
            raise TypeError("wrong type")
        v = declared(v)
    return _info(type(v)).ffi, v._b_addr_, v


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    _flags_ = FUNCFLAG_CDECL
    _restype_ = None
    _argtypes_ = None

    def __init__(self, *args):
        self._argtypes = None
        self._restype = None
        self._errcheck = None
        self._callback = None
        self._py = None
        if not args:
            return
        a = args[0]
        if isinstance(a, int):
            addr = a
            self._py = _PY_FUNCS.get(a)
        elif isinstance(a, tuple):
            name, dll = a[0], a[1]
            if isinstance(name, int):
                raise TypeError("function ordinals are not supported")
            addr = _ffi_dlsym(dll._handle, name)
            self.__name__ = name
        elif callable(a):
            self._py_callable = a
            self._callback = _ffi_callback(self._ffi_restype(), self._ffi_argtypes(True),
                                           self._thunk)
            addr = _ffi_callback_addr(self._callback)
        else:
            raise TypeError("argument must be callable or integer function address")
        _ffi_write("P", self._b_addr_, addr)

    def _ffi_restype(self):
        r = self.restype
        return None if r is None or not _is_ctype(r) else _info(r).ffi

    def _ffi_argtypes(self, required=False):
        ts = self.argtypes
        if ts is None:
            if required:
                return []
            return None
        return [_info(t).ffi for t in ts]

    def _thunk(self, resaddr, *argaddrs):
        args = []
        for t, addr in zip(self.argtypes or (), argaddrs):
            if _info(t).kind == "simple" and _is_plain_simple(t):
                args.append(_ffi_read(_info(t).code, addr))
            else:
                v = t.__new__(t)
                _ffi_memmove(v._b_addr_, addr, _info(t).size)
                args.append(v)
        result = self._py_callable(*args)
        r = self.restype
        if r is not None and _is_ctype(r):
            _set(r, resaddr, result if result is not None else 0, None)

    @property
    def argtypes(self):
        return self._argtypes if self._argtypes is not None else type(self)._argtypes_

    @argtypes.setter
    def argtypes(self, ts):
        if ts is None:
            self._argtypes = None
            return
        ts = tuple(ts)
        for i, t in enumerate(ts):
            if not hasattr(t, "from_param"):
                raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
        self._argtypes = ts

    def _result_type(self):
        """The effective restype: None for void."""
        if self._restype is _NO_RESULT:
            return None
        return self._restype if self._restype is not None else type(self)._restype_

    @property
    def restype(self):
        return self._result_type()

    @restype.setter
    def restype(self, t):
        if t is not None and not _is_ctype(t) and not callable(t):
            raise TypeError("restype must be a type, a callable, or None")
        self._restype = t if t is not None else _NO_RESULT

    @property
    def errcheck(self):
        return self._errcheck

    @errcheck.setter
    def errcheck(self, f):
        if f is not None and not callable(f):
            raise TypeError("the errcheck attribute must be callable")
        self._errcheck = f

    def __call__(self, *args):
        argtypes = self.argtypes or ()
        if len(args) < len(argtypes):
            raise TypeError("this function takes at least %d argument%s (%d given)"
                            % (len(argtypes), "" if len(argtypes) == 1 else "s", len(args)))
        converted = []
        for i, a in enumerate(args):
            if i < len(argtypes):
                try:
                    converted.append(argtypes[i].from_param(a))
                except Exception as e:
                    raise ArgumentError("argument %d: %s: %s"
                                        % (i + 1, type(e).__name__, e)) from None
            else:
                converted.append(_default_arg(a, i))
        if self._py is not None:
            return self._py_call(converted)
        ffitypes, addrs, keep = [], [], []
        for i, v in enumerate(converted):
            declared = argtypes[i] if i < len(argtypes) else None
            try:
                ft, addr, holder = _as_c_arg(v, declared)
            except TypeError as e:
                raise ArgumentError("argument %d: TypeError: %s" % (i + 1, e)) from None
            ffitypes.append(ft)
            addrs.append(addr)
            keep.append(holder)
        restype = self._result_type()
        rtype = restype if _is_ctype(restype) else None if restype is None else c_int
        result = rtype.__new__(rtype) if rtype is not None else None
        flags = type(self)._flags_
        nfixed = len(argtypes) if self.argtypes is not None else len(args)
        fn = _ffi_read("P", self._b_addr_)
        if fn is None:
            raise ValueError("NULL function pointer called")
        _ffi_call(fn, _info(rtype).ffi if rtype is not None else None, ffitypes,
                  min(nfixed, len(args)), addrs, result._b_addr_ if result is not None else 0,
                  bool(flags & FUNCFLAG_USE_ERRNO))
        value = None
        if result is not None:
            value = result.value if _info(rtype).kind == "simple" and _is_plain_simple(rtype) \
                else result
        if restype is not None and not _is_ctype(restype):
            value = restype(value)
        if self._errcheck is not None:
            value = self._errcheck(value, self, args)
        return value

    def _py_call(self, converted):
        """cast, string_at, wstring_at: pointers as addresses, other arguments as values."""
        vals = []
        for v in converted:
            if isinstance(v, _SimpleCData) and _info(type(v)).code not in "zZP":
                vals.append(v.value)
            else:
                vals.append(_pointer_value(v) if v is not None else None)
        return self._py(*vals)

    def __bool__(self):
        return _ffi_read("P", self._b_addr_) is not None

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))


class _NoResult:
    """What an explicit restype = None stores: the function returns void."""


_NO_RESULT = _NoResult


# The fundamental types the conversions above use (ctypes/__init__.py defines its own, alike).
class _c_int(_SimpleCData):
    _type_ = "i"


class _c_void_p(_SimpleCData):
    _type_ = "P"


class _c_char_p(_SimpleCData):
    _type_ = "z"


class _c_wchar_p(_SimpleCData):
    _type_ = "Z"


c_int, c_void_p, c_char_p, c_wchar_p = _c_int, _c_void_p, _c_char_p, _c_wchar_p
