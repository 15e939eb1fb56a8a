/*
** cdecl.c: the C declaration parser of PHP's FFI (FFI::cdef's header text, the type strings of
** FFI::new/cast/type). A small recursive-descent parser over a token array: declaration
** specifiers (base types with signed/unsigned/short/long, the fixed-width typedef names PHP
** predefines, struct/union/enum with or without bodies, typedef names of the scope), then
** declarators with pointers, arrays and function suffixes, parenthesized for function pointers.
** Errors are FFI\ParserException with PHP's wording and the line. Preprocessor lines, bit-fields,
** long double and constant expressions beyond literals are not supported (enums are int32_t).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/ffi/ffi.h"

enum { T_EOF, T_ID, T_NUM, T_PUNCT, T_ELLIPSIS };

typedef struct tok {
    int kind;
    const char *s;
    size_t len;
    int line;
} tok_t;

typedef struct parser {
    ffi_scope_t *scope;
    bool saw_const; /* the last specifiers included `const` */
    tok_t *toks;
    size_t n, pos;
} parser_t;

static bool error(parser_t *p, const char *fmt, const char *arg)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg);
    phpvm_throw("FFI\\ParserException", "%s at line %d", msg, p->toks[p->pos].line);
    return false;
}

/* Splits src into tokens (comments and preprocessor lines skipped); the array is malloc'd. */
static tok_t *tokenize(const char *src, size_t len, size_t *ntoks)
{
    size_t cap = 64, n = 0;
    tok_t *t = malloc(cap * sizeof *t);
    int line = 1;
    const char *s = src, *end = src + len;
    while (t) {
        while (s < end && (isspace((unsigned char)*s) || *s == '#' || (*s == '/' && s + 1 < end &&
                                                                     (s[1] == '/' || s[1] == '*')))) {
            if (*s == '#' || (*s == '/' && s[1] == '/')) {
                while (s < end && *s != '\n')
                    s++;
            } else if (*s == '/') {
                for (s += 2; s + 1 < end && !(s[0] == '*' && s[1] == '/'); s++)
                    line += *s == '\n';
                s += 2;
            } else {
                line += *s++ == '\n';
            }
        }
        if (n + 1 >= cap && !(t = realloc(t, (cap *= 2) * sizeof *t)))
            break;
        tok_t *k = &t[n++];
        k->s = s;
        k->line = line;
        if (s >= end) {
            k->kind = T_EOF;
            k->len = 0;
            break;
        }
        if (isalpha((unsigned char)*s) || *s == '_') {
            while (s < end && (isalnum((unsigned char)*s) || *s == '_'))
                s++;
            k->kind = T_ID;
        } else if (isdigit((unsigned char)*s)) {
            while (s < end && isalnum((unsigned char)*s))
                s++;
            k->kind = T_NUM;
        } else if (end - s >= 3 && memcmp(s, "...", 3) == 0) {
            s += 3;
            k->kind = T_ELLIPSIS;
        } else {
            s++;
            k->kind = T_PUNCT;
        }
        k->len = (size_t)(s - k->s);
    }
    *ntoks = n;
    return t;
}

static tok_t *peek(parser_t *p) { return &p->toks[p->pos]; }
static bool is_punct(parser_t *p, char c) { return peek(p)->kind == T_PUNCT && *peek(p)->s == c; }
static bool is_word(const tok_t *t, const char *w)
{
    return t->kind == T_ID && t->len == strlen(w) && memcmp(t->s, w, t->len) == 0;
}

/* What PHP's messages call the current token. */
static const char *shown(parser_t *p, char *buf, size_t cap)
{
    tok_t *t = peek(p);
    if (t->kind == T_EOF)
        return "<EOF>";
    if (t->kind == T_ID)
        return "<ID>";
    snprintf(buf, cap, "%.*s", (int)t->len, t->s);
    return buf;
}

static bool expect(parser_t *p, char c)
{
    if (is_punct(p, c)) {
        p->pos++;
        return true;
    }
    char buf[16], msg[64];
    snprintf(msg, sizeof msg, "'%c' expected, got '%%s'", c);
    return error(p, msg, shown(p, buf, sizeof buf));
}

static bool unexpected(parser_t *p)
{
    char buf[16];
    return error(p, "unexpected '%s'", shown(p, buf, sizeof buf));
}

