/*
** info.c: ext/standard's small system and version functions: version_compare (PHP's
** canonical version ordering), phpversion, php_uname, sleep/usleep, set_time_limit,
** gethostname, sys_getloadavg, getrusage, get_current_user and str_getcsv (escapeshellarg and
** escapeshellcmd are in exec.c).
*/
#include <errno.h>
#include <ctype.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* ---- version_compare ---- */

/* "1.0rc1-dev" -> "1.0.rc.1.dev": separators -_+ and other non-alphanumerics become '.', and a
** '.' goes between digits and letters. */
static char *canon(const rt_str_t *v)
{
    char *out = malloc(2 * (size_t)v->len + 1), *q = out;
    const char *p = v->data, *end = p + v->len;
    char last = *p;
    *q++ = *p++;
#define ISDIG(c) (isdigit((unsigned char)(c)))
#define ISNDIG(c) (!isdigit((unsigned char)(c)) && (c) != '.')
    for (; p < end; last = *p++) {
        char c = *p;
        if (c == '-' || c == '_' || c == '+') {
            if (q[-1] != '.')
                *q++ = '.';
        } else if ((ISNDIG(last) && ISDIG(c)) || (ISDIG(last) && ISNDIG(c))) {
            if (q[-1] != '.')
                *q++ = '.';
            *q++ = c;
        } else if (!isalnum((unsigned char)c)) {
            if (q[-1] != '.')
                *q++ = '.';
        } else {
            *q++ = c;
        }
    }
#undef ISDIG
#undef ISNDIG
    *q = 0;
    return out;
}

/* The order of a non-numeric part: dev < alpha = a < beta = b < RC = rc < number < pl = p;
** anything else sorts first. */
static int form_order(const char *s)
{
    static const struct {
        const char *name;
        int order;
    } forms[] = {{"dev", 0}, {"alpha", 1}, {"a", 1}, {"beta", 2}, {"b", 2},
                 {"RC", 3},  {"rc", 3},    {"#", 4}, {"pl", 5},   {"p", 5}};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strncmp(s, forms[i].name, strlen(forms[i].name)) == 0)
            return forms[i].order;
    return -1;
}

static int cmp_int(long a, long b) { return a < b ? -1 : a > b; }

static int compare_parts(char *p1, char *p2);

static int version_cmp(const char *a, const char *b)
{
    if (!*a || !*b)
        return !*a && !*b ? 0 : *a ? 1 : -1;
    rt_str_t *sa = rt_str_from_cstr(a), *sb = rt_str_from_cstr(b);
    char *v1 = canon(sa), *v2 = canon(sb);
    int r = compare_parts(v1, v2);
    free(v1);
    free(v2);
    return r;
}

static int compare_parts(char *p1, char *p2)
{
    char *n1 = p1, *n2 = p2;
    int c = 0;
    while (*p1 && *p2 && n1 && n2) {
        if ((n1 = strchr(p1, '.')) != NULL)
            *n1 = 0;
        if ((n2 = strchr(p2, '.')) != NULL)
            *n2 = 0;
        if (isdigit((unsigned char)*p1) && isdigit((unsigned char)*p2))
            c = cmp_int(strtol(p1, NULL, 10), strtol(p2, NULL, 10));
        else if (!isdigit((unsigned char)*p1) && !isdigit((unsigned char)*p2))
            c = cmp_int(form_order(p1), form_order(p2));
        else
            c = isdigit((unsigned char)*p1) ? cmp_int(form_order("#N#"), form_order(p2))
                                            : cmp_int(form_order(p1), form_order("#N#"));
        if (c)
            return c;
        if (n1)
            p1 = n1 + 1;
        if (n2)
            p2 = n2 + 1;
    }
    if (n1)
        return isdigit((unsigned char)*p1) ? 1 : version_cmp(p1, "#N#");
    if (n2)
        return isdigit((unsigned char)*p2) ? -1 : version_cmp("#N#", p2);
    return 0;
}

