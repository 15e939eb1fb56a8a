/*
** obj_dict.c: Python dict, set and frozenset over runtime's ordered hash map (runtime/map.h),
** with the dict views and the iterator shared by all of them. Keys take the map's native int and
** string paths while the map holds only such keys (no RT_MAP_OBJKEYS); any other key goes through
** rt_map_*_obj with a hash that agrees with the native paths (an int-valued key hashes to its
** value, a str to rt_str_hash) and Python equality as the callback.
*/
#include <math.h>
#include <stdlib.h>

#include "pyvm/code.h"

static void map_trace(gc_tracer_t *tracer, void *obj) { rt_map_trace(tracer, obj); }

rt_type_t pyvm_type_dict = RT_TYPE_INIT("dict", map_trace, NULL, 0);
rt_type_t pyvm_type_set = RT_TYPE_INIT("set", map_trace, NULL, 0);
rt_type_t pyvm_type_frozenset = RT_TYPE_INIT("frozenset", map_trace, NULL, 0);

static rt_map_t *M(rt_value_t v) { return rt_ptr(v); }

rt_map_t *pyvm_dict_new(void) { return rt_map_new_of(&pyvm_type_dict, 0, false); }
rt_map_t *pyvm_set_new(const rt_type_t *t) { return rt_map_new_of(t, 0, false); }

static rt_map_eq_t eq_cb(void *ctx, rt_value_t stored, rt_value_t probe)
{
    (void)ctx;
    int r = pyvm_eq(stored, probe);
    return r < 0 ? RT_MAP_EQ_ERROR : r ? RT_MAP_EQ_TRUE : RT_MAP_EQ_FALSE;
}

/* The map hash of a key (see the file comment). false with TypeError for unhashable keys. */
static bool key_hash(rt_value_t k, uint64_t *out)
{
    if (rt_is_small(k)) {
        *out = (uint64_t)rt_small_value(k);
        return true;
    }
    if (rt_is_ptr(k) && (rt_obj_type(rt_ptr(k)) == &rt_type_str ||
                         rt_obj_type(rt_ptr(k)) == &rt_type_bytes)) {
        *out = rt_str_hash(rt_ptr(k));
        return true;
    }
    if (rt_is_bool(k)) {
        *out = k == rt_true;
        return true;
    }
    if (rt_is_float(k)) {
        double d = rt_float_value(k);
        if (d == floor(d) && fabs(d) < 4e18) {
            *out = (uint64_t)(int64_t)d;
            return true;
        }
    }
    int64_t h;
    if (!pyvm_hash(k, &h))
        return false;
    *out = (uint64_t)h;
    return true;
}

static bool native_key(rt_map_t *d, rt_value_t k)
{
    return !(d->flags & RT_MAP_OBJKEYS) && (rt_is_small(k) || pyvm_is_str(k));
}

/* The position of key k, -1 when absent, -2 on error. */
static int64_t find(rt_map_t *d, rt_value_t k)
{
    if (native_key(d, k))
        return rt_is_small(k) ? rt_map_find_int(d, rt_small_value(k))
                              : rt_map_find_str(d, rt_ptr(k));
    uint64_t h;
    if (!key_hash(k, &h))
        return -2;
    int64_t pos;
    rt_map_status_t st = rt_map_find_obj(d, k, h, eq_cb, NULL, &pos);
    return st == RT_MAP_FOUND ? pos : st == RT_MAP_MISSING ? -1 : -2;
}

rt_value_t pyvm_dict_get(rt_map_t *d, rt_value_t k)
{
    int64_t p = find(d, k);
    return p >= 0 ? rt_map_value_at(d, p) : RT_NOVALUE;
}

bool pyvm_dict_set(rt_map_t *d, rt_value_t k, rt_value_t v)
{
    if (native_key(d, k)) {
        if (rt_is_small(k))
            rt_map_set_int(d, rt_small_value(k), v);
        else
            rt_map_set_str(d, rt_ptr(k), v);
        return true;
    }
    uint64_t h;
    if (!key_hash(k, &h))
        return false;
    return rt_map_set_obj(d, k, h, eq_cb, NULL, v) != RT_MAP_ERROR;
}

int pyvm_dict_del(rt_map_t *d, rt_value_t k)
{
    int64_t p = find(d, k);
    if (p < 0)
        return p == -1 ? 0 : -1;
    rt_map_del_at(d, p);
    return 1;
}

static rt_value_t key_value(rt_map_key_t k) { return k.obj ? k.obj : rt_int_from_i64(k.i); }

rt_value_t pyvm_dict_key_at(const rt_map_t *d, int64_t pos) { return key_value(rt_map_key_at(d, pos)); }

/* A key read from another map (rt_map_key_at) carries the hash that map stored for it: lookups
** and insertions of such keys reuse it rather than call __hash__ again, as CPython's set and
** dict operations between containers do. */
static bool stored_hash(rt_map_key_t k, uint64_t *h)
{
    if (!k.obj || rt_is_small(k.obj) || pyvm_is_str(k.obj))
        return false; /* native keys hash without running code */
    *h = (uint64_t)k.i;
    return true;
}

/* Position of k in d (-1 absent, -2 error), k taken from another map. */
static int64_t find_stored(rt_map_t *d, rt_map_key_t k)
{
    uint64_t h;
    if (!stored_hash(k, &h))
        return find(d, key_value(k));
    int64_t pos;
    rt_map_status_t st = rt_map_find_obj(d, k.obj, h, eq_cb, NULL, &pos);
    return st == RT_MAP_FOUND ? pos : st == RT_MAP_MISSING ? -1 : -2;
}

/* d[k] = v, k taken from another map. */
static bool set_stored(rt_map_t *d, rt_map_key_t k, rt_value_t v)
{
    uint64_t h;
    if (!stored_hash(k, &h))
        return pyvm_dict_set(d, key_value(k), v);
    return rt_map_set_obj(d, k.obj, h, eq_cb, NULL, v) != RT_MAP_ERROR;
}

bool pyvm_set_add(rt_map_t *s, rt_value_t k) { return pyvm_dict_set(s, k, rt_true); }

int pyvm_set_has(rt_map_t *s, rt_value_t k)
{
    int64_t p = find(s, k);
    return p >= 0 ? 1 : p == -1 ? 0 : -1;
}