static rt_str_t *tok_str(const tok_t *t) { return rt_str_new(t->s, t->len); }

/* The fixed-width and system typedef names PHP's FFI knows without declarations. */
static const struct {
    const char *name;
    rt_ffi_kind_t kind;
} predefined[] = {
    {"int8_t", RT_FFI_INT8}, {"uint8_t", RT_FFI_UINT8}, {"int16_t", RT_FFI_INT16},
    {"uint16_t", RT_FFI_UINT16}, {"int32_t", RT_FFI_INT32}, {"uint32_t", RT_FFI_UINT32},
    {"int64_t", RT_FFI_INT64}, {"uint64_t", RT_FFI_UINT64}, {"size_t", RT_FFI_UINT64},
    {"ssize_t", RT_FFI_INT64}, {"intptr_t", RT_FFI_INT64}, {"uintptr_t", RT_FFI_UINT64},
    {"ptrdiff_t", RT_FFI_INT64}, {"off_t", RT_FFI_INT64}, {"wchar_t", RT_FFI_INT32},
    {"bool", RT_FFI_BOOL}, {"_Bool", RT_FFI_BOOL},
};

static rt_ffi_type_t *typedef_lookup(parser_t *p, const tok_t *t)
{
    for (size_t i = 0; i < sizeof predefined / sizeof predefined[0]; i++)
        if (is_word(t, predefined[i].name))
            return rt_ffi_type_basic(predefined[i].kind);
    rt_value_t v = rt_map_get_str(p->scope->typedefs, tok_str(t));
    return v ? rt_ptr(v) : NULL;
}

static bool declarator(parser_t *p, rt_ffi_type_t *base, rt_str_t **name, rt_ffi_type_t **out);
static rt_ffi_type_t *specifiers(parser_t *p, bool *is_typedef);

static rt_ffi_type_t *aggregate_body(parser_t *p, rt_ffi_type_t *st)
{
    p->pos++; /* { */
    while (!is_punct(p, '}')) {
        rt_ffi_type_t *base = specifiers(p, NULL);
        if (!base)
            return NULL;
        if (is_punct(p, ';')) { /* an anonymous struct or union member */
            const char *err;
            if (!rt_ffi_struct_add(st, NULL, base, &err))
                return error(p, "%s", err), NULL;
        }
        while (!is_punct(p, ';')) {
            rt_str_t *name = NULL;
            rt_ffi_type_t *t;
            if (!declarator(p, base, &name, &t))
                return NULL;
            const char *err;
            if (t->kind == RT_FFI_VOID)
                return error(p, "void type is not allowed", NULL), NULL;
            if (!rt_ffi_struct_add(st, name, t, &err))
                return error(p, strcmp(err, "duplicate field") == 0 ? "Duplicate field name \"%s\""
                                                                   : "Incomplete field \"%s\"",
                             name ? name->data : ""), NULL;
            if (!is_punct(p, ',') && !is_punct(p, ';'))
                return expect(p, ';'), NULL;
            if (is_punct(p, ','))
                p->pos++;
        }
        p->pos++;
    }
    p->pos++;
    rt_ffi_struct_finish(st, 0);
    return st;
}

/* struct/union [tag] [{ members }]: a tag without a body names the scope's (possibly still
** incomplete) type; a body completes that same type object, so earlier pointers see it. */
static rt_ffi_type_t *aggregate(parser_t *p, bool is_union)
{
    const char *kw = is_union ? "union" : "struct";
    p->pos++;
    rt_str_t *tag = NULL;
    rt_ffi_type_t *st = NULL;
    if (peek(p)->kind == T_ID) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s %.*s", kw, (int)peek(p)->len, peek(p)->s);
        tag = rt_str_from_cstr(buf);
        p->pos++;
        rt_value_t v = rt_map_get_str(p->scope->tags, tag);
        if (v)
            st = rt_ptr(v);
    }
    if (!st) {
        char buf[32];
        snprintf(buf, sizeof buf, "%s <anonymous>", kw);
        st = rt_ffi_type_struct(tag ? tag : rt_str_from_cstr(buf), is_union);
        if (tag)
            phpvm_array_set(p->scope->tags, rt_from_ptr(tag), rt_from_ptr(st));
    }
    if (!is_punct(p, '{'))
        return st;
    if (!(st->flags & RT_FFI_T_INCOMPLETE))
        return error(p, "Redefinition of \"%s\"", st->name->data), NULL;
    return aggregate_body(p, st);
}

