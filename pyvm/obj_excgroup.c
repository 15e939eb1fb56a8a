/*
** obj_excgroup.c: BaseExceptionGroup and ExceptionGroup (PEP 654) on obj_exc.c's exception
** instances, plus BaseException.add_note. A group keeps its message and its tuple of
** sub-exceptions in two attribute slots that read-only properties show as .message and
** .exceptions. split/subgroup rebuild the group's tree through derive(), copying the
** traceback, cause, context and notes, as CPython's exceptions.c does. The interpreter's except*
** (CHECK_EG_MATCH, PREP_RERAISE_STAR) uses pyvm_excgroup_match and pyvm_excgroup_reraise.
*/
#include <string.h>

#include "pyvm/object.h"

/* The slots of a group's message and sub-exceptions (interned: they live for ever). */
static rt_str_t *msg_name, *excs_name, *notes_name;

#define METHOD(name)                                                                               \
    static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

bool pyvm_excgroup_is(rt_value_t v)
{
    return pyvm_is_exc(v) && pyvm_isinstance(v, pyvm_exc_BaseExceptionGroup);
}

rt_tuple_t *pyvm_excgroup_excs(rt_value_t eg)
{
    rt_value_t t = pyvm_exc_get(eg, excs_name);
    return t && pyvm_is_tuple(t) ? rt_ptr(t) : rt_tuple_new(0);
}

