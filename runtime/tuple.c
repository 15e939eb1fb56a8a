/*
** tuple.c: immutable fixed-size arrays of values (tuple.h): construction and tracing.
*/
#include <string.h>

#include "runtime/tuple.h"

void rt_tuple_trace(gc_tracer_t *tracer, void *obj)
{
    const rt_tuple_t *t = obj;
    gc_visit_words(tracer, t->items, (size_t)t->len);
}

rt_type_t rt_type_tuple = RT_TYPE_INIT("tuple", rt_tuple_trace, NULL, RT_TYPE_IMMUTABLE);

rt_tuple_t *rt_tuple_new_of(const rt_type_t *t, int64_t n)
{
    rt_tuple_t *tu = rt_alloc(t, sizeof(rt_tuple_t) + (size_t)n * sizeof(rt_value_t));
    tu->len = n;
    return tu;
}

rt_tuple_t *rt_tuple_from(const rt_value_t *src, int64_t n)
{
    rt_tuple_t *tu = rt_tuple_new(n);
    if (n > 0)
        memcpy(tu->items, src, (size_t)n * sizeof(rt_value_t));
    return tu;
}