bool pyvm_set_update(rt_map_t *s, rt_value_t it)
{
    if (pyvm_is_anyset(it) || pyvm_is_dict(it)) {
        rt_map_t *o = rt_ptr(it);
        for (int64_t p = rt_map_next(o, 0); p >= 0; p = rt_map_next(o, p + 1))
            if (!set_stored(s, rt_map_key_at(o, p), rt_true))
                return false;
        return true;
    }
    rt_vec_t *items = pyvm_seq_to_vec(it);
    if (!items)
        return false;
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        if (!pyvm_set_add(s, rt_vec_get(items, i)))
            return false;
    return true;
}

bool pyvm_dict_update(rt_map_t *d, rt_value_t other)
{
    if (pyvm_is_dict(other)) {
        /* the keys' __eq__ may change `other`: CPython stops with RuntimeError then */
        rt_map_t *o = rt_ptr(other);
        int64_t count = rt_map_count(o);
        uint64_t gen = o->gen;
        for (int64_t p = rt_map_next(o, 0); p >= 0; p = rt_map_next(o, p + 1)) {
            if (!set_stored(d, rt_map_key_at(o, p), rt_map_value_at(o, p)))
                return false;
            if (rt_map_count(o) != count || (o->gen != gen && o != d)) {
                rt_raise(RT_EXC_RUNTIME, "dict mutated during update");
                return false;
            }
        }
        return true;
    }
    rt_value_t keys = pyvm_getattr_opt(other, pyvm_name(keys));
    if (keys) {
        rt_value_t ks = pyvm_call0(keys);
        rt_vec_t *kv = ks ? pyvm_seq_to_vec(ks) : NULL;
        if (!kv)
            return false;
        for (int64_t i = 0; i < rt_vec_len(kv); i++) {
            rt_value_t v = pyvm_getitem(other, rt_vec_get(kv, i));
            if (!v || !pyvm_dict_set(d, rt_vec_get(kv, i), v))
                return false;
        }
        return true;
    }
    if (rt_exc_pending())
        return false;
    rt_vec_t *items = pyvm_seq_to_vec(other);
    if (!items)
        return false;
    for (int64_t i = 0; i < rt_vec_len(items); i++) {
        rt_vec_t *pair = pyvm_seq_to_vec(rt_vec_get(items, i));
        if (!pair)
            return false;
        if (rt_vec_len(pair) != 2) {
            rt_raise(RT_EXC_VALUE,
                     "dictionary update sequence element #%lld has length %lld; 2 is required",
                     (long long)i, (long long)rt_vec_len(pair));
            return false;
        }
        if (!pyvm_dict_set(d, rt_vec_get(pair, 0), rt_vec_get(pair, 1)))
            return false;
    }
    return true;
}

/* ---- Iterators over maps: keys, values or items, forward or reversed ---- */

enum { IT_KEYS, IT_VALUES, IT_ITEMS, IT_REVERSED = 3, IT_SET = 6, IT_NKINDS };

/* As CPython's: an iterator remembers the map's size and raises RuntimeError when it changed (a
** dict iterator also when keys were replaced behind it, which would make it yield a key twice or
** skip one); `left` is what it has still to give (__length_hint__). A set of small ints iterates
** in CPython's order (cpython_order) taken when the iterator was made. */
typedef struct mapiter {
    rt_obj_t hdr;
    rt_map_t *map;  /* NULL once exhausted */
    rt_vec_t *order; /* set iterators in CPython's order, else NULL */
    int64_t pos, count, left;
    uint64_t gen;
    int kind;
} mapiter_t;

static void mapiter_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((mapiter_t *)obj)->map);
    gc_visit_ptr(tracer, ((mapiter_t *)obj)->order);
}

