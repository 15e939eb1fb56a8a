/*
** mod_itertools.c: the native `itertools` module (modules.h). Every iterator class of the module
** is one row of the ITERTOOLS table below: a class of its own over one shared object layout
** (it_t: five value fields and three counters whose meaning each kind states), a constructor
** and a next function. Combinatoric iterators keep their indices in a list of small ints.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

typedef struct itobj {
    rt_obj_t hdr;
    rt_value_t a, b, c, d, e;
    int64_t i, n, m;
    bool done, started;
} it_t;

static void it_trace(gc_tracer_t *tracer, void *obj)
{
    it_t *o = obj;
    gc_visit(tracer, o->a);
    gc_visit(tracer, o->b);
    gc_visit(tracer, o->c);
    gc_visit(tracer, o->d);
    gc_visit(tracer, o->e);
}

typedef rt_value_t (*it_ctor_t)(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kw);

/* X(name, constructor, next): the iterator classes. */
#define ITERTOOLS(X)                                                                               \
    X(count, count_ctor, count_next) X(cycle, cycle_ctor, cycle_next)                              \
    X(repeat, repeat_ctor, repeat_next) X(accumulate, accumulate_ctor, accumulate_next)            \
    X(chain, chain_ctor, chain_next) X(compress, compress_ctor, compress_next)                     \
    X(dropwhile, dropwhile_ctor, dropwhile_next) X(takewhile, takewhile_ctor, takewhile_next)      \
    X(filterfalse, filterfalse_ctor, filterfalse_next) X(islice, islice_ctor, islice_next)         \
    X(starmap, starmap_ctor, starmap_next) X(zip_longest, zip_longest_ctor, zip_longest_next)      \
    X(pairwise, pairwise_ctor, pairwise_next) X(groupby, groupby_ctor, groupby_next)               \
    X(_grouper, NULL, grouper_next) X(_tee, NULL, tee_next) X(product, product_ctor, product_next) \
    X(permutations, permutations_ctor, permutations_next)                                          \
    X(combinations, combinations_ctor, combinations_next)                                          \
    X(combinations_with_replacement, cwr_ctor, cwr_next)

enum {
#define KIND(name, ctor, next) K_##name,
    ITERTOOLS(KIND)
#undef KIND
    NKINDS
};

static rt_type_t types[NKINDS];
static pyvm_class_t *classes[NKINDS];

static it_t *it_new(int kind) { return rt_alloc(&types[kind], sizeof(it_t)); }

#define NEXT_FN(name) static rt_value_t name(rt_value_t self)
#define CTOR_FN(name)                                                                              \
    static rt_value_t name(pyvm_class_t *cls, const rt_value_t *args, size_t nargs, rt_tuple_t *kw)
#define IT(v) ((it_t *)rt_ptr(v))

/* pred(x) as a C truth value (pred None: x's own truth); -1 on error. */
static int test(rt_value_t pred, rt_value_t x)
{
    if (pred == rt_none)
        return pyvm_truth(x);
    rt_value_t r = pyvm_call1(pred, x);
    return r ? pyvm_truth(r) : -1;
}

static bool set_field(it_t *o, rt_value_t *field, rt_value_t v)
{
    *field = v;
    gc_write_barrier(o);
    return true;
}

/* ---- count(start=0, step=1): a current, b step ---- */

CTOR_FN(count_ctor)
{
    (void)cls;
    static const char *const names[] = {"start", "step", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("count", args, nargs, kw, names, 0, v))
        return RT_NOVALUE;
    it_t *o = it_new(K_count);
    set_field(o, &o->a, v[0] ? v[0] : rt_small(0));
    set_field(o, &o->b, v[1] ? v[1] : rt_small(1));
    return rt_from_ptr(o);
}

NEXT_FN(count_next)
{
    it_t *o = IT(self);
    rt_value_t v = o->a, nv = pyvm_binop(PYVM_AST_Add, v, o->b);
    return nv && set_field(o, &o->a, nv) ? v : RT_NOVALUE;
}