/* An enumerator's value: an integer literal, optionally negated, or an earlier constant. */
static bool enum_value(parser_t *p, int64_t *out)
{
    bool neg = is_punct(p, '-');
    p->pos += neg;
    tok_t *t = peek(p);
    if (t->kind == T_NUM) {
        *out = strtoll(t->s, NULL, 0);
    } else if (t->kind == T_ID) {
        rt_value_t v = rt_map_get_str(p->scope->consts, tok_str(t));
        if (!v)
            return unexpected(p);
        *out = phpvm_int_of(v);
    } else {
        return unexpected(p);
    }
    p->pos++;
    if (neg)
        *out = -*out;
    return true;
}

/* enum [tag] [{ A [= n], ... }]: an int32_t; the constants go to the scope ($ffi->A). */
static rt_ffi_type_t *enumeration(parser_t *p)
{
    p->pos++;
    if (peek(p)->kind == T_ID)
        p->pos++;
    if (is_punct(p, '{')) {
        p->pos++;
        int64_t next = 0;
        while (!is_punct(p, '}')) {
            if (peek(p)->kind != T_ID)
                return unexpected(p), NULL;
            rt_str_t *name = tok_str(peek(p));
            p->pos++;
            if (is_punct(p, '=')) {
                p->pos++;
                if (!enum_value(p, &next))
                    return NULL;
            }
            phpvm_array_set(p->scope->consts, rt_from_ptr(name), phpvm_int(next++));
            if (!is_punct(p, ','))
                break;
            p->pos++;
        }
        if (!expect(p, '}'))
            return NULL;
    }
    return rt_ffi_type_basic(RT_FFI_INT32);
}

/* The basic type a run of C keywords spells ("unsigned long int"). */
static rt_ffi_kind_t basic_kind(int nsigned, int nunsigned, int nshort, int nlong, const char *base)
{
    bool u = nunsigned > 0;
    if (strcmp(base, "void") == 0)
        return RT_FFI_VOID;
    if (strcmp(base, "float") == 0)
        return RT_FFI_FLOAT;
    if (strcmp(base, "double") == 0)
        return RT_FFI_DOUBLE;
    if (strcmp(base, "bool") == 0)
        return RT_FFI_BOOL;
    if (strcmp(base, "char") == 0)
        return u ? RT_FFI_UINT8 : nsigned ? RT_FFI_INT8 : RT_FFI_CHAR;
    if (nshort)
        return u ? RT_FFI_UINT16 : RT_FFI_INT16;
    if (nlong)
        return u ? RT_FFI_UINT64 : RT_FFI_INT64;
    return u ? RT_FFI_UINT32 : RT_FFI_INT32;
}

static const char *const qualifiers[] = {"const", "volatile", "restrict", "__restrict", "extern",
                                         "static", "inline", "__extension__", "register"};

static bool skip_qualifier(parser_t *p)
{
    for (size_t i = 0; i < sizeof qualifiers / sizeof qualifiers[0]; i++)
        if (is_word(peek(p), qualifiers[i])) {
            p->saw_const |= i == 0;
            p->pos++;
            return true;
        }
    return false;
}