/* One descriptor per kind, so that each has its Python class (CPython's names). */
static rt_type_t iter_types[IT_NKINDS] = {
    RT_TYPE_INIT("dict_keyiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("dict_valueiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("dict_itemiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("dict_reversekeyiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("dict_reversevalueiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("dict_reverseitemiterator", mapiter_trace, NULL, 0),
    RT_TYPE_INIT("set_iterator", mapiter_trace, NULL, 0),
};
static pyvm_class_t *iter_classes[IT_NKINDS];

static rt_value_t mapiter_new(rt_map_t *m, int kind)
{
    mapiter_t *it = rt_alloc(&iter_types[kind], sizeof *it);
    it->map = m;
    it->count = it->left = rt_map_count(m);
    it->gen = m->gen;
    it->kind = kind;
    it->pos = kind >= IT_REVERSED && kind < IT_SET ? rt_map_end(m) - 1 : 0;
    return rt_from_ptr(it);
}

/* The next position to report (-1: the end), or -2 with RuntimeError pending. */
static int64_t mapiter_step(mapiter_t *it)
{
    rt_map_t *m = it->map;
    bool set = it->kind == IT_SET;
    if (rt_map_count(m) != it->count) {
        it->count = -1; /* keeps raising, as CPython's */
        rt_raise(RT_EXC_RUNTIME, "%s changed size during iteration", set ? "Set" : "dictionary");
        return -2;
    }
    if (!set && m->gen != it->gen) {
        it->map = NULL;
        rt_raise(RT_EXC_RUNTIME, "dictionary keys changed during iteration");
        return -2;
    }
    if (it->order)
        return it->pos < rt_vec_len(it->order) ? it->pos++ : -1;
    if (it->kind >= IT_REVERSED && it->kind < IT_SET) {
        int64_t p = it->pos >= 0 ? rt_map_prev(m, it->pos) : -1;
        it->pos = p - 1;
        return p;
    }
    int64_t p = rt_map_next(m, it->pos);
    it->pos = p + 1;
    return p;
}

static rt_value_t mapiter_next(rt_value_t v)
{
    mapiter_t *it = rt_ptr(v);
    if (!it->map)
        return RT_NOVALUE;
    int64_t p = mapiter_step(it);
    if (p < 0) {
        if (p == -1)
            it->map = NULL;
        return RT_NOVALUE;
    }
    it->left--;
    if (it->order)
        return rt_vec_get(it->order, p);
    rt_value_t k = key_value(rt_map_key_at(it->map, p));
    int kind = it->kind % IT_REVERSED;
    if (kind == IT_KEYS)
        return k;
    rt_value_t val = rt_map_value_at(it->map, p);
    if (kind == IT_VALUES)
        return val;
    rt_value_t pair[2] = {k, val};
    return pyvm_tuple_from(pair, 2);
}

static rt_value_t self_iter(rt_value_t v) { return v; }

static const rt_pyslots_t mapiter_slots[IT_NKINDS] = {
#define ITER_SLOTS(k) {.cls = &iter_classes[k], .iter = self_iter, .next = mapiter_next}
    ITER_SLOTS(0), ITER_SLOTS(1), ITER_SLOTS(2), ITER_SLOTS(3), ITER_SLOTS(4), ITER_SLOTS(5),
    ITER_SLOTS(6),
#undef ITER_SLOTS
};

static rt_value_t it_length_hint(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    mapiter_t *it = rt_ptr(self);
    return rt_small(it->map && rt_map_count(it->map) == it->count ? it->left : 0);
}

/* __reduce__: (iter, (list of what is left,)), as CPython's; the copy does not advance self. */
static rt_value_t it_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    mapiter_t copy = *(mapiter_t *)rt_ptr(self);
    rt_vec_t *rest = pyvm_list_new(0);
    for (rt_value_t x; (x = mapiter_next(rt_from_ptr(&copy)));)
        rt_vec_append(rest, x);
    if (rt_exc_pending())
        return RT_NOVALUE;
    rt_value_t args = rt_from_ptr(rest);
    rt_value_t parts[2] = {rt_map_get_str(pyvm_builtins, rt_str_intern_cstr("iter")),
                           pyvm_tuple_from(&args, 1)};
    return pyvm_tuple_from(parts, 2);
}

static const pyvm_cfunc_def_t iter_methods[] = {
    {"__length_hint__", it_length_hint, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__reduce__", it_reduce, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- Views ---- */

typedef struct dictview {
    rt_obj_t hdr;
    rt_map_t *map;
    int kind;
} dictview_t;

static void view_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((dictview_t *)obj)->map);
}

/* One descriptor per kind (IT_KEYS, IT_VALUES, IT_ITEMS), so each has its Python class. */
static rt_type_t view_types[3] = {
    RT_TYPE_INIT("dict_keys", view_trace, NULL, 0),
    RT_TYPE_INIT("dict_values", view_trace, NULL, 0),
    RT_TYPE_INIT("dict_items", view_trace, NULL, 0),
};

static rt_value_t view_new(rt_map_t *m, int kind)
{
    dictview_t *v = rt_alloc(&view_types[kind], sizeof *v);
    v->map = m;
    v->kind = kind;
    return rt_from_ptr(v);
}

static rt_value_t view_iter(rt_value_t v)
{
    dictview_t *d = rt_ptr(v);
    return mapiter_new(d->map, d->kind);
}

static int64_t view_len(rt_value_t v) { return rt_map_count(((dictview_t *)rt_ptr(v))->map); }

/* k in keys: a lookup; (k, v) in items: a lookup of k, then its value compared with v (never
** an iteration, which the comparison could disturb); x in values: a scan. */
static int view_contains(rt_value_t v, rt_value_t x)
{
    dictview_t *d = rt_ptr(v);
    if (d->kind == IT_KEYS) {
        int64_t p = find(d->map, x);
        return p >= 0 ? 1 : p == -1 ? 0 : -1;
    }
    if (d->kind == IT_ITEMS) {
        if (!pyvm_is_tuple(x) || rt_tuple_len(rt_ptr(x)) != 2)
            return 0;
        rt_value_t found = pyvm_dict_get(d->map, rt_tuple_get(rt_ptr(x), 0));
        if (!found)
            return rt_exc_pending() ? -1 : 0;
        return pyvm_eq(found, rt_tuple_get(rt_ptr(x), 1));
    }
    rt_value_t it = view_iter(v);
    for (;;) {
        rt_value_t y = mapiter_next(it);
        if (!y)
            return rt_exc_pending() ? -1 : 0;
        int e = pyvm_eq(y, x);
        if (e)
            return e;
    }
}

/* view.mapping: a read-only proxy of the dict. */
static rt_value_t view_getattr(rt_value_t v, rt_str_t *name)
{
    if (strcmp(name->data, "mapping") == 0)
        return pyvm_mappingproxy_new(rt_from_ptr(((dictview_t *)rt_ptr(v))->map));
    return pyvm_generic_getattr(v, name);
}

static rt_value_t view_repr(rt_value_t v)
{
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    rt_vec_t *items = pyvm_seq_to_vec(v);
    if (!items)
        return RT_NOVALUE;
    rt_value_t r = pyvm_repr(rt_from_ptr(items));
    if (!r)
        return r;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "%s(%s)", names[((dictview_t *)rt_ptr(v))->kind], pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* A set of the items of v (any iterable); NULL with the error pending. */
static rt_map_t *set_of(rt_value_t v)
{
    rt_map_t *s = pyvm_set_new(&pyvm_type_set);
    return pyvm_set_update(s, v) ? s : NULL;
}

static bool is_setlike_view(rt_value_t v)
{
    return rt_is_ptr(v) && (rt_obj_type(rt_ptr(v)) == &view_types[IT_KEYS] ||
                            rt_value_type(v) == &view_types[IT_ITEMS]);
}

/* keys and items views are set-like: - & | ^ with any iterable give a set, as CPython's
** set(a) OP= b (a the left operand, whichever is the view). */
static rt_value_t view_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    if ((!is_setlike_view(a) && !is_setlike_view(b)) ||
        (base != PYVM_AST_Sub && base != PYVM_AST_BitAnd && base != PYVM_AST_BitOr &&
         base != PYVM_AST_BitXor))
        return pyvm_notimpl;
    rt_map_t *sa = set_of(a);
    rt_map_t *sb = sa ? set_of(b) : NULL;
    return sb ? pyvm_binop(base, rt_from_ptr(sa), rt_from_ptr(sb)) : RT_NOVALUE;
}

/* 1 when every item of a is in b, 0 if not, -1 on error (CPython's all_contained_in). */
static int all_contained_in(rt_value_t a, rt_value_t b)
{
    rt_value_t it = pyvm_iter(a);
    if (!it)
        return -1;
    for (rt_value_t x; (x = pyvm_next(it));) {
        int r = pyvm_contains(b, x);
        if (r <= 0)
            return r;
    }
    return rt_exc_pending() ? -1 : 1;
}

/* Compared with a set or another set-like view by size and containment, as CPython's
** dictview_richcompare (the items' own == runs, so its errors propagate). */
static rt_value_t view_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!is_setlike_view(a) || !(is_setlike_view(b) || pyvm_is_anyset(pyvm_unwrap(b))))
        return pyvm_notimpl;
    int64_t na = view_len(a), nb = pyvm_len(b);
    if (nb < 0)
        return RT_NOVALUE;
    int r;
    switch (op) {
    case PYVM_EQ:
    case PYVM_NE:
        r = na == nb ? all_contained_in(a, b) : 0;
        return r < 0 ? RT_NOVALUE : rt_bool((r == 1) == (op == PYVM_EQ));
    case PYVM_LT:
    case PYVM_LE:
        r = (op == PYVM_LT ? na < nb : na <= nb) ? all_contained_in(a, b) : 0;
        break;
    default:
        r = (op == PYVM_GT ? na > nb : na >= nb) ? all_contained_in(b, a) : 0;
        break;
    }
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

#define VIEW_SLOTS(cls_)                                                                           \
    {.cls = &(cls_), .repr = view_repr, .getattr = view_getattr, .iter = view_iter,                \
     .len = view_len, .contains = view_contains, .binop = view_binop, .richcmp = view_richcmp}
static const rt_pyslots_t view_slots[3] = {VIEW_SLOTS(pyvm_cls_dict_keys),
                                           VIEW_SLOTS(pyvm_cls_dict_values),
                                           VIEW_SLOTS(pyvm_cls_dict_items)};
#undef VIEW_SLOTS

/* ---- dict ---- */

static rt_value_t dict_repr(rt_value_t v)
{
    rt_map_t *d = M(v);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_append_char(&b, '{');
    bool first = true;
    for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
        if (!first)
            rt_strbuf_append(&b, ", ", 2);
        first = false;
        rt_value_t k = pyvm_repr(key_value(rt_map_key_at(d, p)));
        if (!k)
            return k;
        rt_value_t val = pyvm_repr(rt_map_value_at(d, p));
        if (!val)
            return val;
        rt_strbuf_append_str(&b, rt_ptr(k));
        rt_strbuf_append(&b, ": ", 2);
        rt_strbuf_append_str(&b, rt_ptr(val));
    }
    rt_strbuf_append_char(&b, '}');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static int64_t map_len(rt_value_t v) { return rt_map_count(M(v)); }

/* KeyError(msg): its str() is the repr of the message, as CPython's. */
static rt_value_t key_error_msg(const char *msg)
{
    rt_value_t m = pyvm_str_cstr(msg);
    rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &m, 1);
    return e ? rt_exc_set(e) : e;
}

