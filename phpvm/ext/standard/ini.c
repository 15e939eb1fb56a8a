/*
** ini.c: ext/standard's parse_ini_string() and parse_ini_file(): PHP's INI syntax (sections,
** key = value, key[] / key[offset] arrays, ';' comments) in its three scanner modes:
** INI_SCANNER_NORMAL (constants substituted, true/on/yes and false/off/no/none/null, the
** | & ^ ~ ! ( ) operators on integers, "..." strings with \" \\ \$ escapes, '...' raw
** strings, adjacent pieces concatenated), INI_SCANNER_RAW (the text after '=' as written,
** one pair of enclosing double quotes removed) and INI_SCANNER_TYPED (NORMAL, but booleans,
** null and lone numbers keep their types). ${NAME} reads the environment. Errors are PHP's
** "syntax error, unexpected ..." warning and a false result.
*/
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { M_NORMAL, M_RAW, M_TYPED };

typedef struct ini {
    const char *p, *end;
    int line, mode;
    bool sections;
    const char *fname;        /* "Unknown" for a string */
    phpvm_array_t *result, *target;
    bool failed;
} ini_t;

/* Token kinds of a value, an offset or a section name. */
enum { T_EOL, T_PIECE, T_OP, T_TRUE, T_FALSE, T_NULL, T_END_SECTION, T_ERROR };

typedef struct tok {
    int kind;
    int op;           /* T_OP: the operator character */
    rt_value_t v;     /* T_PIECE: its value (a string; TYPED numbers are int/float) */
    const char *name; /* T_PIECE: PHP's token name, for syntax errors */
} tok_t;

static bool at_end(const ini_t *in) { return in->p >= in->end; }
static int cur(const ini_t *in) { return in->p < in->end ? (unsigned char)*in->p : -1; }
static bool blank(int c) { return c == ' ' || c == '\t'; }

/* PHP's warning, once: "syntax error, unexpected WHAT in FILE on line N". */
static void syntax_error(ini_t *in, const char *what)
{
    if (in->failed)
        return;
    in->failed = true;
    phpvm_error(PHPVM_E_WARNING, "syntax error, unexpected %s in %s on line %d\n", what,
                in->fname, in->line);
}

static void skip_blanks(ini_t *in)
{
    while (blank(cur(in)))
        in->p++;
}

/* Past the end of the line (its newline counted). */
static void skip_line(ini_t *in)
{
    while (!at_end(in) && *in->p != '\n' && *in->p != '\r')
        in->p++;
    if (cur(in) == '\r')
        in->p++;
    if (cur(in) == '\n')
        in->p++;
    in->line++;
}

static bool at_eol(const ini_t *in)
{
    int c = cur(in);
    return c < 0 || c == '\n' || c == '\r' || c == ';';
}

/* ---- pieces ---- */

static rt_value_t text(const char *s, size_t n) { return phpvm_str_value(s, n); }

/* A "..." string's contents up to its closing quote (which is consumed, with the blanks
** after it); NULL at the end of the input. */
static rt_value_t quoted(ini_t *in)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    while (!at_end(in) && *in->p != '"') {
        char c = *in->p++;
        if (c == '\n')
            in->line++;
        if (c != '\\' || at_end(in)) {
            rt_strbuf_append_char(&b, c);
            continue;
        }
        char e = *in->p;
        bool closing = e == '"' && (in->p + 1 >= in->end || in->p[1] == '\n' || in->p[1] == '\r');
        if (closing) { /* key="C:\path\": the quote ends the string */
            rt_strbuf_append_char(&b, '\\');
            continue;
        }
        in->p++;
        if (e != '"' && e != '\\' && e != '$')
            rt_strbuf_append_char(&b, '\\');
        rt_strbuf_append_char(&b, e);
    }
    if (at_end(in))
        return RT_NOVALUE;
    in->p++;
    skip_blanks(in);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ${NAME}: the environment's value ("" if unset). */
