/*
** mbregex.c: ext/mbstring's multibyte regular expressions on Oniguruma, as PHP's mbregex
** builds them: mb_ereg/mb_eregi, the replace family (with PHP's \0..\9 and \k<name> backrefs,
** and a callback), mb_split, mb_ereg_match, the stateful mb_ereg_search* scanner, the regex
** encoding and the default options ("msr": Ruby syntax, multi- and single-line). Subjects
** that are invalid in the regex encoding fail as PHP's do, before any matching.
*/
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <oniguruma.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* The encodings mb_regex_encoding() accepts: NUL-separated names (the first is the one it
** reports), and Oniguruma's encoding. */
static const struct {
    const char *names;
    OnigEncoding enc;
} encodings[] = {
    {"UTF-8\0UTF8\0", ONIG_ENCODING_UTF8},
    {"EUC-JP\0EUCJP\0X-EUC-JP\0UJIS\0EUCJP-WIN\0", ONIG_ENCODING_EUC_JP},
    {"UTF-16\0UTF-16BE\0", ONIG_ENCODING_UTF16_BE},
    {"UTF-16LE\0", ONIG_ENCODING_UTF16_LE},
    {"UCS-4\0UTF-32\0UTF-32BE\0", ONIG_ENCODING_UTF32_BE},
    {"UCS-4LE\0UTF-32LE\0", ONIG_ENCODING_UTF32_LE},
    {"SJIS\0CP932\0MS932\0SHIFT_JIS\0SJIS-WIN\0WINDOWS-31J\0", ONIG_ENCODING_SJIS},
    {"BIG5\0BIG-5\0BIGFIVE\0CN-BIG5\0BIG-FIVE\0", ONIG_ENCODING_BIG5},
    {"EUC-CN\0EUCCN\0EUC_CN\0GB-2312\0GB2312\0", ONIG_ENCODING_EUC_CN},
    {"EUC-TW\0EUCTW\0EUC_TW\0", ONIG_ENCODING_EUC_TW},
    {"EUC-KR\0EUCKR\0EUC_KR\0", ONIG_ENCODING_EUC_KR},
    {"KOI8R\0KOI8-R\0KOI-8R\0", ONIG_ENCODING_KOI8_R},
    {"ISO-8859-1\0ISO8859-1\0", ONIG_ENCODING_ISO_8859_1},
    {"ISO-8859-2\0ISO8859-2\0", ONIG_ENCODING_ISO_8859_2},
    {"ISO-8859-3\0ISO8859-3\0", ONIG_ENCODING_ISO_8859_3},
    {"ISO-8859-4\0ISO8859-4\0", ONIG_ENCODING_ISO_8859_4},
    {"ISO-8859-5\0ISO8859-5\0", ONIG_ENCODING_ISO_8859_5},
    {"ISO-8859-6\0ISO8859-6\0", ONIG_ENCODING_ISO_8859_6},
    {"ISO-8859-7\0ISO8859-7\0", ONIG_ENCODING_ISO_8859_7},
    {"ISO-8859-8\0ISO8859-8\0", ONIG_ENCODING_ISO_8859_8},
    {"ISO-8859-9\0ISO8859-9\0", ONIG_ENCODING_ISO_8859_9},
    {"ISO-8859-10\0ISO8859-10\0", ONIG_ENCODING_ISO_8859_10},
    {"ISO-8859-11\0ISO8859-11\0", ONIG_ENCODING_ISO_8859_11},
    {"ISO-8859-13\0ISO8859-13\0", ONIG_ENCODING_ISO_8859_13},
    {"ISO-8859-14\0ISO8859-14\0", ONIG_ENCODING_ISO_8859_14},
    {"ISO-8859-15\0ISO8859-15\0", ONIG_ENCODING_ISO_8859_15},
    {"ISO-8859-16\0ISO8859-16\0", ONIG_ENCODING_ISO_8859_16},
    {"ASCII\0US-ASCII\0US_ASCII\0ISO646\0", ONIG_ENCODING_ASCII},
};
#define NENCODINGS (sizeof encodings / sizeof encodings[0])

