/*
** scanf.c: ext/standard's sscanf() and fscanf(), PHP's port of Tcl's scan: the format is
** checked whole first (ValueErrors for bad conversions, "%n$" misuse, variable counts), then
** the input is scanned. Without variables the result is an array with one entry per
** conversion (null where scanning stopped); with variables (by reference) it is the count
** assigned. Input stops at a NUL byte, as PHP's C-string scanner does.
*/
#include <ctype.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define MAX_ARGS 0xFFFF /* the highest "%n$" index without variables */

enum { SUPPRESS = 1, NOSKIP = 2, SIGNOK = 4, NODIGITS = 8, NOZERO = 16, XOK = 32, PTOK = 64,
       EXPOK = 128 };

static bool is_space(char c) { return isspace((unsigned char)c) != 0; }
static bool is_digit(char c) { return isdigit((unsigned char)c) != 0; }

/* ---- format validation ---- */

/* An XPG3 "%n$" at *f (just past the '%'): n, with *f moved past the '$'; -1 if none. */
static long xpg_index(const char **f)
{
    if (!is_digit(**f))
        return -1;
    char *end;
    unsigned long v = strtoul(*f, &end, 10);
    if (*end != '$')
        return -1;
    *f = end + 1;
    return v > MAX_ARGS ? MAX_ARGS + 1 : (long)v;
}

/* Checks a "[...]" set whose '[' was just read at *f; false when unterminated. */
static bool skip_set(const char **f)
{
    const char *p = *f;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++;
    while (*p != ']') {
        if (!*p)
            return false;
        p++;
    }
    *f = p + 1;
    return true;
}

static bool bad_index(bool xpg)
{
    if (xpg)
        phpvm_throw("ValueError", "\"%%n$\" argument index out of range");
    else
        phpvm_throw("ValueError", "Different numbers of variable names and field specifiers");
    return false;
}

/* Counts each variable's assignments in count[0..MAX_ARGS]. */
static bool validate_fields(const char *f, int nvars, int *count, int *objs, int *xpg_size)
{
    bool xpg = false, seq = false;
    int obj = 0;
    while (*f) {
        if (*f++ != '%')
            continue;
        if (*f == '%') {
            f++;
            continue;
        }
        bool suppress = *f == '*';
        long v = suppress ? -1 : xpg_index(&f);
        if (suppress) {
            f++;
        } else if (v >= 0) {
            xpg = true;
            if (seq) {
                phpvm_throw("ValueError", "cannot mix \"%%\" and \"%%n$\" conversion specifiers");
                return false;
            }
            if (v < 1 || (nvars && v > nvars) || (!nvars && v > MAX_ARGS))
                return bad_index(true);
            if (!nvars && (int)v > *xpg_size)
                *xpg_size = (int)v;
            obj = (int)v - 1;
            goto fields;
        }
        if (!suppress) {
            seq = true;
            if (xpg) {
                phpvm_throw("ValueError", "cannot mix \"%%\" and \"%%n$\" conversion specifiers");
                return false;
            }
        }
    fields:
        while (is_digit(*f))
            f++;
        if (*f == 'l' || *f == 'L' || *f == 'h')
            f++;
        if (!suppress && nvars && obj >= nvars)
            return bad_index(xpg);
        char c = *f ? *f++ : '\0';
        if (c == '[') {
            if (!skip_set(&f)) {
                phpvm_throw("ValueError", "Unmatched [ in format string");
                return false;
            }
        } else if (!c || !strchr("ndDioxXufeEgsc", c)) {
            phpvm_throw("ValueError", "Bad scan conversion character \"%c\"", c);
            return false;
        }
        if (!suppress) {
            if (obj > MAX_ARGS)
                return bad_index(xpg);
            count[obj++]++;
        }
    }
    *objs = obj;
    return true;
}

/* PHP's ValidateFormat: the number of results (variables, or array entries); -1 with a
** ValueError pending. */
static int validate(const char *f, int nvars)
{
    int *count = calloc(MAX_ARGS + 2, sizeof *count);
    int objs = 0, xpg_size = 0, total = -1;
    if (!validate_fields(f, nvars, count, &objs, &xpg_size))
        goto fail;
    int n = nvars ? nvars : xpg_size ? xpg_size : objs;
    for (int i = 0; i < n; i++) {
        if (count[i] > 1) {
            phpvm_throw("ValueError", "Variable is assigned by multiple \"%%n$\" conversion "
                                      "specifiers");
            goto fail;
        }
        if (!xpg_size && count[i] == 0) {
            phpvm_throw("ValueError", "Variable is not assigned by any conversion specifiers");
            goto fail;
        }
    }
    total = n;
fail:
    free(count);
    return total;
}

/* ---- scanning ---- */

typedef struct scan {
    phpvm_array_t *out; /* the result array when there are no variables */
    rt_value_t *vars;   /* else the references */
    int nvars, obj;
} scan_t;