static rt_value_t variable(ini_t *in)
{
    const char *s = in->p += 2, *e = memchr(s, '}', (size_t)(in->end - s));
    if (!e)
        return RT_NOVALUE;
    in->p = e + 1;
    while (s < e && blank(*s))
        s++;
    while (e > s && blank(e[-1]))
        e--;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(e - s), s);
    const char *v = getenv(name);
    return phpvm_cstr(v ? v : "");
}

static bool is_const_start(int c) { return isalpha(c) || c == '_'; }

/* A NUMBER ([-]digits, digits.digits) at s, its length or 0. */
static size_t number_len(const char *s, const char *end)
{
    const char *p = s;
    if (p < end && *p == '-')
        p++;
    const char *d = p;
    while (p < end && isdigit((unsigned char)*p))
        p++;
    bool digits = p > d;
    if (p < end && *p == '.' && !(s < end && *s == '-' && !digits)) {
        const char *f = ++p;
        while (p < end && isdigit((unsigned char)*p))
            p++;
        if (!digits && p == f)
            return 0;
        return (size_t)(p - s);
    }
    return digits ? (size_t)(p - s) : 0;
}

/* A constant's value as a string, or the name itself when it is not defined. */
static rt_value_t constant(const char *s, size_t n)
{
    rt_value_t c = rt_map_get_str(phpvm_vm->constants, rt_str_new(s, n));
    if (c == RT_NOVALUE)
        return text(s, n);
    rt_str_t *str = phpvm_to_str(phpvm_deref(c));
    return str ? rt_from_ptr(str) : text(s, n);
}

/* A lone number in TYPED mode keeps its type (PHP's is_numeric_string). */
static rt_value_t typed_number(const char *s, size_t n)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)n, s);
    if (!memchr(s, '.', n)) {
        errno = 0;
        long long v = strtoll(buf, NULL, 10);
        return errno == ERANGE ? text(s, n) : phpvm_int((int64_t)v); /* overflow: a string */
    }
    return phpvm_float(strtod(buf, NULL));
}

/* The keywords of values, any case, and their tokens. */
static const struct {
    const char *w;
    int kind;
} keywords[] = {{"true", T_TRUE}, {"on", T_TRUE},    {"yes", T_TRUE},   {"false", T_FALSE},
          {"off", T_FALSE}, {"no", T_FALSE},   {"none", T_FALSE}, {"null", T_NULL}};

/* The keyword (true/on/yes, false/off/no/none, null, any case) at the cursor followed by
** blanks and then no more value characters; its token kind or 0. */
static int keyword(const ini_t *in)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        size_t n = strlen(keywords[i].w);
        if ((size_t)(in->end - in->p) < n || strncasecmp(in->p, keywords[i].w, n) != 0)
            continue;
        const char *q = in->p + n;
        if (q < in->end && (isalnum((unsigned char)*q) || !strchr("$= \t\n\r;&|^~()!\"'", *q)))
            continue; /* a longer word: a plain string */
        return keywords[i].kind;
    }
    return 0;
}