static rt_value_t key_error(rt_value_t k)
{
    rt_value_t e = pyvm_exc_new(pyvm_exc_KeyError, &k, 1);
    return e ? rt_exc_set(e) : e;
}

static rt_value_t dict_getitem(rt_value_t v, rt_value_t k)
{
    int64_t p = find(M(v), k);
    if (p >= 0)
        return rt_map_value_at(M(v), p);
    return p == -1 ? key_error(k) : RT_NOVALUE;
}

static bool dict_setitem(rt_value_t v, rt_value_t k, rt_value_t x)
{
    if (x)
        return pyvm_dict_set(M(v), k, x);
    int r = pyvm_dict_del(M(v), k);
    if (r == 0)
        key_error(k);
    return r > 0;
}

static int map_contains(rt_value_t v, rt_value_t k)
{
    int64_t p = find(M(v), k);
    return p >= 0 ? 1 : p == -1 ? 0 : -1;
}

static rt_value_t dict_iter(rt_value_t v) { return mapiter_new(M(v), IT_KEYS); }

static rt_value_t dict_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if ((op != PYVM_EQ && op != PYVM_NE) || !pyvm_is_dict(b))
        return pyvm_notimpl;
    rt_map_t *x = M(a), *y = M(b);
    bool eq = rt_map_count(x) == rt_map_count(y);
    for (int64_t p = rt_map_next(x, 0); eq && p >= 0; p = rt_map_next(x, p + 1)) {
        /* Keys' __eq__ may change either dict: hold the values, recheck the position. */
        rt_value_t xv = rt_map_value_at(x, p);
        int64_t q = find(y, key_value(rt_map_key_at(x, p)));
        if (q == -2)
            return RT_NOVALUE;
        if (q < 0 || q >= rt_map_end(y) || !rt_map_live_at(y, q)) {
            eq = false;
            break;
        }
        int e = pyvm_eq(xv, rt_map_value_at(y, q));
        if (e < 0)
            return RT_NOVALUE;
        eq = e;
    }
    return rt_bool(eq == (op == PYVM_EQ));
}

static bool unhashable(rt_value_t v, int64_t *out)
{
    (void)out;
    rt_raise(RT_EXC_TYPE, "unhashable type: '%s'", pyvm_type_name(v));
    return false;
}

static rt_value_t dict_binop(int op, rt_value_t a, rt_value_t b)
{
    /* d | other needs two dicts; d |= other takes whatever dict.update does */
    bool inplace = (op & PYVM_OP_INPLACE) && pyvm_is_dict(a);
    if ((op & 15) != PYVM_AST_BitOr || !pyvm_is_dict(a) || (!pyvm_is_dict(b) && !inplace))
        return pyvm_notimpl;
    rt_map_t *r = (op & PYVM_OP_INPLACE) ? M(a) : rt_map_copy(M(a));
    return pyvm_dict_update(r, b) ? rt_from_ptr(r) : RT_NOVALUE;
}

static const rt_pyslots_t dict_slots = {
    .cls = &pyvm_cls_dict,
    .repr = dict_repr,
    .binop = dict_binop,
    .richcmp = dict_richcmp,
    .hash = unhashable,
    .len = map_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = map_contains,
    .iter = dict_iter,
};

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
#define UNUSED_ARGS (void)a, (void)n, (void)kw

