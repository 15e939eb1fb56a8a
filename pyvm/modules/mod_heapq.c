/*
** mod_heapq.c: the native `_heapq` module (modules.h) that Debian's heapq.py imports over its
** pure-Python definitions: heappush, heappop, heapify, heapreplace, heappushpop and the max-heap
** helpers heapq.merge/nlargest use, with CPython's algorithm (sift the hole to a leaf, then up)
** and errors. Items compare with <, which may run Python code that changes the list: every step
** re-reads the list and fails with CPython's RuntimeError when its size changed.
*/
#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* The list under heap argument v of function fn, or NULL with CPython's TypeError (which says
** "argument 1" when fn takes two). */
static rt_vec_t *heap_arg(const char *fn, bool two, rt_value_t v)
{
    rt_value_t l = pyvm_unwrap(v);
    if (pyvm_is_list(l))
        return rt_ptr(l);
    rt_raise(RT_EXC_TYPE, "%s() argument%s must be list, not %s", fn, two ? " 1" : "",
             pyvm_type_name(v));
    return NULL;
}

/* a < b, or (max) b < a; -1 with the error pending. */
static int before(rt_value_t a, rt_value_t b, bool max)
{
    return max ? pyvm_lt(b, a) : pyvm_lt(a, b);
}

/* Moves the item at pos up towards start while it is before its parent. */
static bool sift_down(rt_vec_t *h, int64_t start, int64_t pos, bool max)
{
    int64_t size = rt_vec_len(h);
    rt_value_t item = rt_vec_get(h, pos);
    while (pos > start) {
        int64_t parent = (pos - 1) >> 1;
        rt_value_t p = rt_vec_get(h, parent);
        int lt = before(item, p, max);
        if (lt < 0)
            return false;
        if (rt_vec_len(h) != size) {
            rt_raise(RT_EXC_RUNTIME, "list changed size during iteration");
            return false;
        }
        if (!lt)
            break;
        rt_vec_set(h, pos, p);
        pos = parent;
    }
    rt_vec_set(h, pos, item);
    return true;
}

/* Moves the smaller child up into the hole at pos until it reaches a leaf, then sifts the item
** that was there back down (CPython's _siftup: fewer comparisons than stopping early). */
static bool sift_up(rt_vec_t *h, int64_t pos, bool max)
{
    int64_t end = rt_vec_len(h), start = pos;
    rt_value_t item = rt_vec_get(h, pos);
    int64_t child = 2 * pos + 1;
    while (child < end) {
        int64_t right = child + 1;
        if (right < end) {
            int lt = before(rt_vec_get(h, child), rt_vec_get(h, right), max);
            if (lt < 0)
                return false;
            if (rt_vec_len(h) != end) {
                rt_raise(RT_EXC_RUNTIME, "list changed size during iteration");
                return false;
            }
            if (!lt)
                child = right;
        }
        rt_vec_set(h, pos, rt_vec_get(h, child));
        pos = child;
        child = 2 * pos + 1;
    }
    rt_vec_set(h, pos, item);
    return sift_down(h, start, pos, max);
}

FN(h_push)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *h = heap_arg("heappush", true, a[0]);
    if (!h)
        return RT_NOVALUE;
    rt_vec_append(h, a[1]);
    return sift_down(h, 0, rt_vec_len(h) - 1, false) ? rt_none : RT_NOVALUE;
}

static rt_value_t pop(const char *fn, rt_value_t heap, bool max)
{
    rt_vec_t *h = heap_arg(fn, false, heap);
    if (!h)
        return RT_NOVALUE;
    if (rt_vec_len(h) == 0)
        return rt_raise(RT_EXC_INDEX, "index out of range");
    rt_value_t last = rt_vec_pop(h, rt_vec_len(h) - 1);
    if (rt_vec_len(h) == 0)
        return last;
    rt_value_t top = rt_vec_get(h, 0);
    rt_vec_set(h, 0, last);
    return sift_up(h, 0, max) ? top : RT_NOVALUE;
}

FN(h_pop)
{
    (void)self, (void)n, (void)kw;
    return pop("heappop", a[0], false);
}

FN(h_pop_max)
{
    (void)self, (void)n, (void)kw;
    return pop("_heappop_max", a[0], true);
}

static rt_value_t replace(const char *fn, rt_value_t heap, rt_value_t item, bool max)
{
    rt_vec_t *h = heap_arg(fn, true, heap);
    if (!h)
        return RT_NOVALUE;
    if (rt_vec_len(h) == 0)
        return rt_raise(RT_EXC_INDEX, "index out of range");
    rt_value_t top = rt_vec_get(h, 0);
    rt_vec_set(h, 0, item);
    return sift_up(h, 0, max) ? top : RT_NOVALUE;
}

FN(h_replace)
{
    (void)self, (void)n, (void)kw;
    return replace("heapreplace", a[0], a[1], false);
}

FN(h_replace_max)
{
    (void)self, (void)n, (void)kw;
    return replace("_heapreplace_max", a[0], a[1], true);
}

/* heappushpop(heap, item): item itself when it is not after the top, else the old top. */
FN(h_pushpop)
{
    (void)self, (void)n, (void)kw;
    rt_vec_t *h = heap_arg("heappushpop", true, a[0]);
    if (!h)
        return RT_NOVALUE;
    if (rt_vec_len(h) == 0)
        return a[1];
    int lt = pyvm_lt(rt_vec_get(h, 0), a[1]);
    if (lt <= 0)
        return lt < 0 ? RT_NOVALUE : a[1];
    if (rt_vec_len(h) == 0)
        return rt_raise(RT_EXC_INDEX, "index out of range");
    return replace("heappushpop", a[0], a[1], false);
}

static rt_value_t heapify(const char *fn, rt_value_t heap, bool max)
{
    rt_vec_t *h = heap_arg(fn, false, heap);
    if (!h)
        return RT_NOVALUE;
    for (int64_t i = rt_vec_len(h) / 2 - 1; i >= 0 && i < rt_vec_len(h); i--)
        if (!sift_up(h, i, max))
            return RT_NOVALUE;
    return rt_none;
}

FN(h_heapify)
{
    (void)self, (void)n, (void)kw;
    return heapify("heapify", a[0], false);
}

FN(h_heapify_max)
{
    (void)self, (void)n, (void)kw;
    return heapify("_heapify_max", a[0], true);
}

static const pyvm_cfunc_def_t heapq_functions[] = {
    {"heappush", h_push, 2, 2, 0, 0},
    {"heappop", h_pop, 1, 1, 0, 0},
    {"heapify", h_heapify, 1, 1, 0, 0},
    {"heapreplace", h_replace, 2, 2, 0, 0},
    {"heappushpop", h_pushpop, 2, 2, 0, 0},
    {"_heappop_max", h_pop_max, 1, 1, 0, 0},
    {"_heapify_max", h_heapify_max, 1, 1, 0, 0},
    {"_heapreplace_max", h_replace_max, 2, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_heapq_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, heapq_functions);
    return d;
}
