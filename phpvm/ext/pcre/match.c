/*
** match.c: running a compiled pattern over a subject the way every preg_* function does: the
** Perl-style global scan (after an empty match, first try a non-empty match anchored at the
** same place, else move one character on), PHP's UTF-8 checks for /u patterns, the mapping of
** PCRE2's errors to preg_last_error() codes, and the arrays of groups that preg_match,
** preg_match_all and the replace callbacks receive.
*/
#include "phpvm/ext/pcre/pcre.h"

/* The error code of a failed pcre2_match, as preg_last_error() reports it. */
static int exec_error(int rc)
{
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
        return PHPVM_PCRE_ERR_BACKTRACK;
    case PCRE2_ERROR_DEPTHLIMIT:
        return PHPVM_PCRE_ERR_RECURSION;
    case PCRE2_ERROR_BADUTFOFFSET:
        return PHPVM_PCRE_ERR_BAD_UTF8_OFFSET;
    case PCRE2_ERROR_JIT_STACKLIMIT:
        return PHPVM_PCRE_ERR_JIT_STACK;
    default:
        return rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21
                   ? PHPVM_PCRE_ERR_BAD_UTF8
                   : PHPVM_PCRE_ERR_INTERNAL;
    }
}

bool phpvm_pcre_scan_init(phpvm_pcre_scan_t *s, phpvm_pcre_entry_t *e, rt_str_t *subject,
                          size_t start)
{
    s->e = e;
    s->subject = subject;
    s->subj = subject->data;
    s->len = (size_t)subject->len;
    s->start = start;
    s->retry_empty = false;
    s->count = 0;
    s->ov = NULL;
    /* PCRE2 checks the subject's UTF-8 only when the string is not already known to be valid
    ** (the runtime caches that fact) or the offset splits a character. */
    s->check_utf = e->utf && (!rt_str_is_utf8(subject) ||
                              (start < s->len && ((uint8_t)s->subj[start] & 0xC0) == 0x80));
    /* A nested scan of the same pattern (from a replace callback) needs its own match data. */
    s->md = e->busy == 0 && e->md ? e->md : pcre2_match_data_create_from_pattern(e->re, NULL);
    if (!s->md) {
        phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
        return false;
    }
    e->busy++;
    phpvm_pcre_last_error = PHPVM_PCRE_ERR_NONE;
    return true;
}

void phpvm_pcre_scan_done(phpvm_pcre_scan_t *s)
{
    if (s->md != s->e->md)
        pcre2_match_data_free(s->md);
    s->e->busy--;
}

int phpvm_pcre_scan_next(phpvm_pcre_scan_t *s)
{
    for (;;) {
        if (s->start > s->len) {
            phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
            return -1;
        }
        uint32_t opts = (s->check_utf ? 0 : PCRE2_NO_UTF_CHECK) |
                        (phpvm_pcre_ini.jit ? 0 : PCRE2_NO_JIT);
        if (s->retry_empty)
            opts |= PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED;
        /* pcre2_jit_match skips pcre2_match's set-up (as PHP calls it), but checks no UTF-8
        ** and has no match-time PCRE2_ANCHORED */
        bool direct = s->e->jit && phpvm_pcre_ini.jit && !s->check_utf && !s->retry_empty;
        s->check_utf = false;
        int rc = direct ? pcre2_jit_match(s->e->re, (PCRE2_SPTR)s->subj, s->len, s->start, 0,
                                          s->md, phpvm_pcre_match_context())
                        : pcre2_match(s->e->re, (PCRE2_SPTR)s->subj, s->len, s->start, opts,
                                      s->md, phpvm_pcre_match_context());
        if (rc >= 0) {
            s->ov = pcre2_get_ovector_pointer(s->md);
            if (rc == 0) {
                phpvm_error(PHPVM_E_NOTICE, "%s(): Matched, but too many substrings",
                            phpvm_cur_builtin);
                rc = (int)s->e->ngroups;
            }
            if (s->ov[1] < s->ov[0]) { /* \K in a lookahead */
                phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
                return -2;
            }
            s->count = rc;
            s->retry_empty = s->ov[1] == s->ov[0];
            s->start = s->ov[1];
            return 1;
        }
        if (rc != PCRE2_ERROR_NOMATCH) {
            phpvm_pcre_last_error = exec_error(rc);
            return -1;
        }
        if (!s->retry_empty || s->start >= s->len)
            return 0;
        /* The empty match could not be followed by a non-empty one here: move one
        ** character on (a whole UTF-8 sequence under /u) and search normally. */
        s->retry_empty = false;
        s->start++;
        if (s->e->utf)
            while (s->start < s->len && ((uint8_t)s->subj[s->start] & 0xC0) == 0x80)
                s->start++;
    }
}

rt_value_t phpvm_pcre_group(const phpvm_pcre_scan_t *s, uint32_t i, bool unmatched_null)
{
    if (i >= (uint32_t)s->count || s->ov[2 * i] == PCRE2_UNSET)
        return unmatched_null ? rt_none : phpvm_str_value("", 0);
    return phpvm_str_value(s->subj + s->ov[2 * i], s->ov[2 * i + 1] - s->ov[2 * i]);
}

rt_value_t phpvm_pcre_item(const phpvm_pcre_scan_t *s, uint32_t i, int64_t flags)
{
    rt_value_t v = phpvm_pcre_group(s, i, flags & PHPVM_PREG_UNMATCHED_AS_NULL);
    if (!(flags & PHPVM_PREG_OFFSET_CAPTURE))
        return v;
    bool unset = i >= (uint32_t)s->count || s->ov[2 * i] == PCRE2_UNSET;
    phpvm_array_t *pair = phpvm_array_new(2);
    phpvm_array_append(pair, v);
    phpvm_array_append(pair, unset ? rt_small(-1) : phpvm_int((int64_t)s->ov[2 * i]));
    return rt_from_ptr(pair);
}

/* Stores a named group's value: a matched group wins over an unmatched one of the same name
** (/J patterns), else the first one stays. */
static void add_named(phpvm_array_t *a, rt_str_t *name, rt_value_t v, bool unmatched)
{
    rt_value_t key = rt_from_ptr(name);
    if (!unmatched || phpvm_array_get(a, key) == RT_NOVALUE)
        phpvm_array_set(a, key, phpvm_share(v));
}

phpvm_array_t *phpvm_pcre_groups_new(const phpvm_pcre_entry_t *e)
{
    if (!e->names)
        return phpvm_array_new(e->ngroups);
    return rt_map_new_of(&phpvm_type_array, e->ngroups + e->nnames, false);
}

void phpvm_pcre_fill_groups(phpvm_array_t *a, const phpvm_pcre_scan_t *s, int64_t flags)
{
    uint32_t n = (flags & PHPVM_PREG_UNMATCHED_AS_NULL) ? s->e->ngroups : (uint32_t)s->count;
    for (uint32_t i = 0; i < n; i++) {
        rt_value_t v = phpvm_pcre_item(s, i, flags);
        if (s->e->names && s->e->names[i])
            add_named(a, s->e->names[i], v,
                      i >= (uint32_t)s->count || s->ov[2 * i] == PCRE2_UNSET);
        phpvm_array_append(a, phpvm_share(v));
    }
    PCRE2_SPTR mark = pcre2_get_mark(s->md);
    if (mark)
        phpvm_array_set(a, phpvm_cstr("MARK"), phpvm_cstr((const char *)mark));
}