static rt_value_t count_repr(rt_value_t self)
{
    it_t *o = IT(self);
    rt_value_t s = pyvm_repr(o->a), t = o->b == rt_small(1) ? RT_NOVALUE : pyvm_repr(o->b);
    if (!s || (o->b != rt_small(1) && !t))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "count(%s%s%s)", pyvm_str_of(s)->data, t ? ", " : "",
                      t ? pyvm_str_of(t)->data : "");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- cycle(iterable): a source, b saved items, i replay position, done: source exhausted ---- */

CTOR_FN(cycle_ctor)
{
    if (!pyvm_no_kwargs("cycle", kw) || !pyvm_check_nargs("cycle", nargs, 1, 1))
        return RT_NOVALUE;
    (void)cls;
    rt_value_t it = pyvm_iter(args[0]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_cycle);
    set_field(o, &o->a, it);
    set_field(o, &o->b, rt_from_ptr(pyvm_list_new(0)));
    return rt_from_ptr(o);
}

NEXT_FN(cycle_next)
{
    it_t *o = IT(self);
    rt_vec_t *saved = rt_ptr(o->b);
    if (!o->done) {
        rt_value_t v = pyvm_next(o->a);
        if (v) {
            rt_vec_append(saved, v);
            return v;
        }
        if (rt_exc_pending())
            return RT_NOVALUE;
        o->done = true;
    }
    if (rt_vec_len(saved) == 0)
        return RT_NOVALUE;
    rt_value_t v = rt_vec_get(saved, o->i);
    o->i = (o->i + 1) % rt_vec_len(saved);
    return v;
}

/* ---- repeat(object, times): a object, n remaining (-1: for ever) ---- */

CTOR_FN(repeat_ctor)
{
    (void)cls;
    static const char *const names[] = {"object", "times", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("repeat", args, nargs, kw, names, 1, v))
        return RT_NOVALUE;
    it_t *o = it_new(K_repeat);
    set_field(o, &o->a, v[0]);
    o->n = -1;
    if (v[1] && !pyvm_index_i64(v[1], &o->n))
        return RT_NOVALUE;
    if (v[1] && o->n < 0)
        o->n = 0;
    return rt_from_ptr(o);
}

NEXT_FN(repeat_next)
{
    it_t *o = IT(self);
    if (o->n == 0)
        return RT_NOVALUE;
    if (o->n > 0)
        o->n--;
    return o->a;
}

static rt_value_t repeat_repr(rt_value_t self)
{
    it_t *o = IT(self);
    rt_value_t s = pyvm_repr(o->a);
    if (!s)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    if (o->n < 0)
        rt_strbuf_appendf(&b, "repeat(%s)", pyvm_str_of(s)->data);
    else
        rt_strbuf_appendf(&b, "repeat(%s, %lld)", pyvm_str_of(s)->data, (long long)o->n);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- accumulate(iterable, func=None, *, initial=None): a source, b func, c total (0 none),
** d initial still to yield (0 none) ---- */

CTOR_FN(accumulate_ctor)
{
    (void)cls;
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("accumulate", args, nargs, kw, names, 1, v))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(v[0]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_accumulate);
    set_field(o, &o->a, it);
    set_field(o, &o->b, v[1] ? v[1] : rt_none);
    if (v[2] && v[2] != rt_none)
        set_field(o, &o->d, v[2]);
    return rt_from_ptr(o);
}

NEXT_FN(accumulate_next)
{
    it_t *o = IT(self);
    if (o->d) {
        rt_value_t v = o->d;
        o->d = RT_NOVALUE;
        return set_field(o, &o->c, v) ? v : RT_NOVALUE;
    }
    rt_value_t x = pyvm_next(o->a);
    if (!x)
        return RT_NOVALUE;
    rt_value_t t = !o->c ? x
                   : o->b == rt_none ? pyvm_binop(PYVM_AST_Add, o->c, x)
                                     : pyvm_call2(o->b, o->c, x);
    return t && set_field(o, &o->c, t) ? t : RT_NOVALUE;
}

/* ---- chain(*iterables) / chain.from_iterable(it): a iterator of iterables, b current ---- */

static rt_value_t chain_make(rt_value_t sources)
{
    rt_value_t it = pyvm_iter(sources);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_chain);
    set_field(o, &o->a, it);
    return rt_from_ptr(o);
}

