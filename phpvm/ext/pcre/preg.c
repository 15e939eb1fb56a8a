/*
** preg.c: ext/pcre's functions over PCRE2 (patterns from cache.c, scans from match.c):
** preg_match, preg_match_all, preg_split, preg_quote, preg_grep, preg_last_error(_msg).
** The replace family lives in replace.c.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/ext/pcre/pcre.h"

#define UNUSED (void)self

/* A subject offset as PHP clamps it: negative counts from the end. */
static size_t clamp_offset(int64_t off, size_t len)
{
    if (off >= 0)
        return (size_t)off;
    return (uint64_t)-off <= len ? len - (size_t)-off : 0;
}

/* preg_match_all's PATTERN_ORDER result: one array per group, named ones twice, then MARKs. */
static void pattern_order_result(phpvm_array_t *out, phpvm_pcre_entry_t *e, rt_tuple_t *sets,
                                 phpvm_array_t *marks)
{
    for (uint32_t i = 0; i < e->ngroups; i++) {
        rt_value_t set = phpvm_share(sets->items[i]);
        if (e->names && e->names[i])
            phpvm_array_set(out, rt_from_ptr(e->names[i]), set);
        phpvm_array_append(out, set);
    }
    if (marks)
        phpvm_array_set(out, phpvm_cstr("MARK"), rt_from_ptr(marks));
}

/* Appends one match to preg_match_all's PATTERN_ORDER sets, padding unset trailing groups. */
static void pattern_order_add(rt_tuple_t *sets, phpvm_array_t **marks, const phpvm_pcre_scan_t *s,
                              int64_t flags, int64_t nmatch)
{
    for (uint32_t i = 0; i < s->e->ngroups; i++)
        phpvm_array_append(phpvm_arr(sets->items[i]), phpvm_pcre_item(s, i, flags));
    PCRE2_SPTR mark = pcre2_get_mark(s->md);
    if (mark) {
        if (!*marks)
            *marks = phpvm_array_new(0);
        phpvm_array_set(*marks, rt_small(nmatch), phpvm_cstr((const char *)mark));
    }
}

/* preg_match and preg_match_all. */
static rt_value_t do_match(rt_value_t *args, int argc, bool global)
{
    rt_str_t *pattern = phpvm_arg_str(args, argc, 0);
    if (!pattern)
        return RT_NOVALUE;
    rt_str_t *subject = phpvm_arg_str(args, argc, 1);
    if (!subject)
        return RT_NOVALUE;
    int64_t flags = 0, off = 0;
    if (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &flags))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 4) && !phpvm_arg_long(args, argc, 4, &off))
        return RT_NOVALUE;
    if (off == INT64_MIN)
        return phpvm_throw("ValueError", "%s(): Argument #5 ($offset) must be greater than "
                                         "%" PRId64, phpvm_cur_builtin, INT64_MIN);
    phpvm_pcre_entry_t *e = phpvm_pcre_get(pattern);
    if (!e)
        return rt_false;
    bool want = phpvm_arg_given(argc, args, 2);
    phpvm_array_t *out = global ? phpvm_array_new(0) : phpvm_pcre_groups_new(e);
    if (want)
        phpvm_arg_set_ref(args, argc, 2, rt_from_ptr(out));
    int64_t order = flags & 0xff;
    if (global ? order > PHPVM_PREG_SET_ORDER : order != 0)
        return phpvm_throw("ValueError", "%s(): Argument #4 ($flags) must be a PREG_* constant",
                           phpvm_cur_builtin);
    if (global && order == 0)
        order = PHPVM_PREG_PATTERN_ORDER;
    size_t start = clamp_offset(off, (size_t)subject->len);
    if (start > (size_t)subject->len) {
        phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
        return rt_false;
    }
    phpvm_pcre_scan_t s;
    if (!phpvm_pcre_scan_init(&s, e, subject, start))
        return rt_false;
    rt_tuple_t *sets = NULL; /* PATTERN_ORDER: one array per group */
    phpvm_array_t *marks = NULL;
    if (want && global && order == PHPVM_PREG_PATTERN_ORDER) {
        sets = rt_tuple_new(e->ngroups);
        for (uint32_t i = 0; i < e->ngroups; i++)
            rt_tuple_init_item(sets, i, rt_from_ptr(phpvm_array_new(0)));
    }
    int64_t n = 0;
    int rc;
    while ((rc = phpvm_pcre_scan_next(&s)) == 1) {
        if (want && !global)
            phpvm_pcre_fill_groups(out, &s, flags);
        else if (sets)
            pattern_order_add(sets, &marks, &s, flags, n);
        else if (want) {
            phpvm_array_t *set = phpvm_pcre_groups_new(e);
            phpvm_pcre_fill_groups(set, &s, flags);
            phpvm_array_append(out, rt_from_ptr(set));
        }
        n++;
        if (!global)
            break;
    }
    phpvm_pcre_scan_done(&s);
    if (rc == -2 && want) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Get subpatterns list failed", phpvm_cur_builtin);
        return rt_false;
    }
    if (sets)
        pattern_order_result(out, e, sets, marks);
    return rc < 0 ? rt_false : rt_small(n);
}