/* The next token of a value (section: of a section name or offset, up to ']'). */
static tok_t next_tok(ini_t *in, bool section)
{
    tok_t t = {T_PIECE, 0, 0, "TC_STRING"};
    const char *s = in->p;
    int c = cur(in);
    if (section && c == ']') {
        in->p++;
        return (tok_t){T_END_SECTION, 0, 0, NULL};
    }
    if (section && (c < 0 || c == '\n' || c == '\r' || c == ';')) {
        syntax_error(in, "end of file, expecting ']'");
        return (tok_t){T_ERROR, 0, 0, NULL};
    }
    if (c < 0 || c == '\n' || c == '\r' || c == ';')
        return (tok_t){T_EOL, 0, 0, NULL};
    if (blank(c)) {
        skip_blanks(in);
        int d = cur(in);
        /* blanks before the end of a line, a comment or a quote belong to them; at the end
           of the input they are a piece of the value, as PHP's scanner has it */
        if ((d < 0 && section) || d == '\n' || d == '\r' || (d == ';' && !section) ||
            d == '"' || (section && d == ']'))
            return next_tok(in, section);
        t.v = text(s, (size_t)(in->p - s));
        t.name = "TC_WHITESPACE";
        return t;
    }
    if (c == '"') {
        in->p++;
        t.v = quoted(in);
        t.name = "'\"'";
        if (t.v == RT_NOVALUE) {
            syntax_error(in, "end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'");
            t.kind = T_ERROR;
        }
        return t;
    }
    if (c == '\'') {
        const char *e = memchr(in->p + 1, '\'', (size_t)(in->end - in->p - 1));
        if (e && e > in->p + 1) {
            t.v = text(in->p + 1, (size_t)(e - in->p - 1));
            t.name = "TC_RAW";
            in->p = e + 1;
            return t;
        }
    }
    if (c == '$' && in->p + 1 < in->end && in->p[1] == '{') {
        t.v = variable(in);
        t.name = "TC_DOLLAR_CURLY";
        if (t.v == RT_NOVALUE) {
            syntax_error(in, "end of file, expecting '}'");
            t.kind = T_ERROR;
        }
        return t;
    }
    if (!section && strchr("&|^~()!", c)) {
        in->p++;
        skip_blanks(in);
        return (tok_t){T_OP, c, 0, NULL};
    }
    if (!section && c == '=') {
        syntax_error(in, "'='");
        return (tok_t){T_ERROR, 0, 0, NULL};
    }
    if (!section && s == in->p && (t.kind = keyword(in)) != 0) {
        while (isalpha(cur(in)))
            in->p++;
        skip_blanks(in);
        return t;
    }
    t.kind = T_PIECE;
    /* the longest of a constant name, a number and a run of value characters */
    const char *e = s;
    while (e < in->end && (section ? !strchr("$\n\r;\"']\\", *e) || (*e == '\\' && e + 1 < in->end)
                                   : !strchr("$= \t\n\r;&|^~()!\"'", *e))) {
        if (section && *e == '\\')
            e++;
        e++;
    }
    if (e == s)
        e = s + 1; /* a lone '$' or quote: itself */
    size_t run = (size_t)(e - s), num = number_len(s, in->end), name = 0;
    if (is_const_start(c))
        while (s + name < in->end && (isalnum((unsigned char)s[name]) || s[name] == '_'))
            name++;
    in->p = e;
    if (name && name >= run) {
        t.v = constant(s, name);
        t.name = "TC_CONSTANT";
    } else if (num && num >= run) {
        t.v = in->mode == M_TYPED && !section ? typed_number(s, num) : text(s, num);
        t.name = "TC_NUMBER";
    } else {
        t.v = text(s, run);
    }
    return t;
}

/* ---- values ---- */

static rt_value_t concat(rt_value_t a, rt_value_t b)
{
    if (!a)
        return b;
    rt_str_t *x = phpvm_to_str(a), *y = phpvm_to_str(b);
    rt_strbuf_t buf;
    rt_strbuf_init(&buf, (size_t)(x->len + y->len));
    rt_strbuf_append_str(&buf, x);
    rt_strbuf_append_str(&buf, y);
    return rt_from_ptr(rt_strbuf_finish(&buf, &rt_type_str));
}

/* PHP's get_int_val: atoi of the text. */
static int int_of(rt_value_t v)
{
    if (rt_is_int(v))
        return (int)rt_int_i64(v);
    rt_str_t *s = phpvm_to_str(v);
    return s ? atoi(s->data) : 0;
}

static rt_value_t expr(ini_t *in, tok_t *t, int depth);