CTOR_FN(chain_ctor)
{
    (void)cls;
    if (!pyvm_no_kwargs("chain", kw))
        return RT_NOVALUE;
    return chain_make(pyvm_tuple_from(args, (int64_t)nargs));
}

static rt_value_t chain_from_iterable(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    return chain_make(a[0]);
}

NEXT_FN(chain_next)
{
    it_t *o = IT(self);
    for (;;) {
        if (o->b) {
            rt_value_t v = pyvm_next(o->b);
            if (v || rt_exc_pending())
                return v;
            o->b = RT_NOVALUE;
        }
        if (!o->a)
            return RT_NOVALUE;
        rt_value_t src = pyvm_next(o->a);
        if (!src) {
            o->a = RT_NOVALUE;
            return RT_NOVALUE;
        }
        rt_value_t it = pyvm_iter(src);
        if (!it)
            return RT_NOVALUE;
        set_field(o, &o->b, it);
    }
}

/* ---- compress(data, selectors): a data, b selectors ---- */

CTOR_FN(compress_ctor)
{
    (void)cls;
    static const char *const names[] = {"data", "selectors", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("compress", args, nargs, kw, names, 2, v))
        return RT_NOVALUE;
    rt_value_t d = pyvm_iter(v[0]), s = d ? pyvm_iter(v[1]) : RT_NOVALUE;
    if (!s)
        return RT_NOVALUE;
    it_t *o = it_new(K_compress);
    set_field(o, &o->a, d);
    set_field(o, &o->b, s);
    return rt_from_ptr(o);
}

NEXT_FN(compress_next)
{
    it_t *o = IT(self);
    for (;;) {
        rt_value_t x = pyvm_next(o->a);
        rt_value_t s = x ? pyvm_next(o->b) : RT_NOVALUE;
        if (!s)
            return RT_NOVALUE;
        int t = pyvm_truth(s);
        if (t)
            return t < 0 ? RT_NOVALUE : x;
    }
}

/* ---- dropwhile / takewhile / filterfalse (predicate, iterable): a pred, b source ---- */

static rt_value_t pred_make(int kind, const char *name, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kw)
{
    if (!pyvm_no_kwargs(name, kw) || !pyvm_check_nargs(name, nargs, 2, 2))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(args[1]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(kind);
    set_field(o, &o->a, args[0]);
    set_field(o, &o->b, it);
    return rt_from_ptr(o);
}

CTOR_FN(dropwhile_ctor)
{
    (void)cls;
    return pred_make(K_dropwhile, "dropwhile", args, nargs, kw);
}

CTOR_FN(takewhile_ctor)
{
    (void)cls;
    return pred_make(K_takewhile, "takewhile", args, nargs, kw);
}

CTOR_FN(filterfalse_ctor)
{
    (void)cls;
    return pred_make(K_filterfalse, "filterfalse", args, nargs, kw);
}

NEXT_FN(dropwhile_next)
{
    it_t *o = IT(self);
    for (;;) {
        rt_value_t x = pyvm_next(o->b);
        if (!x || o->done)
            return x;
        int t = test(o->a, x);
        if (t < 0)
            return RT_NOVALUE;
        if (!t) {
            o->done = true;
            return x;
        }
    }
}

NEXT_FN(takewhile_next)
{
    it_t *o = IT(self);
    if (o->done)
        return RT_NOVALUE;
    rt_value_t x = pyvm_next(o->b);
    if (!x)
        return x;
    int t = test(o->a, x);
    if (t < 0)
        return RT_NOVALUE;
    if (!t)
        o->done = true;
    return t ? x : RT_NOVALUE;
}

NEXT_FN(filterfalse_next)
{
    it_t *o = IT(self);
    for (;;) {
        rt_value_t x = pyvm_next(o->b);
        if (!x)
            return x;
        int t = test(o->a, x);
        if (t < 0)
            return RT_NOVALUE;
        if (!t)
            return x;
    }
}

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]): a source, i index of the
** next item of the source, n next index to yield, m stop (-1: none), e step as a small int ---- */

