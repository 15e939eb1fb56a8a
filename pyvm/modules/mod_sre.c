/*
** mod_sre.c: the native `_sre` module (modules.h) under Debian's re package: compile() makes a
** Pattern from the SRE code re/_compiler.py produced; Pattern.match / fullmatch / search /
** findall / finditer / sub / subn / split / scanner run sre_engine.c (sre.h) over the subject
** decoded to code points, and Match objects report groups as CPython's do. Templated
** replacements go through re._subx, as CPython's _sre does.
*/
#include <stdlib.h>
#include <string.h>

#include "pyvm/modules/modules.h"
#include "pyvm/modules/sre.h"
#include "pyvm/unicode.h"

typedef struct pattern {
    rt_obj_t hdr;
    rt_value_t pattern;    /* str, bytes or None */
    rt_value_t groupindex; /* dict name -> group */
    rt_value_t indexgroup; /* tuple group -> name or None */
    rt_str_t *code;        /* bytes: the uint32 code words */
    int64_t flags, groups;
    bool bytes;            /* compiled from a bytes pattern */
    sre_filter_t filter;   /* where searches may start */
} pattern_t;

typedef struct match {
    rt_obj_t hdr;
    rt_value_t string, pattern;
    int64_t pos, endpos;
    int64_t lastindex;
    int64_t ngroups;  /* groups + 1 (group 0: the whole match) */
    int64_t spans[];  /* start, end per group; -1, -1 unset (tuples made on demand) */
} match_t;

static void pattern_trace(gc_tracer_t *tracer, void *obj)
{
    pattern_t *p = obj;
    gc_visit(tracer, p->pattern);
    gc_visit(tracer, p->groupindex);
    gc_visit(tracer, p->indexgroup);
    gc_visit_ptr(tracer, p->code);
}

static void match_trace(gc_tracer_t *tracer, void *obj)
{
    match_t *m = obj;
    gc_visit(tracer, m->string);
    gc_visit(tracer, m->pattern);
}

static rt_type_t pattern_type = RT_TYPE_INIT("re.Pattern", pattern_trace, NULL, 0);
static rt_type_t match_type = RT_TYPE_INIT("re.Match", match_trace, NULL, 0);
static pyvm_class_t *pattern_cls, *match_cls, *scanner_cls;

#define PAT(v) ((pattern_t *)rt_ptr(v))
#define MATCH(v) ((match_t *)rt_ptr(v))
#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* ---- subjects ---- */

typedef struct subject {
    uint32_t *s; /* malloc'd code points */
    int64_t len;
} subject_t;

/* Decodes str (UTF-8) or a bytes-like subject for pattern p; false with TypeError pending. */
static bool subject_open(pattern_t *p, rt_value_t v, subject_t *out)
{
    const char *d;
    int64_t n;
    bool is_bytes = pyvm_bytes_like(v, &d, &n);
    rt_value_t sv = pyvm_unwrap(v);
    if (!is_bytes && !pyvm_is_str(sv)) {
        rt_raise(RT_EXC_TYPE, "expected string or bytes-like object, got '%s'", pyvm_type_name(v));
        return false;
    }
    if (p->pattern != rt_none && is_bytes != p->bytes) {
        rt_raise(RT_EXC_TYPE, is_bytes ? "cannot use a string pattern on a bytes-like object"
                                       : "cannot use a bytes pattern on a string-like object");
        return false;
    }
    if (!is_bytes) {
        d = pyvm_str_of(sv)->data;
        n = pyvm_str_of(sv)->len;
    }
    out->s = malloc((size_t)(n + 1) * sizeof(uint32_t));
    if (!out->s) {
        rt_raise(RT_EXC_MEMORY, "out of memory");
        return false;
    }
    int64_t k = 0;
    if (is_bytes || rt_str_is_ascii(pyvm_str_of(sv))) { /* one code point per byte */
        for (; k < n; k++)
            out->s[k] = (unsigned char)d[k];
        out->len = n;
        return true;
    }
    for (int64_t i = 0; i < n; k++) {
        int len;
        out->s[k] = rt_utf8_decode(d + i, &len);
        i += len;
    }
    out->len = k;
    return true;
}

/* pos/endpos clamped as CPython does. */
static void clamp(int64_t len, int64_t *pos, int64_t *endpos)
{
    if (*pos < 0)
        *pos = 0;
    if (*pos > len)
        *pos = len;
    if (*endpos < 0)
        *endpos = 0;
    if (*endpos > len)
        *endpos = len;
}