/* An operand: pieces concatenated, ~x, !x or (x); 0 with the error reported. */
static rt_value_t operand(ini_t *in, tok_t *t, int depth)
{
    char buf[16];
    if (t->kind == T_OP && (t->op == '~' || t->op == '!')) {
        int op = t->op;
        *t = next_tok(in, false);
        rt_value_t v = operand(in, t, depth);
        if (!v)
            return 0;
        snprintf(buf, sizeof buf, "%d", op == '~' ? ~int_of(v) : !int_of(v));
        return phpvm_cstr(buf);
    }
    if (t->kind == T_OP && t->op == '(') {
        *t = next_tok(in, false);
        rt_value_t v = expr(in, t, depth + 1);
        if (!v)
            return 0;
        if (t->kind != T_OP || t->op != ')') {
            syntax_error(in, t->kind == T_EOL ? "END_OF_LINE, expecting '^' or '|' or '&' or ')'"
                                              : "token");
            return 0;
        }
        *t = next_tok(in, false);
        return v;
    }
    rt_value_t v = 0;
    while (t->kind == T_PIECE) {
        v = concat(v, t->v);
        *t = next_tok(in, false);
    }
    if (!v && t->kind != T_ERROR)
        syntax_error(in, t->kind == T_EOL ? "END_OF_LINE" : t->kind == T_OP ? "operator" : "BOOL");
    return v;
}

/* | & ^, one precedence level, left to right, as PHP's grammar has them. */
static rt_value_t expr(ini_t *in, tok_t *t, int depth)
{
    rt_value_t v = operand(in, t, depth);
    while (v && t->kind == T_OP && (t->op == '|' || t->op == '&' || t->op == '^')) {
        int op = t->op;
        *t = next_tok(in, false);
        rt_value_t w = operand(in, t, depth);
        if (!w)
            return 0;
        int a = int_of(v), b = int_of(w);
        char buf[16];
        snprintf(buf, sizeof buf, "%d", op == '|' ? a | b : op == '&' ? a & b : a ^ b);
        v = phpvm_cstr(buf);
    }
    if (v && depth == 0 && t->kind == T_OP && t->op == ')') {
        syntax_error(in, "')'");
        return 0;
    }
    return v;
}

/* The RAW mode value: the rest of the line, a ';' comment cut unless inside the quotes of
** a value that starts with one; trailing blanks and one pair of enclosing quotes removed. */
static rt_value_t raw_value(ini_t *in)
{
    const char *s = in->p, *semi = NULL;
    while (!at_end(in) && *in->p != '\n' && *in->p != '\r') {
        if (*in->p == ';' && !semi)
            semi = in->p;
        else if (*in->p == '"' && *s == '"')
            semi = NULL;
        in->p++;
    }
    const char *e = semi ? semi : in->p;
    while (e > s && blank(e[-1]))
        e--;
    if (e - s > 1 && *s == '"' && e[-1] == '"')
        s++, e--;
    return text(s, (size_t)(e - s));
}

/* The value after '=' (the cursor past its blanks); 0 after an error. */
static rt_value_t value(ini_t *in)
{
    if (in->mode == M_RAW)
        return raw_value(in);
    tok_t t = next_tok(in, false);
    if (t.kind == T_EOL)
        return phpvm_str_value("", 0);
    if (t.kind == T_TRUE || t.kind == T_FALSE || t.kind == T_NULL) {
        rt_value_t v = in->mode == M_TYPED
                           ? (t.kind == T_NULL ? rt_none : t.kind == T_TRUE ? rt_true : rt_false)
                           : phpvm_cstr(t.kind == T_TRUE ? "1" : "");
        tok_t after = next_tok(in, false);
        if (after.kind != T_EOL) {
            syntax_error(in, after.kind == T_PIECE ? after.name : "operator");
            return 0;
        }
        return v;
    }
    rt_value_t v = t.kind == T_ERROR ? 0 : expr(in, &t, 0);
    if (v && t.kind != T_EOL) {
        syntax_error(in, t.kind == T_OP ? "operator" : t.kind == T_PIECE ? t.name : "BOOL_TRUE");
        return 0;
    }
    return v;
}