/* The option letters of mb_regex_set_options() and the option arguments: flags, or a syntax. */
static const struct {
    char letter;
    OnigOptionType flags;
    OnigSyntaxType *syntax;
} letters[] = {
    {'i', ONIG_OPTION_IGNORECASE, NULL},
    {'x', ONIG_OPTION_EXTEND, NULL},
    {'p', ONIG_OPTION_MULTILINE | ONIG_OPTION_SINGLELINE, NULL},
    {'m', ONIG_OPTION_MULTILINE, NULL},
    {'s', ONIG_OPTION_SINGLELINE, NULL},
    {'l', ONIG_OPTION_FIND_LONGEST, NULL},
    {'n', ONIG_OPTION_FIND_NOT_EMPTY, NULL},
    {'j', 0, ONIG_SYNTAX_JAVA},
    {'u', 0, ONIG_SYNTAX_GNU_REGEX},
    {'g', 0, ONIG_SYNTAX_GREP},
    {'c', 0, ONIG_SYNTAX_EMACS},
    {'r', 0, ONIG_SYNTAX_RUBY},
    {'z', 0, ONIG_SYNTAX_PERL},
    {'b', 0, ONIG_SYNTAX_POSIX_BASIC},
    {'d', 0, ONIG_SYNTAX_POSIX_EXTENDED},
};
#define NLETTERS (sizeof letters / sizeof letters[0])

#define DEFAULT_OPTIONS (ONIG_OPTION_MULTILINE | ONIG_OPTION_SINGLELINE)

/* The per-request state: the regex encoding, the default options, and the search scanner.
** search_str is a GC root (registered at start-up). */
static size_t cur_enc;
static OnigOptionType default_options = DEFAULT_OPTIONS;
static OnigSyntaxType *default_syntax;
static rt_value_t search_str;
static size_t search_pos;
static regex_t *search_re;
static char *search_pat; /* search_re's pattern text (malloc'd) */
static size_t search_patlen;
static OnigRegion *search_regs;

/* Compiled patterns, reused while pattern, options, syntax and encoding stay the same;
** replaced round-robin. The search scanner's pattern is compiled apart (it outlives calls). */
enum { CACHE_SLOTS = 16 };
static struct {
    char *pattern;
    size_t len;
    regex_t *re;
} cache[CACHE_SLOTS];
static size_t cache_next;

static OnigEncoding cur_onig(void) { return encodings[cur_enc].enc; }

/* Whether s is valid in the regex encoding (ASCII: 7-bit bytes only). */
static bool valid_subject(const char *s, size_t n)
{
    OnigEncoding e = cur_onig();
    if (e == ONIG_ENCODING_ASCII) {
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80)
                return false;
        return true;
    }
    if (e == ONIG_ENCODING_UTF8)
        return rt_utf8_validate(s, n, NULL);
    return onigenc_is_valid_mbc_string(e, (const OnigUChar *)s, (const OnigUChar *)s + n);
}

/* Parses an option string into *opts (or'ed in) and *syntax (Ruby unless a letter says);
** false with PHP's ValueError pending for an unknown letter. */
static bool parse_options(const rt_str_t *s, OnigOptionType *opts, OnigSyntaxType **syntax)
{
    *syntax = ONIG_SYNTAX_RUBY;
    OnigOptionType o = 0;
    for (int64_t i = 0; i < s->len; i++) {
        size_t k = 0;
        while (k < NLETTERS && letters[k].letter != s->data[i])
            k++;
        if (k == NLETTERS) {
            phpvm_throw("ValueError", "Option \"%c\" is not supported", s->data[i]);
            return false;
        }
        o |= letters[k].flags;
        if (letters[k].syntax)
            *syntax = letters[k].syntax;
    }
    *opts |= o;
    return true;
}

/* The option string of (opts, syntax), as mb_regex_set_options() reports it. */
static rt_value_t options_string(OnigOptionType opts, OnigSyntaxType *syntax)
{
    char buf[16];
    size_t n = 0;
    for (size_t k = 0; k < NLETTERS; k++) {
        bool flag = letters[k].flags && (opts & letters[k].flags) == letters[k].flags;
        if (flag && (letters[k].letter == 'm' || letters[k].letter == 's') &&
            (opts & DEFAULT_OPTIONS) == DEFAULT_OPTIONS)
            flag = false; /* both are spelled 'p' */
        if (flag || (letters[k].syntax && letters[k].syntax == syntax))
            buf[n++] = letters[k].letter;
    }
    return phpvm_str_value(buf, n);
}

