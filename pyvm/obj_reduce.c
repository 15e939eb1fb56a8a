/*
** obj_reduce.c: the pickling and copying protocol of objects, as CPython 3.11 defines it for
** the pure-Python pickle, copy and copyreg modules: object.__reduce_ex__ / __reduce__
** (protocols 0 and 1 through copyreg._reduce_ex, 2 and up as CPython's reduce_newobj with
** __getnewargs_ex__ / __getnewargs__), object.__getstate__ (instance dict and __slots__ values),
** __getnewargs__ of the immutable builtin value types, __reduce__ of sets, and __reduce__ / __setstate__ /
** __length_hint__ of the builtin sequence and range iterators and of range itself.
*/
#include "pyvm/code.h"

static rt_value_t copyreg_attr(const char *name)
{
    rt_value_t m = pyvm_import(rt_str_intern_cstr("copyreg"));
    return m ? pyvm_getattr(m, rt_str_intern_cstr(name)) : RT_NOVALUE;
}

static rt_value_t builtin(const char *name)
{
    return rt_map_get_str(pyvm_builtins, rt_str_intern_cstr(name));
}

static bool is_instance(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance;
}

static rt_value_t tuple2(rt_value_t a, rt_value_t b)
{
    rt_value_t items[2] = {a, b};
    return pyvm_tuple_from(items, 2);
}

/* The values of the __slots__ copyreg._slotnames finds for self's class, as a dict (NULL: none
** set); RT_NOVALUE on error. */
static rt_value_t slot_values(rt_value_t self, rt_map_t **out)
{
    *out = NULL;
    rt_value_t f = copyreg_attr("_slotnames");
    rt_value_t names = f ? pyvm_call1(f, rt_from_ptr(pyvm_type_of(self))) : RT_NOVALUE;
    rt_vec_t *v = names ? pyvm_seq_to_vec(names) : NULL;
    if (!v)
        return RT_NOVALUE;
    for (int64_t i = 0; i < rt_vec_len(v); i++) {
        rt_value_t name = rt_vec_get(v, i);
        if (!pyvm_is_str(name))
            continue;
        rt_value_t x = pyvm_getattr_opt(self, rt_str_intern(pyvm_str_of(name)));
        if (!x) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            continue;
        }
        if (!*out)
            *out = pyvm_dict_new();
        if (!pyvm_dict_set(*out, name, x))
            return RT_NOVALUE;
    }
    return rt_none;
}

/* object.__getstate__ itself: None or a copy of the instance's dict, paired with the __slots__
** values when there are any. `required`: the state must say everything, so an object of a
** builtin type, whose contents live outside any dict, cannot be pickled this way. */
static rt_value_t getstate_default(rt_value_t self, bool required)
{
    if (!is_instance(self)) {
        if (required)
            return rt_raise(RT_EXC_TYPE, "cannot pickle '%s' object", pyvm_type_name(self));
        return rt_none;
    }
    rt_value_t state = rt_none;
    rt_map_t *d = pyvm_instance_dict_copy(rt_ptr(self));
    if (rt_map_count(d))
        state = rt_from_ptr(d);
    rt_map_t *slots;
    if (!slot_values(self, &slots))
        return RT_NOVALUE;
    return slots ? tuple2(state, rt_from_ptr(slots)) : state;
}

static rt_value_t object_getstate(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return getstate_default(self, false);
}

/* self.__getstate__(), or the default directly when the class does not override it. */
static rt_value_t get_state(rt_value_t self, bool required)
{
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(self), rt_str_intern_cstr("__getstate__"));
    if (!f || (rt_is_ptr(f) && rt_obj_type(rt_ptr(f)) == &pyvm_type_cfunc &&
               ((pyvm_cfunc_t *)rt_ptr(f))->def->fn == object_getstate))
        return getstate_default(self, required);
    rt_value_t m = pyvm_getattr(self, rt_str_intern_cstr("__getstate__"));
    return m ? pyvm_call0(m) : RT_NOVALUE;
}