/* A section name or an offset: pieces up to ']' (RAW sections: the text as written). */
static rt_value_t bracketed(ini_t *in, bool raw)
{
    if (raw) {
        const char *s = in->p;
        while (!at_end(in) && !strchr("]\n\r", *in->p))
            in->p++;
        if (cur(in) != ']') {
            syntax_error(in, "end of file, expecting ']'");
            return 0;
        }
        in->p++;
        return text(s, (size_t)(in->p - 1 - s));
    }
    rt_value_t v = phpvm_str_value("", 0);
    for (;;) {
        tok_t t = next_tok(in, true);
        if (t.kind == T_END_SECTION)
            return v;
        if (t.kind != T_PIECE) {
            if (t.kind != T_ERROR)
                syntax_error(in, at_end(in) ? "end of file, expecting ']'" : "END_OF_LINE");
            return 0;
        }
        v = concat(v, t.v);
    }
}

/* ---- statements ---- */

/* A key as PHP's symtable stores it (numeric strings become ints). */
static rt_value_t sym(rt_value_t k)
{
    rt_value_t n = phpvm_key(k);
    return n == RT_NOVALUE ? k : n;
}

static void store(ini_t *in, rt_value_t key, rt_value_t offset, bool has_offset, rt_value_t v)
{
    phpvm_array_t *a = in->target;
    if (!has_offset) {
        phpvm_array_set(a, sym(key), v);
        return;
    }
    /* key[offset]: a leading-zero key stays a string, as PHP's is_numeric check has it */
    rt_str_t *ks = phpvm_str(key);
    rt_value_t k = ks->len > 1 && ks->data[0] == '0' ? key : sym(key);
    rt_value_t cur_v = phpvm_array_get(a, k);
    phpvm_array_t *sub;
    if (cur_v != RT_NOVALUE && phpvm_is_array(phpvm_deref(cur_v))) {
        sub = phpvm_arr(phpvm_deref(cur_v));
    } else {
        sub = phpvm_array_new(0);
        phpvm_array_set(a, k, rt_from_ptr(sub));
    }
    if (!offset || (phpvm_is_str(offset) && phpvm_str(offset)->len == 0))
        phpvm_array_append(sub, v);
    else
        phpvm_array_set(sub, sym(offset), v);
}

static void section(ini_t *in)
{
    in->p++;
    rt_value_t name = bracketed(in, in->mode == M_RAW);
    if (!name)
        return;
    skip_blanks(in);
    if (in->sections) {
        in->target = phpvm_array_new(0);
        phpvm_array_set(in->result, sym(name), rt_from_ptr(in->target));
    }
}

/* Whether a line whose key runs s..e starts with a keyword that PHP's scanner prefers to
** the key (the keyword and its blanks at least as long): its token kind, or 0. */
static int keyword_line(const char *s, const char *e, const char *end)
{
    int best = 0;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        size_t n = strlen(keywords[i].w);
        if ((size_t)(end - s) < n || strncasecmp(s, keywords[i].w, n) != 0)
            continue;
        while (s + n < end && blank(s[n]))
            n++;
        if (n >= (size_t)(e - s) && n > best_len)
            best = keywords[i].kind, best_len = n;
    }
    return best;
}

