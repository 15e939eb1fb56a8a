/*
** mod_collections.c: the native `_collections` module (modules.h) under Debian's collections
** package: deque (a ring buffer over a runtime vector: O(1) at both ends, optional maxlen),
** defaultdict (a dict subclass whose __missing__ calls default_factory) and _count_elements
** (Counter's counting loop). OrderedDict stays collections' pure-Python class.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

/* ---- deque ---- */

typedef struct deque {
    rt_obj_t hdr;
    rt_vec_t *ring; /* capacity rt_vec_len(ring); items at (head + i) % capacity */
    int64_t head, len, maxlen; /* maxlen -1: unbounded */
} deque_t;

static void deque_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((deque_t *)obj)->ring);
}

static rt_type_t deque_type = RT_TYPE_INIT("collections.deque", deque_trace, NULL, 0);
static pyvm_class_t *deque_cls, *defaultdict_cls;

#define DQ(v) ((deque_t *)rt_ptr(v))

static bool is_deque(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &deque_type;
}

static int64_t cap(deque_t *d) { return rt_vec_len(d->ring); }
static int64_t pos(deque_t *d, int64_t i) { return (d->head + i) % cap(d); }
static rt_value_t item(deque_t *d, int64_t i) { return rt_vec_get(d->ring, pos(d, i)); }

/* Room for one more item: doubles the ring, unrolling it from head. May collect. */
static void grow(deque_t *d)
{
    if (d->len < cap(d))
        return;
    int64_t n = cap(d) ? cap(d) * 2 : 8;
    rt_vec_t *r = pyvm_list_new(n);
    for (int64_t i = 0; i < n; i++)
        rt_vec_append(r, i < d->len ? item(d, i) : rt_none);
    RT_STORE(d, ring, r);
    d->head = 0;
}

static rt_value_t pop_left(deque_t *d)
{
    rt_value_t v = item(d, 0);
    rt_vec_set(d->ring, d->head, rt_none);
    d->head = (d->head + 1) % cap(d);
    d->len--;
    return v;
}

static rt_value_t pop_right(deque_t *d)
{
    int64_t p = pos(d, d->len - 1);
    rt_value_t v = rt_vec_get(d->ring, p);
    rt_vec_set(d->ring, p, rt_none);
    d->len--;
    return v;
}

static void push_right(deque_t *d, rt_value_t v)
{
    if (d->maxlen == 0)
        return;
    if (d->len == d->maxlen)
        pop_left(d);
    grow(d);
    rt_vec_set(d->ring, pos(d, d->len), v);
    d->len++;
}

static void push_left(deque_t *d, rt_value_t v)
{
    if (d->maxlen == 0)
        return;
    if (d->len == d->maxlen)
        pop_right(d);
    grow(d);
    d->head = (d->head + cap(d) - 1) % cap(d);
    rt_vec_set(d->ring, d->head, v);
    d->len++;
}

static deque_t *deque_alloc(int64_t maxlen)
{
    deque_t *d = rt_alloc(&deque_type, sizeof *d);
    RT_STORE(d, ring, pyvm_list_new(0));
    d->maxlen = maxlen;
    return d;
}

/* Appends every item of an iterable at one end; the iterable may be the deque itself. */
static bool extend(deque_t *d, rt_value_t iterable, bool left)
{
    rt_vec_t *items = pyvm_seq_to_vec(iterable);
    if (!items)
        return false;
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        (left ? push_left : push_right)(d, rt_vec_get(items, i));
    return true;
}

/* deque(iterable=(), maxlen=None)'s arguments: the iterable (RT_NOVALUE: none) and maxlen (-1:
** unbounded); false with the error pending. */
static bool deque_args(const rt_value_t *args, size_t nargs, rt_tuple_t *kw, rt_value_t *iterable,
                       int64_t *maxlen)
{
    static const char *const names[] = {"iterable", "maxlen", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("deque", args, nargs, kw, names, 0, v))
        return false;
    *iterable = v[0];
    *maxlen = -1;
    if (v[1] && v[1] != rt_none) {
        if (!pyvm_index_i64(v[1], maxlen))
            return false;
        if (*maxlen < 0) {
            rt_raise(RT_EXC_VALUE, "maxlen must be non-negative");
            return false;
        }
    }
    return true;
}