/* Makes re (compiled from pat) the scanner's pattern, freeing the old one; NULL: none. */
static void set_search(regex_t *re, const rt_str_t *pat)
{
    if (search_re)
        onig_free(search_re);
    free(search_pat);
    search_re = re;
    search_pat = NULL;
    search_patlen = 0;
    if (pat) {
        search_pat = malloc((size_t)pat->len + 1);
        memcpy(search_pat, pat->data, (size_t)pat->len);
        search_patlen = (size_t)pat->len;
    }
}

/* Compiles a pattern for the current encoding: NULL after PHP's warning when the pattern is not
** valid in the encoding or does not compile. The result is owned by the cache unless `own`. */
static regex_t *compile(const rt_str_t *pat, OnigOptionType opts, OnigSyntaxType *syntax, bool own)
{
    if (!valid_subject(pat->data, (size_t)pat->len)) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Pattern is not valid under %s encoding",
                    phpvm_cur_builtin, encodings[cur_enc].names);
        return NULL;
    }
    for (size_t i = 0; !own && i < CACHE_SLOTS; i++) {
        regex_t *re = cache[i].re;
        if (re && cache[i].len == (size_t)pat->len && memcmp(cache[i].pattern, pat->data,
                                                             cache[i].len) == 0 &&
            onig_get_options(re) == opts && onig_get_syntax(re) == syntax &&
            onig_get_encoding(re) == cur_onig())
            return re;
    }
    /* PHP caches one compiled pattern per text: recompiling the search pattern's text with other
    ** options replaces the scanner's pattern too, which is then gone (php-src bug #72399) */
    if (!own && search_re && search_patlen == (size_t)pat->len &&
        memcmp(search_pat, pat->data, search_patlen) == 0 &&
        (onig_get_options(search_re) != opts || onig_get_syntax(search_re) != syntax ||
         onig_get_encoding(search_re) != cur_onig()))
        set_search(NULL, NULL);
    regex_t *re;
    OnigErrorInfo info;
    const OnigUChar *p = (const OnigUChar *)pat->data;
    int rc = onig_new(&re, p, p + pat->len, opts, cur_onig(), syntax, &info);
    if (rc != ONIG_NORMAL) {
        OnigUChar msg[ONIG_MAX_ERROR_MESSAGE_LEN];
        onig_error_code_to_str(msg, rc, &info);
        phpvm_error(PHPVM_E_WARNING, "%s(): mbregex compile err: %s", phpvm_cur_builtin,
                    (const char *)msg);
        return NULL;
    }
    if (own)
        return re;
    size_t slot = cache_next++ % CACHE_SLOTS;
    if (cache[slot].re) {
        onig_free(cache[slot].re);
        free(cache[slot].pattern);
    }
    cache[slot].pattern = malloc((size_t)pat->len + 1);
    memcpy(cache[slot].pattern, pat->data, (size_t)pat->len);
    cache[slot].len = (size_t)pat->len;
    cache[slot].re = re;
    return re;
}

/* The limits mbstring.regex_stack_limit and mbstring.regex_retry_limit set (PHP's defaults), as
** match parameters; a value outside 0..UINT_MAX leaves Oniguruma's own limit. */
static long limits[2] = {100000, 1000000};
static const char *const limit_keys[2] = {"mbstring.regex_stack_limit",
                                          "mbstring.regex_retry_limit"};

static OnigMatchParam *match_param(void)
{
    static OnigMatchParam *mp;
    if (!mp)
        mp = onig_new_match_param();
    onig_initialize_match_param(mp);
    if (limits[0] >= 0 && (unsigned long)limits[0] <= UINT_MAX)
        onig_set_match_stack_limit_size_of_match_param(mp, (unsigned)limits[0]);
    if (limits[1] >= 0 && (unsigned long)limits[1] <= UINT_MAX)
        onig_set_retry_limit_in_match_of_match_param(mp, (unsigned long)limits[1]);
    return mp;
}

static const char *mbregex_ini(const char *key, const char *value)
{
    static char old[32];
    for (size_t i = 0; i < 2; i++) {
        if (strcmp(key, limit_keys[i]) != 0)
            continue;
        snprintf(old, sizeof old, "%ld", limits[i]);
        if (value)
            limits[i] = strtol(value, NULL, 10);
        return old;
    }
    return NULL;
}

