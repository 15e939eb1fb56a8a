/*
** test_tokenizer.c: the Python tokenizer (pyvm/tokenizer.c) on tricky inputs: indentation with
** tabs, brackets, continuations, every number and string-prefix form, multi-line strings, comment
** lines, operators, non-ASCII names, soft keywords. The expected token streams were produced by
** python3.11's tokenize module (exact token types, hard keywords by name, COMMENT/NL dropped,
** columns converted to UTF-8 bytes as pyvm counts them) and pasted here.
*/
#include <stdio.h>
#include <string.h>

#include "pyvm/tokenizer.h"
#include "tests/unit/unit.h"

static const struct {
    const char *src, *tokens;
} cases[] = {
    {"if x:\n\tpass\n",
     "IF@1:0=if NAME@1:3=x COLON@1:4=: NEWLINE INDENT PASS@2:1=pass NEWLINE DEDENT ENDMARKER"},
    {"x = (1,\n  2)\n",
     "NAME@1:0=x EQUAL@1:2== LPAR@1:4=( NUMBER@1:5=1 COMMA@1:6=, NUMBER@2:2=2 RPAR@2:3=) NEWLINE ENDMARKER"},
    {"a = 1 \\\n  + 2\n",
     "NAME@1:0=a EQUAL@1:2== NUMBER@1:4=1 PLUS@2:2=+ NUMBER@2:4=2 NEWLINE ENDMARKER"},
    {"0x_1f 1_0.5e-3j .5 5. 0 00 0o17 0b1 1if x else 2\n",
     "NUMBER@1:0=0x_1f NUMBER@1:6=1_0.5e-3j NUMBER@1:16=.5 NUMBER@1:19=5. NUMBER@1:22=0 NUMBER@1:24=00 NUMBER@1:27=0o17 NUMBER@1:32=0b1 NUMBER@1:36=1 IF@1:37=if NAME@1:40=x ELSE@1:42=else NUMBER@1:47=2 NEWLINE ENDMARKER"},
    {"rb'x' Rb\"y\" f'{a}' u'z' bR'' Fr'' x\n",
     "STRING@1:0=rb'x' STRING@1:6=Rb\"y\" STRING@1:12=f'{a}' STRING@1:19=u'z' STRING@1:24=bR'' STRING@1:29=Fr'' NAME@1:34=x NEWLINE ENDMARKER"},
    {"'''a\nb''' \"c\"\n",
     "STRING@1:0='''a\nb''' STRING@2:5=\"c\" NEWLINE ENDMARKER"},
    {"x  # comment\n\n   # indented comment\ny\n",
     "NAME@1:0=x NEWLINE NAME@4:0=y NEWLINE ENDMARKER"},
    {"def f():\n  if x:\n    pass\n  return\n",
     "DEF@1:0=def NAME@1:4=f LPAR@1:5=( RPAR@1:6=) COLON@1:7=: NEWLINE INDENT IF@2:2=if NAME@2:5=x COLON@2:6=: NEWLINE INDENT PASS@3:4=pass NEWLINE DEDENT RETURN@4:2=return NEWLINE DEDENT ENDMARKER"},
    {"a->b:=c**=d//=e...f!=g>>=h<<=i@=j\n",
     "NAME@1:0=a RARROW@1:1=-> NAME@1:3=b COLONEQUAL@1:4=:= NAME@1:6=c DOUBLESTAREQUAL@1:7=**= NAME@1:10=d DOUBLESLASHEQUAL@1:11=//= NAME@1:14=e ELLIPSIS@1:15=... NAME@1:18=f NOTEQUAL@1:19=!= NAME@1:21=g RIGHTSHIFTEQUAL@1:22=>>= NAME@1:25=h LEFTSHIFTEQUAL@1:26=<<= NAME@1:29=i ATEQUAL@1:30=@= NAME@1:32=j NEWLINE ENDMARKER"},
    {"\xc3\xa9t\xc3\xa9 = '\xc3\xbc' + \xce\xb1\n",
     "NAME@1:0=\xc3\xa9t\xc3\xa9 EQUAL@1:6== STRING@1:8='\xc3\xbc' PLUS@1:13=+ NAME@1:15=\xce\xb1 NEWLINE ENDMARKER"},
    {"x = [\n  1,\n\n  2]\ny\n",
     "NAME@1:0=x EQUAL@1:2== LSQB@1:4=[ NUMBER@2:2=1 COMMA@2:3=, NUMBER@4:2=2 RSQB@4:3=] NEWLINE NAME@5:0=y NEWLINE ENDMARKER"},
    {"async def f(): await x\n",
     "ASYNC@1:0=async DEF@1:6=def NAME@1:10=f LPAR@1:11=( RPAR@1:12=) COLON@1:13=: AWAIT@1:15=await NAME@1:21=x NEWLINE ENDMARKER"},
    {"if a:\n    b\n\n        # deeper comment\n    c\n",
     "IF@1:0=if NAME@1:3=a COLON@1:4=: NEWLINE INDENT NAME@2:4=b NEWLINE NAME@5:4=c NEWLINE DEDENT ENDMARKER"},
    {"s = f'{x!r:>{w}}' 'a' \\\n  'b'\n",
     "NAME@1:0=s EQUAL@1:2== STRING@1:4=f'{x!r:>{w}}' STRING@1:18='a' STRING@2:2='b' NEWLINE ENDMARKER"},
    {"x = 1e5J + 1_000j + 0.0\n",
     "NAME@1:0=x EQUAL@1:2== NUMBER@1:4=1e5J PLUS@1:9=+ NUMBER@1:11=1_000j PLUS@1:18=+ NUMBER@1:20=0.0 NEWLINE ENDMARKER"},
    {"match x:\n case _: pass\n",
     "NAME@1:0=match NAME@1:6=x COLON@1:7=: NEWLINE INDENT NAME@2:1=case NAME@2:6=_ COLON@2:7=: PASS@2:9=pass NEWLINE DEDENT ENDMARKER"},
};