static void state_init(sre_state_t *st, pattern_t *p, subject_t *sub, int64_t pos, int64_t end,
                       int64_t *marks)
{
    memset(st, 0, sizeof *st);
    st->code = (const uint32_t *)(const void *)p->code->data;
    st->codelen = (size_t)p->code->len / sizeof(uint32_t);
    st->s = sub->s;
    st->len = sub->len;
    st->pos = pos;
    st->end = end;
    st->marks = marks;
    st->nmarks = (int)(2 * p->groups + 2);
    st->filter = &p->filter;
}

/* The Match for a successful attempt [start, end) with the state's marks. */
static rt_value_t make_match(rt_value_t pat, rt_value_t string, sre_state_t *st, int64_t start,
                             int64_t end, int64_t pos, int64_t endpos)
{
    pattern_t *p = PAT(pat);
    match_t *m = rt_alloc(&match_type, sizeof *m + (size_t)(2 * p->groups + 2) * sizeof(int64_t));
    m->string = string;
    m->pattern = pat;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = st->lastindex;
    m->ngroups = p->groups + 1;
    m->spans[0] = start, m->spans[1] = end;
    for (int64_t g = 0; g < p->groups; g++) {
        int64_t a = st->marks[2 * g], b = st->marks[2 * g + 1];
        bool set = 2 * g + 1 <= st->lastmark && a >= 0 && b >= 0 && a <= b;
        m->spans[2 * g + 2] = set ? a : -1;
        m->spans[2 * g + 3] = set ? b : -1;
    }
    gc_write_barrier(m);
    return rt_from_ptr(m);
}

static rt_value_t overflow(void)
{
    return rt_raise(RT_EXC_RECURSION, "maximum recursion limit exceeded in regular expression");
}

/* match / fullmatch / search (string, pos=0, endpos=sys.maxsize). */
static rt_value_t run_one(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                          const char *fn, int mode)
{
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args(fn, a, n, kw, names, 1, v))
        return RT_NOVALUE;
    int64_t pos = 0, endpos = INT64_MAX;
    if ((v[1] && !pyvm_index_i64(v[1], &pos)) || (v[2] && !pyvm_index_i64(v[2], &endpos)))
        return RT_NOVALUE;
    pattern_t *p = PAT(self);
    subject_t sub;
    if (!subject_open(p, v[0], &sub))
        return RT_NOVALUE;
    clamp(sub.len, &pos, &endpos);
    int64_t *marks = malloc((size_t)(2 * p->groups + 2) * sizeof(int64_t));
    sre_state_t st;
    state_init(&st, p, &sub, pos, endpos < pos ? pos : endpos, marks);
    st.match_all = mode == 1;
    int64_t start = pos, end = -1;
    if (marks && endpos >= pos)
        end = mode == 2 ? sre_search(&st, &start) : sre_match(&st, pos);
    rt_value_t r = end >= 0 ? make_match(self, v[0], &st, start, end, pos, endpos)
                   : end == -2 ? overflow() : rt_none;
    free(marks);
    free(sub.s);
    return r;
}

FN(pat_match)
{
    return run_one(self, a, n, kw, "match", 0);
}

FN(pat_fullmatch)
{
    return run_one(self, a, n, kw, "fullmatch", 1);
}

FN(pat_search)
{
    return run_one(self, a, n, kw, "search", 2);
}

/* Every non-overlapping match in [pos, endpos), in order, as CPython's finditer finds them (an
** empty match right after another empty one is skipped), up to limit (0: all), into a list;
** the subject's length in code points into *subject_len when that is not NULL. */
static rt_value_t all_matches(rt_value_t self, rt_value_t string, int64_t pos, int64_t endpos,
                              int64_t limit, int64_t *subject_len)
{
    pattern_t *p = PAT(self);
    subject_t sub;
    if (!subject_open(p, string, &sub))
        return RT_NOVALUE;
    if (subject_len)
        *subject_len = sub.len;
    clamp(sub.len, &pos, &endpos);
    int64_t *marks = malloc((size_t)(2 * p->groups + 2) * sizeof(int64_t));
    rt_vec_t *out = pyvm_list_new(4);
    sre_state_t st;
    state_init(&st, p, &sub, pos, endpos, marks);
    rt_value_t r = rt_from_ptr(out);
    while (marks && st.pos <= endpos && (limit == 0 || rt_vec_len(out) < limit)) {
        int64_t start, end = sre_search(&st, &start);
        if (end == -2) {
            r = overflow();
            break;
        }
        if (end < 0)
            break;
        rt_vec_append(out, make_match(self, string, &st, start, end, pos, endpos));
        st.must_advance = end == start;
        st.pos = end;
    }
    free(marks);
    free(sub.s);
    return r;
}

