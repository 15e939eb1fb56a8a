## pyvm/local.mk: Python 3.11, pyvm/libpyvm.a. So far the front end: tokenizer, parser, AST,
## syntax errors, ast.dump (ARCHITECTURE.md section 4). It needs only the arena of runtime/,
## GMP (big integer reprs in ast.dump) and ICU (Unicode identifiers, \N{...}, printability).

noinst_LIBRARIES += pyvm/libpyvm.a
pyvm_libpyvm_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS) $(ICU_CFLAGS)
pyvm_libpyvm_a_SOURCES = pyvm/pyvm.h $(pyvm_frontend_sources) $(pyvm_interp_sources)
PYVM_LIBS = pyvm/libpyvm.a jit/libjit.a $(ICU_LIBS)

## front end: source bytes -> tokens -> AST, or a syntax error in CPython's terms
pyvm_frontend_sources = pyvm/token.def pyvm/tokenizer.h pyvm/tokenizer.c \
    pyvm/unicode.h pyvm/unicode.c pyvm/syntax_error.h pyvm/syntax_error.c \
    pyvm/ast.def pyvm/ast.h pyvm/ast.c pyvm/ast_dump.c \
    pyvm/parser.h pyvm/parser.c pyvm/parse_stmt.c pyvm/parse_expr.c pyvm/parse_args.c \
    pyvm/parse_target.c pyvm/parse_pattern.c pyvm/fstring.c pyvm/strlit.c

## interpreter: object model on runtime/, compiler (symtable, AST -> bytecode), the dispatch loop,
## builtins and native modules (ARCHITECTURE.md section 4)
pyvm_interp_sources = pyvm/object.h pyvm/names.def pyvm/code.h pyvm/ops.def pyvm/handlers.inc \
    pyvm/interp.h pyvm/helpers.def pyvm/jhandlers.inc pyvm/record.c \
    pyvm/object.c pyvm/obj_type.c pyvm/obj_func.c pyvm/obj_int.c pyvm/obj_str.c pyvm/strfmt.c \
    pyvm/obj_list.c pyvm/obj_dict.c pyvm/obj_exc.c pyvm/obj_wrap.c pyvm/builtins.c pyvm/module.c \
    pyvm/import.c pyvm/mod_sys.c pyvm/mod_math.c pyvm/mod_time.c pyvm/symtable.h pyvm/symtable.c \
    pyvm/compile.h pyvm/compile.c pyvm/compile_expr.c pyvm/compile_match.c pyvm/interp.c \
    pyvm/dis.c pyvm/run.c