static int search(regex_t *re, const rt_str_t *s, size_t from, OnigRegion *regs)
{
    const OnigUChar *p = (const OnigUChar *)s->data, *end = p + s->len;
    return onig_search_with_param(re, p, end, p + from, end, regs, ONIG_OPTION_NONE,
                                  match_param());
}

/* args[i] as a nullable string: NULL for null or absent (nothing pending), else the string;
** *err on a TypeError. */
static rt_str_t *opt_str(rt_value_t *args, int argc, int i, bool *err)
{
    *err = false;
    if (!phpvm_arg_given(argc, args, i) || phpvm_deref(args[i]) == rt_none)
        return NULL;
    rt_str_t *s = phpvm_arg_str(args, argc, i);
    *err = s == NULL;
    return s;
}

/* How a match's numbered groups are listed: mb_ereg's way (an empty or unset group is false),
** the search scanner's (only an unset group is false), or the callback's (all strings). */
enum listing { LIST_EREG, LIST_SEARCH, LIST_CALLBACK };

typedef struct named {
    phpvm_array_t *a;
    OnigRegion *regs;
    const rt_str_t *s;
} named_t;

/* onig_foreach_name's callback: a named group under its name, its text or false; for a name
** used twice, the group Oniguruma picks for a backreference (the last that matched). */
static int add_named(const OnigUChar *name, const OnigUChar *name_end, int ngroups, int *groups,
                     regex_t *re, void *arg)
{
    (void)ngroups, (void)groups;
    named_t *n = arg;
    int g = onig_name_to_backref_number(re, name, name_end, n->regs);
    int beg = n->regs->beg[g], end = n->regs->end[g];
    rt_value_t v = beg >= 0 && beg < end && end <= n->s->len
                       ? phpvm_str_value(n->s->data + beg, (size_t)(end - beg))
                       : rt_false;
    rt_value_t key = phpvm_str_value((const char *)name, (size_t)(name_end - name));
    phpvm_array_set(n->a, phpvm_key(key), v);
    return 0;
}

/* The groups of a match as an array: the numbered ones (see enum listing), then the named. */
static phpvm_array_t *groups_of(regex_t *re, OnigRegion *regs, const rt_str_t *s,
                                enum listing how)
{
    phpvm_array_t *a = phpvm_array_new(regs->num_regs);
    for (int i = 0; i < regs->num_regs; i++) {
        int beg = regs->beg[i], end = regs->end[i];
        bool ok = beg >= 0 && (how == LIST_EREG ? beg < end : beg <= end) && end <= s->len;
        rt_value_t v = rt_false;
        if (ok)
            v = phpvm_str_value(s->data + beg, (size_t)(end - beg));
        else if (how == LIST_CALLBACK)
            v = phpvm_str_value("", 0);
        phpvm_array_set(a, rt_small(i), v);
    }
    if (onig_number_of_names(re) > 0) {
        named_t n = {a, regs, s};
        onig_foreach_name(re, add_named, &n);
    }
    return a;
}

/* mb_ereg and mb_eregi: whether the pattern matches; the groups into $matches. */
static rt_value_t ereg(rt_value_t *args, int argc, OnigOptionType extra)
{
    rt_str_t *pat = phpvm_arg_str(args, argc, 0), *s = pat ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!s)
        return RT_NOVALUE;
    if (pat->len == 0)
        return phpvm_throw("ValueError", "%s(): Argument #1 ($pattern) must not be empty",
                           phpvm_cur_builtin);
    phpvm_arg_set_ref(args, argc, 2, rt_from_ptr(phpvm_array_new(0)));
    if (!valid_subject(s->data, (size_t)s->len))
        return rt_false;
    regex_t *re = compile(pat, default_options | extra, default_syntax, false);
    if (!re)
        return rt_false;
    OnigRegion *regs = onig_region_new();
    rt_value_t r = rt_false;
    if (search(re, s, 0, regs) >= 0) {
        if (argc > 2)
            phpvm_arg_set_ref(args, argc, 2, rt_from_ptr(groups_of(re, regs, s, LIST_EREG)));
        r = rt_true;
    }
    onig_region_free(regs, 1);
    return r;
}

static rt_value_t fn_mb_ereg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ereg(args, argc, 0);
}

static rt_value_t fn_mb_eregi(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ereg(args, argc, ONIG_OPTION_IGNORECASE);
}