/* BaseExceptionGroup.__new__(cls, message, exceptions): BaseExceptionGroup itself becomes
** ExceptionGroup when every sub-exception is an Exception; an Exception-derived group refuses
** BaseExceptions. */
METHOD(eg_new)
{
    (void)self;
    pyvm_class_t *cls = rt_ptr(a[0]);
    if (kw && rt_tuple_len(kw))
        return rt_raise(RT_EXC_TYPE, "%s() takes no keyword arguments", cls->name->data);
    if (n != 3)
        return rt_raise(RT_EXC_TYPE,
                        "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                        (int)n - 1);
    if (!pyvm_is_str(a[1]))
        return rt_raise(RT_EXC_TYPE, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        pyvm_type_name(a[1]));
    pyvm_class_t *seqcls = pyvm_type_of(a[2]);
    bool seq_class = rt_is_ptr(a[2]) && rt_obj_type(rt_ptr(a[2])) == &pyvm_type_instance &&
                     pyvm_type_lookup(seqcls, pyvm_name(getitem)) &&
                     pyvm_type_lookup(seqcls, pyvm_name(len));
    if (!(pyvm_is_list(a[2]) || pyvm_is_tuple(a[2]) || pyvm_is_str(a[2]) || seq_class))
        return rt_raise(RT_EXC_TYPE, "second argument (exceptions) must be a sequence");
    rt_vec_t *items = pyvm_seq_to_vec(a[2]);
    if (!items)
        return RT_NOVALUE;
    if (rt_vec_len(items) == 0)
        return rt_raise(RT_EXC_VALUE, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        rt_value_t e = rt_vec_get(items, i);
        if (!pyvm_is_exc(e))
            return rt_raise(RT_EXC_VALUE, "Item %lld of second argument (exceptions) is not an "
                                          "exception", (long long)i);
        nested_base |= !pyvm_isinstance(e, pyvm_exc_Exception);
    }
    if (cls == pyvm_exc_BaseExceptionGroup) {
        if (!nested_base)
            cls = pyvm_exc_ExceptionGroup;
    } else if (cls == pyvm_exc_ExceptionGroup) {
        if (nested_base)
            return rt_raise(RT_EXC_TYPE, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && pyvm_type_is_subclass(cls, pyvm_exc_Exception)) {
        return rt_raise(RT_EXC_TYPE, "Cannot nest BaseExceptions in '%s'", cls->name->data);
    }
    rt_value_t eg = rt_from_ptr(pyvm_instance_new(cls));
    pyvm_exc_put(eg, msg_name, a[1]);
    pyvm_exc_put(eg, excs_name, pyvm_tuple_from(rt_vec_items(items), rt_vec_len(items)));
    pyvm_exc_put(eg, pyvm_name(args), pyvm_tuple_from(a + 1, 2));
    return eg;
}

METHOD(eg_str)
{
    (void)a, (void)n, (void)kw;
    rt_value_t msg = pyvm_str(pyvm_exc_get(self, msg_name));
    if (!msg)
        return RT_NOVALUE;
    int64_t count = rt_tuple_len(pyvm_excgroup_excs(self));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "%s (%lld sub-exception%s)", pyvm_str_of(msg)->data, (long long)count,
                      count == 1 ? "" : "s");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

METHOD(eg_message)
{
    (void)a, (void)n, (void)kw;
    return pyvm_exc_get(self, msg_name);
}

METHOD(eg_exceptions)
{
    (void)a, (void)n, (void)kw;
    return rt_from_ptr(pyvm_excgroup_excs(self));
}

/* derive(excs): a group of the same message; BaseExceptionGroup picks its own class. */
METHOD(eg_derive)
{
    (void)n, (void)kw;
    rt_value_t args[2] = {pyvm_exc_get(self, msg_name), a[0]};
    return pyvm_exc_new(pyvm_exc_BaseExceptionGroup, args, 2);
}

/* ---- split and subgroup ---- */

typedef enum { BY_TYPE, BY_PREDICATE, BY_IDENTITY } match_kind_t;

static int leaf_matches(rt_value_t exc, match_kind_t kind, rt_value_t matcher)
{
    switch (kind) {
    case BY_TYPE:
        return pyvm_exc_matches(exc, matcher);
    case BY_PREDICATE: {
        rt_value_t r = pyvm_call1(matcher, exc);
        return r ? pyvm_truth(r) : -1;
    }
    case BY_IDENTITY: /* matcher: a set of the leaves' ids (pyvm_excgroup_reraise) */
        if (pyvm_excgroup_is(exc))
            return 0;
        return pyvm_set_has(rt_ptr(matcher), rt_small((int64_t)(exc >> 3)));
    }
    return 0;
}

/* Copies what split's parts inherit from the group they come from. */
static bool copy_metadata(rt_value_t from, rt_value_t to)
{
    static rt_str_t *const *const links[] = {&pyvm_names[PYVM_NAME_traceback],
                                            &pyvm_names[PYVM_NAME_cause],
                                            &pyvm_names[PYVM_NAME_context]};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        rt_value_t v = pyvm_exc_get(from, *links[i]);
        if (v)
            pyvm_exc_put(to, *links[i], v);
    }
    /* a sequence of notes is copied (a list); anything else is not passed on */
    rt_value_t notes = pyvm_exc_get(from, notes_name);
    if (notes && (pyvm_is_list(notes) || pyvm_is_tuple(notes))) {
        rt_vec_t *copy = pyvm_seq_to_vec(notes);
        if (!copy)
            return false;
        pyvm_exc_put(to, notes_name, rt_from_ptr(copy));
    }
    return true;
}

/* eg.derive(items) with eg's metadata, or None for no items. */
static rt_value_t derive_copy(rt_value_t eg, rt_vec_t *items)
{
    if (rt_vec_len(items) == 0)
        return rt_none;
    rt_value_t d = pyvm_getattr(eg, rt_str_intern_cstr("derive"));
    rt_value_t r = d ? pyvm_call1(d, rt_from_ptr(items)) : RT_NOVALUE;
    if (!r)
        return RT_NOVALUE;
    if (!pyvm_excgroup_is(r))
        return rt_raise(RT_EXC_TYPE, "derive must return an instance of BaseExceptionGroup");
    return copy_metadata(eg, r) ? r : RT_NOVALUE;
}

/* Splits exc into *match and *rest (None when empty); rest is skipped when want_rest is false.
** depth counts the nesting, against Python's recursion limit (RecursionError, as CPython). */
static bool split_rec(rt_value_t exc, match_kind_t kind, rt_value_t matcher, bool want_rest,
                      rt_value_t *match, rt_value_t *rest, int depth)
{
    *match = *rest = rt_none;
    if ((uint32_t)depth > rt_ts->limit[RT_LANG_PY]) {
        rt_raise(RT_EXC_RECURSION, "maximum recursion depth exceeded");
        return false;
    }
    int m = leaf_matches(exc, kind, matcher);
    if (m < 0)
        return false;
    if (m) {
        *match = exc;
        return true;
    }
    if (!pyvm_excgroup_is(exc)) {
        *rest = want_rest ? exc : rt_none;
        return true;
    }
    rt_tuple_t *excs = pyvm_excgroup_excs(exc);
    rt_vec_t *ml = pyvm_list_new(rt_tuple_len(excs)), *rl = pyvm_list_new(rt_tuple_len(excs));
    for (int64_t i = 0; i < rt_tuple_len(excs); i++) {
        rt_value_t sm, sr;
        if (!split_rec(rt_tuple_get(excs, i), kind, matcher, want_rest, &sm, &sr, depth + 1))
            return false;
        if (sm != rt_none)
            rt_vec_append(ml, sm);
        if (sr != rt_none)
            rt_vec_append(rl, sr);
    }
    if (!(*match = derive_copy(exc, ml)))
        return false;
    return want_rest ? (*rest = derive_copy(exc, rl)) != RT_NOVALUE : true;
}

/* What split/subgroup's argument asks for: a predicate, an exception type or a tuple of them. */
static bool matcher_kind(rt_value_t m, match_kind_t *kind)
{
    bool is_class = rt_is_ptr(m) && rt_obj_type(rt_ptr(m)) == &pyvm_type_class;
    bool exc_class = is_class && (((pyvm_class_t *)rt_ptr(m))->flags & PYVM_CLASS_BASEEXC);
    if (!is_class && pyvm_callable(m)) {
        *kind = BY_PREDICATE;
        return true;
    }
    if (pyvm_is_tuple(m)) {
        rt_tuple_t *t = rt_ptr(m);
        exc_class = true;
        for (int64_t i = 0; i < rt_tuple_len(t); i++) {
            rt_value_t c = rt_tuple_get(t, i);
            exc_class &= rt_is_ptr(c) && rt_obj_type(rt_ptr(c)) == &pyvm_type_class &&
                         (((pyvm_class_t *)rt_ptr(c))->flags & PYVM_CLASS_BASEEXC);
        }
    }
    if (!exc_class) {
        rt_raise(RT_EXC_TYPE, "expected a function, exception type or tuple of exception types");
        return false;
    }
    *kind = BY_TYPE;
    return true;
}

METHOD(eg_split)
{
    (void)n, (void)kw;
    match_kind_t kind;
    rt_value_t m, r;
    if (!matcher_kind(a[0], &kind) || !split_rec(self, kind, a[0], true, &m, &r, 0))
        return RT_NOVALUE;
    rt_value_t pair[2] = {m, r};
    return pyvm_tuple_from(pair, 2);
}

METHOD(eg_subgroup)
{
    (void)n, (void)kw;
    match_kind_t kind;
    rt_value_t m, r;
    if (!matcher_kind(a[0], &kind) || !split_rec(self, kind, a[0], false, &m, &r, 0))
        return RT_NOVALUE;
    return m;
}

/* ---- except* ---- */

bool pyvm_excgroup_check_star_type(rt_value_t t)
{
    const rt_value_t *items = &t;
    int64_t count = 1;
    if (pyvm_is_tuple(t)) {
        items = ((rt_tuple_t *)rt_ptr(t))->items;
        count = rt_tuple_len(rt_ptr(t));
    }
    for (int64_t i = 0; i < count; i++) {
        rt_value_t c = items[i];
        bool exc_class = rt_is_ptr(c) && rt_obj_type(rt_ptr(c)) == &pyvm_type_class &&
                         (((pyvm_class_t *)rt_ptr(c))->flags & PYVM_CLASS_BASEEXC);
        if (!exc_class) {
            rt_raise(RT_EXC_TYPE,
                     "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
        if (pyvm_type_is_subclass(rt_ptr(c), pyvm_exc_BaseExceptionGroup)) {
            rt_raise(RT_EXC_TYPE, "catching ExceptionGroup with except* is not allowed. Use "
                                  "except instead.");
            return false;
        }
    }
    return true;
}

bool pyvm_excgroup_match(rt_value_t exc, rt_value_t type, rt_value_t *match, rt_value_t *rest)
{
    *match = rt_none;
    *rest = exc;
    if (exc == rt_none) {
        *rest = rt_none;
        return true;
    }
    int m = pyvm_exc_matches(exc, type);
    if (m < 0)
        return false;
    if (m) {
        *rest = rt_none;
        if (pyvm_excgroup_is(exc)) {
            *match = exc;
            return true;
        }
        /* a naked exception: wrapped in a new group (without a traceback, as CPython) */
        rt_value_t args[2] = {rt_from_ptr(rt_str_new("", 0)), pyvm_tuple_from(&exc, 1)};
        *match = pyvm_exc_new(pyvm_exc_BaseExceptionGroup, args, 2);
        return *match != RT_NOVALUE;
    }
    if (!pyvm_excgroup_is(exc))
        return true;
    return split_rec(exc, BY_TYPE, type, true, match, rest, 0);
}

/* Whether e is orig itself or a part split off it (same traceback and links; CPython 3.11
** compares its notes field too, which __notes__ does not use, so notes never differ). */
static bool same_metadata(rt_value_t e, rt_value_t orig)
{
    static rt_str_t *const *const fields[] = {&pyvm_names[PYVM_NAME_traceback],
                                              &pyvm_names[PYVM_NAME_cause],
                                              &pyvm_names[PYVM_NAME_context]};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        rt_value_t x = pyvm_exc_get(e, *fields[i]), y = pyvm_exc_get(orig, *fields[i]);
        if ((x ? x : rt_none) != (y ? y : rt_none))
            return false;
    }
    return true;
}

/* Adds the ids of the leaves of exc's tree to the set ids. */
static bool collect_leaf_ids(rt_value_t exc, rt_map_t *ids)
{
    if (!pyvm_excgroup_is(exc))
        return pyvm_set_add(ids, rt_small((int64_t)(exc >> 3)));
    rt_tuple_t *excs = pyvm_excgroup_excs(exc);
    for (int64_t i = 0; i < rt_tuple_len(excs); i++)
        if (!collect_leaf_ids(rt_tuple_get(excs, i), ids))
            return false;
    return true;
}

rt_value_t pyvm_excgroup_reraise(rt_value_t orig, rt_value_t list)
{
    rt_vec_t *excs = rt_ptr(list);
    int64_t count = rt_vec_len(excs);
    if (count == 0)
        return rt_none;
    if (!pyvm_excgroup_is(orig)) /* a naked exception: one handler ran, at most one to raise */
        return rt_vec_get(excs, 0);
    rt_vec_t *raised = pyvm_list_new(count);
    rt_map_t *ids = pyvm_set_new(&pyvm_type_set);
    for (int64_t i = 0; i < count; i++) {
        rt_value_t e = rt_vec_get(excs, i);
        if (e == rt_none)
            continue;
        if (same_metadata(e, orig)) {
            if (!collect_leaf_ids(e, ids))
                return RT_NOVALUE;
        } else {
            rt_vec_append(raised, e);
        }
    }
    /* the re-raised leaves keep the structure they had in orig */
    rt_value_t kept = rt_none, unused;
    if (rt_map_count(ids) &&
        !split_rec(orig, BY_IDENTITY, rt_from_ptr(ids), false, &kept, &unused, 0))
        return RT_NOVALUE;
    if (rt_vec_len(raised) == 0)
        return kept;
    if (kept != rt_none)
        rt_vec_append(raised, kept);
    if (rt_vec_len(raised) == 1) /* a single exception goes out as itself */
        return rt_vec_get(raised, 0);
    rt_value_t args[2] = {rt_from_ptr(rt_str_new("", 0)), rt_from_ptr(raised)};
    return pyvm_exc_new(pyvm_exc_BaseExceptionGroup, args, 2);
}

/* ---- BaseException.add_note ---- */

METHOD(exc_add_note)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "note must be a str, not '%s'", pyvm_type_name(a[0]));
    rt_value_t notes = pyvm_exc_get(self, notes_name);
    if (!notes) {
        notes = rt_from_ptr(pyvm_list_new(1));
        pyvm_exc_put(self, notes_name, notes);
    } else if (!pyvm_is_list(notes)) {
        return rt_raise(RT_EXC_TYPE, "Cannot add note: __notes__ is not a list");
    }
    rt_vec_append(rt_ptr(notes), a[0]);
    return rt_none;
}

