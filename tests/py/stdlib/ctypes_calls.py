# ctypes: calling libc and libm (argtypes, restype, errcheck, variadic, out-parameters,
# structures by value and by reference) and Python callbacks through CFUNCTYPE
from ctypes import *
import ctypes

libc = CDLL("libc.so.6")
libm = CDLL("libm.so.6")
print(libc.strlen(b"hello, world"), libc.abs(-42), libc.atoi(b"  123abc"))

libm.cos.argtypes = [c_double]
libm.cos.restype = c_double
libm.pow.argtypes = (c_double, c_double)
libm.pow.restype = c_double
print(libm.cos(0.0), libm.pow(2, 10), libm.pow(2.0, 0.5))
print(libm.cos.restype.__name__, [t.__name__ for t in libm.pow.argtypes])
libm.sqrtf.argtypes = [c_float]
libm.sqrtf.restype = c_float
print(libm.sqrtf(2.0))

libc.labs.argtypes = [c_long]
libc.labs.restype = c_long
print(libc.labs(-9000000000))

strtol = libc.strtol
strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
strtol.restype = c_long
end = c_char_p()
print(strtol(b"0x1fZZ", byref(end), 16), end.value)
print(strtol(b"-777", None, 8))

buf = create_string_buffer(64)
n = libc.snprintf(buf, sizeof(buf), b"%d|%s|%.3f|%x|%ld", 42, b"str", c_double(3.14159), 255,
                  c_long(1 << 40))
print(n, buf.value)

libc.strchr.restype = c_char_p
print(libc.strchr(b"find the x here", ord("x")))
print(libc.strchr(b"abc", ord("z")))
libc.getenv.restype = c_char_p
print(libc.getenv(b"PYHYP_SURELY_UNSET_VARIABLE"))

libc.strcmp.argtypes = [c_char_p, c_char_p]
print(libc.strcmp(b"abc", b"abd") < 0, libc.strcmp(b"b", b"a") > 0)
try:
    libc.strcmp(1, b"x")
except ArgumentError as e:
    print("ArgumentError:", e)
try:
    libc.strlen(1.5)
except ArgumentError as e:
    print("ArgumentError:", e)
try:
    libc.no_such_function_pyhyp
except AttributeError as e:
    print("AttributeError")

class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
libc.div.argtypes = [c_int, c_int]
libc.div.restype = div_t
d = libc.div(17, 5)
print(type(d).__name__, d.quot, d.rem)

class tm(Structure):
    _fields_ = [("tm_sec", c_int), ("tm_min", c_int), ("tm_hour", c_int), ("tm_mday", c_int),
                ("tm_mon", c_int), ("tm_year", c_int), ("tm_wday", c_int), ("tm_yday", c_int),
                ("tm_isdst", c_int), ("tm_gmtoff", c_long), ("tm_zone", c_char_p)]
libc.timegm.argtypes = [POINTER(tm)]
libc.timegm.restype = c_long
t = tm(tm_sec=30, tm_min=15, tm_hour=12, tm_mday=2, tm_mon=0, tm_year=100)
print(libc.timegm(byref(t)), libc.timegm(pointer(t)))
out = tm()
libc.gmtime_r.argtypes = [POINTER(c_long), POINTER(tm)]
libc.gmtime_r.restype = POINTER(tm)
r = libc.gmtime_r(byref(c_long(86400 * 365)), out)
print(out.tm_year, out.tm_yday, out.tm_mday, r.contents.tm_year, bool(r))

def errcheck(result, func, args):
    if result < 0:
        raise ValueError("negative result from %s" % func.__name__)
    return result * 2
libc.atoi.errcheck = errcheck
print(libc.atoi(b"21"))
try:
    libc.atoi(b"-1")
except ValueError as e:
    print("ValueError:", e)

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]
cmp = CMPFUNC(py_cmp)
arr = (c_int * 8)(5, -3, 17, 0, 8, -12, 4, 1)
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMPFUNC]
libc.qsort.restype = None
libc.qsort(arr, len(arr), sizeof(c_int), cmp)
print(list(arr), len(calls) > 0)

@CFUNCTYPE(c_int, c_void_p, c_void_p)
def desc(a, b):
    x = cast(a, POINTER(c_int)).contents.value
    y = cast(b, POINTER(c_int)).contents.value
    return (x < y) - (x > y)
libc.qsort.argtypes = None
libc.qsort(arr, 8, 4, desc)
print(list(arr))
DOUBLER = CFUNCTYPE(c_double, c_double)
f = DOUBLER(lambda x: x * 2.5)
print(f(4.0))

libc.memcpy.restype = c_void_p
src = (c_int * 3)(7, 8, 9)
dst = (c_int * 3)()
libc.memcpy(dst, src, sizeof(src))
print(list(dst))
errno_libc = CDLL("libc.so.6", use_errno=True)
set_errno(0)
errno_libc.strtol(b"99999999999999999999999", None, 10)
print(get_errno() == 34)
print(ctypes.string_at(libc.strchr(b"tail", ord("a"))))
