## pyvm/local.mk: Python 3.11, pyvm/libpyvm.a. So far the front end: tokenizer, parser, AST,
## syntax errors, ast.dump (ARCHITECTURE.md section 4). It needs only the arena of runtime/,
## GMP (big integer reprs in ast.dump) and ICU (Unicode identifiers, \N{...}, printability).

noinst_LIBRARIES += pyvm/libpyvm.a
pyvm_libpyvm_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS) $(ICU_CFLAGS) $(LIBCRYPTO_CFLAGS) $(ZLIB_CFLAGS)
pyvm_libpyvm_a_SOURCES = pyvm/pyvm.h $(pyvm_frontend_sources) $(pyvm_interp_sources)
PYVM_LIBS = pyvm/libpyvm.a jit/libjit.a $(ICU_LIBS) $(LIBCRYPTO_LIBS) $(ZLIB_LIBS)

## front end: source bytes -> tokens -> AST, or a syntax error in CPython's terms
pyvm_frontend_sources = pyvm/token.def pyvm/tokenizer.h pyvm/tokenizer.c \
    pyvm/unicode.h pyvm/unicode.c pyvm/syntax_error.h pyvm/syntax_error.c \
    pyvm/ast.def pyvm/ast.h pyvm/ast.c pyvm/ast_dump.c pyvm/mangle.c \
    pyvm/parser.h pyvm/parser.c pyvm/parse_stmt.c pyvm/parse_expr.c pyvm/parse_args.c \
    pyvm/parse_target.c pyvm/parse_pattern.c pyvm/fstring.c pyvm/strlit.c

## interpreter: object model on runtime/, compiler (symtable, AST -> bytecode), the dispatch loop,
## builtins and native modules (ARCHITECTURE.md section 4)
pyvm_interp_sources = pyvm/object.h pyvm/names.def pyvm/code.h pyvm/ops.def pyvm/handlers.inc \
    pyvm/interp.h pyvm/helpers.def pyvm/jhandlers.inc pyvm/record.c \
    pyvm/object.c pyvm/obj_type.c pyvm/obj_super.c pyvm/obj_func.c pyvm/obj_int.c pyvm/obj_str.c pyvm/strfmt.c \
    pyvm/obj_list.c pyvm/obj_list_sort.c pyvm/obj_dict.c pyvm/obj_gen.c pyvm/obj_exc.c pyvm/obj_excgroup.c pyvm/obj_oserror.c pyvm/obj_wrap.c pyvm/obj_namespace.c \
    pyvm/obj_generic.c pyvm/obj_longrange.c \
    pyvm/obj_bytearray.c pyvm/obj_strtrans.c pyvm/obj_strcase.c pyvm/obj_codec.c pyvm/obj_complex.c pyvm/obj_instdict.c pyvm/obj_mappingproxy.c pyvm/obj_slots.c pyvm/obj_reduce.c pyvm/obj_del.c pyvm/builtins.c pyvm/builtins_eval.c pyvm/module.c \
    pyvm/import.c $(pyvm_module_sources) pyvm/symtable.h pyvm/symtable.c \
    pyvm/compile.h pyvm/compile.c pyvm/compile_expr.c pyvm/compile_match.c pyvm/compile_warn.c pyvm/interp.c \
    pyvm/dis.c pyvm/run.c

## native modules the standard library needs (pyvm/modules/modules.h)
pyvm_module_sources = pyvm/modules/modules.h pyvm/modules/structseq.c pyvm/modules/mod_builtins.c pyvm/modules/mod_sys.c \
    pyvm/modules/mod_math.c \
    pyvm/modules/mod_time.c pyvm/modules/mod_weakref.c \
    pyvm/modules/mod_itertools.c pyvm/modules/mod_thread.c \
    pyvm/modules/mod_collections.c pyvm/modules/mod_posix.c pyvm/modules/sre.h \
    pyvm/modules/sre_engine.c pyvm/modules/mod_sre.c pyvm/modules/mod_codecs.c \
    pyvm/modules/mod_string.c pyvm/modules/mod_io.c \
    pyvm/modules/mod_errno.c pyvm/modules/mod_ast.c pyvm/modules/mod_atexit.c pyvm/modules/mod_operator.c \
    pyvm/modules/mod_struct.c pyvm/modules/mod_binascii.c pyvm/modules/mod_contextvars.c \
    pyvm/modules/mod_random.c pyvm/modules/mod_sha512.c pyvm/modules/mod_imp.c \
    pyvm/modules/mod_warnings.c pyvm/modules/mod_marshal.c pyvm/modules/mod_signal.c \
    pyvm/modules/mod_hashlib.c pyvm/modules/mod_blake2.c pyvm/modules/mod_gc.c pyvm/modules/mod_csv.c \
    pyvm/modules/mod_ctypes.c pyvm/modules/mod_zlib.c pyvm/modules/keep.c \
    pyvm/modules/mod_heapq.c pyvm/modules/mod_bisect.c \
    pyvm/modules/mod_cmath.c pyvm/modules/cmath_special.inc \
    pyvm/modules/mod_stat.c \
    pyvm/modules/mod_functools.c \
    pyvm/modules/mod_abc.c \
    pyvm/modules/mod_json.c \
    pyvm/modules/mod_subprocess.c \
    pyvm/modules/mod_select.c \
    pyvm/modules/netaddr.h pyvm/modules/mod_socket.c pyvm/modules/mod_socket_net.c \
    pyvm/modules/mod_array.c \
    pyvm/modules/mod_unicodedata.c \
    pyvm/modules/mod_hashes.c
nodist_pyvm_libpyvm_a_SOURCES = pyvm/modules/ctypes_layer.c \
    pyvm/modules/thread_local.c

## _ctypes's class layer is Python source embedded as a C string (mod_ctypes.c)
pyvm/modules/ctypes_layer.c: $(srcdir)/pyvm/modules/ctypes_layer.py $(srcdir)/tools/embed-source
	$(AM_V_GEN)$(MKDIR_P) pyvm/modules && \
	    $(PYTHON3) $(srcdir)/tools/embed-source pyvm_mod_ctypes_layer \
	    $(srcdir)/pyvm/modules/ctypes_layer.py > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += pyvm/modules/ctypes_layer.c
CLEANFILES += pyvm/modules/ctypes_layer.c
EXTRA_DIST += pyvm/modules/ctypes_layer.py tools/embed-source tools/gen-cmath-special

## _thread._local is Python source embedded the same way (mod_thread.c)
pyvm/modules/thread_local.c: $(srcdir)/pyvm/modules/thread_local.py $(srcdir)/tools/embed-source
	$(AM_V_GEN)$(MKDIR_P) pyvm/modules && \
	    $(PYTHON3) $(srcdir)/tools/embed-source pyvm_mod_thread_local \
	    $(srcdir)/pyvm/modules/thread_local.py > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += pyvm/modules/thread_local.c
CLEANFILES += pyvm/modules/thread_local.c
EXTRA_DIST += pyvm/modules/thread_local.py