METHOD(d_get)
{
    (void)kw;
    int64_t p = find(M(self), a[0]);
    if (p == -2)
        return RT_NOVALUE;
    return p >= 0 ? rt_map_value_at(M(self), p) : n > 1 ? a[1] : rt_none;
}

METHOD(d_keys) { UNUSED_ARGS; return view_new(M(self), IT_KEYS); }
METHOD(d_values) { UNUSED_ARGS; return view_new(M(self), IT_VALUES); }
METHOD(d_items) { UNUSED_ARGS; return view_new(M(self), IT_ITEMS); }

METHOD(d_pop)
{
    (void)kw;
    int64_t p = find(M(self), a[0]);
    if (p == -2)
        return RT_NOVALUE;
    if (p < 0)
        return n > 1 ? a[1] : key_error(a[0]);
    rt_value_t v = rt_map_value_at(M(self), p);
    rt_map_del_at(M(self), p);
    return v;
}

METHOD(d_popitem)
{
    UNUSED_ARGS;
    rt_map_key_t k;
    rt_value_t v;
    if (!rt_map_pop(M(self), &k, &v))
        return key_error_msg("popitem(): dictionary is empty");
    rt_value_t pair[2] = {key_value(k), v};
    return pyvm_tuple_from(pair, 2);
}

static rt_map_eq_t absent_cb(void *ctx, rt_value_t stored, rt_value_t probe)
{
    (void)ctx, (void)stored, (void)probe;
    return RT_MAP_EQ_FALSE;
}

/* setdefault hashes the key once and compares it once with each colliding key, as CPython's
** (its insertion knows the key is absent). */
METHOD(d_setdefault)
{
    (void)kw;
    rt_map_t *d = M(self);
    rt_value_t k = a[0], dflt = n > 1 ? a[1] : rt_none;
    if (native_key(d, k)) {
        int64_t p = find(d, k);
        if (p >= 0)
            return rt_map_value_at(d, p);
        return pyvm_dict_set(d, k, dflt) ? dflt : RT_NOVALUE;
    }
    uint64_t h;
    int64_t p;
    if (!key_hash(k, &h))
        return RT_NOVALUE;
    rt_map_status_t st = rt_map_find_obj(d, k, h, eq_cb, NULL, &p);
    if (st == RT_MAP_FOUND)
        return rt_map_value_at(d, p);
    if (st == RT_MAP_ERROR)
        return RT_NOVALUE;
    rt_map_set_obj(d, k, h, absent_cb, NULL, dflt);
    return dflt;
}

METHOD(d_update)
{
    if (n && !pyvm_dict_update(M(self), a[0]))
        return RT_NOVALUE;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_dict_set(M(self), rt_tuple_get(kw, k), a[n + (size_t)k]))
            return RT_NOVALUE;
    return rt_none;
}

METHOD(d_clear) { UNUSED_ARGS; rt_map_clear(M(self)); return rt_none; }
METHOD(d_copy) { UNUSED_ARGS; return rt_from_ptr(rt_map_copy(M(self))); }

/* cls.fromkeys(iterable, value=None): cls() filled through d[key] = value, as CPython (a
** subclass's __new__, __init__ and __setitem__ run; dict itself takes the direct path). */
METHOD(d_fromkeys)
{
    (void)kw;
    rt_value_t value = n > 1 ? a[1] : rt_none;
    rt_value_t d = self == rt_from_ptr(pyvm_cls_dict) ? rt_from_ptr(pyvm_dict_new())
                                                      : pyvm_call0(self);
    if (d && pyvm_is_dict(d) && (pyvm_is_dict(a[0]) || pyvm_is_anyset(a[0]))) {
        rt_map_t *src = M(a[0]); /* the stored hashes serve again */
        for (int64_t p = rt_map_next(src, 0); p >= 0; p = rt_map_next(src, p + 1))
            if (!set_stored(M(d), rt_map_key_at(src, p), value))
                return RT_NOVALUE;
        return d;
    }
    rt_value_t it = d ? pyvm_iter(a[0]) : RT_NOVALUE;
    if (!it)
        return RT_NOVALUE;
    for (rt_value_t k; (k = pyvm_next(it));)
        if (pyvm_is_dict(d) ? !pyvm_dict_set(M(d), k, value) : !pyvm_setitem(d, k, value))
            return RT_NOVALUE;
    return rt_exc_pending() ? RT_NOVALUE : d;
}