static bool slice_arg(rt_value_t v, int64_t *out, int64_t dflt, const char *what)
{
    if (v == rt_none) {
        *out = dflt;
        return true;
    }
    if (!pyvm_index_i64(v, out) || *out < 0) {
        if (rt_exc_pending())
            rt_exc_clear();
        rt_raise(RT_EXC_VALUE, "%s argument for islice() must be None or an integer: "
                               "0 <= x <= sys.maxsize.", what);
        return false;
    }
    return true;
}

CTOR_FN(islice_ctor)
{
    (void)cls;
    if (!pyvm_no_kwargs("islice", kw) || !pyvm_check_nargs("islice", nargs, 2, 4))
        return RT_NOVALUE;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!slice_arg(args[1], &stop, -1, "Stop"))
            return RT_NOVALUE;
    } else if (!slice_arg(args[1], &start, 0, "Indices") ||
               !slice_arg(args[2], &stop, -1, "Stop") ||
               (nargs == 4 && !slice_arg(args[3], &step, 1, "Step"))) {
        return RT_NOVALUE;
    }
    if (step == 0)
        return rt_raise(RT_EXC_VALUE, "Step for islice() must be a positive integer or None.");
    rt_value_t it = pyvm_iter(args[0]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_islice);
    set_field(o, &o->a, it);
    o->n = start;
    o->m = stop;
    o->e = rt_small(step);
    return rt_from_ptr(o);
}

NEXT_FN(islice_next)
{
    it_t *o = IT(self);
    if (o->done || (o->m >= 0 && o->n >= o->m)) {
        o->done = true;
        return RT_NOVALUE;
    }
    while (o->i < o->n) {
        rt_value_t skip = pyvm_next(o->a);
        if (!skip) {
            o->done = true;
            return RT_NOVALUE;
        }
        o->i++;
    }
    rt_value_t v = pyvm_next(o->a);
    if (!v) {
        o->done = true;
        return RT_NOVALUE;
    }
    o->i++;
    o->n += rt_small_value(o->e);
    if (o->m >= 0 && o->n > o->m)
        o->n = o->m;
    return v;
}

/* ---- starmap(function, iterable): a function, b source ---- */

CTOR_FN(starmap_ctor)
{
    (void)cls;
    return pred_make(K_starmap, "starmap", args, nargs, kw);
}

NEXT_FN(starmap_next)
{
    it_t *o = IT(self);
    rt_value_t x = pyvm_next(o->b);
    if (!x)
        return x;
    rt_vec_t *a = pyvm_seq_to_vec(x);
    return a ? pyvm_call(o->a, rt_vec_items(a), (size_t)rt_vec_len(a), NULL) : RT_NOVALUE;
}

/* ---- zip_longest(*iterables, fillvalue=None): a list of iterators (None once exhausted),
** b fillvalue, n iterators still active ---- */

CTOR_FN(zip_longest_ctor)
{
    (void)cls;
    rt_value_t fill = rt_none;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        if (strcmp(pyvm_str_of(rt_tuple_get(kw, k))->data, "fillvalue") != 0)
            return rt_raise(RT_EXC_TYPE, "zip_longest() got an unexpected keyword argument '%s'",
                            pyvm_str_of(rt_tuple_get(kw, k))->data);
        fill = args[nargs + (size_t)k];
    }
    rt_vec_t *its = pyvm_list_new((int64_t)nargs);
    for (size_t i = 0; i < nargs; i++) {
        rt_value_t it = pyvm_iter(args[i]);
        if (!it)
            return RT_NOVALUE;
        rt_vec_append(its, it);
    }
    it_t *o = it_new(K_zip_longest);
    set_field(o, &o->a, rt_from_ptr(its));
    set_field(o, &o->b, fill);
    o->n = (int64_t)nargs;
    return rt_from_ptr(o);
}

NEXT_FN(zip_longest_next)
{
    it_t *o = IT(self);
    rt_vec_t *its = rt_ptr(o->a);
    int64_t n = rt_vec_len(its);
    if (n == 0 || o->n == 0)
        return RT_NOVALUE;
    rt_vec_t *out = rt_vec_new(n);
    for (int64_t i = 0; i < n; i++) {
        rt_value_t it = rt_vec_get(its, i), v = RT_NOVALUE;
        if (it != rt_none && !(v = pyvm_next(it))) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            rt_vec_set(its, i, rt_none);
            if (--o->n == 0)
                return RT_NOVALUE;
        }
        rt_vec_append(out, v ? v : o->b);
    }
    return pyvm_tuple_from(rt_vec_items(out), n);
}

