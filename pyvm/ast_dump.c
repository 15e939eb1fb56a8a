/*
** ast_dump.c: prints an AST exactly as CPython 3.11's ast.dump(tree) does with default arguments
** (field names, no positions, no indentation, optional fields omitted when absent), including
** Python's reprs of the constants: str and bytes quoting and escapes, shortest round-trip floats,
** complex, and big integers (through GMP). The field tables come from ast.c.
*/
#include <math.h>
#include <stdio.h> /* before gmp.h, which declares mpz_out_str only then */
#include <stdlib.h>
#include <string.h>

#include <gmp.h>

#include "pyvm/pyvm.h"
#include "pyvm/unicode.h"

#define NAME_ITEM(name) #name,
static const char *const boolop_names[] = {PYVM_AST_BOOLOPS(NAME_ITEM)};
static const char *const operator_names[] = {PYVM_AST_OPERATORS(NAME_ITEM)};
static const char *const unaryop_names[] = {PYVM_AST_UNARYOPS(NAME_ITEM)};
static const char *const cmpop_names[] = {PYVM_AST_CMPOPS(NAME_ITEM)};
static const char *const ctx_names[] = {PYVM_AST_CTXS(NAME_ITEM)};

static char pick_quote(const char *s, size_t len)
{
    bool single = memchr(s, '\'', len) != NULL, dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* Python's repr(str) or repr(bytes). */
static void repr_string(FILE *out, const char *s, size_t len, bool bytes)
{
    char quote = pick_quote(s, len);
    if (bytes)
        fputc('b', out);
    fputc(quote, out);
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    while (u < end) {
        uint32_t c = *u;
        int n = 1;
        if (c >= 0x80 && !bytes)
            n = pyvm_unicode_decode_lenient((const char *)u, (const char *)end, &c);
        if (c == (uint32_t)quote || c == '\\')
            fprintf(out, "\\%c", (char)c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < ' ' || c == 0x7f || (bytes && c >= 0x80))
            fprintf(out, "\\x%02x", c);
        else if (c < 0x7f || pyvm_unicode_is_printable(c))
            fwrite(u, 1, (size_t)n, out);
        else if (c <= 0xff)
            fprintf(out, "\\x%02x", c);
        else if (c <= 0xffff)
            fprintf(out, "\\u%04x", c);
        else
            fprintf(out, "\\U%08x", c);
        u += n;
    }
    fputc(quote, out);
}

static void put_zeros(FILE *out, int n)
{
    while (n-- > 0)
        fputc('0', out);
}

/* Python's repr(float) ('r' format); add_dot_0 as for floats, not for complex parts. */
static void repr_double(FILE *out, double x, bool add_dot_0)
{
    if (isinf(x)) {
        fputs(x > 0 ? "inf" : "-inf", out);
        return;
    }
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is [-]d[.ddd]e[+-]XX: split into digits and decimal exponent. */
    char digits[32];
    int nd = 0;
    const char *q = buf;
    if (*q == '-') {
        fputc('-', out);
        q++;
    }
    for (; *q != 'e'; q++)
        if (*q != '.')
            digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp + 1;
    if (decpt <= -4 || decpt > 16) {
        fputc(digits[0], out);
        if (nd > 1)
            fprintf(out, ".%s", digits + 1);
        fprintf(out, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (decpt <= 0) {
        fputs("0.", out);
        put_zeros(out, -decpt);
        fputs(digits, out);
    } else if (decpt >= nd) {
        fputs(digits, out);
        put_zeros(out, decpt - nd);
        if (add_dot_0)
            fputs(".0", out);
    } else {
        fprintf(out, "%.*s.%s", decpt, digits, digits + decpt);
    }
}

static void repr_const(FILE *out, const pyvm_ast_const_t *c)
{
    switch (c->kind) {
    case PYVM_CONST_NONE: fputs("None", out); break;
    case PYVM_CONST_TRUE: fputs("True", out); break;
    case PYVM_CONST_FALSE: fputs("False", out); break;
    case PYVM_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case PYVM_CONST_INT: fprintf(out, "%lld", (long long)c->u.i); break;
    case PYVM_CONST_BIGINT: {
        mpz_t z;
        mpz_init_set_str(z, c->u.s, c->base);
        mpz_out_str(out, 10, z);
        mpz_clear(z);
        break;
    }
    case PYVM_CONST_FLOAT: repr_double(out, c->u.f, true); break;
    case PYVM_CONST_COMPLEX:
        repr_double(out, c->u.f, false);
        fputc('j', out);
        break;
    case PYVM_CONST_STR: repr_string(out, c->u.s, c->len, false); break;
    case PYVM_CONST_BYTES: repr_string(out, c->u.s, c->len, true); break;
    }
}

static void dump_node(const pyvm_ast_node_t *n, FILE *out);

static void dump_field(const pyvm_ast_field_t *f, const char *base, FILE *out)
{
    const void *at = base + f->offset;
    switch (f->type) {
    case PYVM_AST_FT_NODE:
    case PYVM_AST_FT_OPT: dump_node(*(pyvm_ast_node_t *const *)at, out); break;
    case PYVM_AST_FT_LIST: {
        const pyvm_ast_list_t *l = at;
        fputc('[', out);
        for (int i = 0; i < l->n; i++) {
            if (i)
                fputs(", ", out);
            dump_node(l->v[i], out);
        }
        fputc(']', out);
        break;
    }
    case PYVM_AST_FT_IDENT:
    case PYVM_AST_FT_IDOPT: {
        const char *s = *(const char *const *)at;
        repr_string(out, s, strlen(s), false);
        break;
    }
    case PYVM_AST_FT_IDENTS: {
        const pyvm_ast_idents_t *l = at;
        fputc('[', out);
        for (int i = 0; i < l->n; i++) {
            if (i)
                fputs(", ", out);
            repr_string(out, l->v[i], strlen(l->v[i]), false);
        }
        fputc(']', out);
        break;
    }
    case PYVM_AST_FT_INT: fprintf(out, "%d", *(const int *)at); break;
    case PYVM_AST_FT_CONST: repr_const(out, at); break;
    case PYVM_AST_FT_BOOLOP: fprintf(out, "%s()", boolop_names[*(const uint8_t *)at]); break;
    case PYVM_AST_FT_OPERATOR: fprintf(out, "%s()", operator_names[*(const uint8_t *)at]); break;
    case PYVM_AST_FT_UNARYOP: fprintf(out, "%s()", unaryop_names[*(const uint8_t *)at]); break;
    case PYVM_AST_FT_CTX: fprintf(out, "%s()", ctx_names[*(const uint8_t *)at]); break;
    case PYVM_AST_FT_CMPOPS: {
        const pyvm_ast_cmpops_t *l = at;
        fputc('[', out);
        for (int i = 0; i < l->n; i++)
            fprintf(out, "%s%s()", i ? ", " : "", cmpop_names[l->v[i]]);
        fputc(']', out);
        break;
    }
    }
}

static void dump_node(const pyvm_ast_node_t *n, FILE *out)
{
    if (!n) {
        fputs("None", out);
        return;
    }
    fprintf(out, "%s(", pyvm_ast_kind_name(n->kind));
    const char *base = (const char *)&n->v;
    bool first = true;
    for (const pyvm_ast_field_t *f = pyvm_ast_fields(n->kind); f->name; f++) {
        bool optional = f->type == PYVM_AST_FT_OPT || f->type == PYVM_AST_FT_IDOPT;
        if (optional && !*(void *const *)(base + f->offset))
            continue;
        fprintf(out, "%s%s=", first ? "" : ", ", f->name);
        first = false;
        dump_field(f, base, out);
    }
    fputc(')', out);
}

bool pyvm_ast_dump(const pyvm_ast_node_t *node, FILE *out)
{
    dump_node(node, out);
    return !ferror(out);
}