static bool string_args(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                        rt_value_t *string, int64_t *pos, int64_t *endpos)
{
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args(fn, a, n, kw, names, 1, v))
        return false;
    *string = v[0];
    *pos = 0;
    *endpos = INT64_MAX;
    return (!v[1] || pyvm_index_i64(v[1], pos)) && (!v[2] || pyvm_index_i64(v[2], endpos));
}

FN(pat_finditer)
{
    rt_value_t string;
    int64_t pos, endpos;
    if (!string_args("finditer", a, n, kw, &string, &pos, &endpos))
        return RT_NOVALUE;
    rt_value_t all = all_matches(self, string, pos, endpos, 0, NULL);
    return all ? pyvm_iter(all) : RT_NOVALUE;
}

/* ---- Match ---- */

/* Group index of a name or number; -1 with IndexError pending. */
static int64_t group_index(match_t *m, rt_value_t g)
{
    pattern_t *p = PAT(m->pattern);
    int64_t i;
    if (pyvm_is_intlike(g)) {
        if (pyvm_index_i64(g, &i) && i >= 0 && i <= p->groups)
            return i;
    } else if (pyvm_is_str(g) || rt_is_ptr(g)) {
        rt_value_t v = pyvm_getitem(p->groupindex, g);
        if (v && pyvm_index_i64(v, &i))
            return i;
    }
    rt_exc_clear();
    rt_raise(RT_EXC_INDEX, "no such group");
    return -1;
}

static void span_of(match_t *m, int64_t g, int64_t *a, int64_t *b)
{
    *a = m->spans[2 * g];
    *b = m->spans[2 * g + 1];
}

/* Group g's (start, end) tuple. */
static rt_value_t span_tuple(match_t *m, int64_t g)
{
    rt_value_t span[2] = {rt_small(m->spans[2 * g]), rt_small(m->spans[2 * g + 1])};
    return pyvm_tuple_from(span, 2);
}

/* The text string[a:b] of the subject (code point indexes; bytes for a bytes-like subject). */
static rt_value_t slice_text(rt_value_t string, int64_t a, int64_t b)
{
    rt_value_t subject = pyvm_unwrap(string);
    const char *d;
    int64_t len;
    if (!pyvm_is_str(subject) && pyvm_bytes_like(subject, &d, &len))
        return rt_from_ptr(rt_bytes_new(d + a, (size_t)(b - a)));
    return rt_from_ptr(rt_str_cp_slice(pyvm_str_of(subject), a, b));
}

/* Group g's text, or dflt when it did not participate. */
static rt_value_t group_text(match_t *m, int64_t g, rt_value_t dflt)
{
    int64_t a, b;
    span_of(m, g, &a, &b);
    return a < 0 ? dflt : slice_text(m->string, a, b);
}

FN(m_group)
{
    (void)kw;
    match_t *m = MATCH(self);
    if (n <= 1) {
        int64_t g = n ? group_index(m, a[0]) : 0;
        return g < 0 ? RT_NOVALUE : group_text(m, g, rt_none);
    }
    rt_vec_t *out = rt_vec_new((int64_t)n);
    for (size_t i = 0; i < n; i++) {
        int64_t g = group_index(m, a[i]);
        rt_value_t t = g < 0 ? RT_NOVALUE : group_text(m, g, rt_none);
        if (!t)
            return RT_NOVALUE;
        rt_vec_append(out, t);
    }
    return pyvm_tuple_from(rt_vec_items(out), (int64_t)n);
}

static rt_value_t m_getitem(rt_value_t self, rt_value_t k)
{
    int64_t g = group_index(MATCH(self), k);
    return g < 0 ? RT_NOVALUE : group_text(MATCH(self), g, rt_none);
}