/* ---- pairwise(iterable): a source, b previous item (0 before the first) ---- */

CTOR_FN(pairwise_ctor)
{
    (void)cls;
    if (!pyvm_no_kwargs("pairwise", kw) || !pyvm_check_nargs("pairwise", nargs, 1, 1))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(args[0]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_pairwise);
    set_field(o, &o->a, it);
    return rt_from_ptr(o);
}

NEXT_FN(pairwise_next)
{
    it_t *o = IT(self);
    if (!o->b) {
        rt_value_t first = pyvm_next(o->a);
        if (!first)
            return first;
        set_field(o, &o->b, first);
    }
    rt_value_t x = pyvm_next(o->a);
    if (!x)
        return x;
    rt_value_t pair[2] = {o->b, x};
    set_field(o, &o->b, x);
    return pyvm_tuple_from(pair, 2);
}

/* ---- groupby(iterable, key=None): a source, b key function, c target key, d current key,
** e current value (c, d, e 0 until the first item); i numbers the groups so that a group
** iterator stops once its parent moved on. _grouper: a parent, c its key, i its number ---- */

CTOR_FN(groupby_ctor)
{
    (void)cls;
    static const char *const names[] = {"iterable", "key", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args("groupby", args, nargs, kw, names, 1, v))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(v[0]);
    if (!it)
        return RT_NOVALUE;
    it_t *o = it_new(K_groupby);
    set_field(o, &o->a, it);
    set_field(o, &o->b, v[1] ? v[1] : rt_none);
    return rt_from_ptr(o);
}

/* Advances the parent to its next item: false at the end or on error. */
static bool groupby_step(it_t *o)
{
    rt_value_t v = pyvm_next(o->a);
    if (!v)
        return false;
    rt_value_t k = o->b == rt_none ? v : pyvm_call1(o->b, v);
    if (!k)
        return false;
    set_field(o, &o->e, v);
    return set_field(o, &o->d, k);
}

NEXT_FN(groupby_next)
{
    it_t *o = IT(self);
    o->i++;
    for (;;) {
        if (!o->d) {
            if (!groupby_step(o))
                return RT_NOVALUE;
            break;
        }
        if (!o->c)
            break;
        int eq = pyvm_eq(o->d, o->c);
        if (eq < 0)
            return RT_NOVALUE;
        if (!eq)
            break;
        if (!groupby_step(o))
            return RT_NOVALUE;
    }
    set_field(o, &o->c, o->d);
    it_t *g = it_new(K__grouper);
    set_field(g, &g->a, self);
    set_field(g, &g->c, o->c);
    g->i = o->i;
    rt_value_t pair[2] = {o->c, rt_from_ptr(g)};
    return pyvm_tuple_from(pair, 2);
}

NEXT_FN(grouper_next)
{
    it_t *g = IT(self), *p = IT(g->a);
    if (g->i != p->i || g->done)
        return RT_NOVALUE;
    if (!g->started) {
        g->started = true;
    } else if (!groupby_step(p)) {
        g->done = true;
        return RT_NOVALUE;
    }
    int eq = pyvm_eq(p->d, g->c);
    if (eq <= 0) {
        g->done = true;
        return RT_NOVALUE;
    }
    return p->e;
}

/* ---- tee(iterable, n=2): _tee objects sharing a source (a) and the buffer of every item read
** from it (c, a list); i is each one's position ---- */

static rt_value_t tee_make(rt_value_t src, rt_value_t buf, int64_t pos)
{
    it_t *o = it_new(K__tee);
    set_field(o, &o->a, src);
    set_field(o, &o->c, buf);
    o->i = pos;
    return rt_from_ptr(o);
}

NEXT_FN(tee_next)
{
    it_t *o = IT(self);
    rt_vec_t *buf = rt_ptr(o->c);
    if (o->i < rt_vec_len(buf))
        return rt_vec_get(buf, o->i++);
    rt_value_t v = pyvm_next(o->a);
    if (!v)
        return v;
    rt_vec_append(buf, v);
    o->i++;
    return v;
}

