## phpvm/local.mk: the PHP 8.2 virtual machine, phpvm/libphpvm.a (ARCHITECTURE.md section 4).
## Sources are grouped by job. The front end (source bytes -> tokens -> AST: lexer and parser
## groups) depends only on runtime/arena (no GC), so its tools link PHPVM_FRONTEND_LIBS alone.

noinst_LIBRARIES += phpvm/libphpvm.a
phpvm_libphpvm_a_SOURCES = phpvm/phpvm.h $(phpvm_lexer_sources) $(phpvm_parser_sources) \
    $(phpvm_vm_sources) $(phpvm_ext_sources)
PHPVM_FRONTEND_LIBS = phpvm/libphpvm.a runtime/libruntime.a

## lexer: PHP's token stream (token_get_all's), strings, heredocs, numbers
phpvm_lexer_sources = phpvm/token.def phpvm/lexer.h phpvm/lexer.c phpvm/lexer_number.c \
    phpvm/lexer_string.c

## parser: the PHP 8.2 grammar, the AST (php-ast's kinds), PHP's parse errors, the AST dump
phpvm_parser_sources = phpvm/ast.def phpvm/ast_flags.def phpvm/ast.h phpvm/ast.c phpvm/ast_dump.c \
    phpvm/parse_error.h phpvm/parse_error.c phpvm/parser.h phpvm/parse.c phpvm/parse_stmt.c \
    phpvm/parse_expr.c phpvm/parse_class.c

EXTRA_DIST += tools/gen-html5-entities
EXTRA_DIST += tools/phplex-oracle tools/phpast-oracle tools/check-phplex tools/check-phpparse \
    tools/record-phpparse

## the VM: values, operators, arrays, classes, calls, the compiler (AST -> bytecode of ops.def),
## the interpreter (interp.c over handlers.inc and jhandlers.inc, whose recorder build is
## record.c), running files (run.c)
phpvm_vm_sources = phpvm/vm.h phpvm/ops.def phpvm/ops.h phpvm/ops.c phpvm/value.c \
    phpvm/operators.c phpvm/array.c phpvm/class.c phpvm/class_trait.c phpvm/enum.c \
    phpvm/class_check.c \
    phpvm/closure.c phpvm/exc.c phpvm/call.c phpvm/access.c phpvm/foreign.c \
    phpvm/compile.h phpvm/compile.c phpvm/compile_expr.c phpvm/compile_stmt.c \
    phpvm/compile_export.c phpvm/interp.h \
    phpvm/interp.c phpvm/handlers.inc phpvm/helpers.def phpvm/jhandlers.inc phpvm/record.c \
    phpvm/gen.c phpvm/include.c phpvm/run.c \
    phpvm/output.c phpvm/request.c phpvm/resource.c phpvm/dtor.c phpvm/weak.c \
    phpvm/fiber.c \
    phpvm/tick.c

## builtin functions, grouped by extension
phpvm_ext_sources = phpvm/ext/standard/args.c phpvm/ext/standard/var.c \
    phpvm/ext/standard/string.c phpvm/ext/standard/string_similar.c \
    phpvm/ext/standard/string_chars.c phpvm/ext/standard/url.c \
    phpvm/ext/standard/html.c phpvm/ext/standard/rand.c phpvm/ext/standard/pack.c \
    phpvm/ext/standard/info.c phpvm/ext/standard/userwrap.c phpvm/ext/standard/array.c phpvm/ext/standard/array_set.c \
    phpvm/ext/standard/array_user.c \
    phpvm/ext/standard/math.c \
    phpvm/ext/standard/func.c phpvm/ext/standard/file.c phpvm/ext/standard/scope.c \
    phpvm/ext/standard/output.c phpvm/ext/standard/header.c phpvm/ext/standard/error.c \
    phpvm/ext/standard/var.h phpvm/ext/standard/var_spl.c phpvm/ext/standard/serialize.c phpvm/ext/standard/unserialize.c \
    phpvm/ext/standard/stream.c phpvm/ext/standard/dir.c phpvm/ext/standard/engine.c \
    $(phpvm_std_sources) \
    $(phpvm_pcre_sources) $(phpvm_json_sources) \
    phpvm/ext/ctype/ctype.c $(phpvm_spl_sources) phpvm/ext/hash/hash.c phpvm/ext/curl/curl.c \
    phpvm/ext/hash/checksum.h phpvm/ext/hash/checksum.c \
    $(phpvm_ffi_sources) phpvm/ext/curl/curl.h phpvm/ext/curl/http.c phpvm/ext/curl/multi.c \
    $(phpvm_date_sources) phpvm/ext/mbstring/mbstring.c phpvm/ext/filter/filter.c \
    phpvm/ext/mbstring/mbregex.c phpvm/ext/mbstring/mbchars.h phpvm/ext/mbstring/mbentity.c \
    phpvm/ext/intl/normalizer.c phpvm/ext/tokenizer/tokenizer.c \
    $(phpvm_reflection_sources) \
    phpvm/ext/zlib/zlib.c \
    phpvm/ext/zlib/context.c

