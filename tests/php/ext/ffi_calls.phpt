--TEST--
FFI: calling libc and libm functions (fixed and variadic arguments, out-parameters, callbacks)
--INI--
extension=ffi
ffi.enable=1
--FILE--
<?php
$libc = FFI::cdef("
    typedef unsigned long size_t;
    size_t strlen(const char *s);
    const char *strerror(int errnum);
    char *getenv(const char *name);
    int abs(int j);
    long labs(long j);
    long strtol(const char *nptr, char **endptr, int base);
    int snprintf(char *str, size_t size, const char *format, ...);
    int atoi(const char *s);
    void *memcpy(void *dest, const void *src, size_t n);
    int strcmp(const char *a, const char *b);
    char *strchr(const char *s, int c);
    void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
", "libc.so.6");
$libm = FFI::cdef("double cos(double x); double pow(double x, double y); float sqrtf(float x);",
                  "libm.so.6");

var_dump($libc->strlen("hello, world"));
var_dump($libc->strlen(""));
var_dump($libc->abs(-42), $libc->labs(-9000000000));
var_dump($libc->atoi("  123abc"));
var_dump($libc->strcmp("abc", "abd") < 0);
var_dump($libm->cos(0.0), $libm->pow(2.0, 10.0), $libm->pow(2, 0.5));
var_dump($libm->sqrtf(2.0));

$end = FFI::new("char*");
var_dump($libc->strtol("0x1fZZ", FFI::addr($end), 16));
var_dump(FFI::string($end));
var_dump($libc->strtol("-777", null, 8));

$buf = FFI::new("char[64]");
$n = $libc->snprintf($buf, 64, "%d|%s|%.3f|%x", 42, "str", 3.14159, 255);
var_dump($n, FFI::string($buf));
var_dump(FFI::string($buf, 2));

$p = $libc->strchr("find the x here", ord("x"));
var_dump(FFI::string($p));
var_dump($libc->strchr("abc", ord("z")));

$src = FFI::new("int[4]");
$dst = FFI::new("int[4]");
for ($i = 0; $i < 4; $i++) $src[$i] = ($i + 1) * 11;
$libc->memcpy($dst, $src, FFI::sizeof($src));
echo implode(",", [$dst[0], $dst[1], $dst[2], $dst[3]]), "\n";

$arr = FFI::new("int[8]");
foreach ([5, -3, 17, 0, 8, -12, 4, 1] as $i => $v) $arr[$i] = $v;
$calls = 0;
$libc->qsort($arr, count($arr), FFI::sizeof(FFI::type("int")), function ($a, $b) use (&$calls) {
    $calls++;
    $x = FFI::cast("int*", $a)[0];
    $y = FFI::cast("int*", $b)[0];
    return $x <=> $y;
});
$out = [];
foreach ($arr as $v) $out[] = $v;
echo implode(" ", $out), "\n";
var_dump($calls > 0);
var_dump($libc->strerror(2));
var_dump($libc->getenv("PYHYP_SURELY_UNSET_VARIABLE"));
--EXPECT--
int(12)
int(0)
int(42)
int(9000000000)
int(123)
bool(true)
float(1)
float(1024)
float(1.4142135623730951)
float(1.4142135381698608)
int(31)
string(2) "ZZ"
int(-511)
int(15)
string(15) "42|str|3.142|ff"
string(2) "42"
string(6) "x here"
NULL
11,22,33,44
-12 -3 0 1 4 5 8 17
bool(true)
string(25) "No such file or directory"
NULL