static rt_ffi_type_t *specifiers(parser_t *p, bool *is_typedef)
{
    int nsigned = 0, nunsigned = 0, nshort = 0, nlong = 0;
    const char *base = NULL;
    p->saw_const = false;
    rt_ffi_type_t *named = NULL;
    for (;;) {
        tok_t *t = peek(p);
        static const char *const words[] = {"void", "char", "int", "float", "double", "_Bool"};
        if (skip_qualifier(p))
            continue;
        if (is_word(t, "typedef") && is_typedef) {
            *is_typedef = true;
        } else if (is_word(t, "signed")) {
            nsigned++;
        } else if (is_word(t, "unsigned")) {
            nunsigned++;
        } else if (is_word(t, "short")) {
            nshort++;
        } else if (is_word(t, "long")) {
            nlong++;
        } else if ((is_word(t, "struct") || is_word(t, "union")) && !base && !named) {
            if (!(named = aggregate(p, is_word(t, "union"))))
                return NULL;
            continue;
        } else if (is_word(t, "enum") && !base && !named) {
            if (!(named = enumeration(p)))
                return NULL;
            continue;
        } else {
            size_t i = 0;
            while (i < sizeof words / sizeof words[0] && !is_word(t, words[i]))
                i++;
            if (i < sizeof words / sizeof words[0] && !base && !named) {
                base = i == 5 ? "bool" : words[i];
            } else if (t->kind == T_ID && !base && !named && !nsigned && !nunsigned && !nshort &&
                       !nlong) {
                if (!(named = typedef_lookup(p, t))) {
                    char buf[128];
                    snprintf(buf, sizeof buf, "%.*s", (int)t->len, t->s);
                    return error(p, "Undefined C type \"%s\"", buf), NULL;
                }
            } else {
                break;
            }
        }
        p->pos++;
    }
    if (named)
        return named;
    if (!base && !nsigned && !nunsigned && !nshort && !nlong)
        return unexpected(p), NULL;
    if (base && strcmp(base, "double") == 0 && nlong)
        return error(p, "unsupported type \"%s\"", "long double"), NULL;
    return rt_ffi_type_basic(basic_kind(nsigned, nunsigned, nshort, nlong, base ? base : "int"));
}

/* A parameter list after '(': the function type returning ret. */
static rt_ffi_type_t *params(parser_t *p, rt_ffi_type_t *ret)
{
    p->pos++;
    rt_vec_t *types = rt_vec_new(4);
    bool variadic = false;
    if (is_word(peek(p), "void") && p->toks[p->pos + 1].kind == T_PUNCT &&
        *p->toks[p->pos + 1].s == ')')
        p->pos++;
    while (!is_punct(p, ')')) {
        if (peek(p)->kind == T_EOF)
            return expect(p, ')'), NULL;
        if (peek(p)->kind == T_ELLIPSIS) {
            variadic = true;
            p->pos++;
            break;
        }
        rt_ffi_type_t *base = specifiers(p, NULL), *t;
        rt_str_t *name = NULL;
        if (!base || !declarator(p, base, &name, &t))
            return NULL;
        if (t->kind == RT_FFI_ARRAY || t->kind == RT_FFI_FUNC) /* decay to pointers */
            t = rt_ffi_type_pointer(t->kind == RT_FFI_ARRAY ? t->elem : t);
        rt_vec_append(types, rt_from_ptr(t));
        if (!is_punct(p, ','))
            break;
        p->pos++;
    }
    if (!expect(p, ')'))
        return NULL;
    return rt_ffi_type_func(ret, (rt_ffi_type_t *const *)rt_vec_items(types),
                            (size_t)rt_vec_len(types), variadic);
}

/* Array and function suffixes applied to base: int a[2][3] is an array of 2 arrays of 3. */
static rt_ffi_type_t *suffixes(parser_t *p, rt_ffi_type_t *base)
{
    if (is_punct(p, '(')) {
        rt_ffi_type_t *f = params(p, base);
        return f;
    }
    if (!is_punct(p, '['))
        return base;
    p->pos++;
    int64_t n = -1;
    if (peek(p)->kind == T_NUM) {
        n = strtoll(peek(p)->s, NULL, 0);
        p->pos++;
    }
    if (!is_punct(p, ']'))
        return unexpected(p), NULL;
    p->pos++;
    rt_ffi_type_t *inner = suffixes(p, base);
    if (!inner)
        return NULL;
    if (inner->kind == RT_FFI_VOID)
        return error(p, "void type is not allowed", NULL), NULL;
    return rt_ffi_type_array(inner, n);
}

/* The index just past the parenthesis that closes the one at `pos`. */
static size_t skip_parens(parser_t *p, size_t pos)
{
    int depth = 0;
    for (; p->toks[pos].kind != T_EOF; pos++) {
        if (p->toks[pos].kind != T_PUNCT)
            continue;
        depth += *p->toks[pos].s == '(';
        if (*p->toks[pos].s == ')' && --depth == 0)
            return pos + 1;
    }
    return pos;
}