static void store(scan_t *sc, rt_value_t v)
{
    if (sc->nvars) {
        if (sc->obj < sc->nvars)
            phpvm_ref_set((phpvm_ref_t *)rt_ptr(sc->vars[sc->obj]), v);
    } else {
        phpvm_array_set(sc->out, rt_small(sc->obj), v);
    }
    sc->obj++;
}

/* A "[...]" set: whether c is in it (signed chars, as PHP compares them). */
static bool in_set(const char *set, char c)
{
    const char *p = set;
    bool exclude = *p == '^', match = false;
    if (exclude)
        p++;
    if (*p == ']' || *p == '-') {
        match = *p == c;
        p++;
    }
    for (char start = p[-1]; *p != ']' && !match; p++) {
        if (p[1] == '-') {
            start = *p;
        } else if (*p == '-') {
            if (p[1] == ']') {
                match = c == start || c == '-';
            } else {
                char end = *++p, lo = start < end ? start : end, hi = start < end ? end : start;
                match = lo <= c && c <= hi;
            }
        } else {
            match = *p == c;
        }
    }
    return exclude ? !match : match;
}

/* The integer conversions' digits into buf (at most width); flags say what was seen. */
static const char *scan_int(const char *s, char *buf, size_t width, int *base, int *flags)
{
    char *end = buf;
    *flags |= SIGNOK | NODIGITS | NOZERO;
    for (; width > 0; width--) {
        char c = *s;
        int d = is_digit(c) ? c - '0' : isxdigit((unsigned char)c) ? 10 : -1;
        if (c == '0') {
            if (*base == 16)
                *flags |= XOK;
            if (*base == 0) {
                *base = 8;
                *flags |= XOK;
            }
            *flags &= (*flags & NOZERO) ? ~(SIGNOK | NODIGITS | NOZERO) : ~(SIGNOK | XOK | NODIGITS);
        } else if (d >= 1 && d <= 9) {
            if (*base == 0)
                *base = 10;
            if (d >= 8 && *base <= 8)
                break;
            *flags &= ~(SIGNOK | XOK | NODIGITS);
        } else if (d == 10) {
            if (*base <= 10)
                break;
            *flags &= ~(SIGNOK | XOK | NODIGITS);
        } else if (c == '+' || c == '-') {
            if (!(*flags & SIGNOK))
                break;
            *flags &= ~SIGNOK;
        } else if ((c == 'x' || c == 'X') && (*flags & XOK) && end == buf + 1) {
            *base = 16;
            *flags &= ~XOK;
        } else {
            break;
        }
        *end++ = *s++;
        if (!*s)
            break;
    }
    *end = '\0';
    return s;
}

static const char *scan_float(const char *s, char *buf, size_t width, int *flags)
{
    char *end = buf;
    *flags |= SIGNOK | NODIGITS | PTOK | EXPOK;
    for (; width > 0; width--) {
        char c = *s;
        if (is_digit(c)) {
            *flags &= ~(SIGNOK | NODIGITS);
        } else if (c == '+' || c == '-') {
            if (!(*flags & SIGNOK))
                break;
            *flags &= ~SIGNOK;
        } else if (c == '.') {
            if (!(*flags & PTOK))
                break;
            *flags &= ~(SIGNOK | PTOK);
        } else if (c == 'e' || c == 'E') {
            if ((*flags & (NODIGITS | EXPOK)) != EXPOK)
                break;
            *flags = (*flags & ~(EXPOK | PTOK)) | SIGNOK | NODIGITS;
        } else {
            break;
        }
        *end++ = *s++;
        if (!*s)
            break;
    }
    *end = '\0';
    return s;
}

/* One numeric conversion at *sp; false when scanning stops (*underflow at the input's end). */
static bool convert_number(scan_t *sc, const char **sp, char op, size_t width, int flags,
                           bool *underflow)
{
    char buf[64];
    const char *s = *sp;
    if (width == 0 || width > sizeof buf - 1)
        width = sizeof buf - 1;
    if (op == 'f') {
        s = scan_float(s, buf, width, &flags);
        if (flags & NODIGITS) {
            if (flags & EXPOK) {
                *underflow = !*s;
                return false;
            }
            /* a bad exponent: give back the 'e' and its sign */
            size_t n = strlen(buf);
            s--, n--;
            if (buf[n] != 'e' && buf[n] != 'E')
                s--, n--;
            buf[n] = '\0';
        }
        if (!(flags & SUPPRESS))
            store(sc, phpvm_float(strtod(buf, NULL)));
    } else {
        int base = op == 'd' ? 10 : op == 'i' ? 0 : op == 'o' ? 8 : op == 'x' ? 16 : 10;
        s = scan_int(s, buf, width, &base, &flags);
        if (flags & NODIGITS) {
            *underflow = !*s;
            return false;
        }
        size_t n = strlen(buf);
        if (buf[n - 1] == 'x' || buf[n - 1] == 'X')
            buf[n - 1] = '\0', s--;
        if (!(flags & SUPPRESS)) {
            if (op == 'u') {
                uint64_t u = strtoull(buf, NULL, base);
                if ((int64_t)u < 0) {
                    snprintf(buf, sizeof buf, "%" PRIu64, u);
                    store(sc, phpvm_cstr(buf));
                } else {
                    store(sc, phpvm_int((int64_t)u));
                }
            } else {
                store(sc, phpvm_int((int64_t)strtoll(buf, NULL, base)));
            }
        }
    }
    *sp = s;
    return true;
}