static rt_value_t tee_copy(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return tee_make(IT(self)->a, IT(self)->c, IT(self)->i);
}

static rt_value_t it_tee(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    int64_t count = 2;
    if (n > 1 && !pyvm_index_i64(a[1], &count))
        return RT_NOVALUE;
    if (count < 0)
        return rt_raise(RT_EXC_VALUE, "n must be >= 0");
    rt_value_t src = pyvm_iter(a[0]);
    if (!src)
        return RT_NOVALUE;
    rt_value_t buf = rt_from_ptr(pyvm_list_new(0)), start = 0;
    if (rt_is_ptr(src) && rt_obj_type(rt_ptr(src)) == &types[K__tee]) {
        buf = IT(src)->c;
        start = rt_small(IT(src)->i);
        src = IT(src)->a;
    }
    rt_vec_t *out = rt_vec_new(count);
    for (int64_t i = 0; i < count; i++)
        rt_vec_append(out, tee_make(src, buf, start ? rt_small_value(start) : 0));
    return pyvm_tuple_from(rt_vec_items(out), count);
}

/* ---- Combinatorics: b the pool (a tuple; product: a tuple of pools), c the indices (a list of
** small ints; permutations: c indices and d cycles), n the result length r ---- */

static int64_t ix(rt_value_t list, int64_t i) { return rt_small_value(rt_vec_get(rt_ptr(list), i)); }
static void set_ix(rt_value_t list, int64_t i, int64_t v) { rt_vec_set(rt_ptr(list), i, rt_small(v)); }

static rt_value_t indices_list(int64_t n, int64_t (*init)(int64_t i, int64_t arg), int64_t arg)
{
    rt_vec_t *v = pyvm_list_new(n);
    for (int64_t i = 0; i < n; i++)
        rt_vec_append(v, rt_small(init(i, arg)));
    return rt_from_ptr(v);
}

static int64_t init_index(int64_t i, int64_t arg) { return (void)arg, i; }
static int64_t init_zero(int64_t i, int64_t arg) { return (void)i, (void)arg, 0; }
static int64_t init_down(int64_t i, int64_t arg) { return arg - i; }

/* The pool tuple of an iterable, and r (default len(pool) when r is None or absent). */
static bool pool_and_r(const char *fn, const rt_value_t *args, size_t nargs, rt_tuple_t *kw,
                       bool r_required, rt_value_t *pool, int64_t *r)
{
    static const char *const names[] = {"iterable", "r", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(fn, args, nargs, kw, names, r_required ? 2 : 1, v))
        return false;
    rt_vec_t *items = pyvm_seq_to_vec(v[0]);
    if (!items)
        return false;
    *pool = pyvm_tuple_from(rt_vec_items(items), rt_vec_len(items));
    *r = rt_vec_len(items);
    if (v[1] && v[1] != rt_none && !pyvm_index_i64(v[1], r))
        return false;
    if (*r < 0) {
        rt_raise(RT_EXC_VALUE, "r must be non-negative");
        return false;
    }
    return true;
}

static rt_value_t pick(rt_value_t pool, rt_value_t indices, int64_t r)
{
    rt_tuple_t *p = rt_ptr(pool);
    rt_vec_t *out = rt_vec_new(r);
    for (int64_t i = 0; i < r; i++)
        rt_vec_append(out, rt_tuple_get(p, ix(indices, i)));
    return pyvm_tuple_from(rt_vec_items(out), r);
}