/* A declarator (abstract or named) over base: pointers, then a name or a parenthesized inner
** declarator, then suffixes. The inner one applies last: its suffixes are parsed first. */
static bool declarator(parser_t *p, rt_ffi_type_t *base, rt_str_t **name, rt_ffi_type_t **out)
{
    bool const_target = p->saw_const;
    while (is_punct(p, '*')) {
        p->pos++;
        base = rt_ffi_type_pointer(base);
        if (const_target)
            base->flags |= RT_FFI_T_CONST_TARGET;
        p->saw_const = false;
        while (skip_qualifier(p))
            ;
        const_target = p->saw_const;
    }
    if (is_punct(p, '(') && p->toks[p->pos + 1].kind == T_PUNCT &&
        (*p->toks[p->pos + 1].s == '*' || *p->toks[p->pos + 1].s == '(')) {
        size_t inner = p->pos + 1, after = skip_parens(p, p->pos);
        if (p->toks[after - 1].kind == T_EOF)
            return expect(p, ')');
        p->pos = after;
        if (!(base = suffixes(p, base)))
            return false;
        size_t end = p->pos;
        p->pos = inner;
        if (!declarator(p, base, name, out) || !expect(p, ')'))
            return false;
        p->pos = end;
        return true;
    }
    if (peek(p)->kind == T_ID) {
        *name = tok_str(peek(p));
        p->pos++;
    }
    return (*out = suffixes(p, base)) != NULL;
}

/* A declared name outside typedefs: a function or variable resolved in the scope's library. */
static bool declare_symbol(parser_t *p, rt_str_t *name, rt_ffi_type_t *t)
{
    const char *err;
    void *addr = rt_ffi_dlsym(p->scope->lib, name->data, &err);
    if (!addr) {
        phpvm_throw("FFI\\Exception", "Failed resolving C %s '%s'",
                    t->kind == RT_FFI_FUNC ? "function" : "variable", name->data);
        return false;
    }
    ffi_cfunc_t *f = rt_alloc(&phpvm_ffi_cfunc_type, sizeof *f);
    f->name = name;
    f->sig = t;
    f->addr = addr;
    phpvm_array_set(p->scope->funcs, rt_from_ptr(name), rt_from_ptr(f));
    return true;
}

static bool declaration(parser_t *p)
{
    bool is_typedef = false;
    rt_ffi_type_t *base = specifiers(p, &is_typedef);
    if (!base)
        return false;
    while (!is_punct(p, ';')) {
        rt_str_t *name = NULL;
        rt_ffi_type_t *t;
        if (!declarator(p, base, &name, &t))
            return false;
        if (!name)
            return unexpected(p);
        if (is_typedef)
            phpvm_array_set(p->scope->typedefs, rt_from_ptr(name), rt_from_ptr(t));
        else if (!declare_symbol(p, name, t))
            return false;
        if (!is_punct(p, ','))
            return expect(p, ';');
        p->pos++;
    }
    p->pos++;
    return true;
}

static bool run(ffi_scope_t *s, const char *src, size_t len, bool (*body)(parser_t *, void *),
                void *out)
{
    parser_t p = {.scope = s};
    if (!(p.toks = tokenize(src, len, &p.n))) {
        phpvm_throw("FFI\\ParserException", "out of memory");
        return false;
    }
    bool ok = body(&p, out);
    free(p.toks);
    return ok;
}

static bool decls_body(parser_t *p, void *out)
{
    (void)out;
    while (peek(p)->kind != T_EOF) {
        if (is_punct(p, ';'))
            p->pos++;
        else if (!declaration(p))
            return false;
    }
    return true;
}

bool phpvm_ffi_parse_decls(ffi_scope_t *s, const char *src, size_t len)
{
    return run(s, src, len, decls_body, NULL);
}

static bool type_body(parser_t *p, void *out)
{
    rt_ffi_type_t *base = specifiers(p, NULL);
    rt_str_t *name = NULL;
    if (!base || !declarator(p, base, &name, out))
        return false;
    if (peek(p)->kind != T_EOF)
        return unexpected(p);
    return true;
}

rt_ffi_type_t *phpvm_ffi_parse_type(ffi_scope_t *s, const char *src, size_t len)
{
    rt_ffi_type_t *t = NULL;
    return run(s, src, len, type_body, &t) ? t : NULL;
}