static rt_value_t fn_version_compare(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *a = phpvm_arg_str(args, argc, 0), *b, *op = NULL;
    if (!a || !(b = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
        !(op = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    int c = version_cmp(a->data, b->data);
    if (!op)
        return rt_small(c);
    static const struct {
        const char *name;
        int lt, eq, gt;
    } ops[] = {{"<", 1, 0, 0},  {"lt", 1, 0, 0}, {"<=", 1, 1, 0}, {"le", 1, 1, 0},
               {">", 0, 0, 1},  {"gt", 0, 0, 1}, {">=", 0, 1, 1}, {"ge", 0, 1, 1},
               {"==", 0, 1, 0}, {"eq", 0, 1, 0}, {"!=", 1, 0, 1}, {"<>", 1, 0, 1},
               {"ne", 1, 0, 1}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(op->data, ops[i].name) == 0)
            return rt_bool(c < 0 ? ops[i].lt : c == 0 ? ops[i].eq : ops[i].gt);
    return phpvm_throw("ValueError", "version_compare(): Argument #3 ($operator) must be a valid "
                                     "comparison operator");
}

/* ---- the system ---- */

static rt_value_t fn_phpversion(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none) {
        rt_str_t *e = phpvm_arg_str(args, argc, 0);
        if (!e)
            return RT_NOVALUE;
        if (!phpvm_ext_loaded(e->data))
            return rt_false;
    }
    return phpvm_const_lookup(rt_str_from_cstr("PHP_VERSION"));
}

static rt_value_t fn_php_uname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *mode = NULL;
    if (phpvm_arg_given(argc, args, 0) && !(mode = phpvm_arg_str(args, argc, 0)))
        return RT_NOVALUE;
    char m = mode && mode->len ? mode->data[0] : 'a'; /* other letters: 'a' */
    struct utsname u;
    uname(&u);
    const char *one = m == 's' ? u.sysname : m == 'n' ? u.nodename : m == 'r' ? u.release
                      : m == 'v' ? u.version : m == 'm' ? u.machine : NULL;
    if (one)
        return phpvm_cstr(one);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 256);
    rt_strbuf_appendf(&b, "%s %s %s %s %s", u.sysname, u.nodename, u.release, u.version,
                      u.machine);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* Sleeps the whole time: the max_execution_time timer's signal (PHP's counts CPU time, which a
** sleep does not use) resumes the sleep rather than ending it; no PHP code handles signals. */
static void sleep_fully(struct timespec ts)
{
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        continue;
}

static rt_value_t fn_sleep(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    if (n < 0)
        return phpvm_throw("ValueError", "sleep(): Argument #1 ($seconds) must be greater than "
                                         "or equal to 0");
    struct timespec ts = {n, 0};
    sleep_fully(ts);
    return phpvm_int(0);
}

static rt_value_t fn_usleep(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    if (n < 0)
        return phpvm_throw("ValueError", "usleep(): Argument #1 ($microseconds) must be greater "
                                         "than or equal to 0");
    struct timespec ts = {n / 1000000, (long)(n % 1000000) * 1000};
    sleep_fully(ts);
    return rt_none;
}

static rt_value_t fn_set_time_limit(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    phpvm_request_set_time_limit(n < 0 ? 0 : n > INT32_MAX ? INT32_MAX : (int)n);
    return rt_true;
}

/* putenv("NAME=value") sets, putenv("NAME") removes (the environment getenv() reads). */
static rt_value_t fn_putenv(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    const char *eq = memchr(s->data, '=', (size_t)s->len);
    if (s->len == 0 || eq == s->data)
        return phpvm_throw("ValueError", "putenv(): Argument #1 ($assignment) must have a valid "
                                         "syntax");
    if (!eq)
        return rt_bool(unsetenv(s->data) == 0);
    rt_str_t *name = rt_str_new(s->data, (size_t)(eq - s->data));
    return rt_bool(setenv(name->data, eq + 1, 1) == 0);
}

static rt_value_t fn_gethostname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0)
        return rt_false;
    buf[sizeof buf - 1] = 0;
    return phpvm_cstr(buf);
}

static rt_value_t fn_sys_getloadavg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    double l[3];
    if (getloadavg(l, 3) != 3)
        return rt_false;
    phpvm_array_t *r = phpvm_array_new(3);
    for (int i = 0; i < 3; i++)
        phpvm_array_append(r, phpvm_float(l[i]));
    return rt_from_ptr(r);
}