static const pyvm_cfunc_def_t dict_methods[] = {
    {"get", d_get, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"keys", d_keys, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"values", d_values, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"items", d_items, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"pop", d_pop, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"popitem", d_popitem, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"setdefault", d_setdefault, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"update", d_update, 0, 1, PYVM_CFUNC_METHOD, 1},
    {"clear", d_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", d_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"fromkeys", d_fromkeys, 1, 2, PYVM_CFUNC_CLASS, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t dict_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    (void)cls;
    if (!pyvm_check_nargs("dict", nargs, 0, 1))
        return RT_NOVALUE;
    rt_map_t *d = pyvm_dict_new();
    return d_update(rt_from_ptr(d), args, nargs, kw) ? rt_from_ptr(d) : RT_NOVALUE;
}

/* ---- set and frozenset ---- */

static rt_value_t set_iter(rt_value_t v);

rt_value_t pyvm_set_repr(rt_value_t v, const char *name)
{
    rt_map_t *s = M(v);
    if (!name && rt_obj_type(s) == &pyvm_type_frozenset)
        name = "frozenset";
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (rt_map_count(s) == 0) {
        rt_strbuf_appendf(&b, "%s()", name ? name : "set");
        return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    if (name)
        rt_strbuf_appendf(&b, "%s(", name);
    rt_strbuf_append_char(&b, '{');
    rt_value_t it = set_iter(v);
    for (bool first = true;; first = false) {
        rt_value_t x = pyvm_next(it);
        if (!x) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            break;
        }
        if (!first)
            rt_strbuf_append(&b, ", ", 2);
        rt_value_t k = pyvm_repr(x);
        if (!k)
            return k;
        rt_strbuf_append_str(&b, rt_ptr(k));
    }
    rt_strbuf_append_char(&b, '}');
    if (name)
        rt_strbuf_append_char(&b, ')');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t set_repr(rt_value_t v) { return pyvm_set_repr(v, NULL); }

/* 1 when every key of a is in b, 0 if not, -1 on error. */
static int subset(rt_map_t *a, rt_map_t *b)
{
    for (int64_t p = rt_map_next(a, 0); p >= 0; p = rt_map_next(a, p + 1)) {
        int64_t r = find_stored(b, rt_map_key_at(a, p));
        if (r < 0)
            return r == -1 ? 0 : -1;
    }
    return 1;
}

static rt_value_t set_op(int op, rt_map_t *a, rt_map_t *b, rt_map_t *into)
{
    rt_map_t *r = into ? into : pyvm_set_new(rt_obj_type(a));
    if (op == PYVM_AST_BitOr) {
        if (!into && !pyvm_set_update(r, rt_from_ptr(a)))
            return RT_NOVALUE;
        return pyvm_set_update(r, rt_from_ptr(b)) ? rt_from_ptr(r) : RT_NOVALUE;
    }
    /* the keys to keep, with their stored hashes, in a scratch map */
    rt_map_t *keep = pyvm_set_new(&pyvm_type_set);
    for (int64_t p = rt_map_next(a, 0); p >= 0; p = rt_map_next(a, p + 1)) {
        int64_t in = find_stored(b, rt_map_key_at(a, p));
        if (in == -2)
            return RT_NOVALUE;
        if ((op == PYVM_AST_BitAnd) == (in >= 0) && !set_stored(keep, rt_map_key_at(a, p), rt_true))
            return RT_NOVALUE;
    }
    if (op == PYVM_AST_BitXor)
        for (int64_t p = rt_map_next(b, 0); p >= 0; p = rt_map_next(b, p + 1)) {
            int64_t in = find_stored(a, rt_map_key_at(b, p));
            if (in == -2)
                return RT_NOVALUE;
            if (in == -1 && !set_stored(keep, rt_map_key_at(b, p), rt_true))
                return RT_NOVALUE;
        }
    if (into)
        rt_map_clear(r);
    return pyvm_set_update(r, rt_from_ptr(keep)) ? rt_from_ptr(r) : RT_NOVALUE;
}

static rt_value_t set_binop(int op, rt_value_t a, rt_value_t b)
{
    int base = op & 15;
    if (!pyvm_is_anyset(a) || !pyvm_is_anyset(b))
        return pyvm_notimpl;
    if (base != PYVM_AST_BitOr && base != PYVM_AST_BitAnd && base != PYVM_AST_BitXor &&
        base != PYVM_AST_Sub)
        return pyvm_notimpl;
    bool inplace = (op & PYVM_OP_INPLACE) && rt_value_type(a) == &pyvm_type_set;
    return set_op(base, M(a), M(b), inplace ? M(a) : NULL);
}

static rt_value_t set_richcmp(rt_value_t a, rt_value_t b, int op)
{
    if (!pyvm_is_anyset(b))
        return pyvm_notimpl;
    rt_map_t *x = M(a), *y = M(b);
    int64_t nx = rt_map_count(x), ny = rt_map_count(y);
    int r;
    switch (op) {
    case PYVM_EQ:
    case PYVM_NE:
        r = nx == ny ? subset(x, y) : 0;
        if (r < 0)
            return RT_NOVALUE;
        return rt_bool((r == 1) == (op == PYVM_EQ));
    case PYVM_LE:
    case PYVM_LT:
        if (op == PYVM_LT && nx >= ny)
            return rt_false;
        r = subset(x, y);
        return r < 0 ? RT_NOVALUE : rt_bool(r);
    default:
        if (op == PYVM_GT && ny >= nx)
            return rt_false;
        r = subset(y, x);
        return r < 0 ? RT_NOVALUE : rt_bool(r);
    }
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }

/* CPython's frozenset hash over the items' hashes (equal sets hash alike whatever their order,
** and the values agree with CPython's for items whose hashes do). Cached as CPython's is
** (RT_MAP_LANG_MARK, next_free): nested frozensets would otherwise rehash exponentially. */
static bool frozenset_hash(rt_value_t v, int64_t *out)
{
    uint64_t h = 0;
    rt_map_t *s = M(v);
    if (s->flags & RT_MAP_LANG_MARK) {
        *out = s->next_free;
        return true;
    }
    for (int64_t p = rt_map_next(s, 0); p >= 0; p = rt_map_next(s, p + 1)) {
        int64_t k;
        if (!pyvm_hash(key_value(rt_map_key_at(s, p)), &k))
            return false;
        h ^= shuffle_bits((uint64_t)k);
    }
    h ^= ((uint64_t)rt_map_count(s) + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    *out = h == (uint64_t)-1 ? 590923713 : (int64_t)h;
    s->next_free = *out;
    s->flags |= RT_MAP_LANG_MARK;
    return true;
}

/*
** CPython's iteration order for sets of ints. Our sets keep insertion order, CPython's follow its
** hash table's slots; since an int hashes to itself that order is deterministic and programs print
** it, so for sets whose keys are all small ints (or bools) iteration replays CPython 3.11's
** insertions (linear probes of 9, then perturbed probing; growth x4 at 60% fill) over the keys in
** insertion order and yields them in slot order. Sets with other keys keep insertion order (CPython
** randomizes str hashes, so no program can depend on theirs).
*/
enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

typedef struct ctable {
    int64_t *keys;
    bool *used;
    uint64_t mask;
    uint64_t fill;
} ctable_t;

static void ctable_insert(ctable_t *t, int64_t key)
{
    uint64_t hash = (uint64_t)(key == -1 ? -2 : key);
    uint64_t perturb = hash, i = hash & t->mask;
    for (;;) {
        uint64_t probes = i + LINEAR_PROBES <= t->mask ? LINEAR_PROBES : 0;
        for (uint64_t j = 0; j <= probes; j++) {
            if (!t->used[i + j]) {
                t->used[i + j] = true;
                t->keys[i + j] = key;
                t->fill++;
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & t->mask;
    }
}

static bool ctable_init(ctable_t *t, uint64_t size)
{
    t->keys = calloc(size, sizeof *t->keys);
    t->used = calloc(size, sizeof *t->used);
    t->mask = size - 1;
    t->fill = 0;
    return t->keys && t->used;
}

static void ctable_free(ctable_t *t)
{
    free(t->keys);
    free(t->used);
}

/* The keys of s in CPython's order, or NULL when s has a key that is not a small int or bool. */
static rt_vec_t *cpython_order(rt_map_t *s)
{
    for (int64_t p = rt_map_next(s, 0); p >= 0; p = rt_map_next(s, p + 1)) {
        rt_map_key_t k = rt_map_key_at(s, p);
        if (k.obj && !rt_is_bool(k.obj) && !rt_is_small(k.obj))
            return NULL;
    }
    ctable_t t;
    if (!ctable_init(&t, 8))
        abort();
    uint64_t used = 0;
    for (int64_t p = rt_map_next(s, 0); p >= 0; p = rt_map_next(s, p + 1)) {
        rt_map_key_t k = rt_map_key_at(s, p);
        int64_t key = !k.obj ? k.i : rt_is_bool(k.obj) ? (k.obj == rt_true) : rt_small_value(k.obj);
        ctable_insert(&t, key);
        used++;
        if (t.fill * 5 < t.mask * 3)
            continue;
        uint64_t minused = used > 50000 ? used * 2 : used * 4, size = 8;
        while (size <= minused)
            size <<= 1;
        ctable_t n;
        if (!ctable_init(&n, size))
            abort();
        for (uint64_t i = 0; i <= t.mask; i++)
            if (t.used[i])
                ctable_insert(&n, t.keys[i]);
        ctable_free(&t);
        t = n;
    }
    rt_vec_t *out = rt_vec_new((int64_t)used);
    for (uint64_t i = 0; i <= t.mask; i++) {
        if (!t.used[i])
            continue;
        /* give back the key object itself (a bool stays a bool) */
        rt_value_t v = rt_int_from_i64(t.keys[i]);
        int64_t p = find(s, v);
        rt_vec_append(out, p >= 0 ? key_value(rt_map_key_at(s, p)) : v);
    }
    ctable_free(&t);
    return out;
}

static rt_value_t set_iter(rt_value_t v)
{
    rt_vec_t *order = cpython_order(M(v));
    rt_value_t it = mapiter_new(M(v), IT_SET);
    ((mapiter_t *)rt_ptr(it))->order = order;
    return it;
}

/* The position of k in set s for in, remove and discard: a set that is unhashable stands for
** the frozenset of its items, as CPython retries on TypeError. -1 absent, -2 error. */
static int64_t set_find(rt_map_t *s, rt_value_t k)
{
    int64_t p = find(s, k);
    rt_value_t v = pyvm_unwrap(k);
    if (p != -2 || !rt_is_ptr(v) || rt_obj_type(rt_ptr(v)) != &pyvm_type_set ||
        !pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError))
        return p;
    rt_exc_clear();
    rt_map_t *f = pyvm_set_new(&pyvm_type_frozenset);
    return pyvm_set_update(f, v) ? find(s, rt_from_ptr(f)) : -2;
}

static int set_contains(rt_value_t v, rt_value_t k)
{
    int64_t p = set_find(M(v), k);
    return p >= 0 ? 1 : p == -1 ? 0 : -1;
}

static const rt_pyslots_t set_slots = {
    .cls = &pyvm_cls_set,
    .repr = set_repr,
    .binop = set_binop,
    .richcmp = set_richcmp,
    .hash = unhashable,
    .len = map_len,
    .contains = set_contains,
    .iter = set_iter,
};

static const rt_pyslots_t frozenset_slots = {
    .cls = &pyvm_cls_frozenset,
    .repr = set_repr,
    .binop = set_binop,
    .richcmp = set_richcmp,
    .hash = frozenset_hash,
    .len = map_len,
    .contains = set_contains,
    .iter = set_iter,
};

METHOD(s_add) { (void)n, (void)kw; return pyvm_set_add(M(self), a[0]) ? rt_none : RT_NOVALUE; }

METHOD(s_remove)
{
    (void)n, (void)kw;
    int64_t p = set_find(M(self), a[0]);
    if (p >= 0)
        rt_map_del_at(M(self), p);
    return p >= 0 ? rt_none : p == -1 ? key_error(a[0]) : RT_NOVALUE;
}

METHOD(s_discard)
{
    (void)n, (void)kw;
    int64_t p = set_find(M(self), a[0]);
    if (p >= 0)
        rt_map_del_at(M(self), p);
    return p == -2 ? RT_NOVALUE : rt_none;
}

METHOD(s_pop)
{
    UNUSED_ARGS;
    rt_map_t *s = M(self);
    int64_t p = rt_map_next(s, 0);
    if (p < 0)
        return key_error_msg("pop from an empty set");
    rt_value_t k = key_value(rt_map_key_at(s, p));
    rt_map_del_at(s, p);
    return k;
}

METHOD(s_clear) { UNUSED_ARGS; rt_map_clear(M(self)); return rt_none; }
METHOD(s_copy)
{
    UNUSED_ARGS;
    if (rt_value_type(self) == &pyvm_type_frozenset)
        return self;
    return rt_from_ptr(rt_map_copy(M(self)));
}

METHOD(s_update)
{
    (void)kw;
    for (size_t i = 0; i < n; i++)
        if (!pyvm_set_update(M(self), a[i]))
            return RT_NOVALUE;
    return rt_none;
}

static rt_value_t set_method_op(rt_value_t self, const rt_value_t *a, size_t n, int op)
{
    rt_value_t r = rt_from_ptr(rt_map_copy(M(self)));
    for (size_t i = 0; i < n; i++) {
        rt_map_t *other = pyvm_set_new(&pyvm_type_set);
        if (!pyvm_set_update(other, a[i]))
            return RT_NOVALUE;
        r = set_op(op, M(r), other, NULL);
        if (!r)
            return r;
    }
    return r;
}

METHOD(s_union) { (void)kw; return set_method_op(self, a, n, PYVM_AST_BitOr); }
METHOD(s_intersection) { (void)kw; return set_method_op(self, a, n, PYVM_AST_BitAnd); }
METHOD(s_difference) { (void)kw; return set_method_op(self, a, n, PYVM_AST_Sub); }
METHOD(s_symdiff) { (void)kw; return set_method_op(self, a, n, PYVM_AST_BitXor); }

/* The in-place forms: the result of the operation replaces the set's contents. */
static rt_value_t set_update_op(rt_value_t self, const rt_value_t *a, size_t n, int op)
{
    rt_value_t r = set_method_op(self, a, n, op);
    if (!r)
        return RT_NOVALUE;
    rt_map_clear(M(self));
    return pyvm_set_update(M(self), r) ? rt_none : RT_NOVALUE;
}

METHOD(s_intersection_update) { (void)kw; return set_update_op(self, a, n, PYVM_AST_BitAnd); }
METHOD(s_difference_update) { (void)kw; return set_update_op(self, a, n, PYVM_AST_Sub); }
METHOD(s_symdiff_update) { (void)kw; return set_update_op(self, a, n, PYVM_AST_BitXor); }

static rt_value_t set_relation(rt_value_t self, rt_value_t other, int which)
{
    rt_map_t *o = pyvm_set_new(&pyvm_type_set);
    if (!pyvm_set_update(o, other))
        return RT_NOVALUE;
    int r;
    if (which == 0)
        r = subset(M(self), o);
    else if (which == 1)
        r = subset(o, M(self));
    else {
        rt_value_t i = set_op(PYVM_AST_BitAnd, M(self), o, NULL);
        if (!i)
            return i;
        r = rt_map_count(M(i)) == 0;
    }
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

METHOD(s_issubset) { (void)n, (void)kw; return set_relation(self, a[0], 0); }
METHOD(s_issuperset) { (void)n, (void)kw; return set_relation(self, a[0], 1); }
METHOD(s_isdisjoint) { (void)n, (void)kw; return set_relation(self, a[0], 2); }

/* Methods of set and frozenset; frozenset.copy() is the frozenset itself. */
static const pyvm_cfunc_def_t set_common_methods[] = {
    {"copy", s_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"union", s_union, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"intersection", s_intersection, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"difference", s_difference, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"symmetric_difference", s_symdiff, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"issubset", s_issubset, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"issuperset", s_issuperset, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"isdisjoint", s_isdisjoint, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* The mutators only set has. */
static const pyvm_cfunc_def_t set_methods[] = {
    {"add", s_add, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"remove", s_remove, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"discard", s_discard, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"pop", s_pop, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"clear", s_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"update", s_update, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"intersection_update", s_intersection_update, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"difference_update", s_difference_update, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"symmetric_difference_update", s_symdiff_update, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t set_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    if (!pyvm_no_kwargs(cls->name->data, kw) || !pyvm_check_nargs(cls->name->data, nargs, 0, 1))
        return RT_NOVALUE;
    if (cls == pyvm_cls_frozenset && nargs && rt_is_ptr(args[0]) &&
        rt_value_type(args[0]) == &pyvm_type_frozenset)
        return args[0]; /* immutable: frozenset(f) is f, as CPython's */
    rt_map_t *s = pyvm_set_new(cls == pyvm_cls_frozenset ? &pyvm_type_frozenset : &pyvm_type_set);
    if (nargs && !pyvm_set_update(s, args[0]))
        return RT_NOVALUE;
    return rt_from_ptr(s);
}

static rt_value_t v_isdisjoint(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t both = view_binop(PYVM_AST_BitAnd, self, a[0]);
    return both ? rt_bool(rt_map_count(M(both)) == 0) : RT_NOVALUE;
}

/* reversed(view), reversed(dict): the reversed iterator of the view's kind. */
static rt_value_t v_reversed(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    dictview_t *d = rt_ptr(self);
    return mapiter_new(d->map, d->kind + IT_REVERSED);
}

static const pyvm_cfunc_def_t view_methods[] = {
    {"isdisjoint", v_isdisjoint, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__reversed__", v_reversed, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t values_methods[] = {
    {"__reversed__", v_reversed, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t d_reversed(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return mapiter_new(M(self), IT_KEYS + IT_REVERSED);
}

static const pyvm_cfunc_def_t dict_reversed_method[] = {
    {"__reversed__", d_reversed, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_dict_init(void)
{
    pyvm_type_dict.py = &dict_slots;
    pyvm_type_set.py = &set_slots;
    pyvm_type_frozenset.py = &frozenset_slots;
    gc_root_add(iter_classes, IT_NKINDS);
    for (int k = 0; k < IT_NKINDS; k++) {
        iter_types[k].py = &mapiter_slots[k];
        iter_classes[k] = pyvm_type_new_builtin(iter_types[k].gc.name, &iter_types[k],
                                                pyvm_cls_object);
        pyvm_cfunc_install(iter_classes[k], iter_methods);
    }
    for (int k = 0; k < 3; k++)
        view_types[k].py = &view_slots[k];
    pyvm_cls_dict = pyvm_type_new_builtin("dict", &pyvm_type_dict, pyvm_cls_object);
    pyvm_cls_dict->ctor = dict_ctor;
    pyvm_cfunc_install(pyvm_cls_dict, dict_methods);
    pyvm_cls_set = pyvm_type_new_builtin("set", &pyvm_type_set, pyvm_cls_object);
    pyvm_cls_set->ctor = set_ctor;
    pyvm_cfunc_install(pyvm_cls_set, set_common_methods);
    pyvm_cfunc_install(pyvm_cls_set, set_methods);
    pyvm_cls_frozenset = pyvm_type_new_builtin("frozenset", &pyvm_type_frozenset, pyvm_cls_object);
    pyvm_cls_frozenset->ctor = set_ctor;
    pyvm_cfunc_install(pyvm_cls_frozenset, set_common_methods);
    pyvm_cls_dict_keys = pyvm_type_new_builtin("dict_keys", &view_types[IT_KEYS], pyvm_cls_object);
    pyvm_cls_dict_values =
        pyvm_type_new_builtin("dict_values", &view_types[IT_VALUES], pyvm_cls_object);
    pyvm_cls_dict_items =
        pyvm_type_new_builtin("dict_items", &view_types[IT_ITEMS], pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_dict_keys, view_methods);
    pyvm_cfunc_install(pyvm_cls_dict_items, view_methods);
    pyvm_cfunc_install(pyvm_cls_dict_values, values_methods);
    pyvm_cfunc_install(pyvm_cls_dict, dict_reversed_method);
}
