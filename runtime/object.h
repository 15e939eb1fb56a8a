/*
** object.h: the object header and the type descriptor (ARCHITECTURE.md section 2).
** Every heap object starts with rt_obj_t (the collector's 16-byte header). Its type descriptor
** embeds the collector's gc_desc_t first, then one behaviour table per language: a Python list seen
** by PHP code dispatches through its PHP slots, which is how most adaptation happens without
** wrapper objects. runtime/ declares the types; pyvm/ and phpvm/ install their slot tables at start-up.
*/
#ifndef PYHYP_RT_OBJECT_H
#define PYHYP_RT_OBJECT_H

#include "gc/gc.h"
#include "runtime/value.h"

typedef struct rt_obj {
    gc_header_t gc;
} rt_obj_t;

/* The behaviour tables; each VM defines and fills its own (pyvm/ and phpvm/ issues). */
typedef struct rt_pyslots rt_pyslots_t;
typedef struct rt_phpslots rt_phpslots_t;

typedef struct rt_type {
    gc_desc_t gc;               /* first: a gc_desc_t * is an rt_type_t * */
    uint32_t flags;             /* RT_TYPE_* */
    const rt_pyslots_t *py;     /* Python behaviour, installed by pyvm/ */
    const rt_phpslots_t *php;   /* PHP behaviour, installed by phpvm/ */
} rt_type_t;

enum {
    RT_TYPE_IMMUTABLE = 1u << 0, /* instances never change after construction (str, int, float) */
};

/* rt_flags bits of the object header that every type may use. */
enum {
    RT_OBJ_SHARED = 1u << 0, /* PHP copy-on-write: some other variable may see this value */
};

/* Initialises a type descriptor: static rt_type_t t = RT_TYPE_INIT("name", trace, fin, flags); */
#define RT_TYPE_INIT(name_, trace_, finalize_, flags_)                                             \
    {.gc = {.name = (name_), .trace = (trace_), .finalize = (finalize_)}, .flags = (flags_)}

static inline const rt_type_t *rt_obj_type(const void *obj)
{
    return (const rt_type_t *)((const rt_obj_t *)obj)->gc.desc;
}

extern rt_type_t rt_type_float;

/* The type of a value that is no small int and not 0: a heap object's descriptor, or
** rt_type_float for an immediate float (value.h), which has no header to read. */
static inline const rt_type_t *rt_value_type(rt_value_t v)
{
    return rt_is_float_imm(v) ? &rt_type_float : rt_obj_type(rt_ptr(v));
}

/* Allocates a zeroed object of `size` bytes (header included) of type t. May collect. */
static inline void *rt_alloc(const rt_type_t *t, size_t size) { return gc_alloc(&t->gc, size); }

/* Stores a reference into a field of a heap object and runs the write barrier. */
#define RT_STORE(obj, field, v)                                                                     \
    do {                                                                                           \
        (obj)->field = (v);                                                                        \
        gc_write_barrier(obj);                                                                     \
    } while (0)

#endif
