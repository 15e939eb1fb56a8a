/*
** replace.c: ext/pcre's replace family: preg_replace and preg_filter (replacement strings with
** \1, $1 and ${1} references), preg_replace_callback and preg_replace_callback_array. Each
** takes one pattern or an array of them and a string or an array of subjects, as PHP does.
*/
#include <string.h>

#include "phpvm/ext/pcre/pcre.h"

#define UNUSED (void)self

/* One replace call's parameters. */
typedef struct job {
    rt_value_t pattern;  /* a string or an array of patterns */
    rt_value_t repl;     /* string, array of strings, or the callback */
    rt_value_t callee, ctx; /* the callback, resolved once (phpvm_callable) */
    bool callback;
    bool filter;         /* preg_filter: subjects without a replacement are dropped */
    int64_t limit;       /* per pattern and subject; < 0: none */
    int64_t flags;       /* the callback's PREG_OFFSET_CAPTURE / PREG_UNMATCHED_AS_NULL */
    int64_t count;       /* replacements made */
} job_t;

/* A reference in a replacement at w: \N, $N, ${N} with one or two digits; the group number and
** the end of the reference, or false. */
static bool backref(const char *w, const char *end, int *group, const char **after)
{
    if (w + 1 >= end)
        return false;
    bool brace = *w == '$' && w[1] == '{';
    w += brace ? 2 : 1;
    if (w >= end || *w < '0' || *w > '9')
        return false;
    int n = *w++ - '0';
    if (w < end && *w >= '0' && *w <= '9')
        n = n * 10 + (*w++ - '0');
    if (brace) {
        if (w >= end || *w != '}')
            return false;
        w++;
    }
    *group = n;
    *after = w;
    return true;
}

/* Appends a replacement string with the last match's references substituted; a backslash
** before '\' or '$' makes it literal. */
static void append_replacement(rt_strbuf_t *b, const rt_str_t *r, const phpvm_pcre_scan_t *s)
{
    const char *w = r->data, *end = r->data + r->len;
    char last = 0;
    while (w < end) {
        if (*w == '\\' || *w == '$') {
            if (last == '\\') {
                b->data[b->len - 1] = *w++;
                last = 0;
                continue;
            }
            int g;
            const char *after;
            if (backref(w, end, &g, &after)) {
                if (g < s->count && s->ov[2 * g] != PCRE2_UNSET)
                    rt_strbuf_append(b, s->subj + s->ov[2 * g], s->ov[2 * g + 1] - s->ov[2 * g]);
                w = after;
                continue;
            }
        }
        const char *run = w++; /* up to the next '\\' or '$' in one piece */
        while (w < end && *w != '\\' && *w != '$')
            w++;
        rt_strbuf_append(b, run, (size_t)(w - run));
        last = w[-1];
    }
}

/* The callback's return value for the last match, appended; false with an exception pending. */
static bool append_callback(rt_strbuf_t *b, const job_t *j, const phpvm_pcre_scan_t *s)
{
    phpvm_array_t *groups = phpvm_pcre_groups_new(s->e);
    phpvm_pcre_fill_groups(groups, s, j->flags);
    rt_value_t arg = rt_from_ptr(groups);
    rt_value_t v = phpvm_call_func(j->callee, j->ctx, &arg, 1);
    if (v == RT_NOVALUE)
        return false;
    rt_str_t *str = phpvm_to_str(phpvm_deref(v));
    if (!str)
        return false;
    rt_strbuf_append_str(b, str);
    return true;
}