FN(m_groups)
{
    static const char *const names[] = {"default", NULL};
    rt_value_t v[1];
    if (!pyvm_parse_args("groups", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    match_t *m = MATCH(self);
    int64_t ng = PAT(m->pattern)->groups;
    rt_vec_t *out = rt_vec_new(ng);
    for (int64_t g = 1; g <= ng; g++) {
        rt_value_t t = group_text(m, g, v[0] ? v[0] : rt_none);
        if (!t)
            return RT_NOVALUE;
        rt_vec_append(out, t);
    }
    return pyvm_tuple_from(rt_vec_items(out), ng);
}

FN(m_groupdict)
{
    static const char *const names[] = {"default", NULL};
    rt_value_t v[1];
    if (!pyvm_parse_args("groupdict", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    match_t *m = MATCH(self);
    rt_map_t *gi = rt_ptr(pyvm_unwrap(PAT(m->pattern)->groupindex));
    rt_map_t *out = pyvm_dict_new();
    for (int64_t p = rt_map_next(gi, 0); p >= 0; p = rt_map_next(gi, p + 1)) {
        int64_t g;
        if (!pyvm_index_i64(rt_map_value_at(gi, p), &g))
            return RT_NOVALUE;
        rt_value_t t = group_text(m, g, v[0] ? v[0] : rt_none);
        if (!t || !pyvm_dict_set(out, rt_map_key_at(gi, p).obj, t))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

/* start / end / span (group=0). */
static rt_value_t span_part(rt_value_t self, const rt_value_t *a, size_t n, int which)
{
    match_t *m = MATCH(self);
    int64_t g = n ? group_index(m, a[0]) : 0, s, e;
    if (g < 0)
        return RT_NOVALUE;
    span_of(m, g, &s, &e);
    if (which == 0)
        return rt_small(s);
    if (which == 1)
        return rt_small(e);
    return span_tuple(m, g);
}

FN(m_start)
{
    (void)kw;
    return span_part(self, a, n, 0);
}

FN(m_end)
{
    (void)kw;
    return span_part(self, a, n, 1);
}

FN(m_span)
{
    (void)kw;
    return span_part(self, a, n, 2);
}

/* A function of the re package (re._subx, re._expand). */
static rt_value_t re_func(const char *name)
{
    rt_value_t re = pyvm_import(rt_str_intern_cstr("re"));
    return re ? pyvm_getattr(re, rt_str_intern_cstr(name)) : RT_NOVALUE;
}

FN(m_expand)
{
    (void)n, (void)kw;
    rt_value_t f = re_func("_expand");
    rt_value_t args[3] = {MATCH(self)->pattern, self, a[0]};
    return f ? pyvm_call(f, args, 3, NULL) : RT_NOVALUE;
}

FN(m_repr)
{
    (void)a, (void)n, (void)kw;
    match_t *m = MATCH(self);
    int64_t s, e;
    span_of(m, 0, &s, &e);
    rt_value_t t = group_text(m, 0, rt_none);
    rt_value_t r = t ? pyvm_repr(t) : RT_NOVALUE;
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "<re.Match object; span=(%lld, %lld), match=%s>", (long long)s,
                      (long long)e, pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

FN(m_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

static rt_value_t m_getattr(rt_value_t self, rt_str_t *name)
{
    match_t *m = MATCH(self);
    const char *s = name->data;
    if (strcmp(s, "string") == 0)
        return m->string;
    if (strcmp(s, "re") == 0)
        return m->pattern;
    if (strcmp(s, "pos") == 0)
        return rt_small(m->pos);
    if (strcmp(s, "endpos") == 0)
        return rt_small(m->endpos);
    if (strcmp(s, "regs") == 0) {
        rt_vec_t *regs = rt_vec_new(m->ngroups);
        for (int64_t g = 0; g < m->ngroups; g++)
            rt_vec_append(regs, span_tuple(m, g));
        return pyvm_tuple_from(rt_vec_items(regs), m->ngroups);
    }
    if (strcmp(s, "lastindex") == 0)
        return m->lastindex >= 1 ? rt_small(m->lastindex) : rt_none;
    if (strcmp(s, "lastgroup") == 0) {
        rt_value_t ig = PAT(m->pattern)->indexgroup;
        if (m->lastindex < 1 || !pyvm_is_tuple(ig) ||
            m->lastindex >= rt_tuple_len(rt_ptr(ig)))
            return rt_none;
        return rt_tuple_get(rt_ptr(ig), m->lastindex);
    }
    return pyvm_generic_getattr(self, name);
}

static const pyvm_cfunc_def_t match_methods[] = {
    {"group", m_group, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"groups", m_groups, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"groupdict", m_groupdict, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"start", m_start, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"end", m_end, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"span", m_span, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"expand", m_expand, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__repr__", m_repr, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", m_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__deepcopy__", m_self, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t m_repr_slot(rt_value_t self) { return m_repr(self, NULL, 0, NULL); }

static const rt_pyslots_t match_slots = {
    .cls = &match_cls,
    .repr = m_repr_slot,
    .getattr = m_getattr,
    .getitem = m_getitem,
};

/* ---- Pattern: findall, sub, split ---- */

/* What findall gives for one match: the whole match, the one group, or a tuple of groups
** (unmatched groups as empty strings). */
static rt_value_t findall_item(rt_value_t match, bool bytes)
{
    match_t *m = MATCH(match);
    int64_t ng = PAT(m->pattern)->groups;
    rt_value_t empty = bytes ? rt_from_ptr(rt_bytes_new("", 0)) : pyvm_str_cstr("");
    if (ng == 0)
        return group_text(m, 0, empty);
    if (ng == 1)
        return group_text(m, 1, empty);
    rt_vec_t *t = rt_vec_new(ng);
    for (int64_t g = 1; g <= ng; g++) {
        rt_value_t x = group_text(m, g, empty);
        if (!x)
            return RT_NOVALUE;
        rt_vec_append(t, x);
    }
    return pyvm_tuple_from(rt_vec_items(t), ng);
}

static bool subject_is_bytes(rt_value_t v)
{
    const char *d;
    int64_t n;
    return !pyvm_is_str(pyvm_unwrap(v)) && pyvm_bytes_like(v, &d, &n);
}

FN(pat_findall)
{
    rt_value_t string;
    int64_t pos, endpos;
    if (!string_args("findall", a, n, kw, &string, &pos, &endpos))
        return RT_NOVALUE;
    rt_value_t all = all_matches(self, string, pos, endpos, 0, NULL);
    if (!all)
        return RT_NOVALUE;
    rt_vec_t *v = rt_ptr(all);
    bool bytes = subject_is_bytes(string);
    for (int64_t i = 0; i < rt_vec_len(v); i++) {
        rt_value_t x = findall_item(rt_vec_get(v, i), bytes);
        if (!x)
            return RT_NOVALUE;
        rt_vec_set(v, i, x);
    }
    return all;
}

/* Joins pieces (str or bytes, as the subject). */
static rt_value_t join(rt_vec_t *pieces, bool bytes)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    for (int64_t i = 0; i < rt_vec_len(pieces); i++) {
        rt_value_t p = rt_vec_get(pieces, i);
        const char *d;
        int64_t n;
        if (pyvm_is_str(p)) {
            d = pyvm_str_of(p)->data;
            n = pyvm_str_of(p)->len;
        } else if (!pyvm_bytes_like(p, &d, &n)) {
            return rt_raise(RT_EXC_TYPE, "expected str instance, %s found", pyvm_type_name(p));
        }
        rt_strbuf_append(&b, d, (size_t)n);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, bytes ? &rt_type_bytes : &rt_type_str));
}

/* sub / subn (repl, string, count=0). */
static rt_value_t do_sub(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                         const char *fn, bool with_count)
{
    static const char *const names[] = {"repl", "string", "count", NULL};
    rt_value_t v[3];
    int64_t count = 0;
    if (!pyvm_parse_args(fn, a, n, kw, names, 2, v) || (v[2] && !pyvm_index_i64(v[2], &count)))
        return RT_NOVALUE;
    rt_value_t repl = v[0];
    bool callable = pyvm_slots(repl) && pyvm_slots(repl)->call;
    if (!callable) {
        const char *d;
        int64_t len;
        rt_value_t r = pyvm_unwrap(repl);
        if (pyvm_is_str(r))
            d = pyvm_str_of(r)->data, len = pyvm_str_of(r)->len;
        else if (!pyvm_bytes_like(r, &d, &len))
            return rt_raise(RT_EXC_TYPE, "expected str or bytes-like object, got '%s'",
                            pyvm_type_name(repl));
        if (memchr(d, '\\', (size_t)len)) {
            rt_value_t subx = re_func("_subx");
            rt_value_t args[2] = {self, repl};
            repl = subx ? pyvm_call(subx, args, 2, NULL) : RT_NOVALUE;
            if (!repl)
                return RT_NOVALUE;
            callable = pyvm_slots(repl) && pyvm_slots(repl)->call;
        }
    }
    int64_t total;
    rt_value_t all = all_matches(self, v[1], 0, INT64_MAX, count, &total);
    if (!all)
        return RT_NOVALUE;
    bool bytes = subject_is_bytes(v[1]);
    rt_vec_t *ms = rt_ptr(all), *pieces = rt_vec_new(2 * rt_vec_len(ms) + 1);
    int64_t last = 0;
    for (int64_t i = 0; i < rt_vec_len(ms); i++) {
        match_t *m = MATCH(rt_vec_get(ms, i));
        int64_t s, e;
        span_of(m, 0, &s, &e);
        rt_value_t before = slice_text(v[1], last, s);
        rt_value_t item = callable ? pyvm_call1(repl, rt_vec_get(ms, i)) : repl;
        if (!before || !item)
            return RT_NOVALUE;
        rt_vec_append(pieces, before);
        if (item != rt_none)
            rt_vec_append(pieces, item);
        last = e;
    }
    rt_value_t tail = slice_text(v[1], last, total);
    if (!tail)
        return RT_NOVALUE;
    rt_vec_append(pieces, tail);
    rt_value_t out = join(pieces, bytes);
    if (!out || !with_count)
        return out;
    rt_value_t pair[2] = {out, rt_small(rt_vec_len(ms))};
    return pyvm_tuple_from(pair, 2);
}

FN(pat_sub)
{
    return do_sub(self, a, n, kw, "sub", false);
}

FN(pat_subn)
{
    return do_sub(self, a, n, kw, "subn", true);
}

FN(pat_split)
{
    static const char *const names[] = {"string", "maxsplit", NULL};
    rt_value_t v[2];
    int64_t maxsplit = 0;
    if (!pyvm_parse_args("split", a, n, kw, names, 1, v) ||
        (v[1] && !pyvm_index_i64(v[1], &maxsplit)))
        return RT_NOVALUE;
    int64_t total;
    rt_value_t all = all_matches(self, v[0], 0, INT64_MAX, maxsplit > 0 ? maxsplit : 0, &total);
    if (!all)
        return RT_NOVALUE;
    if (maxsplit < 0)
        rt_vec_del(rt_ptr(all), 0, rt_vec_len(rt_ptr(all)));
    rt_vec_t *ms = rt_ptr(all), *out = pyvm_list_new(rt_vec_len(ms) * 2 + 1);
    int64_t last = 0;
    for (int64_t i = 0; i < rt_vec_len(ms); i++) {
        match_t *m = MATCH(rt_vec_get(ms, i));
        int64_t s, e;
        span_of(m, 0, &s, &e);
        rt_value_t before = slice_text(v[0], last, s);
        if (!before)
            return RT_NOVALUE;
        rt_vec_append(out, before);
        for (int64_t g = 1; g <= PAT(self)->groups; g++) {
            rt_value_t t = group_text(m, g, rt_none);
            if (!t)
                return RT_NOVALUE;
            rt_vec_append(out, t);
        }
        last = e;
    }
    rt_value_t tail = slice_text(v[0], last, total);
    if (!tail)
        return RT_NOVALUE;
    rt_vec_append(out, tail);
    return rt_from_ptr(out);
}

/* scanner(string): match() / search() continue where the previous match ended. */
FN(pat_scanner)
{
    rt_value_t string;
    int64_t pos, endpos;
    if (!string_args("scanner", a, n, kw, &string, &pos, &endpos))
        return RT_NOVALUE;
    rt_value_t sc = rt_from_ptr(pyvm_instance_new(scanner_cls));
    rt_value_t fields[3] = {self, string, rt_small(pos)};
    static const char *const names[] = {"pattern", "_string", "_pos"};
    for (int i = 0; i < 3; i++)
        if (!pyvm_setattr(sc, rt_str_intern_cstr(names[i]), fields[i]))
            return RT_NOVALUE;
    return sc;
}

static rt_value_t scanner_step(rt_value_t self, const char *method)
{
    rt_value_t pat = pyvm_getattr(self, rt_str_intern_cstr("pattern"));
    rt_value_t string = pat ? pyvm_getattr(self, rt_str_intern_cstr("_string")) : RT_NOVALUE;
    rt_value_t pos = string ? pyvm_getattr(self, rt_str_intern_cstr("_pos")) : RT_NOVALUE;
    if (!pos)
        return RT_NOVALUE;
    rt_value_t args[2] = {string, pos};
    rt_value_t m = strcmp(method, "match") == 0 ? pat_match(pat, args, 2, NULL)
                                                : pat_search(pat, args, 2, NULL);
    if (!m || m == rt_none)
        return m;
    int64_t s, e;
    span_of(MATCH(m), 0, &s, &e);
    return pyvm_setattr(self, rt_str_intern_cstr("_pos"), rt_small(e == s ? e + 1 : e))
           ? m : RT_NOVALUE;
}

FN(sc_match)
{
    (void)a, (void)n, (void)kw;
    return scanner_step(self, "match");
}

FN(sc_search)
{
    (void)a, (void)n, (void)kw;
    return scanner_step(self, "search");
}

static const pyvm_cfunc_def_t scanner_methods[] = {
    {"match", sc_match, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"search", sc_search, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

FN(pat_repr)
{
    (void)a, (void)n, (void)kw;
    pattern_t *p = PAT(self);
    rt_value_t r = pyvm_repr(p->pattern);
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "re.compile(%s", pyvm_str_of(r)->data);
    int64_t shown = p->flags & ~(int64_t)(p->bytes ? 0 : 32); /* re.UNICODE is implied for str */
    if (shown) {
        rt_value_t flags = pyvm_call1(re_func("RegexFlag"), rt_small(shown));
        rt_value_t fr = flags ? pyvm_repr(flags) : RT_NOVALUE;
        if (!fr)
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, ", %s", pyvm_str_of(fr)->data);
    }
    rt_strbuf_appendf(&b, ")");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t pat_repr_slot(rt_value_t self) { return pat_repr(self, NULL, 0, NULL); }

FN(pat_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

static rt_value_t pat_getattr(rt_value_t self, rt_str_t *name)
{
    pattern_t *p = PAT(self);
    const char *s = name->data;
    if (strcmp(s, "pattern") == 0)
        return p->pattern;
    if (strcmp(s, "flags") == 0)
        return rt_small(p->flags);
    if (strcmp(s, "groups") == 0)
        return rt_small(p->groups);
    if (strcmp(s, "groupindex") == 0)
        return p->groupindex;
    return pyvm_generic_getattr(self, name);
}

static rt_value_t pat_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !rt_is_ptr(b) || rt_obj_type(rt_ptr(b)) != &pattern_type)
        return pyvm_notimpl;
    pattern_t *x = PAT(a), *y = PAT(b);
    int eq = x->flags == y->flags && x->bytes == y->bytes && rt_str_eq(x->code, y->code);
    if (eq && (eq = pyvm_eq(x->pattern, y->pattern)) < 0)
        return RT_NOVALUE;
    return rt_bool(eq == (op == PYVM_EQ));
}

static bool pat_hash(rt_value_t self, int64_t *out)
{
    pattern_t *p = PAT(self);
    int64_t h;
    if (!pyvm_hash(p->pattern, &h))
        return false;
    *out = h ^ (int64_t)rt_str_hash(p->code) ^ p->flags;
    return true;
}

static const pyvm_cfunc_def_t pattern_methods[] = {
    {"match", pat_match, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"fullmatch", pat_fullmatch, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"search", pat_search, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"findall", pat_findall, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"finditer", pat_finditer, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"sub", pat_sub, 2, 3, PYVM_CFUNC_METHOD, 1},
    {"subn", pat_subn, 2, 3, PYVM_CFUNC_METHOD, 1},
    {"split", pat_split, 1, 2, PYVM_CFUNC_METHOD, 1},
    {"scanner", pat_scanner, 1, 3, PYVM_CFUNC_METHOD, 1},
    {"__repr__", pat_repr, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", pat_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__deepcopy__", pat_self, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t pattern_slots = {
    .cls = &pattern_cls,
    .repr = pat_repr_slot,
    .getattr = pat_getattr,
    .richcmp = pat_richcmp,
    .hash = pat_hash,
};

/* ---- module functions ---- */

/* compile(pattern, flags, code, groups, groupindex, indexgroup) */
FN(s_compile)
{
    (void)self, (void)kw;
    if (!pyvm_check_nargs("compile", n, 6, 6))
        return RT_NOVALUE;
    rt_vec_t *words = pyvm_seq_to_vec(a[2]);
    int64_t flags, groups;
    if (!words || !pyvm_index_i64(a[1], &flags) || !pyvm_index_i64(a[3], &groups))
        return RT_NOVALUE;
    int64_t len = rt_vec_len(words);
    rt_str_t *code = rt_str_alloc(&rt_type_bytes, (size_t)len * sizeof(uint32_t));
    for (int64_t i = 0; i < len; i++) {
        int64_t w;
        if (!pyvm_index_i64(rt_vec_get(words, i), &w))
            return RT_NOVALUE;
        uint32_t u = (uint32_t)w;
        memcpy(code->data + i * (int64_t)sizeof u, &u, sizeof u);
    }
    pattern_t *p = rt_alloc(&pattern_type, sizeof *p);
    p->pattern = a[0];
    p->flags = flags;
    p->code = code;
    p->groups = groups;
    p->groupindex = a[4];
    p->indexgroup = a[5];
    p->bytes = subject_is_bytes(a[0]);
    sre_filter_init(&p->filter, (const uint32_t *)(const void *)code->data,
                    (size_t)code->len / sizeof(uint32_t));
    gc_write_barrier(p);
    return rt_from_ptr(p);
}

static bool char_arg(rt_value_t v, uint32_t *c)
{
    int64_t x;
    if (!pyvm_index_i64(v, &x))
        return false;
    *c = (uint32_t)x;
    return true;
}

FN(s_ascii_iscased)
{
    (void)self, (void)n, (void)kw;
    uint32_t c;
    return char_arg(a[0], &c) ? rt_bool(sre_ascii_iscased(c)) : RT_NOVALUE;
}

FN(s_unicode_iscased)
{
    (void)self, (void)n, (void)kw;
    uint32_t c;
    return char_arg(a[0], &c) ? rt_bool(sre_unicode_iscased(c)) : RT_NOVALUE;
}

FN(s_ascii_tolower)
{
    (void)self, (void)n, (void)kw;
    uint32_t c;
    return char_arg(a[0], &c) ? rt_small(sre_ascii_lower(c)) : RT_NOVALUE;
}

FN(s_unicode_tolower)
{
    (void)self, (void)n, (void)kw;
    uint32_t c;
    return char_arg(a[0], &c) ? rt_small(pyvm_unicode_lower(c)) : RT_NOVALUE;
}

FN(s_getcodesize)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(4);
}

static const pyvm_cfunc_def_t sre_functions[] = {
    {"compile", s_compile, 6, 6, 0, 0},
    {"ascii_iscased", s_ascii_iscased, 1, 1, 0, 0},
    {"unicode_iscased", s_unicode_iscased, 1, 1, 0, 0},
    {"ascii_tolower", s_ascii_tolower, 1, 1, 0, 0},
    {"unicode_tolower", s_unicode_tolower, 1, 1, 0, 0},
    {"getcodesize", s_getcodesize, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_sre_dict(void)
{
    if (!pattern_cls) {
        gc_root_add(&pattern_cls, 1);
        gc_root_add(&match_cls, 1);
        gc_root_add(&scanner_cls, 1);
        pattern_type.py = &pattern_slots;
        match_type.py = &match_slots;
        pattern_cls = pyvm_type_new_builtin("Pattern", &pattern_type, pyvm_cls_object);
        match_cls = pyvm_type_new_builtin("Match", &match_type, pyvm_cls_object);
        scanner_cls = pyvm_type_new_builtin("SRE_Scanner", NULL, pyvm_cls_object);
        pyvm_cfunc_install(pattern_cls, pattern_methods);
        pyvm_cfunc_install(match_cls, match_methods);
        pyvm_cfunc_install(scanner_cls, scanner_methods);
        pyvm_type_setattr(pattern_cls, pyvm_name(module), pyvm_str_cstr("re"));
        pyvm_type_setattr(match_cls, pyvm_name(module), pyvm_str_cstr("re"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, sre_functions);
    pyvm_mod_put(d, "MAGIC", rt_small(SRE_MAGIC));
    pyvm_mod_put(d, "CODESIZE", rt_small(4));
    pyvm_mod_put(d, "MAXREPEAT", rt_int_from_u64(SRE_MAXREPEAT));
    pyvm_mod_put(d, "MAXGROUPS", rt_small(1073741823));
    pyvm_mod_put(d, "copyright", pyvm_str_cstr("pyhyp's SRE engine"));
    return d;
}