static rt_value_t fn_preg_match(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_match(args, argc, false);
}

static rt_value_t fn_preg_match_all(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_match(args, argc, true);
}

/* Appends the piece [from, to) of a split subject, with its offset under OFFSET_CAPTURE. */
static void split_piece(phpvm_array_t *out, const char *subj, size_t from, size_t to,
                        bool offsets)
{
    rt_value_t v = phpvm_str_value(subj + from, to - from);
    if (offsets) {
        phpvm_array_t *pair = phpvm_array_new(2);
        phpvm_array_append(pair, v);
        phpvm_array_append(pair, phpvm_int((int64_t)from));
        v = rt_from_ptr(pair);
    }
    phpvm_array_append(out, v);
}

static rt_value_t fn_preg_split(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pattern = phpvm_arg_str(args, argc, 0), *subject;
    if (!pattern || !(subject = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    int64_t limit = -1, flags = 0;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &limit))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &flags))
        return RT_NOVALUE;
    phpvm_pcre_entry_t *e = phpvm_pcre_get(pattern);
    if (!e)
        return rt_false;
    bool no_empty = flags & PHPVM_PREG_SPLIT_NO_EMPTY;
    bool delims = flags & PHPVM_PREG_SPLIT_DELIM_CAPTURE;
    bool offsets = flags & PHPVM_PREG_SPLIT_OFFSET_CAPTURE;
    if (limit == 0)
        limit = -1;
    phpvm_array_t *out = phpvm_array_new(0);
    size_t last = 0, len = (size_t)subject->len;
    phpvm_pcre_scan_t s;
    if (!phpvm_pcre_scan_init(&s, e, subject, 0))
        return rt_false;
    int rc = 0;
    while ((limit == -1 || limit > 1) && (rc = phpvm_pcre_scan_next(&s)) == 1) {
        if (!no_empty || s.ov[0] != last) {
            split_piece(out, s.subj, last, s.ov[0], offsets);
            if (limit != -1)
                limit--;
        }
        for (int i = 1; delims && i < s.count; i++)
            if (!no_empty || s.ov[2 * i] != s.ov[2 * i + 1])
                split_piece(out, s.subj, s.ov[2 * i], s.ov[2 * i + 1], offsets);
        last = s.ov[1];
    }
    phpvm_pcre_scan_done(&s);
    if (rc < 0)
        return rt_false;
    if (!no_empty || last < len)
        split_piece(out, subject->data, last, len, offsets);
    return rt_from_ptr(out);
}

static rt_value_t fn_preg_quote(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *str = phpvm_arg_str(args, argc, 0), *delim = NULL;
    if (!str)
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
        !(delim = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    char d = delim && delim->len ? delim->data[0] : 0;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)str->len + 8);
    for (int64_t i = 0; i < str->len; i++) {
        char c = str->data[i];
        if (c == 0) {
            rt_strbuf_append(&b, "\\000", 4);
            continue;
        }
        if (strchr(".\\+*?[^]$(){}=!<>|:-#", c) || (d && c == d))
            rt_strbuf_append_char(&b, '\\');
        rt_strbuf_append_char(&b, c);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_preg_grep(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pattern = phpvm_arg_str(args, argc, 0);
    if (!pattern)
        return RT_NOVALUE;
    phpvm_array_t *in = phpvm_arg_array(args, argc, 1);
    if (!in)
        return RT_NOVALUE;
    int64_t flags = 0;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags))
        return RT_NOVALUE;
    phpvm_pcre_entry_t *e = phpvm_pcre_get(pattern);
    if (!e)
        return rt_false;
    bool invert = flags & PHPVM_PREG_GREP_INVERT;
    phpvm_array_t *out = phpvm_array_new(0);
    phpvm_pcre_last_error = PHPVM_PCRE_ERR_NONE;
    for (int64_t p = phpvm_array_first(in); p >= 0; p = phpvm_array_next(in, p)) {
        rt_value_t v = phpvm_array_val_at(in, p);
        rt_str_t *str = phpvm_to_str(v);
        if (!str)
            return RT_NOVALUE;
        phpvm_pcre_scan_t s;
        if (!phpvm_pcre_scan_init(&s, e, str, 0))
            break;
        int rc = phpvm_pcre_scan_next(&s);
        phpvm_pcre_scan_done(&s);
        if (rc < 0)
            break;
        if ((rc == 1) != invert) /* the element as it is: a reference stays one */
            phpvm_array_set(out, phpvm_array_key_at(in, p), phpvm_share(rt_map_value_at(in, p)));
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_preg_last_error(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return rt_small(phpvm_pcre_last_error);
}

static rt_value_t fn_preg_last_error_msg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    static const char *const msgs[] = {
        [PHPVM_PCRE_ERR_NONE] = "No error",
        [PHPVM_PCRE_ERR_INTERNAL] = "Internal error",
        [PHPVM_PCRE_ERR_BACKTRACK] = "Backtrack limit exhausted",
        [PHPVM_PCRE_ERR_RECURSION] = "Recursion limit exhausted",
        [PHPVM_PCRE_ERR_BAD_UTF8] = "Malformed UTF-8 characters, possibly incorrectly encoded",
        [PHPVM_PCRE_ERR_BAD_UTF8_OFFSET] =
            "The offset did not correspond to the beginning of a valid UTF-8 code point",
        [PHPVM_PCRE_ERR_JIT_STACK] = "JIT stack limit exhausted",
    };
    return phpvm_cstr(msgs[phpvm_pcre_last_error]);
}