static rt_value_t deque_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kw)
{
    (void)cls;
    rt_value_t iterable;
    int64_t maxlen;
    if (!deque_args(args, nargs, kw, &iterable, &maxlen))
        return RT_NOVALUE;
    deque_t *d = deque_alloc(maxlen);
    if (iterable && !extend(d, iterable, false))
        return RT_NOVALUE;
    return rt_from_ptr(d);
}

/* The deque's items as a fresh list. */
static rt_value_t to_list(deque_t *d)
{
    rt_vec_t *l = pyvm_list_new(d->len);
    for (int64_t i = 0; i < d->len; i++)
        rt_vec_append(l, item(d, i));
    return rt_from_ptr(l);
}

static rt_value_t deque_repr(rt_value_t self)
{
    deque_t *d = DQ(self);
    rt_value_t r = pyvm_repr(to_list(d));
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "deque(%s", pyvm_str_of(r)->data);
    if (d->maxlen >= 0)
        rt_strbuf_appendf(&b, ", maxlen=%lld", (long long)d->maxlen);
    rt_strbuf_appendf(&b, ")");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static int64_t deque_len(rt_value_t self) { return DQ(self)->len; }

static rt_value_t deque_iter(rt_value_t self) { return pyvm_iter(to_list(DQ(self))); }

static bool deque_index(rt_value_t self, rt_value_t k, int64_t *i)
{
    if (rt_is_ptr(k) && rt_obj_type(rt_ptr(k)) == &pyvm_type_slice) {
        rt_raise(RT_EXC_TYPE, "sequence index must be integer, not 'slice'");
        return false;
    }
    return pyvm_seq_index(k, DQ(self)->len, i, "deque index");
}

static rt_value_t deque_getitem(rt_value_t self, rt_value_t k)
{
    int64_t i;
    return deque_index(self, k, &i) ? item(DQ(self), i) : RT_NOVALUE;
}

static bool deque_setitem(rt_value_t self, rt_value_t k, rt_value_t v)
{
    deque_t *d = DQ(self);
    int64_t i;
    if (!deque_index(self, k, &i))
        return false;
    if (v) {
        rt_vec_set(d->ring, pos(d, i), v);
        return true;
    }
    for (int64_t j = i; j + 1 < d->len; j++) /* del d[i]: close the gap from the right */
        rt_vec_set(d->ring, pos(d, j), item(d, j + 1));
    pop_right(d);
    return true;
}

static int deque_contains(rt_value_t self, rt_value_t x)
{
    deque_t *d = DQ(self);
    for (int64_t i = 0; i < d->len; i++) {
        int eq = pyvm_eq(item(d, i), x);
        if (eq)
            return eq;
    }
    return 0;
}

static rt_value_t deque_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!is_deque(b))
        return pyvm_notimpl;
    return pyvm_richcmp(to_list(DQ(a)), to_list(DQ(b)), op);
}

/* d * n and n * d (a new deque, same maxlen) and d *= n (in place): the items n times over,
** only the last maxlen kept. */
static rt_value_t repeat(int op, rt_value_t dv, rt_value_t nv, bool left)
{
    if (!pyvm_is_intlike(pyvm_unwrap(nv)))
        return left ? rt_raise(RT_EXC_TYPE, "can't multiply sequence by non-int of type '%s'",
                               pyvm_type_name(nv))
                    : pyvm_notimpl;
    int64_t times;
    if (!pyvm_index_i64(nv, &times))
        return RT_NOVALUE;
    deque_t *src = DQ(dv);
    rt_value_t items = to_list(src);
    deque_t *d = (op & PYVM_OP_INPLACE) ? src : deque_alloc(src->maxlen);
    if (d == src) {
        RT_STORE(d, ring, pyvm_list_new(0));
        d->head = d->len = 0;
    }
    int64_t len = rt_vec_len(rt_ptr(items));
    if (d->maxlen >= 0 && len && times > d->maxlen / len + 1)
        times = d->maxlen / len + 1; /* the earlier copies would all fall out */
    for (int64_t k = 0; k < times && len; k++)
        if (!extend(d, items, false))
            return RT_NOVALUE;
    return rt_from_ptr(d);
}

