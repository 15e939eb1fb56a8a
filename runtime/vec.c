/*
** vec.c: growable arrays of values (vec.h), the backing of Python list. Growth keeps the vector
** object and swaps its store; removal zeroes the freed tail so the store's trace stays exact.
*/
#include <string.h>

#include "runtime/vec.h"

static void trace_store(gc_tracer_t *tracer, void *obj)
{
    const rt_vec_store_t *st = obj;
    gc_visit_words(tracer, st->items, (size_t)st->cap);
}

/* trace_store over the items that overlap [lo, hi): a card of a large store that
** rt_vec_store_barrier marked. */
static void trace_store_range(gc_tracer_t *tracer, void *obj, uintptr_t lo, uintptr_t hi)
{
    const rt_vec_store_t *st = obj;
    uintptr_t base = (uintptr_t)st->items, size = sizeof(rt_value_t);
    uint64_t first = lo > base ? (lo - base) / size : 0;
    uint64_t end = hi > base ? (hi - base + size - 1) / size : 0;
    if (end > (uint64_t)st->cap)
        end = (uint64_t)st->cap;
    if (first < end)
        gc_visit_words(tracer, &st->items[first], end - first);
}

static rt_type_t store_type = {
    .gc = {.name = "vec-store", .trace = trace_store, .trace_range = trace_store_range}};

void rt_vec_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((const rt_vec_t *)obj)->store);
}

rt_type_t rt_type_vec = RT_TYPE_INIT("vec", rt_vec_trace, NULL, 0);

/* The store of vectors without storage; never written, outside the heap. */
static rt_vec_store_t empty_store;

static rt_vec_store_t *store_new(int64_t cap)
{
    size_t size = sizeof(rt_vec_store_t) + (size_t)cap * sizeof(rt_value_t);
    rt_vec_store_t *st = rt_alloc(&store_type, size);
    st->cap = cap;
    return st;
}

rt_vec_t *rt_vec_new_of(const rt_type_t *t, int64_t capacity)
{
    rt_vec_store_t *st = capacity > 0 ? store_new(capacity) : &empty_store;
    /* Fresh: nothing was allocated after the store, so storing it needs no barrier. */
    rt_vec_t *v = rt_alloc(t, sizeof(rt_vec_t));
    v->store = st;
    return v;
}

rt_vec_t *rt_vec_from_of(const rt_type_t *t, const rt_value_t *src, int64_t n)
{
    rt_vec_store_t *st = n > 0 ? store_new(n) : &empty_store;
    if (n > 0)
        memcpy(st->items, src, (size_t)n * sizeof(rt_value_t));
    rt_vec_t *v = rt_alloc(t, sizeof(rt_vec_t));
    v->store = st; /* v is fresh: no barrier */
    v->len = n;
    return v;
}

/* Grows the store to hold at least n items, by half again at least. May collect. */
static void grow(rt_vec_t *v, int64_t n)
{
    int64_t cap = v->store->cap + v->store->cap / 2 + 4;
    if (cap < n)
        cap = n;
    rt_vec_store_t *st = store_new(cap);
    memcpy(st->items, v->store->items, (size_t)v->len * sizeof(rt_value_t));
    gc_write_barrier(st);
    RT_STORE(v, store, st);
}

void rt_vec_reserve(rt_vec_t *v, int64_t n)
{
    if (n > v->store->cap)
        grow(v, n);
}

void rt_vec_append(rt_vec_t *v, rt_value_t x)
{
    if (__builtin_expect(v->len == v->store->cap, 0))
        grow(v, v->len + 1);
    v->store->items[v->len] = x;
    rt_vec_store_barrier(v->store, &v->store->items[v->len], x);
    v->len++;
}

void rt_vec_insert(rt_vec_t *v, int64_t i, rt_value_t x)
{
    if (v->len == v->store->cap)
        grow(v, v->len + 1);
    rt_value_t *items = v->store->items;
    memmove(items + i + 1, items + i, (size_t)(v->len - i) * sizeof(rt_value_t));
    items[i] = x;
    v->len++;
    gc_write_barrier(v->store);
}

void rt_vec_del(rt_vec_t *v, int64_t lo, int64_t hi)
{
    if (lo == hi)
        return;
    rt_value_t *items = v->store->items;
    memmove(items + lo, items + hi, (size_t)(v->len - hi) * sizeof(rt_value_t));
    v->len -= hi - lo;
    memset(items + v->len, 0, (size_t)(hi - lo) * sizeof(rt_value_t));
}

rt_value_t rt_vec_pop(rt_vec_t *v, int64_t i)
{
    rt_value_t x = v->store->items[i];
    rt_vec_del(v, i, i + 1);
    return x;
}

void rt_vec_replace(rt_vec_t *v, int64_t lo, int64_t hi, const rt_value_t *src, int64_t n)
{
    const rt_value_t *items = v->store->items;
    if (n > 0 && src + n > items && src < items + v->store->cap) {
        /* src aliases our items and moves below: take a copy first (kept alive by the C stack). */
        rt_vec_store_t *copy = store_new(n);
        memcpy(copy->items, src, (size_t)n * sizeof(rt_value_t));
        src = copy->items;
    }
    int64_t len = v->len + n - (hi - lo);
    if (len > v->store->cap)
        grow(v, len);
    rt_value_t *dst = v->store->items;
    memmove(dst + lo + n, dst + hi, (size_t)(v->len - hi) * sizeof(rt_value_t));
    memcpy(dst + lo, src, (size_t)n * sizeof(rt_value_t));
    if (len < v->len)
        memset(dst + len, 0, (size_t)(v->len - len) * sizeof(rt_value_t));
    v->len = len;
    if (n > 0)
        gc_write_barrier(v->store);
}

void rt_vec_clear(rt_vec_t *v)
{
    v->store = &empty_store; /* not a heap reference: no barrier */
    v->len = 0;
}