static rt_value_t fn_getrusage(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct rusage u;
    int64_t who = 0;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &who))
        return RT_NOVALUE;
    if (getrusage(who == 1 ? RUSAGE_CHILDREN : RUSAGE_SELF, &u) != 0)
        return rt_false;
    phpvm_array_t *r = phpvm_array_new(16);
    const struct {
        const char *k;
        long v;
    } f[] = {{"ru_oublock", u.ru_oublock}, {"ru_inblock", u.ru_inblock},
             {"ru_msgsnd", u.ru_msgsnd},   {"ru_msgrcv", u.ru_msgrcv},
             {"ru_maxrss", u.ru_maxrss},   {"ru_ixrss", u.ru_ixrss},
             {"ru_idrss", u.ru_idrss},     {"ru_minflt", u.ru_minflt},
             {"ru_majflt", u.ru_majflt},   {"ru_nsignals", u.ru_nsignals},
             {"ru_nvcsw", u.ru_nvcsw},     {"ru_nivcsw", u.ru_nivcsw},
             {"ru_nswap", u.ru_nswap},     {"ru_utime.tv_usec", u.ru_utime.tv_usec},
             {"ru_utime.tv_sec", u.ru_utime.tv_sec}, {"ru_stime.tv_usec", u.ru_stime.tv_usec},
             {"ru_stime.tv_sec", u.ru_stime.tv_sec}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        phpvm_array_set(r, phpvm_cstr(f[i].k), phpvm_int(f[i].v));
    return rt_from_ptr(r);
}

static rt_value_t fn_get_current_user(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    struct passwd *pw = getpwuid(getuid());
    return phpvm_cstr(pw ? pw->pw_name : "");
}

/* ---- str_getcsv ---- */

/* One CSV character argument (separator, enclosure, escape; escape may be empty: -1). */
static bool csv_arg(rt_value_t *args, int argc, int i, const char *name, int def, bool may_empty,
                    int *out)
{
    *out = def;
    if (!phpvm_arg_given(argc, args, i))
        return true;
    rt_str_t *s = phpvm_arg_str(args, argc, i);
    if (!s)
        return false;
    if (s->len == 0 && may_empty) {
        *out = -1;
        return true;
    }
    if (s->len == 0) { /* longer ones: their first character */
        phpvm_throw("ValueError", "str_getcsv(): Argument #%d ($%s) must be a single character",
                    i + 1, name);
        return false;
    }
    *out = (unsigned char)s->data[0];
    return true;
}

static rt_value_t fn_str_getcsv(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    int sep, enc, esc;
    if (!s || !csv_arg(args, argc, 1, "separator", ',', false, &sep) ||
        !csv_arg(args, argc, 2, "enclosure", '"', false, &enc) ||
        !csv_arg(args, argc, 3, "escape", '\\', true, &esc))
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(0);
    int64_t n = s->len;
    if (n && s->data[n - 1] == '\n')
        n--;
    if (n && s->data[n - 1] == '\r')
        n--;
    if (n == 0) {
        phpvm_array_append(out, rt_none);
        return rt_from_ptr(out);
    }
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t p = 0;
    for (;;) {
        rt_strbuf_t f;
        rt_strbuf_init(&f, 32);
        int64_t q = p;
        while (q < n && (d[q] == ' ' || d[q] == '\t') && d[q] != sep)
            q++;
        if (q < n && d[q] == enc) {
            for (p = q + 1; p < n;) {
                if ((int)d[p] == esc && esc != enc && p + 1 < n) {
                    rt_strbuf_append(&f, (const char *)d + p, 2);
                    p += 2;
                } else if (d[p] == enc) {
                    if (p + 1 < n && d[p + 1] == enc) {
                        rt_strbuf_append_char(&f, (char)enc);
                        p += 2;
                    } else {
                        p++;
                        break;
                    }
                } else {
                    rt_strbuf_append_char(&f, (char)d[p++]);
                }
            }
        }
        while (p < n && d[p] != sep)
            rt_strbuf_append_char(&f, (char)d[p++]);
        phpvm_array_append(out, rt_from_ptr(rt_strbuf_finish(&f, &rt_type_str)));
        if (p >= n)
            break;
        p++;
    }
    return rt_from_ptr(out);
}

const phpvm_builtin_t phpvm_ext_info[] = {
    {"version_compare", fn_version_compare, 2, 3, "version1,version2,operator", 0},
    {"phpversion", fn_phpversion, 0, 1, "extension", 0},
    {"php_uname", fn_php_uname, 0, 1, "mode", 0},
    {"sleep", fn_sleep, 1, 1, "seconds", 0},
    {"usleep", fn_usleep, 1, 1, "microseconds", 0},
    {"set_time_limit", fn_set_time_limit, 1, 1, "seconds", 0},
    {"gethostname", fn_gethostname, 0, 0, "", 0},
    {"putenv", fn_putenv, 1, 1, "assignment", 0},
    {"sys_getloadavg", fn_sys_getloadavg, 0, 0, "", 0},
    {"getrusage", fn_getrusage, 0, 1, "mode", 0},
    {"get_current_user", fn_get_current_user, 0, 0, "", 0},
    {"str_getcsv", fn_str_getcsv, 1, 4, "string,separator,enclosure,escape", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