## ext/reflection: ReflectionClass and its kin over the VM's class and function tables
phpvm_reflection_sources = phpvm/ext/reflection/reflection.h \
    phpvm/ext/reflection/reflection.c \
    phpvm/ext/reflection/function.c \
    phpvm/ext/reflection/attribute.c

## ext/standard's codecs, scanning, passwords, program execution, ini parsing and stream
## filters, one file a line
phpvm_std_sources = \
    phpvm/ext/standard/stdext.h \
    phpvm/ext/standard/stream.h \
    phpvm/ext/standard/codec.c \
    phpvm/ext/standard/scanf.c \
    phpvm/ext/standard/password.c \
    phpvm/ext/standard/exec.c \
    phpvm/ext/standard/proc.c \
    phpvm/ext/standard/html5_entities.inc \
    phpvm/ext/standard/ini.c \
    phpvm/ext/standard/filter.c \
    phpvm/ext/standard/userfilter.c \
    phpvm/ext/standard/dataurl.c \
    phpvm/ext/standard/context.c \
    phpvm/ext/standard/streamopt.c \
    phpvm/ext/standard/socket.c \
    phpvm/ext/standard/network.c \
    phpvm/ext/standard/connection.c

## ext/date: calendar and tzdata zones, date()'s formatter, the strtotime() parser, the
## functions and the DateTime classes
phpvm_date_sources = phpvm/ext/date/date.h phpvm/ext/date/tz.c phpvm/ext/date/format.c \
    phpvm/ext/date/parse.c phpvm/ext/date/date.c phpvm/ext/date/datetime.c \
    phpvm/ext/date/strftime.c

## ext/spl: ArrayObject/ArrayIterator, SplDoublyLinkedList/SplQueue/SplStack, SplObjectStorage,
## SplFixedArray, heaps, iterators, files, iterator functions
phpvm_spl_sources = \
    phpvm/ext/spl/spl.h \
    phpvm/ext/spl/spl.c \
    phpvm/ext/spl/autoload.c \
    phpvm/ext/spl/arrayobject.c \
    phpvm/ext/spl/dllist.c \
    phpvm/ext/spl/storage.c \
    phpvm/ext/spl/serializable.c \
    phpvm/ext/spl/fixedarray.c \
    phpvm/ext/spl/heap.c \
    phpvm/ext/spl/iterators.c \
    phpvm/ext/spl/recursive.c \
    phpvm/ext/spl/fileinfo.c \
    phpvm/ext/spl/fileobject.c

## ext/pcre on PCRE2 (and its JIT): the pattern cache, scans, preg_* functions
phpvm_pcre_sources = phpvm/ext/pcre/pcre.h phpvm/ext/pcre/cache.c phpvm/ext/pcre/match.c \
    phpvm/ext/pcre/preg.c phpvm/ext/pcre/replace.c
## ext/ffi: PHP's FFI on runtime/ffi (the C declaration parser, CData, the FFI class)
phpvm_ffi_sources = phpvm/ext/ffi/ffi.h phpvm/ext/ffi/cdecl.c phpvm/ext/ffi/cdata.c \
    phpvm/ext/ffi/ffi.c
## ext/json: json_encode/json_decode (PHP's own encoder and parser)
phpvm_json_sources = phpvm/ext/json/json.h phpvm/ext/json/encode.c phpvm/ext/json/decode.c \
    phpvm/ext/json/json.c
phpvm_libphpvm_a_CFLAGS = $(AM_CFLAGS) $(PCRE2_CFLAGS) $(LIBCRYPTO_CFLAGS) $(ZLIB_CFLAGS) \
    $(LIBCURL_CFLAGS) $(LIBFFI_CFLAGS) $(ICU_CFLAGS) $(LIBXCRYPT_CFLAGS) $(ONIG_CFLAGS) \
    $(ARGON2_CFLAGS) $(XXHASH_CFLAGS)
## what a program linking the whole VM adds (the extensions' libraries)
PHPVM_LIBS = phpvm/libphpvm.a $(PCRE2_LIBS) $(LIBCRYPTO_LIBS) $(ZLIB_LIBS) $(LIBCURL_LIBS) \
    $(ICU_LIBS) $(LIBXCRYPT_LIBS) $(ONIG_LIBS) $(ARGON2_LIBS) $(XXHASH_LIBS)