/* The length of the character at p in the regex encoding (1 past the end or when invalid). */
static int char_len(const char *p, const char *end)
{
    int n = ONIGENC_MBC_ENC_LEN(cur_onig(), (const OnigUChar *)p);
    return n < 1 || n > end - p ? 1 : n;
}

/* The number a \k<...> or \k'...' reference names (-1: not a backreference of this pattern,
** the text is kept). *pp is just past the 'k'; it is moved past the closing delimiter. */
static int named_ref(regex_t *re, OnigRegion *regs, const char **pp, const char *eos)
{
    const char *p = *pp;
    if (p >= eos || (*p != '<' && *p != '\'')) {
        if (p < eos)
            *pp = p + char_len(p, eos);
        return -1;
    }
    char delim = *p == '<' ? '>' : '\'';
    const char *name = p + 1, *q = name;
    bool maybe_num = true;
    while (q < eos) {
        int n = char_len(q, eos);
        if (n != 1) {
            q += n;
            maybe_num = false;
            continue;
        }
        if (*q == delim)
            break;
        maybe_num = maybe_num && isdigit((unsigned char)*q);
        q++;
    }
    *pp = q + 1;
    if (q == name || q >= eos)
        return -1; /* PHP copies the text with one byte past its end, the terminating NUL */
    if (!maybe_num)
        return onig_name_to_backref_number(re, (const OnigUChar *)name, (const OnigUChar *)q,
                                           regs);
    if (!onig_noname_group_capture_is_active(re))
        return -1;
    if (q - name > 1 && name[0] == '0')
        return -1;
    return (int)strtol(name, NULL, 10);
}

/* Appends the replacement with PHP's backreferences: \0..\9, \k<name>, \k'n'. A backslash
** does not escape itself; references to groups that do not exist stay as written. */
static void substitute(rt_strbuf_t *b, const rt_str_t *s, const rt_str_t *rep, regex_t *re,
                       OnigRegion *regs)
{
    const char *p = rep->data, *eos = p + rep->len;
    while (p < eos) {
        int n = char_len(p, eos);
        if (n != 1 || *p != '\\' || p + 1 >= eos || char_len(p + 1, eos) != 1) {
            rt_strbuf_append(b, p, (size_t)n);
            p += n;
            continue;
        }
        const char *sp = p++;
        int no = -1;
        if (*p == 'k') {
            p++;
            no = named_ref(re, regs, &p, eos);
        } else if (*p >= '0' && *p <= '9') {
            no = *p == '0' || onig_noname_group_capture_is_active(re) ? *p - '0' : -1;
            p++;
        }
        if (no < 0 || no >= regs->num_regs) {
            rt_strbuf_append(b, sp, (size_t)((p > eos ? eos : p) - sp));
            if (p > eos)
                rt_strbuf_append_char(b, '\0');
            continue;
        }
        int beg = regs->beg[no], end = regs->end[no];
        if (beg >= 0 && beg < end && end <= s->len)
            rt_strbuf_append(b, s->data + beg, (size_t)(end - beg));
    }
}

