## pyvm/local.mk: Python 3.11, pyvm/libpyvm.a. So far the front end: tokenizer, parser, AST,
## syntax errors, ast.dump (ARCHITECTURE.md section 4). It needs only the arena of runtime/,
## GMP (big integer reprs in ast.dump) and ICU (Unicode identifiers, \N{...}, printability).

noinst_LIBRARIES += pyvm/libpyvm.a
pyvm_libpyvm_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS) $(ICU_CFLAGS)
pyvm_libpyvm_a_SOURCES = pyvm/pyvm.h $(pyvm_frontend_sources)
PYVM_LIBS = pyvm/libpyvm.a $(ICU_LIBS)

## front end: source bytes -> tokens -> AST, or a syntax error in CPython's terms
pyvm_frontend_sources = pyvm/token.def pyvm/tokenizer.h pyvm/tokenizer.c \
    pyvm/unicode.h pyvm/unicode.c pyvm/syntax_error.h pyvm/syntax_error.c \
    pyvm/ast.def pyvm/ast.h pyvm/ast.c pyvm/ast_dump.c \
    pyvm/parser.h pyvm/parser.c pyvm/parse_stmt.c pyvm/parse_expr.c pyvm/parse_args.c \
    pyvm/parse_target.c pyvm/parse_pattern.c pyvm/fstring.c pyvm/strlit.c