/* __getnewargs_ex__ / __getnewargs__ as CPython checks them: *args a tuple (NULL: neither
** method), *kwargs a dict or NULL. false with TypeError pending. */
static bool new_arguments(rt_value_t self, rt_value_t *args, rt_value_t *kwargs)
{
    *args = *kwargs = RT_NOVALUE;
    rt_value_t f = pyvm_getattr_opt(self, rt_str_intern_cstr("__getnewargs_ex__"));
    if (f) {
        rt_value_t r = pyvm_call0(f);
        if (!r)
            return false;
        if (!pyvm_is_tuple(r)) {
            rt_raise(RT_EXC_TYPE, "__getnewargs_ex__ should return a tuple, not '%s'",
                     pyvm_type_name(r));
            return false;
        }
        if (rt_tuple_len(rt_ptr(r)) != 2) {
            rt_raise(RT_EXC_TYPE, "__getnewargs_ex__ should return a tuple of length 2, not %lld",
                     (long long)rt_tuple_len(rt_ptr(r)));
            return false;
        }
        *args = rt_tuple_get(rt_ptr(r), 0);
        *kwargs = rt_tuple_get(rt_ptr(r), 1);
        if (!pyvm_is_tuple(*args)) {
            rt_raise(RT_EXC_TYPE, "first item of the tuple returned by __getnewargs_ex__ must be "
                                  "a tuple, not '%s'", pyvm_type_name(*args));
            return false;
        }
        if (!pyvm_is_dict(*kwargs)) {
            rt_raise(RT_EXC_TYPE, "second item of the tuple returned by __getnewargs_ex__ must be "
                                  "a dict, not '%s'", pyvm_type_name(*kwargs));
            return false;
        }
        return true;
    }
    if (rt_exc_pending())
        return false;
    f = pyvm_getattr_opt(self, rt_str_intern_cstr("__getnewargs__"));
    if (!f)
        return !rt_exc_pending();
    *args = pyvm_call0(f);
    if (!*args)
        return false;
    if (!pyvm_is_tuple(*args)) {
        rt_raise(RT_EXC_TYPE, "__getnewargs__ should return a tuple, not '%s'",
                 pyvm_type_name(*args));
        return false;
    }
    return true;
}

/* Protocol 2 and up: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
** __newobj_ex__ with (cls, args, kwargs) when there are keyword arguments. */
static rt_value_t reduce_newobj(rt_value_t self)
{
    rt_value_t args, kwargs;
    if (!new_arguments(self, &args, &kwargs))
        return RT_NOVALUE;
    rt_value_t cls = rt_from_ptr(pyvm_type_of(self));
    bool has_kwargs = kwargs && rt_map_count(rt_ptr(kwargs)) > 0;
    rt_value_t copyfunc = copyreg_attr(has_kwargs ? "__newobj_ex__" : "__newobj__");
    if (!copyfunc)
        return RT_NOVALUE;
    rt_value_t newargs;
    if (has_kwargs) {
        rt_value_t items[3] = {cls, args, kwargs};
        newargs = pyvm_tuple_from(items, 3);
    } else {
        int64_t n = args ? rt_tuple_len(rt_ptr(args)) : 0;
        rt_vec_t *items = rt_vec_new(n + 1);
        rt_vec_append(items, cls);
        for (int64_t i = 0; i < n; i++)
            rt_vec_append(items, rt_tuple_get(rt_ptr(args), i));
        newargs = pyvm_tuple_from(rt_vec_items(items), n + 1);
    }
    rt_value_t value = pyvm_unwrap(self);
    bool list = pyvm_is_list(value), dict = pyvm_is_dict(value);
    rt_value_t state = get_state(self, !args && !list && !dict);
    if (!state)
        return RT_NOVALUE;
    rt_value_t listitems = list ? pyvm_iter(value) : rt_none;
    rt_value_t dictitems = rt_none;
    if (dict) {
        rt_value_t items = pyvm_getattr(self, rt_str_intern_cstr("items"));
        items = items ? pyvm_call0(items) : RT_NOVALUE;
        dictitems = items ? pyvm_iter(items) : RT_NOVALUE;
    }
    if (!listitems || !dictitems)
        return RT_NOVALUE;
    rt_value_t parts[5] = {copyfunc, newargs, state, listitems, dictitems};
    return pyvm_tuple_from(parts, 5);
}

static rt_value_t common_reduce(rt_value_t self, int64_t proto)
{
    if (proto >= 2)
        return reduce_newobj(self);
    rt_value_t f = copyreg_attr("_reduce_ex");
    return f ? pyvm_call2(f, self, rt_small(proto)) : RT_NOVALUE;
}