/* The mb_ereg_replace family: every match replaced by the replacement text (callee == 0) or
** by what the callback returns for the match's groups. NULL for a subject invalid in the
** regex encoding, false when the pattern fails. */
static rt_value_t replace(rt_value_t *args, int argc, OnigOptionType opts, bool callback)
{
    rt_value_t callee = 0, ctx = 0;
    rt_str_t *pat = phpvm_arg_str(args, argc, 0), *rep = NULL, *s = NULL, *ostr = NULL;
    if (!pat)
        return RT_NOVALUE;
    if (callback ? !phpvm_arg_callable(args, 1, false, &callee, &ctx)
                 : !(rep = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    bool err;
    if (!(s = phpvm_arg_str(args, argc, 2)) || ((ostr = opt_str(args, argc, 3, &err)), err))
        return RT_NOVALUE;
    if (!valid_subject(s->data, (size_t)s->len))
        return rt_none;
    OnigSyntaxType *syntax = default_syntax;
    if (!ostr)
        opts |= default_options;
    else if (!parse_options(ostr, &opts, &syntax))
        return RT_NOVALUE;
    regex_t *re = compile(pat, opts, syntax, false);
    if (!re)
        return rt_false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    OnigRegion *regs = onig_region_new();
    size_t pos = 0, len = (size_t)s->len;
    rt_value_t r = RT_NOVALUE;
    for (;;) {
        int rc = search(re, s, pos, regs);
        if (rc < 0) {
            if (rc != ONIG_MISMATCH) {
                OnigUChar msg[ONIG_MAX_ERROR_MESSAGE_LEN];
                onig_error_code_to_str(msg, rc);
                phpvm_error(PHPVM_E_WARNING, "%s(): mbregex search failure in "
                            "php_mbereg_replace_exec(): %s", phpvm_cur_builtin, (char *)msg);
                r = rt_false;
                goto done;
            }
            rt_strbuf_append(&b, s->data + pos, len - pos);
            break;
        }
        rt_strbuf_append(&b, s->data + pos, (size_t)regs->beg[0] - pos);
        if (callback) {
            rt_value_t arg = rt_from_ptr(groups_of(re, regs, s, LIST_CALLBACK));
            rt_value_t v = phpvm_call_func(callee, ctx, &arg, 1);
            rt_str_t *vs = v == RT_NOVALUE ? NULL : phpvm_to_str(phpvm_deref(v));
            if (!vs)
                goto done;
            rt_strbuf_append_str(&b, vs);
        } else {
            substitute(&b, s, rep, re, regs);
        }
        size_t end = (size_t)regs->end[0];
        if (pos < end) {
            pos = end;
        } else { /* an empty match: step one byte, as PHP does */
            if (pos < len)
                rt_strbuf_append_char(&b, s->data[pos]);
            if (++pos > len)
                break;
        }
    }
    r = rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
done:
    onig_region_free(regs, 1);
    return r;
}

static rt_value_t fn_mb_ereg_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return replace(args, argc, 0, false);
}

static rt_value_t fn_mb_eregi_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return replace(args, argc, ONIG_OPTION_IGNORECASE, false);
}

static rt_value_t fn_mb_ereg_replace_callback(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return replace(args, argc, 0, true);
}

/* mb_split: the pieces between matches, at most `limit` (when positive). */
static rt_value_t fn_mb_split(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pat = phpvm_arg_str(args, argc, 0), *s = pat ? phpvm_arg_str(args, argc, 1) : NULL;
    int64_t count = -1;
    if (!s || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &count)))
        return RT_NOVALUE;
    if (count > 0)
        count--;
    if (!valid_subject(s->data, (size_t)s->len))
        return rt_false;
    regex_t *re = compile(pat, default_options, default_syntax, false);
    if (!re)
        return rt_false;
    phpvm_array_t *a = phpvm_array_new(0);
    OnigRegion *regs = onig_region_new();
    size_t pos = 0, chunk = 0, len = (size_t)s->len;
    while (count != 0 && pos < len) {
        if (search(re, s, pos, regs) < 0)
            break;
        size_t beg = (size_t)regs->beg[0], end = (size_t)regs->end[0];
        if (pos < end) {
            phpvm_array_append(a, phpvm_str_value(s->data + chunk, beg - chunk));
            count--;
            chunk = pos = end;
        } else {
            pos++;
        }
    }
    onig_region_free(regs, 1);
    phpvm_array_append(a, phpvm_str_value(s->data + chunk, len - chunk));
    return rt_from_ptr(a);
}

/* mb_ereg_match: whether the pattern matches at the start of the string. */
static rt_value_t fn_mb_ereg_match(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pat = phpvm_arg_str(args, argc, 0), *s = pat ? phpvm_arg_str(args, argc, 1) : NULL;
    bool err;
    rt_str_t *ostr = s ? opt_str(args, argc, 2, &err) : NULL;
    if (!s || err)
        return RT_NOVALUE;
    OnigOptionType opts = 0;
    OnigSyntaxType *syntax = default_syntax;
    if (!ostr)
        opts = default_options;
    else if (!parse_options(ostr, &opts, &syntax))
        return RT_NOVALUE;
    if (!valid_subject(s->data, (size_t)s->len))
        return rt_false;
    regex_t *re = compile(pat, opts, syntax, false);
    if (!re)
        return rt_false;
    const OnigUChar *p = (const OnigUChar *)s->data;
    return onig_match_with_param(re, p, p + s->len, p, NULL, ONIG_OPTION_NONE, match_param()) >= 0
               ? rt_true
               : rt_false;
}

static void drop_regs(void)
{
    if (search_regs)
        onig_region_free(search_regs, 1);
    search_regs = NULL;
}