CTOR_FN(product_ctor)
{
    (void)cls;
    int64_t repeat = 1;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        if (strcmp(pyvm_str_of(rt_tuple_get(kw, k))->data, "repeat") != 0)
            return rt_raise(RT_EXC_TYPE, "product() got an unexpected keyword argument '%s'",
                            pyvm_str_of(rt_tuple_get(kw, k))->data);
        if (!pyvm_index_i64(args[nargs + (size_t)k], &repeat))
            return RT_NOVALUE;
    }
    if (repeat < 0)
        return rt_raise(RT_EXC_VALUE, "repeat argument cannot be negative");
    rt_vec_t *pools = rt_vec_new((int64_t)nargs * repeat);
    for (size_t i = 0; i < nargs; i++) {
        rt_vec_t *items = pyvm_seq_to_vec(args[i]);
        if (!items)
            return RT_NOVALUE;
        rt_vec_append(pools, pyvm_tuple_from(rt_vec_items(items), rt_vec_len(items)));
    }
    for (int64_t k = 1; k < repeat; k++)
        for (size_t i = 0; i < nargs; i++)
            rt_vec_append(pools, rt_vec_get(pools, (int64_t)i));
    if (repeat == 0)
        rt_vec_del(pools, 0, rt_vec_len(pools));
    it_t *o = it_new(K_product);
    int64_t n = rt_vec_len(pools);
    set_field(o, &o->b, pyvm_tuple_from(rt_vec_items(pools), n));
    set_field(o, &o->c, indices_list(n, init_zero, 0));
    o->n = n;
    for (int64_t i = 0; i < n; i++)
        o->done |= rt_tuple_len(rt_ptr(rt_tuple_get(rt_ptr(o->b), i))) == 0;
    return rt_from_ptr(o);
}

NEXT_FN(product_next)
{
    it_t *o = IT(self);
    if (o->done)
        return RT_NOVALUE;
    rt_tuple_t *pools = rt_ptr(o->b);
    if (o->started) {
        int64_t i = o->n - 1;
        for (; i >= 0; i--) {
            int64_t k = ix(o->c, i) + 1;
            if (k < rt_tuple_len(rt_ptr(rt_tuple_get(pools, i)))) {
                set_ix(o->c, i, k);
                break;
            }
            set_ix(o->c, i, 0);
        }
        if (i < 0) {
            o->done = true;
            return RT_NOVALUE;
        }
    }
    o->started = true;
    rt_vec_t *out = rt_vec_new(o->n);
    for (int64_t i = 0; i < o->n; i++)
        rt_vec_append(out, rt_tuple_get(rt_ptr(rt_tuple_get(pools, i)), ix(o->c, i)));
    return pyvm_tuple_from(rt_vec_items(out), o->n);
}

CTOR_FN(permutations_ctor)
{
    (void)cls;
    rt_value_t pool;
    int64_t r;
    if (!pool_and_r("permutations", args, nargs, kw, false, &pool, &r))
        return RT_NOVALUE;
    int64_t n = rt_tuple_len(rt_ptr(pool));
    it_t *o = it_new(K_permutations);
    set_field(o, &o->b, pool);
    set_field(o, &o->c, indices_list(n, init_index, 0));
    set_field(o, &o->d, indices_list(r, init_down, n));
    o->n = r;
    o->done = r > n;
    return rt_from_ptr(o);
}

/* The permutation after the current one, in CPython's documented order (cycles per position). */
NEXT_FN(permutations_next)
{
    it_t *o = IT(self);
    if (o->done)
        return RT_NOVALUE;
    int64_t n = rt_tuple_len(rt_ptr(o->b)), r = o->n;
    if (o->started) {
        int64_t i = r - 1;
        for (; i >= 0; i--) {
            int64_t c = ix(o->d, i) - 1;
            set_ix(o->d, i, c);
            if (c == 0) {
                /* rotate indices[i:] left by one */
                int64_t first = ix(o->c, i);
                for (int64_t j = i; j < n - 1; j++)
                    set_ix(o->c, j, ix(o->c, j + 1));
                set_ix(o->c, n - 1, first);
                set_ix(o->d, i, n - i);
            } else {
                int64_t j = n - c, t = ix(o->c, i);
                set_ix(o->c, i, ix(o->c, j));
                set_ix(o->c, j, t);
                break;
            }
        }
        if (i < 0) {
            o->done = true;
            return RT_NOVALUE;
        }
    }
    o->started = true;
    return pick(o->b, o->c, r);
}

CTOR_FN(combinations_ctor)
{
    (void)cls;
    rt_value_t pool;
    int64_t r;
    if (!pool_and_r("combinations", args, nargs, kw, true, &pool, &r))
        return RT_NOVALUE;
    it_t *o = it_new(K_combinations);
    set_field(o, &o->b, pool);
    set_field(o, &o->c, indices_list(r, init_index, 0));
    o->n = r;
    o->done = r > rt_tuple_len(rt_ptr(pool));
    return rt_from_ptr(o);
}