/* Formats the token array as the table does: KIND@line:col=text, structure tokens bare. */
static void render(const pyvm_tokens_t *toks, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < toks->n && n < size; i++) {
        const pyvm_token_t *t = &toks->v[i];
        const char *sep = i ? " " : "";
        switch (t->kind) {
        case PYVM_TOK_NEWLINE: case PYVM_TOK_INDENT: case PYVM_TOK_DEDENT: case PYVM_TOK_ENDMARKER:
            n += (size_t)snprintf(buf + n, size - n, "%s%s", sep, pyvm_token_name(t->kind));
            break;
        default:
            n += (size_t)snprintf(buf + n, size - n, "%s%s@%d:%d=%.*s", sep,
                                  pyvm_token_name(t->kind), t->lineno, t->col,
                                  (int)(t->end - t->start), toks->src + t->start);
        }
    }
}

static void test_token_streams(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rt_arena_t a;
        rt_arena_init(&a);
        pyvm_tokens_t toks;
        CU_ASSERT_TRUE(pyvm_tokenize(&a, cases[i].src, strlen(cases[i].src), &toks));
        char got[2048];
        render(&toks, got, sizeof got);
        if (strcmp(got, cases[i].tokens))
            fprintf(stderr, "\ncase %zu:\n  expected %s\n  got      %s\n", i, cases[i].tokens, got);
        CU_ASSERT_STRING_EQUAL(got, cases[i].tokens);
        CU_ASSERT_EQUAL(toks.error_kind, PYVM_TOKERR_NONE);
        rt_arena_free(&a);
    }
}

/* CPython's token positions for the column-less and end positions (Parser/pegen.c). */
static void test_positions(void)
{
    rt_arena_t a;
    rt_arena_init(&a);
    pyvm_tokens_t toks;
    const char *src = "if x:\n    y = '''a\nbc'''\n";
    CU_ASSERT_TRUE(pyvm_tokenize(&a, src, strlen(src), &toks));
    /* if x : NEWLINE INDENT y = STRING NEWLINE DEDENT ENDMARKER */
    CU_ASSERT_EQUAL(toks.n, 11);
    const pyvm_token_t *nl = &toks.v[3], *ind = &toks.v[4], *str = &toks.v[7], *end = &toks.v[10];
    CU_ASSERT_EQUAL(nl->col, 5);
    CU_ASSERT_EQUAL(nl->end_col, 5); /* CPython leaves the '\n' out */
    CU_ASSERT_EQUAL(ind->col, -1);
    CU_ASSERT_EQUAL(ind->cur_col, 4);
    CU_ASSERT_EQUAL(str->lineno, 2);
    CU_ASSERT_EQUAL(str->col, 8);
    CU_ASSERT_EQUAL(str->end_lineno, 3);
    CU_ASSERT_EQUAL(str->end_col, 5);
    CU_ASSERT_EQUAL(end->kind, PYVM_TOK_ENDMARKER);
    CU_ASSERT_EQUAL(end->lineno, 3); /* the last line, not one past it */
    rt_arena_free(&a);
}