/* Makes a new search pattern current (the old one is freed); false after the warning. */
static bool set_search_re(rt_str_t *pat, rt_str_t *ostr)
{
    OnigOptionType opts = 0;
    OnigSyntaxType *syntax = default_syntax;
    if (!ostr)
        opts = default_options;
    else
        parse_options(ostr, &opts, &syntax); /* PHP ignores the ValueError here */
    if (ostr && rt_exc_pending())
        return false;
    regex_t *re = compile(pat, opts, syntax, true);
    if (!re)
        return false;
    set_search(re, pat);
    return true;
}

/* mb_ereg_search, _pos and _regs: the next match of the scanner from its position. */
static rt_value_t search_next(rt_value_t *args, int argc, int mode)
{
    bool err;
    rt_str_t *pat = opt_str(args, argc, 0, &err), *ostr = NULL;
    if (err || ((ostr = opt_str(args, argc, 1, &err)), err))
        return RT_NOVALUE;
    drop_regs();
    if (pat && !set_search_re(pat, ostr))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    if (!search_re)
        return phpvm_throw("Error", "No pattern was provided");
    if (!search_str)
        return phpvm_throw("Error", "No string was provided");
    rt_str_t *s = phpvm_str(search_str);
    search_regs = onig_region_new();
    int rc = search(search_re, s, search_pos, search_regs);
    if (rc < 0) {
        if (rc == ONIG_MISMATCH) {
            search_pos = (size_t)s->len;
        } else {
            OnigUChar msg[ONIG_MAX_ERROR_MESSAGE_LEN];
            onig_error_code_to_str(msg, rc);
            phpvm_error(PHPVM_E_WARNING, "%s(): mbregex search failure in mbregex_search(): %s",
                        phpvm_cur_builtin, (char *)msg);
        }
        drop_regs();
        return rt_false;
    }
    rt_value_t r = rt_true;
    int beg = search_regs->beg[0], end = search_regs->end[0];
    if (mode == 1) {
        phpvm_array_t *a = phpvm_array_new(2);
        phpvm_array_append(a, rt_small(beg));
        phpvm_array_append(a, rt_small(end - beg));
        r = rt_from_ptr(a);
    } else if (mode == 2) {
        r = rt_from_ptr(groups_of(search_re, search_regs, s, LIST_SEARCH));
    }
    search_pos = search_pos <= (size_t)end ? (size_t)end : search_pos + 1;
    return r;
}

static rt_value_t fn_mb_ereg_search(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return search_next(args, argc, 0);
}

static rt_value_t fn_mb_ereg_search_pos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return search_next(args, argc, 1);
}

static rt_value_t fn_mb_ereg_search_regs(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return search_next(args, argc, 2);
}

/* mb_ereg_search_init: the string (and optionally the pattern) to scan, from position 0; false
** (position at the end) for a string invalid in the regex encoding. */
static rt_value_t fn_mb_ereg_search_init(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool err;
    rt_str_t *s = phpvm_arg_str(args, argc, 0), *pat = NULL, *ostr = NULL;
    if (!s || ((pat = opt_str(args, argc, 1, &err)), err) ||
        ((ostr = opt_str(args, argc, 2, &err)), err))
        return RT_NOVALUE;
    if (pat && pat->len == 0)
        return phpvm_throw("ValueError", "mb_ereg_search_init(): Argument #2 ($pattern) must "
                                         "not be empty");
    if (pat && !set_search_re(pat, ostr))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    search_str = rt_from_ptr(s);
    bool ok = valid_subject(s->data, (size_t)s->len);
    search_pos = ok ? 0 : (size_t)s->len;
    drop_regs();
    return ok ? rt_true : rt_false;
}

static rt_value_t fn_mb_ereg_search_getregs(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!search_regs || !search_str)
        return rt_false;
    return rt_from_ptr(groups_of(search_re, search_regs, phpvm_str(search_str), LIST_SEARCH));
}

static rt_value_t fn_mb_ereg_search_getpos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return rt_small((int64_t)search_pos);
}