static rt_value_t object_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return common_reduce(self, 0);
}

/* object.__reduce_ex__(protocol): a __reduce__ the class overrides wins, as in CPython. */
static rt_value_t object_reduce_ex(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)kw;
    int64_t proto = 0;
    if (n && !pyvm_index_i64(a[0], &proto))
        return RT_NOVALUE;
    rt_value_t own = pyvm_type_lookup(pyvm_type_of(self), pyvm_name(reduce));
    if (own && !(rt_is_ptr(own) && rt_obj_type(rt_ptr(own)) == &pyvm_type_cfunc &&
                 ((pyvm_cfunc_t *)rt_ptr(own))->def->fn == object_reduce)) {
        rt_value_t m = pyvm_bind(own, self, pyvm_type_of(self));
        return m ? pyvm_call0(m) : RT_NOVALUE;
    }
    return common_reduce(self, proto);
}

static const pyvm_cfunc_def_t object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, 0, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__reduce__", object_reduce, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__getstate__", object_getstate, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* int, float, str, bytes, tuple: __getnewargs__ is (the plain value,), so that a subclass
** instance pickles as cls.__new__(cls, value) plus its dict. */
static rt_value_t value_getnewargs(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return pyvm_tuple_from(&self, 1); /* self is the plain value (not RAW_SELF) */
}