/* Source normalisation: CRLF and CR newlines, a missing final newline, BOM, latin-1 cookie. */
static void test_normalisation(void)
{
    static const struct {
        const char *in, *out;
    } cases2[] = {
        {"a\r\nb\rc", "a\nb\nc\n"},
        {"", "\n"},
        {"\xef\xbb\xbfx", "x\n"},
        {"# coding: latin-1\nx='\xe9'\n", "# coding: latin-1\nx='\xc3\xa9'\n"},
        {"#!/usr/bin/python\n# -*- coding: iso-8859-1 -*-\n\xff\n",
         "#!/usr/bin/python\n# -*- coding: iso-8859-1 -*-\n\xc3\xbf\n"},
        {"# vim: set fileencoding=utf-8 :\nx\n", "# vim: set fileencoding=utf-8 :\nx\n"},
    };
    for (size_t i = 0; i < sizeof cases2 / sizeof *cases2; i++) {
        rt_arena_t a;
        rt_arena_init(&a);
        pyvm_tokens_t toks;
        CU_ASSERT_TRUE(pyvm_tokenize(&a, cases2[i].in, strlen(cases2[i].in), &toks));
        CU_ASSERT_STRING_EQUAL(toks.src, cases2[i].out);
        rt_arena_free(&a);
    }
}

/* Errors that stop before tokenizing, and which tokenizer errors CPython raises eagerly. */
static void test_errors(void)
{
    static const struct {
        const char *src;
        pyvm_tokerr_kind_t kind;
        const char *message;
        int line, offset;
    } errs[] = {
        {"# coding: cp1252\n", PYVM_TOKERR_RAISED,
         "unsupported encoding: cp1252 (pyhyp reads only utf-8 and latin-1 sources)", 0, -1},
        {"x = '\xff'\n", PYVM_TOKERR_RAISED,
         "Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see "
         "https://peps.python.org/pep-0263/ for details",
         1, -1},
        {"x = 'abc\n", PYVM_TOKERR_RAISED, "unterminated string literal (detected at line 1)", 1, 5},
        {"(\n", PYVM_TOKERR_PENDING, "'(' was never closed", 1, 1},
        {"if x:\n  a\n b\n", PYVM_TOKERR_PENDING,
         "unindent does not match any outer indentation level", 3, 3},
        {"if x:\n        a\n\tb\n", PYVM_TOKERR_PENDING,
         "inconsistent use of tabs and spaces in indentation", 3, 1},
        {"x = 1\x01\n", PYVM_TOKERR_RAISED, "invalid non-printable character U+0001", 1, 6},
        {"\xe2\x82\xac = 1\n", PYVM_TOKERR_RAISED, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 3},
    };
    for (size_t i = 0; i < sizeof errs / sizeof *errs; i++) {
        rt_arena_t a;
        rt_arena_init(&a);
        pyvm_tokens_t toks;
        pyvm_tokenize(&a, errs[i].src, strlen(errs[i].src), &toks);
        CU_ASSERT_EQUAL(toks.error_kind, errs[i].kind);
        CU_ASSERT_STRING_EQUAL(toks.error.message, errs[i].message);
        CU_ASSERT_EQUAL(toks.error.lineno, errs[i].line);
        CU_ASSERT_EQUAL(toks.error.offset, errs[i].offset); /* bytes, before finishing */
        rt_arena_free(&a);
    }
}

UNIT_SUITE(tokenizer, NULL, NULL, UNIT_TEST(test_token_streams), UNIT_TEST(test_positions),
           UNIT_TEST(test_normalisation), UNIT_TEST(test_errors))