static const pyvm_cfunc_def_t eg_methods[] = {
    {"__new__", eg_new, 1, -1, PYVM_CFUNC_STATIC, 1},
    {"__str__", eg_str, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"derive", eg_derive, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"split", eg_split, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"subgroup", eg_subgroup, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t eg_getters[] = {
    {"message", eg_message, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"exceptions", eg_exceptions, 0, 0, PYVM_CFUNC_METHOD, 0},
};

static const pyvm_cfunc_def_t note_methods[] = {
    {"add_note", exc_add_note, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_excgroup_init(void)
{
    msg_name = rt_str_intern_cstr("__pyvm_eg_message__");
    excs_name = rt_str_intern_cstr("__pyvm_eg_exceptions__");
    notes_name = rt_str_intern_cstr("__notes__");
    pyvm_cfunc_install(pyvm_exc_BaseExceptionGroup, eg_methods);
    for (size_t i = 0; i < sizeof eg_getters / sizeof eg_getters[0]; i++)
        pyvm_type_setattr(pyvm_exc_BaseExceptionGroup, rt_str_intern_cstr(eg_getters[i].name),
                          pyvm_property_new(pyvm_cfunc_new(&eg_getters[i], RT_NOVALUE)));
    pyvm_cfunc_install(pyvm_exc_BaseException, note_methods);
}