static rt_value_t fn_mb_ereg_search_setpos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t pos;
    if (!phpvm_arg_long(args, argc, 0, &pos))
        return RT_NOVALUE;
    int64_t len = search_str ? phpvm_str(search_str)->len : INT64_MAX;
    if (pos < 0 && search_str)
        pos += len;
    if (pos < 0 || pos > len)
        return phpvm_throw("ValueError", "mb_ereg_search_setpos(): Argument #1 ($offset) is out "
                                         "of range");
    search_pos = (size_t)pos;
    return rt_true;
}

/* mb_regex_encoding: the regex encoding's name, or sets it. */
static rt_value_t fn_mb_regex_encoding(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool err;
    rt_str_t *name = opt_str(args, argc, 0, &err);
    if (err)
        return RT_NOVALUE;
    if (!name)
        return phpvm_cstr(encodings[cur_enc].names);
    for (size_t i = 0; i < NENCODINGS; i++)
        for (const char *n = encodings[i].names; *n; n += strlen(n) + 1)
            if (strcasecmp(n, name->data) == 0) {
                cur_enc = i;
                return rt_true;
            }
    return phpvm_throw("ValueError", "mb_regex_encoding(): Argument #1 ($encoding) must be a "
                                     "valid encoding, \"%s\" given", name->data);
}

/* mb_regex_set_options: the default options before the call (they change when given). */
static rt_value_t fn_mb_regex_set_options(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool err;
    rt_str_t *ostr = opt_str(args, argc, 0, &err);
    if (err)
        return RT_NOVALUE;
    OnigOptionType prev = default_options;
    OnigSyntaxType *prev_syntax = default_syntax;
    if (ostr) {
        OnigOptionType opts = 0;
        OnigSyntaxType *syntax;
        if (!parse_options(ostr, &opts, &syntax))
            return RT_NOVALUE;
        default_options = opts;
        default_syntax = syntax;
    }
    return options_string(prev, prev_syntax);
}

/* Start-up (once): the scanner's string becomes a root; the default syntax is Ruby's. */
static void mbregex_init(void)
{
    gc_root_add(&search_str, 1);
    default_syntax = ONIG_SYNTAX_RUBY;
}

/* Request end: the defaults again, the scanner emptied. Compiled patterns stay cached. */
static void mbregex_shutdown(void)
{
    cur_enc = 0;
    default_options = DEFAULT_OPTIONS;
    default_syntax = ONIG_SYNTAX_RUBY;
    search_str = 0;
    search_pos = 0;
    drop_regs();
    set_search(NULL, NULL);
    limits[0] = 100000;
    limits[1] = 1000000;
}

static const phpvm_builtin_t functions[] = {
    {"mb_regex_encoding", fn_mb_regex_encoding, 0, 1, "encoding", 0},
    {"mb_ereg", fn_mb_ereg, 2, 3, "pattern,string,matches", 1u << 2},
    {"mb_eregi", fn_mb_eregi, 2, 3, "pattern,string,matches", 1u << 2},
    {"mb_ereg_replace", fn_mb_ereg_replace, 3, 4, "pattern,replacement,string,options", 0},
    {"mb_eregi_replace", fn_mb_eregi_replace, 3, 4, "pattern,replacement,string,options", 0},
    {"mb_ereg_replace_callback", fn_mb_ereg_replace_callback, 3, 4,
     "pattern,callback,string,options", 0},
    {"mb_split", fn_mb_split, 2, 3, "pattern,string,limit", 0},
    {"mb_ereg_match", fn_mb_ereg_match, 2, 3, "pattern,string,options", 0},
    {"mb_ereg_search", fn_mb_ereg_search, 0, 2, "pattern,options", 0},
    {"mb_ereg_search_pos", fn_mb_ereg_search_pos, 0, 2, "pattern,options", 0},
    {"mb_ereg_search_regs", fn_mb_ereg_search_regs, 0, 2, "pattern,options", 0},
    {"mb_ereg_search_init", fn_mb_ereg_search_init, 1, 3, "string,pattern,options", 0},
    {"mb_ereg_search_getregs", fn_mb_ereg_search_getregs, 0, 0, "", 0},
    {"mb_ereg_search_getpos", fn_mb_ereg_search_getpos, 0, 0, "", 0},
    {"mb_ereg_search_setpos", fn_mb_ereg_search_setpos, 1, 1, "offset", 0},
    {"mb_regex_set_options", fn_mb_regex_set_options, 0, 1, "options", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_mbregex = {"mbstring", functions, NULL, mbregex_init, mbregex_ini,
                                       mbregex_shutdown};