/* key = value, key[offset] = value, or a bare key (ignored). */
static void entry(ini_t *in)
{
    const char *s = in->p;
    while (!at_end(in) && !strchr("=\n\r\t;&|^$~(){}!\"[", *in->p))
        in->p++;
    const char *e = in->p;
    int kw = keyword_line(s, e, in->end);
    while (e > s && blank(e[-1]))
        e--;
    if (e == s) {
        char what[8];
        snprintf(what, sizeof what, "'%c'", *in->p);
        syntax_error(in, what);
        return;
    }
    if (kw) {
        syntax_error(in, kw == T_TRUE ? "BOOL_TRUE" : kw == T_FALSE ? "BOOL_FALSE" : "NULL_NULL");
        return;
    }
    rt_value_t key = text(s, (size_t)(e - s)), offset = 0;
    bool has_offset = cur(in) == '[';
    if (has_offset) {
        in->p++;
        skip_blanks(in);
        offset = bracketed(in, false);
        if (!offset)
            return;
        skip_blanks(in);
    }
    skip_blanks(in);
    if (at_eol(in) && !has_offset)
        return; /* a key alone */
    if (cur(in) != '=') {
        char what[8];
        snprintf(what, sizeof what, "'%c'", cur(in));
        if (has_offset)
            syntax_error(in, "END_OF_LINE, expecting '='");
        else if (strchr(":,.[]\"'()&|^+-/*%$!~<>?@{}", cur(in)))
            syntax_error(in, what);
        return; /* else another key follows on the line: this one stands alone */
    }
    in->p++;
    skip_blanks(in);
    rt_value_t v = value(in);
    if (v)
        store(in, key, offset, has_offset, v);
}

static rt_value_t parse(ini_t *in)
{
    in->result = in->target = phpvm_array_new(0);
    while (!at_end(in) && !in->failed) {
        skip_blanks(in);
        int c = cur(in);
        if (c < 0)
            break;
        if (c == '\n' || c == '\r' || c == ';') {
            skip_line(in);
            continue;
        }
        if (c == '[')
            section(in);
        else
            entry(in);
        if (!in->failed && !at_end(in)) {
            skip_blanks(in);
            if (cur(in) == ';' || cur(in) == '\n' || cur(in) == '\r')
                skip_line(in);
        }
    }
    return in->failed ? rt_false : rt_from_ptr(in->result);
}

/* The process_sections and scanner_mode arguments; false with a TypeError pending. */
static bool options(rt_value_t *args, int argc, ini_t *in)
{
    in->sections = phpvm_arg_given(argc, args, 1) && phpvm_arg_bool(args, argc, 1);
    int64_t mode = M_NORMAL;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &mode))
        return false;
    in->mode = mode < M_NORMAL || mode > M_TYPED ? -1 : (int)mode;
    return true;
}

/* Whether the scanner mode is one of the three; else PHP's warning. */
static bool mode_ok(const ini_t *in)
{
    if (in->mode < 0)
        phpvm_error(PHPVM_E_WARNING, "Invalid scanner mode");
    return in->mode >= 0;
}

static rt_value_t fn_parse_ini_string(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    ini_t in = {0};
    if (!s || !options(args, argc, &in))
        return RT_NOVALUE;
    if (!mode_ok(&in))
        return rt_false;
    in.p = s->data, in.end = s->data + s->len, in.line = 1, in.fname = "Unknown";
    return parse(&in);
}

/* The file is opened before the mode is checked, as PHP does. */
static rt_value_t fn_parse_ini_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    ini_t in = {0};
    if (!path || !options(args, argc, &in))
        return RT_NOVALUE;
    if (!path->len)
        return phpvm_throw("ValueError", "parse_ini_file(): Argument #1 ($filename) cannot be "
                                         "empty");
    FILE *fp = fopen(path->data, "rb");
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "parse_ini_file(%s): Failed to open stream: %s",
                    path->data, strerror(errno));
        return rt_false;
    }
    rt_str_t *src = phpvm_std_read_all(fp);
    fclose(fp);
    if (!mode_ok(&in))
        return rt_false;
    in.p = src->data, in.end = src->data + src->len, in.line = 1, in.fname = path->data;
    return parse(&in);
}

static const phpvm_builtin_t functions[] = {
    {"parse_ini_string", fn_parse_ini_string, 1, 3, "ini_string,process_sections,scanner_mode", 0},
    {"parse_ini_file", fn_parse_ini_file, 1, 3, "filename,process_sections,scanner_mode", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"INI_SCANNER_NORMAL", M_NORMAL},
    {"INI_SCANNER_RAW", M_RAW},
    {"INI_SCANNER_TYPED", M_TYPED},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_inifile = {"standard", functions, constants, NULL, NULL, NULL};