static void pcre_init(void)
{
    char version[64];
    pcre2_config(PCRE2_CONFIG_VERSION, version);
    rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr("PCRE_VERSION"), phpvm_cstr(version));
    rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr("PCRE_JIT_SUPPORT"), rt_true);
}

static const phpvm_builtin_t functions[] = {
    {"preg_match", fn_preg_match, 2, 5, "pattern,subject,matches,flags,offset", 1u << 2},
    {"preg_match_all", fn_preg_match_all, 2, 5, "pattern,subject,matches,flags,offset", 1u << 2},
    {"preg_split", fn_preg_split, 2, 4, "pattern,subject,limit,flags", 0},
    {"preg_quote", fn_preg_quote, 1, 2, "str,delimiter", 0},
    {"preg_grep", fn_preg_grep, 2, 3, "pattern,array,flags", 0},
    {"preg_last_error", fn_preg_last_error, 0, 0, "", 0},
    {"preg_last_error_msg", fn_preg_last_error_msg, 0, 0, "", 0},
    {"preg_replace", phpvm_fn_preg_replace, 3, 5, "pattern,replacement,subject,limit,count",
     1u << 4},
    {"preg_filter", phpvm_fn_preg_filter, 3, 5, "pattern,replacement,subject,limit,count",
     1u << 4},
    {"preg_replace_callback", phpvm_fn_preg_replace_callback, 3, 6,
     "pattern,callback,subject,limit,count,flags", 1u << 4},
    {"preg_replace_callback_array", phpvm_fn_preg_replace_callback_array, 2, 5,
     "pattern,subject,limit,count,flags", 1u << 3},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"PREG_PATTERN_ORDER", PHPVM_PREG_PATTERN_ORDER},
    {"PREG_SET_ORDER", PHPVM_PREG_SET_ORDER},
    {"PREG_OFFSET_CAPTURE", PHPVM_PREG_OFFSET_CAPTURE},
    {"PREG_UNMATCHED_AS_NULL", PHPVM_PREG_UNMATCHED_AS_NULL},
    {"PREG_SPLIT_NO_EMPTY", PHPVM_PREG_SPLIT_NO_EMPTY},
    {"PREG_SPLIT_DELIM_CAPTURE", PHPVM_PREG_SPLIT_DELIM_CAPTURE},
    {"PREG_SPLIT_OFFSET_CAPTURE", PHPVM_PREG_SPLIT_OFFSET_CAPTURE},
    {"PREG_GREP_INVERT", PHPVM_PREG_GREP_INVERT},
    {"PREG_NO_ERROR", PHPVM_PCRE_ERR_NONE},
    {"PREG_INTERNAL_ERROR", PHPVM_PCRE_ERR_INTERNAL},
    {"PREG_BACKTRACK_LIMIT_ERROR", PHPVM_PCRE_ERR_BACKTRACK},
    {"PREG_RECURSION_LIMIT_ERROR", PHPVM_PCRE_ERR_RECURSION},
    {"PREG_BAD_UTF8_ERROR", PHPVM_PCRE_ERR_BAD_UTF8},
    {"PREG_BAD_UTF8_OFFSET_ERROR", PHPVM_PCRE_ERR_BAD_UTF8_OFFSET},
    {"PREG_JIT_STACKLIMIT_ERROR", PHPVM_PCRE_ERR_JIT_STACK},
    {"PCRE_VERSION_MAJOR", PCRE2_MAJOR},
    {"PCRE_VERSION_MINOR", PCRE2_MINOR},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_pcre = {"pcre", functions, constants, pcre_init, phpvm_pcre_ini_set, NULL};