NEXT_FN(combinations_next)
{
    it_t *o = IT(self);
    if (o->done)
        return RT_NOVALUE;
    int64_t n = rt_tuple_len(rt_ptr(o->b)), r = o->n;
    if (o->started) {
        int64_t i = r - 1;
        while (i >= 0 && ix(o->c, i) == i + n - r)
            i--;
        if (i < 0) {
            o->done = true;
            return RT_NOVALUE;
        }
        set_ix(o->c, i, ix(o->c, i) + 1);
        for (int64_t j = i + 1; j < r; j++)
            set_ix(o->c, j, ix(o->c, j - 1) + 1);
    }
    o->started = true;
    return pick(o->b, o->c, r);
}

CTOR_FN(cwr_ctor)
{
    (void)cls;
    rt_value_t pool;
    int64_t r;
    if (!pool_and_r("combinations_with_replacement", args, nargs, kw, true, &pool, &r))
        return RT_NOVALUE;
    it_t *o = it_new(K_combinations_with_replacement);
    set_field(o, &o->b, pool);
    set_field(o, &o->c, indices_list(r, init_zero, 0));
    o->n = r;
    o->done = rt_tuple_len(rt_ptr(pool)) == 0 && r > 0;
    return rt_from_ptr(o);
}

NEXT_FN(cwr_next)
{
    it_t *o = IT(self);
    if (o->done)
        return RT_NOVALUE;
    int64_t n = rt_tuple_len(rt_ptr(o->b)), r = o->n;
    if (o->started) {
        int64_t i = r - 1;
        while (i >= 0 && ix(o->c, i) == n - 1)
            i--;
        if (i < 0) {
            o->done = true;
            return RT_NOVALUE;
        }
        int64_t v = ix(o->c, i) + 1;
        for (int64_t j = i; j < r; j++)
            set_ix(o->c, j, v);
    }
    o->started = true;
    return pick(o->b, o->c, r);
}

/* ---- The classes ---- */

static rt_value_t it_iter(rt_value_t self) { return self; }

static const pyvm_cfunc_def_t chain_methods[] = {
    {"from_iterable", chain_from_iterable, 1, 1, PYVM_CFUNC_CLASS, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t tee_methods[] = {
    {"__copy__", tee_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t itertools_functions[] = {
    {"tee", it_tee, 1, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_pyslots_t slots[NKINDS];

static const struct {
    const char *name;
    it_ctor_t ctor;
    rt_value_t (*next)(rt_value_t self);
} kinds[NKINDS] = {
#define ROW(name, ctor, next) {#name, ctor, next},
    ITERTOOLS(ROW)
#undef ROW
};

rt_map_t *pyvm_mod_itertools_dict(void)
{
    if (!classes[0]) {
        gc_root_add(classes, NKINDS);
        for (int k = 0; k < NKINDS; k++) {
            types[k] = (rt_type_t)RT_TYPE_INIT(kinds[k].name, it_trace, NULL, 0);
            slots[k] = (rt_pyslots_t){.cls = &classes[k], .iter = it_iter, .next = kinds[k].next};
            types[k].py = &slots[k];
            classes[k] = pyvm_type_new_builtin(kinds[k].name, &types[k], pyvm_cls_object);
            classes[k]->ctor = kinds[k].ctor;
            pyvm_type_setattr(classes[k], pyvm_name(module), pyvm_str_cstr("itertools"));
        }
        slots[K_count].repr = count_repr;
        slots[K_repeat].repr = repeat_repr;
        pyvm_cfunc_install(classes[K_chain], chain_methods);
        pyvm_cfunc_install(classes[K__tee], tee_methods);
        for (int k = 0; k < NKINDS; k++) /* subclassable, as CPython's */
            if (kinds[k].ctor)
                pyvm_wrap_install(classes[k], false);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, itertools_functions);
    for (int k = 0; k < NKINDS; k++)
        if (kinds[k].ctor)
            pyvm_mod_put(d, kinds[k].name, rt_from_ptr(classes[k]));
    return d;
}