static rt_value_t deque_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    if (base == PYVM_AST_Add && is_deque(a) && is_deque(b)) {
        deque_t *d = DQ(a);
        if (!(op & PYVM_OP_INPLACE)) {
            d = deque_alloc(DQ(a)->maxlen);
            if (!extend(d, a, false))
                return RT_NOVALUE;
        }
        return extend(d, b, false) ? rt_from_ptr(d) : RT_NOVALUE;
    }
    if (base == PYVM_AST_Add && (op & PYVM_OP_INPLACE) && is_deque(a))
        return extend(DQ(a), b, false) ? a : RT_NOVALUE;
    if (base == PYVM_AST_Mult && (is_deque(a) || is_deque(b)))
        return repeat(op, is_deque(a) ? a : b, is_deque(a) ? b : a, is_deque(a));
    return pyvm_notimpl;
}

static int deque_truth(rt_value_t self) { return DQ(self)->len != 0; }

static bool deque_hash(rt_value_t self, int64_t *out)
{
    (void)self, (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: 'collections.deque'");
    return false;
}

static const rt_pyslots_t deque_slots = {
    .cls = &deque_cls,
    .repr = deque_repr,
    .binop = deque_binop,
    .richcmp = deque_richcmp,
    .hash = deque_hash,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .truth = deque_truth,
};

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* maxlen, a read-only property (a subclass instance's too: the getter gets the deque) */
METHOD(dq_maxlen)
{
    (void)a, (void)n, (void)kw;
    return DQ(self)->maxlen < 0 ? rt_none : rt_small(DQ(self)->maxlen);
}

static const pyvm_cfunc_def_t maxlen_def = {"maxlen", dq_maxlen, 0, 0, PYVM_CFUNC_METHOD, 0};

METHOD(dq_append)
{
    (void)n, (void)kw;
    push_right(DQ(self), a[0]);
    return rt_none;
}

METHOD(dq_appendleft)
{
    (void)n, (void)kw;
    push_left(DQ(self), a[0]);
    return rt_none;
}

METHOD(dq_pop)
{
    (void)a, (void)n, (void)kw;
    if (DQ(self)->len == 0)
        return rt_raise(RT_EXC_INDEX, "pop from an empty deque");
    return pop_right(DQ(self));
}

METHOD(dq_popleft)
{
    (void)a, (void)n, (void)kw;
    if (DQ(self)->len == 0)
        return rt_raise(RT_EXC_INDEX, "pop from an empty deque");
    return pop_left(DQ(self));
}

METHOD(dq_extend)
{
    (void)n, (void)kw;
    return extend(DQ(self), a[0], false) ? rt_none : RT_NOVALUE;
}

METHOD(dq_extendleft)
{
    (void)n, (void)kw;
    return extend(DQ(self), a[0], true) ? rt_none : RT_NOVALUE;
}

METHOD(dq_clear)
{
    (void)a, (void)n, (void)kw;
    deque_t *d = DQ(self);
    RT_STORE(d, ring, pyvm_list_new(0));
    d->head = d->len = 0;
    return rt_none;
}

/* __init__(iterable=(), maxlen=None): empties the deque and refills it (a subclass instance's
** value starts empty, as CPython's deque.__new__ makes it). */
METHOD(dq_init)
{
    rt_value_t iterable;
    int64_t maxlen;
    if (!deque_args(a, n, kw, &iterable, &maxlen))
        return RT_NOVALUE;
    deque_t *d = DQ(self);
    rt_vec_t *items = iterable ? pyvm_seq_to_vec(iterable) : pyvm_list_new(0);
    if (!items)
        return RT_NOVALUE;
    RT_STORE(d, ring, pyvm_list_new(0));
    d->head = d->len = 0;
    d->maxlen = maxlen;
    return extend(d, rt_from_ptr(items), false) ? rt_none : RT_NOVALUE;
}

METHOD(dq_copy)
{
    (void)a, (void)n, (void)kw;
    deque_t *d = deque_alloc(DQ(self)->maxlen);
    return extend(d, self, false) ? rt_from_ptr(d) : RT_NOVALUE;
}

/* rotate(n=1): n steps to the right (negative: to the left). */
METHOD(dq_rotate)
{
    (void)kw;
    deque_t *d = DQ(self);
    int64_t k = 1;
    if (n && !pyvm_index_i64(a[0], &k))
        return RT_NOVALUE;
    if (d->len <= 1)
        return rt_none;
    k %= d->len;
    if (k < 0)
        k += d->len;
    for (int64_t i = 0; i < k; i++)
        push_left(d, pop_right(d));
    return rt_none;
}

METHOD(dq_count)
{
    (void)n, (void)kw;
    deque_t *d = DQ(self);
    int64_t c = 0;
    for (int64_t i = 0; i < d->len; i++) {
        int eq = pyvm_eq(item(d, i), a[0]);
        if (eq < 0)
            return RT_NOVALUE;
        c += eq;
    }
    return rt_small(c);
}

METHOD(dq_index)
{
    (void)kw;
    deque_t *d = DQ(self);
    int64_t lo = 0, hi = d->len;
    if ((n > 1 && !pyvm_index_i64(a[1], &lo)) || (n > 2 && !pyvm_index_i64(a[2], &hi)))
        return RT_NOVALUE;
    lo = lo < 0 ? (lo + d->len < 0 ? 0 : lo + d->len) : lo;
    hi = hi < 0 ? hi + d->len : hi > d->len ? d->len : hi;
    for (int64_t i = lo; i < hi; i++) {
        int eq = pyvm_eq(item(d, i), a[0]);
        if (eq)
            return eq < 0 ? RT_NOVALUE : rt_small(i);
    }
    return rt_raise(RT_EXC_VALUE, "deque.index(x): x not in deque");
}

METHOD(dq_remove)
{
    (void)n, (void)kw;
    deque_t *d = DQ(self);
    for (int64_t i = 0; i < d->len; i++) {
        int eq = pyvm_eq(item(d, i), a[0]);
        if (eq < 0)
            return RT_NOVALUE;
        if (eq)
            return deque_setitem(self, rt_small(i), RT_NOVALUE) ? rt_none : RT_NOVALUE;
    }
    return rt_raise(RT_EXC_VALUE, "deque.remove(x): x not in deque");
}

METHOD(dq_insert)
{
    (void)n, (void)kw;
    deque_t *d = DQ(self);
    int64_t i;
    if (!pyvm_index_i64(a[0], &i))
        return RT_NOVALUE;
    if (d->maxlen >= 0 && d->len == d->maxlen)
        return rt_raise(RT_EXC_INDEX, "deque already at its maximum size");
    i = i < 0 ? (i + d->len < 0 ? 0 : i + d->len) : (i > d->len ? d->len : i);
    push_right(d, rt_none);
    for (int64_t j = d->len - 1; j > i; j--)
        rt_vec_set(d->ring, pos(d, j), item(d, j - 1));
    rt_vec_set(d->ring, pos(d, i), a[1]);
    return rt_none;
}

METHOD(dq_reverse)
{
    (void)a, (void)n, (void)kw;
    deque_t *d = DQ(self);
    for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
        rt_value_t t = item(d, i);
        rt_vec_set(d->ring, pos(d, i), item(d, j));
        rt_vec_set(d->ring, pos(d, j), t);
    }
    return rt_none;
}

METHOD(dq_reduce)
{
    (void)a, (void)n, (void)kw;
    deque_t *d = DQ(self);
    rt_value_t args[2] = {to_list(d), d->maxlen < 0 ? rt_none : rt_small(d->maxlen)};
    rt_value_t parts[2] = {rt_from_ptr(deque_cls), pyvm_tuple_from(args, 2)};
    return pyvm_tuple_from(parts, 2);
}

static const pyvm_cfunc_def_t deque_methods[] = {
    {"__init__", dq_init, 0, 2, PYVM_CFUNC_METHOD, 1},
    {"append", dq_append, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"appendleft", dq_appendleft, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"pop", dq_pop, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"popleft", dq_popleft, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"extend", dq_extend, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"extendleft", dq_extendleft, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"clear", dq_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", dq_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", dq_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"rotate", dq_rotate, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"count", dq_count, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"index", dq_index, 1, 3, PYVM_CFUNC_METHOD, 0},
    {"remove", dq_remove, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"insert", dq_insert, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"reverse", dq_reverse, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__reduce__", dq_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- defaultdict: a heap class over dict made here, its methods receiving the instance ---- */

static rt_str_t *factory_name(void) { return rt_str_intern_cstr("default_factory"); }

METHOD(dd_init)
{
    rt_value_t factory = n ? a[0] : rt_none;
    if (factory != rt_none && !pyvm_slots(factory)->call)
        return rt_raise(RT_EXC_TYPE, "first argument must be callable or None");
    if (!pyvm_setattr(self, factory_name(), factory))
        return RT_NOVALUE;
    rt_value_t dict_init = rt_map_get_str(pyvm_cls_dict->dict, pyvm_name(init));
    rt_value_t buf[PYVM_ARGBUF];
    size_t rest = n ? n - 1 : 0;
    return pyvm_call(dict_init, pyvm_args_prepend(self, a + (n ? 1 : 0), rest, kw, buf), rest + 1,
                     kw);
}

METHOD(dd_missing)
{
    (void)n, (void)kw;
    rt_value_t f = pyvm_getattr(self, factory_name());
    if (!f)
        return RT_NOVALUE;
    if (f == rt_none)
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, a, 1));
    rt_value_t v = pyvm_call0(f);
    return v && pyvm_setitem(self, a[0], v) ? v : RT_NOVALUE;
}

/* As CPython's: the dict part through dict.__repr__, the factory marked in progress so that a
** factory whose repr shows this defaultdict again prints "..." there. */
METHOD(dd_repr)
{
    (void)a, (void)n, (void)kw;
    rt_value_t dr = pyvm_container_repr(self);
    rt_value_t f = dr ? pyvm_getattr(self, factory_name()) : RT_NOVALUE;
    if (!f)
        return RT_NOVALUE;
    rt_value_t fr = pyvm_str_cstr("...");
    int in = pyvm_repr_enter(f);
    if (in < 0)
        return RT_NOVALUE;
    if (in == 0) {
        fr = pyvm_repr(f);
        pyvm_repr_leave();
        if (!fr)
            return RT_NOVALUE;
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "%s(%s, %s)", pyvm_type_name(self), pyvm_str_of(fr)->data,
                      pyvm_str_of(dr)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

METHOD(dd_copy)
{
    (void)a, (void)n, (void)kw;
    rt_value_t f = pyvm_getattr(self, factory_name());
    rt_value_t args[2] = {f, pyvm_unwrap(self)};
    return f ? pyvm_call(rt_from_ptr(pyvm_type_of(self)), args, 2, NULL) : RT_NOVALUE;
}

METHOD(dd_reduce)
{
    (void)a, (void)n, (void)kw;
    rt_value_t f = pyvm_getattr(self, factory_name());
    if (!f)
        return RT_NOVALUE;
    rt_value_t items = pyvm_getattr(pyvm_unwrap(self), rt_str_intern_cstr("items"));
    rt_value_t it = items ? pyvm_call0(items) : RT_NOVALUE;
    it = it ? pyvm_iter(it) : RT_NOVALUE;
    if (!it)
        return RT_NOVALUE;
    rt_value_t parts[5] = {rt_from_ptr(pyvm_type_of(self)), pyvm_tuple_from(&f, 1), rt_none,
                           rt_none, it};
    return pyvm_tuple_from(parts, 5);
}

/* self | other and other | self (ror): a new defaultdict of self's class and factory holding the
** left operand's items updated with the right's, as CPython's; NotImplemented unless other is
** a dict. */
static rt_value_t dd_union(rt_value_t self, rt_value_t other, bool ror)
{
    if (!pyvm_is_dict(pyvm_unwrap(other)))
        return pyvm_notimpl;
    rt_value_t f = pyvm_getattr(self, factory_name());
    rt_value_t args[2] = {f, ror ? other : self};
    rt_value_t r = f ? pyvm_call(rt_from_ptr(pyvm_type_of(self)), args, 2, NULL) : RT_NOVALUE;
    rt_value_t update = r ? pyvm_getattr(r, rt_str_intern_cstr("update")) : RT_NOVALUE;
    return update && pyvm_call1(update, ror ? self : other) ? r : RT_NOVALUE;
}

METHOD(dd_or)
{
    (void)n, (void)kw;
    return dd_union(self, a[0], false);
}

METHOD(dd_ror)
{
    (void)n, (void)kw;
    return dd_union(self, a[0], true);
}

static const pyvm_cfunc_def_t defaultdict_methods[] = {
    {"__or__", dd_or, 1, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__ror__", dd_ror, 1, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__init__", dd_init, 0, -1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 1},
    {"__missing__", dd_missing, 1, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__repr__", dd_repr, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"copy", dd_copy, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__copy__", dd_copy, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__reduce__", dd_reduce, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x ---- */

static rt_value_t c_count_elements(rt_value_t self, const rt_value_t *a, size_t n,
                                   rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_value_t get = pyvm_getattr(a[0], rt_str_intern_cstr("get"));
    rt_value_t it = get ? pyvm_iter(a[1]) : RT_NOVALUE;
    if (!it)
        return RT_NOVALUE;
    for (;;) {
        rt_value_t x = pyvm_next(it);
        if (!x)
            return rt_exc_pending() ? RT_NOVALUE : rt_none;
        rt_value_t c = pyvm_call2(get, x, rt_small(0));
        c = c ? pyvm_binop(PYVM_AST_Add, c, rt_small(1)) : RT_NOVALUE;
        if (!c || !pyvm_setitem(a[0], x, c))
            return RT_NOVALUE;
    }
}

static const pyvm_cfunc_def_t collections_functions[] = {
    {"_count_elements", c_count_elements, 2, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* _tuplegetter(index, doc): namedtuple's field descriptor, reading item `index` of the tuple;
** fields are read-only with CPython's "can't set attribute". A heap class, so the descriptor
** protocol finds its __get__/__set__ as it finds those of one written in Python. */
static pyvm_class_t *tuplegetter_cls;

static rt_value_t tg_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!pyvm_is_intlike(pyvm_unwrap(a[0])))
        return rt_raise(RT_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                        pyvm_type_name(a[0]));
    return pyvm_setattr(self, rt_str_intern_cstr("_index"), a[0]) &&
                   pyvm_setattr(self, pyvm_name(doc), a[1])
               ? rt_none
               : RT_NOVALUE;
}

static rt_value_t tg_get(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (a[0] == rt_none)
        return self;
    rt_value_t index = pyvm_getattr(self, rt_str_intern_cstr("_index"));
    return index ? pyvm_getitem(a[0], index) : RT_NOVALUE;
}

static rt_value_t tg_set(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)kw;
    return rt_raise(RT_EXC_ATTRIBUTE, "can't %s attribute", n == 2 ? "set" : "delete");
}

static const pyvm_cfunc_def_t tuplegetter_methods[] = {
    {"__init__", tg_init, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__get__", tg_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"__set__", tg_set, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"__delete__", tg_set, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_collections_dict(void)
{
    if (!deque_cls) {
        gc_root_add(&deque_cls, 1);
        gc_root_add(&defaultdict_cls, 1);
        deque_type.py = &deque_slots;
        deque_cls = pyvm_type_new_builtin("deque", &deque_type, pyvm_cls_object);
        deque_cls->flags |= PYVM_CLASS_SEQUENCE;
        deque_cls->ctor = deque_ctor;
        pyvm_cfunc_install(deque_cls, deque_methods);
        pyvm_wrap_install(deque_cls, true);
        rt_value_t get = pyvm_cfunc_new(&maxlen_def, RT_NOVALUE);
        ((pyvm_cfunc_t *)rt_ptr(get))->owner = deque_cls;
        pyvm_type_setattr(deque_cls, rt_str_intern_cstr("maxlen"), pyvm_property_new(get));
        pyvm_type_setattr(deque_cls, pyvm_name(module), pyvm_str_cstr("collections"));
        rt_map_t *ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("collections"));
        rt_value_t base = rt_from_ptr(pyvm_cls_dict);
        defaultdict_cls = pyvm_type_new(rt_str_intern_cstr("defaultdict"),
                                        rt_ptr(pyvm_tuple_from(&base, 1)), ns);
        pyvm_cfunc_install(defaultdict_cls, defaultdict_methods);
        gc_root_add(&tuplegetter_cls, 1);
        ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("collections"));
        pyvm_cfunc_install_dict(ns, tuplegetter_methods);
        base = rt_from_ptr(pyvm_cls_object);
        tuplegetter_cls = pyvm_type_new(rt_str_intern_cstr("_tuplegetter"),
                                        rt_ptr(pyvm_tuple_from(&base, 1)), ns);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, collections_functions);
    pyvm_mod_put(d, "deque", rt_from_ptr(deque_cls));
    pyvm_mod_put(d, "defaultdict", rt_from_ptr(defaultdict_cls));
    pyvm_mod_put(d, "_tuplegetter", rt_from_ptr(tuplegetter_cls));
    return d;
}