/* A string conversion (%s, %c, %[...]) at *sp; false when a set matched nothing. */
static bool convert_string(scan_t *sc, const char **sp, const char *set, size_t width, int flags)
{
    const char *s = *sp, *end = s;
    if (width == 0)
        width = SIZE_MAX;
    while (*end && (set ? in_set(set, *end) : !is_space(*end))) {
        end++;
        if (--width == 0)
            break;
    }
    if (set && end == s)
        return false;
    if (!(flags & SUPPRESS))
        store(sc, phpvm_str_value(s, (size_t)(end - s)));
    *sp = end;
    return true;
}

/* The set's end: just past its ']'. */
static const char *set_end(const char *f)
{
    skip_set(&f);
    return f;
}

/* Scans s by the (validated) format; returns the number of conversions, -1 when the
** input ended before the first one. */
static int scan(scan_t *sc, const char *s, const char *f)
{
    const char *base = s;
    int nconv = 0;
    bool underflow = false;
    while (*f) {
        char ch = *f++;
        if (is_space(ch)) {
            while (is_space(*s))
                s++;
            continue;
        }
        if (ch != '%' || *f == '%') {
            if (ch == '%')
                f++;
            if (!*s) {
                underflow = true;
                goto done;
            }
            if (*s++ != ch)
                goto done;
            continue;
        }
        int flags = 0;
        long xpg = *f == '*' ? -1 : xpg_index(&f);
        if (*f == '*') {
            flags |= SUPPRESS;
            f++;
        } else if (xpg >= 0) {
            sc->obj = (int)xpg - 1;
        }
        size_t width = 0;
        if (is_digit(*f))
            width = strtoul(f, (char **)&f, 10);
        if (*f == 'l' || *f == 'L' || *f == 'h')
            f++;
        char op = *f++;
        if (op == 'n') {
            if (!(flags & SUPPRESS))
                store(sc, phpvm_int(s - base));
            nconv++;
            continue;
        }
        const char *set = NULL;
        if (op == 'c' || op == '[') {
            flags |= NOSKIP;
            if (op == 'c' && width == 0)
                width = 1;
            if (op == '[') {
                set = f;
                f = set_end(f);
            }
        }
        if (!*s) {
            underflow = true;
            goto done;
        }
        if (!(flags & NOSKIP)) {
            while (is_space(*s))
                s++;
            if (!*s) {
                underflow = true;
                goto done;
            }
        }
        op = op == 'D' ? 'd' : (op == 'X' ? 'x' : op);
        if (strchr("eEgf", op))
            op = 'f';
        if (op == 's' || op == 'c' || op == '[') {
            if (!convert_string(sc, &s, set, width, flags))
                goto done;
        } else if (!convert_number(sc, &s, op, width, flags, &underflow)) {
            goto done;
        }
        nconv++;
    }
done:
    return underflow && nconv == 0 ? -1 : nconv;
}

/* The shared part of sscanf() and fscanf(): vars[0..nvars) the references. */
static rt_value_t scan_value(const char *s, rt_str_t *format, rt_value_t *vars, int nvars)
{
    int total = validate(format->data, nvars);
    if (total < 0)
        return RT_NOVALUE;
    scan_t sc = {NULL, vars, nvars, 0};
    if (!nvars) {
        sc.out = phpvm_array_new(total);
        for (int i = 0; i < total; i++)
            phpvm_array_append(sc.out, rt_none);
    }
    int n = scan(&sc, s, format->data);
    if (nvars)
        return rt_small(n);
    return n < 0 ? rt_none : rt_from_ptr(sc.out);
}

static rt_value_t fn_sscanf(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *s = phpvm_arg_str(args, argc, 0), *format = s ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!format)
        return RT_NOVALUE;
    return scan_value(s->data, format, args + 2, argc - 2);
}

static rt_value_t fn_fscanf(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t h = phpvm_deref(args[0]);
    if (phpvm_is_resource(h) && strcmp(((phpvm_resource_t *)rt_ptr(h))->type, "stream") != 0)
        return phpvm_throw("TypeError", "fscanf(): supplied resource is not a valid File-Handle "
                                        "resource");
    rt_value_t line = phpvm_std_stream_gets(args, 0);
    if (line == RT_NOVALUE || line == rt_false)
        return line;
    rt_str_t *format = phpvm_arg_str(args, argc, 1);
    if (!format)
        return RT_NOVALUE;
    return scan_value(phpvm_str(line)->data, format, args + 2, argc - 2);
}

static const phpvm_builtin_t functions[] = {
    {"sscanf", fn_sscanf, 2, -1, "string,format,vars", 1u << 31},
    {"fscanf", fn_fscanf, 2, -1, "stream,format,vars", 1u << 31},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_scanf = {"standard", functions, NULL, NULL, NULL, NULL};
