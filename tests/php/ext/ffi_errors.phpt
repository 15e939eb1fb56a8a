--TEST--
FFI: FFI\Exception and FFI\ParserException messages
--INI--
extension=ffi
ffi.enable=1
--FILE--
<?php
function t($f) {
    try {
        $f();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$ffi = FFI::cdef("size_t strlen(const char *s); int abs(int); struct point { int x, y; };
                  int snprintf(char *s, size_t n, const char *f, ...);");
t(fn() => FFI::cdef("foo bar;"));
t(fn() => FFI::cdef("int x[;"));
t(fn() => FFI::cdef("int foo("));
t(fn() => FFI::cdef("struct { int x; int x; };"));
t(fn() => FFI::new("struct nope"));
t(fn() => FFI::new("nope_t"));
t(fn() => FFI::new("void"));
t(fn() => FFI::cdef("int no_such_function_here(void);"));
t(fn() => FFI::cdef("int x;", "libdoes-not-exist.so"));
t(fn() => $ffi->abs());
t(fn() => $ffi->abs(1, 2));
t(fn() => $ffi->snprintf());
t(fn() => $ffi->strlen(5));
t(fn() => $ffi->nothere());
t(fn() => FFI::new("int")->nope);
t(fn() => FFI::new("int")[0]);
t(fn() => $ffi->new("struct point")->z);
t(fn() => $ffi->new("struct point")->z = 1);
t(fn() => $ffi->new("struct point")[0]);
t(fn() => FFI::new("int[2]")[2]);
t(fn() => FFI::new("int[2]")[-1] = 1);
t(fn() => FFI::new("int[2]")->x);
t(fn() => FFI::cast("int64_t", FFI::new("int")));
t(fn() => FFI::isNull(FFI::new("int")));
t(fn() => FFI::new("int")->cdata = "str");
t(fn() => FFI::sizeof(1));
var_dump(is_subclass_of("FFI\\ParserException", "FFI\\Exception")
         && is_subclass_of("FFI\\Exception", "Error"));
--EXPECT--
FFI\ParserException: Undefined C type "foo" at line 1
FFI\ParserException: unexpected ';' at line 1
FFI\ParserException: ')' expected, got '<EOF>' at line 1
FFI\ParserException: Duplicate field name "x" at line 1
FFI\ParserException: Incomplete struct "nope" at line 1
FFI\ParserException: Undefined C type "nope_t" at line 1
FFI\ParserException: void type is not allowed at line 1
FFI\Exception: Failed resolving C function 'no_such_function_here'
FFI\Exception: Failed loading 'libdoes-not-exist.so'
FFI\Exception: Incorrect number of arguments for C function 'abs', expecting exactly 1 parameter
FFI\Exception: Incorrect number of arguments for C function 'abs', expecting exactly 1 parameter
FFI\Exception: Incorrect number of arguments for C function 'snprintf', expecting at least 3 parameters
FFI\Exception: Passing incompatible argument 1 of C function 'strlen', expecting 'char*', found PHP 'int'
FFI\Exception: Attempt to call undefined C function 'nothere'
FFI\Exception: Only 'cdata' property may be read
Error: Cannot use object of type FFI\CData as array
FFI\Exception: Attempt to read undefined field 'z' of C struct/union
FFI\Exception: Attempt to assign undefined field 'z' of C struct/union
FFI\Exception: Attempt to read element of non C array
FFI\Exception: C array index out of bounds
FFI\Exception: C array index out of bounds
FFI\Exception: Attempt to read field 'x' of non C struct/union
FFI\Exception: attempt to cast to larger type
FFI\Exception: FFI\Cdata is not a pointer
no exception
TypeError: FFI::sizeof(): Argument #1 ($ptr) must be of type FFI\CData or FFI\CType, int given
bool(true)