/* One pattern over one subject: the new string (the subject itself when nothing matched), or
** NULL on a match error (recorded for preg_last_error) or with an exception pending. */
static rt_str_t *replace_one(job_t *j, phpvm_pcre_entry_t *e, rt_value_t repl, rt_str_t *subject)
{
    phpvm_pcre_scan_t s;
    if (!phpvm_pcre_scan_init(&s, e, subject, 0))
        return NULL;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    size_t last = 0;
    int64_t limit = j->limit, n = 0;
    int rc = 0;
    bool ok = true;
    while (limit != 0 && (rc = phpvm_pcre_scan_next(&s)) == 1) {
        if (limit > 0)
            limit--;
        if (n++ == 0) /* room for a result as long as the subject, little enough to keep */
            rt_strbuf_init(&b, (size_t)subject->len + (size_t)subject->len / 8);
        rt_strbuf_append(&b, s.subj + last, s.ov[0] - last);
        if (j->callback)
            ok = append_callback(&b, j, &s);
        else
            append_replacement(&b, phpvm_str(repl), &s);
        last = s.ov[1];
        if (!ok)
            break;
    }
    phpvm_pcre_scan_done(&s);
    j->count += n;
    if (!ok || rc < 0)
        return NULL;
    if (n == 0)
        return subject;
    rt_strbuf_append(&b, subject->data + last, (size_t)subject->len - last);
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* A pattern value (string) and its replacement over one subject; NULL as replace_one. */
static rt_str_t *replace_pattern(job_t *j, rt_value_t pattern, rt_value_t repl,
                                 rt_str_t *subject)
{
    rt_str_t *p = phpvm_to_str(pattern);
    if (!p)
        return NULL;
    if (!j->callback && !(repl = rt_from_ptr(phpvm_to_str(repl))))
        return NULL;
    phpvm_pcre_entry_t *e = phpvm_pcre_get(p);
    return e ? replace_one(j, e, repl, subject) : NULL;
}

/* Every pattern of the job over one subject, in order. */
static rt_str_t *replace_subject(job_t *j, rt_str_t *subject)
{
    if (!phpvm_is_array(j->pattern))
        return replace_pattern(j, j->pattern, j->repl, subject);
    phpvm_array_t *pats = phpvm_arr(j->pattern);
    phpvm_array_t *repls = phpvm_is_array(j->repl) ? phpvm_arr(j->repl) : NULL;
    int64_t rp = repls ? phpvm_array_first(repls) : -1;
    for (int64_t p = phpvm_array_first(pats); p >= 0 && subject; p = phpvm_array_next(pats, p)) {
        rt_value_t r = j->repl;
        if (repls) {
            r = rp >= 0 ? phpvm_array_val_at(repls, rp) : phpvm_str_value("", 0);
            if (rp >= 0)
                rp = phpvm_array_next(repls, rp);
        }
        subject = replace_pattern(j, phpvm_array_val_at(pats, p), r, subject);
    }
    return subject;
}

/* The job over a subject value (string or array): the result value, null for a failed string
** subject, RT_NOVALUE with an exception pending. */
static rt_value_t replace_value(job_t *j, rt_value_t subject)
{
    if (!phpvm_is_array(subject)) {
        rt_str_t *s = phpvm_to_str(subject);
        if (!s)
            return RT_NOVALUE;
        int64_t before = j->count;
        rt_str_t *r = replace_subject(j, s);
        if (rt_exc_pending())
            return RT_NOVALUE;
        return r && (!j->filter || j->count > before) ? rt_from_ptr(r) : rt_none;
    }
    phpvm_array_t *in = phpvm_arr(subject), *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(in); p >= 0; p = phpvm_array_next(in, p)) {
        rt_str_t *s = phpvm_to_str(phpvm_array_val_at(in, p));
        if (!s)
            return RT_NOVALUE;
        int64_t before = j->count;
        rt_str_t *r = replace_subject(j, s);
        if (rt_exc_pending())
            return RT_NOVALUE;
        if (r && (!j->filter || j->count > before))
            phpvm_array_set(out, phpvm_array_key_at(in, p), rt_from_ptr(r));
    }
    return rt_from_ptr(out);
}

/* Reads limit (argument i) and the by-ref count's position; false with an exception pending. */
static bool read_limit(job_t *j, rt_value_t *args, int argc, int i)
{
    j->limit = -1;
    j->count = 0;
    return !phpvm_arg_given(argc, args, i) || phpvm_arg_long(args, argc, i, &j->limit);
}

static rt_value_t finish(job_t *j, rt_value_t result, rt_value_t *args, int argc, int count_arg)
{
    if (result != RT_NOVALUE && phpvm_arg_given(argc, args, count_arg) &&
        phpvm_is_ref(args[count_arg]))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[count_arg]), phpvm_int(j->count));
    return result;
}

