/*
** singletons.c: the static None/null, True and False objects and their types (see singletons.h).
** Their headers look like those of heap objects so code that reads an object's type needs no
** special case; the collector never sees them as heap objects because they are not in its blocks.
*/
#include "runtime/singletons.h"

rt_type_t rt_type_none = RT_TYPE_INIT("NoneType", NULL, NULL, RT_TYPE_IMMUTABLE);
rt_type_t rt_type_bool = RT_TYPE_INIT("bool", NULL, NULL, RT_TYPE_IMMUTABLE);

#define SINGLETON_HEADER(type, obj)                                                                \
    {.desc = &(type).gc, .size = (uint32_t)sizeof(obj), .rt_flags = 0, .gc_bits = 0}

_Alignas(GC_GRANULE) rt_obj_t rt_none_obj = {.gc = SINGLETON_HEADER(rt_type_none, rt_obj_t)};
_Alignas(GC_GRANULE) rt_bool_t rt_true_obj = {
    .hdr = {.gc = SINGLETON_HEADER(rt_type_bool, rt_bool_t)}, .value = 1};
_Alignas(GC_GRANULE) rt_bool_t rt_false_obj = {
    .hdr = {.gc = SINGLETON_HEADER(rt_type_bool, rt_bool_t)}, .value = 0};