static const pyvm_cfunc_def_t value_methods[] = {
    {"__getnewargs__", value_getnewargs, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* set.__reduce__ / frozenset.__reduce__: (type(self), (list(self),), state), as CPython's. */
static rt_value_t set_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *items = pyvm_seq_to_vec(pyvm_unwrap(self));
    if (!items)
        return RT_NOVALUE;
    rt_value_t list = pyvm_list_from(rt_vec_items(items), rt_vec_len(items));
    rt_value_t state = get_state(self, false);
    if (!state)
        return RT_NOVALUE;
    rt_value_t parts[3] = {rt_from_ptr(pyvm_type_of(self)), pyvm_tuple_from(&list, 1), state};
    return pyvm_tuple_from(parts, 3);
}

static const pyvm_cfunc_def_t set_methods[] = {
    {"__reduce__", set_reduce, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- Iterators and ranges ---- */

/* The iterator's index in code points (a str iterator counts bytes). */
static int64_t seqiter_index(pyvm_seqiter_t *it)
{
    if (pyvm_is_str(it->seq))
        return rt_utf8_count(pyvm_str_of(it->seq)->data, (size_t)it->i);
    return it->i;
}

/* iterator.__reduce__: (iter, (seq,), index) for a sequence iterator, (iter, (range,), 0) for a
** range iterator (the numbers still to come), (iter, ((),)) once exhausted, as CPython's. */
static rt_value_t iter_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t iter = builtin("iter");
    const rt_type_t *t = rt_value_type(self);
    if (t == &pyvm_type_rangeiter) {
        /* the numbers still to come; a stop past the 64-bit range is clamped, which keeps
        ** their count (the last one fits) */
        pyvm_rangeiter_t *it = rt_ptr(self);
        int64_t left = it->left > 0 ? it->left : 0, span, stop;
        if (__builtin_mul_overflow(left, it->step, &span) ||
            __builtin_add_overflow(it->next, span, &stop))
            stop = it->step > 0 ? INT64_MAX : INT64_MIN;
        rt_value_t r = pyvm_range_new(it->next, stop, it->step);
        rt_value_t parts[3] = {iter, pyvm_tuple_from(&r, 1), rt_small(0)};
        return pyvm_tuple_from(parts, 3);
    }
    if (t != &pyvm_type_seqiter)
        return rt_raise(RT_EXC_TYPE, "cannot pickle '%s' object", pyvm_type_name(self));
    pyvm_seqiter_t *it = rt_ptr(self);
    if (!it->seq) {
        rt_value_t empty = pyvm_tuple_from(NULL, 0);
        return tuple2(iter, pyvm_tuple_from(&empty, 1));
    }
    rt_value_t parts[3] = {iter, pyvm_tuple_from(&it->seq, 1), rt_int_from_i64(seqiter_index(it))};
    return pyvm_tuple_from(parts, 3);
}

/* iterator.__setstate__(index): a sequence iterator goes to index, clamped to the sequence, as
** CPython's; a range iterator skips index numbers. */
static rt_value_t iter_setstate(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    int64_t index;
    if (!pyvm_index_i64(a[0], &index))
        return RT_NOVALUE;
    if (rt_value_type(self) == &pyvm_type_rangeiter) {
        pyvm_rangeiter_t *it = rt_ptr(self);
        index = index < 0 ? 0 : index > it->left ? it->left : index;
        it->next = (int64_t)((uint64_t)it->next + (uint64_t)index * (uint64_t)it->step);
        it->left -= index;
        return rt_none;
    }
    if (rt_value_type(self) != &pyvm_type_seqiter)
        return rt_raise(RT_EXC_TYPE, "cannot set the state of '%s' object", pyvm_type_name(self));
    pyvm_seqiter_t *it = rt_ptr(self);
    if (!it->seq)
        return rt_none;
    if (index < 0)
        index = 0;
    if (pyvm_is_list(it->seq) || pyvm_is_tuple(it->seq) || pyvm_is_str(it->seq)) {
        int64_t len = pyvm_len(it->seq);
        index = index > len ? len : index;
    }
    if (pyvm_is_str(it->seq)) {
        rt_str_t *s = pyvm_str_of(it->seq);
        index = (int64_t)rt_utf8_offset(s->data, (size_t)s->len, (size_t)index);
    }
    it->i = index;
    return rt_none;
}

/* iterator.__length_hint__: what is left of a sized sequence or a range. */
static rt_value_t iter_length_hint(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    const rt_type_t *t = rt_value_type(self);
    if (t == &pyvm_type_rangeiter) {
        int64_t left = ((pyvm_rangeiter_t *)rt_ptr(self))->left;
        return rt_int_from_i64(left > 0 ? left : 0);
    }
    if (t != &pyvm_type_seqiter || !((pyvm_seqiter_t *)rt_ptr(self))->seq)
        return t == &pyvm_type_seqiter ? rt_small(0) : pyvm_notimpl;
    pyvm_seqiter_t *it = rt_ptr(self);
    const rt_pyslots_t *s = pyvm_slots(it->seq);
    if (!s || !s->len)
        return pyvm_notimpl;
    int64_t len = s->len(it->seq);
    if (len < 0)
        return RT_NOVALUE;
    int64_t left = len - seqiter_index(it);
    return rt_small(left > 0 ? left : 0);
}

static const pyvm_cfunc_def_t iter_methods[] = {
    {"__reduce__", iter_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__setstate__", iter_setstate, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__length_hint__", iter_length_hint, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* range.__reduce__: (range, (start, stop, step)). */
static rt_value_t range_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t args[3];
    if (!pyvm_longrange_parts(self, args)) {
        pyvm_range_t *r = rt_ptr(self);
        args[0] = rt_int_from_i64(r->start);
        args[1] = rt_int_from_i64(r->stop);
        args[2] = rt_int_from_i64(r->step);
    }
    return tuple2(rt_from_ptr(pyvm_cls_range), pyvm_tuple_from(args, 3));
}

static const pyvm_cfunc_def_t range_methods[] = {
    {"__reduce__", range_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_reduce_init(void)
{
    pyvm_cfunc_install(pyvm_cls_object, object_methods);
    pyvm_class_t *const valued[] = {pyvm_cls_int, pyvm_cls_float, pyvm_cls_str, pyvm_cls_bytes,
                                    pyvm_cls_tuple};
    for (size_t i = 0; i < sizeof valued / sizeof valued[0]; i++)
        pyvm_cfunc_install(valued[i], value_methods);
    pyvm_cfunc_install(pyvm_cls_set, set_methods);
    pyvm_cfunc_install(pyvm_cls_frozenset, set_methods);
    pyvm_cfunc_install(pyvm_cls_iterator, iter_methods);
    /* list_reverseiterator pickles as reversed (obj_list.c) */
#define ITER_INSTALL(n)                                                                            \
    if (pyvm_cls_##n != pyvm_cls_list_reverseiterator)                                             \
        pyvm_cfunc_install(pyvm_cls_##n, iter_methods);
    PYVM_ITER_CLASSES(ITER_INSTALL)
#undef ITER_INSTALL
    pyvm_cfunc_install(pyvm_cls_range, range_methods);
}