/* Whether argument i (named `name`) is an array|string parameter's value (scalars and
** Stringable objects pass as strings); else the TypeError. */
static bool str_or_array(rt_value_t *args, int i, const char *name)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_object(v) ? phpvm_obj(v)->cls->tostring != NULL : phpvm_kind(v) < PHPVM_OBJECT)
        return true;
    phpvm_throw("TypeError", "%s(): Argument #%d ($%s) must be of type array|string, %s given",
                phpvm_cur_builtin, i + 1, name, phpvm_type_name(v));
    return false;
}

/* preg_replace and preg_filter. */
static rt_value_t do_replace(rt_value_t *args, int argc, bool filter)
{
    if (!str_or_array(args, 0, "pattern") || !str_or_array(args, 1, "replacement") ||
        !str_or_array(args, 2, "subject"))
        return RT_NOVALUE;
    job_t j = {.pattern = phpvm_deref(args[0]), .repl = phpvm_deref(args[1]), .filter = filter};
    if (phpvm_is_array(j.repl) && !phpvm_is_array(j.pattern))
        return phpvm_throw("TypeError", "%s(): Argument #1 ($pattern) must be of type array when "
                                        "argument #2 ($replacement) is an array, string given",
                           phpvm_cur_builtin);
    if (!read_limit(&j, args, argc, 3))
        return RT_NOVALUE;
    return finish(&j, replace_value(&j, phpvm_deref(args[2])), args, argc, 4);
}

rt_value_t phpvm_fn_preg_replace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_replace(args, argc, false);
}

rt_value_t phpvm_fn_preg_filter(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_replace(args, argc, true);
}

/* preg_replace_callback_array's callback v resolved into j (with the deprecation of a
** "self::"/"static::" form, once, as php's check); else its TypeError. */
static bool resolve_callback(job_t *j, rt_value_t v)
{
    if (phpvm_callable(v, &j->callee, &j->ctx, false))
        return phpvm_callable(v, &j->callee, &j->ctx, true);
    if (!rt_exc_pending())
        phpvm_throw("TypeError", "%s(): Argument #1 ($pattern) must contain only valid callbacks",
                    phpvm_cur_builtin);
    return false;
}

rt_value_t phpvm_fn_preg_replace_callback(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (!str_or_array(args, 0, "pattern") || !str_or_array(args, 2, "subject"))
        return RT_NOVALUE;
    job_t j = {.pattern = phpvm_deref(args[0]), .repl = phpvm_deref(args[1]), .callback = true};
    if (!phpvm_arg_callable(args, 1, false, &j.callee, &j.ctx) || !read_limit(&j, args, argc, 3))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 5) && !phpvm_arg_long(args, argc, 5, &j.flags))
        return RT_NOVALUE;
    return finish(&j, replace_value(&j, phpvm_deref(args[2])), args, argc, 4);
}

/* preg_replace_callback_array: each pattern => callback pair over the whole subject value in
** turn, as PHP applies them. */
rt_value_t phpvm_fn_preg_replace_callback_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *map = phpvm_arg_array(args, argc, 0);
    if (!map || !str_or_array(args, 1, "subject"))
        return RT_NOVALUE;
    job_t j = {.callback = true};
    if (!read_limit(&j, args, argc, 2))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 4) && !phpvm_arg_long(args, argc, 4, &j.flags))
        return RT_NOVALUE;
    rt_value_t subject = phpvm_deref(args[1]);
    for (int64_t p = phpvm_array_first(map); p >= 0; p = phpvm_array_next(map, p)) {
        j.pattern = phpvm_array_key_at(map, p);
        j.repl = phpvm_array_val_at(map, p);
        if (!phpvm_is_str(j.pattern))
            return phpvm_throw("TypeError", "%s(): Argument #1 ($pattern) must contain only "
                                            "string patterns as keys", phpvm_cur_builtin);
        if (!resolve_callback(&j, j.repl))
            return RT_NOVALUE;
        subject = replace_value(&j, subject);
        if (subject == RT_NOVALUE || subject == rt_none)
            break;
    }
    return finish(&j, subject, args, argc, 3);
}
