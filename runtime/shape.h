/*
** shape.h: shapes (hidden classes, PyPy's maps) and the instance slots they describe
** (ARCHITECTURE.md section 2). Instances of Python and PHP classes keep their attributes in slots;
** a shape says which attribute is in which slot. Shapes form a transition tree: each class has a
** root (rt_shape_root), and adding attribute `name` to an instance of shape S moves it to the child
** (S, name), made once and shared by every instance that gets the same attributes in the same
** order. So a shape implies the class and the layout, and the JIT compiles an attribute access to
** one shape guard plus one load at a constant offset.
**
** A tree shape is immutable. Deleting an attribute, or growing past RT_SHAPE_MAX_TREE attributes,
** moves the instance to a DICTIONARY shape of its own (RT_SHAPE_DICT): mutable, unshared, a hash
** map from name to slot. The JIT must not promote dictionary shapes.
**
** Attribute names are interned strings (rt_str_intern) and are compared by address.
*/
#ifndef PYHYP_RT_SHAPE_H
#define PYHYP_RT_SHAPE_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/map.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/vec.h"

/* Shape flags. The low 16 bits are runtime's; the VMs use the high 16 for facts the JIT can guard
** on with one test of the promoted shape (e.g. "some attribute is read-only", "has dynamic
** properties"). A shape's flags are its root's flags ORed with the attribute flags on its path. */
enum {
    RT_SHAPE_DICT = 1u << 0,    /* a dictionary shape: per instance, mutable */
    RT_SHAPE_LANG_SHIFT = 16,
};

#define RT_SHAPE_MAX_TREE 64 /* attributes a tree shape may have; more go to dictionary mode */
#define RT_SHAPE_SMALL    8  /* tree shapes with more attributes than this get a lookup index */

typedef struct rt_shape_index rt_shape_index_t;

typedef struct rt_shape {
    rt_obj_t hdr;
    struct rt_shape *parent;    /* NULL for roots and dictionary shapes */
    rt_str_t *name;             /* the attribute this shape adds to its parent; NULL for roots */
    uint32_t slot;              /* its slot: the parent's nslots */
    uint32_t nslots;            /* slots in use: tree: attributes; dict: highest slot used + 1 */
    uint32_t ninline;           /* slots stored inside instances (the rest overflow), from root */
    uint32_t flags;             /* RT_SHAPE_* */
    uint32_t attr_flags;        /* the VM's flags for the attribute this shape adds */
    uint32_t count;             /* attributes (tree: nslots; dict: nslots minus free slots) */
    rt_value_t owner;           /* the class (or whatever the VM gave the root) */
    struct rt_shape *children;  /* tree: first transition */
    struct rt_shape *sibling;   /* tree: the next transition of the parent */
    rt_shape_index_t *index;    /* tree, > RT_SHAPE_SMALL attributes: name -> slot table */
    rt_map_t *dict;             /* dict: name -> small int (slot | attr_flags << 32), in order */
    rt_vec_t *free;             /* dict: freed slots, as small ints, reused first */
} rt_shape_t;

extern rt_type_t rt_type_shape;

/* A root shape for instances of `owner` (a class), `ninline` inline slots, with root `flags`.
** May collect. */
rt_shape_t *rt_shape_root(rt_value_t owner, uint32_t ninline, uint32_t flags);

/* The shape S plus attribute `name` (absent from S; S a tree shape): the existing transition or a
** new one (may collect). The same sequence of additions from one root always gives the same
** shape. Does not enforce RT_SHAPE_MAX_TREE (rt_slots does). */
rt_shape_t *rt_shape_add(rt_shape_t *s, rt_str_t *name, uint32_t attr_flags);

/* The slot of `name` in s, or -1. Tree shapes: a walk of at most RT_SHAPE_SMALL parents or one
** probe of the index; dict shapes: a hash lookup. Never allocates. If attr_flags is not NULL, it
** gets the attribute's flags. */
int32_t rt_shape_lookup(const rt_shape_t *s, rt_str_t *name, uint32_t *attr_flags);

/* A new dictionary shape with s's attributes, slots and flags (s itself is left as it is, still
** shared by other instances). May collect. */
rt_shape_t *rt_shape_to_dict(const rt_shape_t *s);

/* In a dictionary shape: adds `name` (absent) and returns its slot (a freed one if any, else
** nslots). May collect. */
uint32_t rt_shape_dict_add(rt_shape_t *d, rt_str_t *name, uint32_t attr_flags);

/* In a dictionary shape: removes `name` and returns the slot it had, or -1. May collect (the free
** list grows). */
int32_t rt_shape_dict_del(rt_shape_t *d, rt_str_t *name);

/* Calls fn for each attribute in insertion order (Python's __dict__ order, PHP's property order).
** fn must not change the shape. Never allocates from the heap. */
typedef void (*rt_shape_each_fn)(void *ctx, rt_str_t *name, uint32_t slot, uint32_t attr_flags);
void rt_shape_each(const rt_shape_t *s, rt_shape_each_fn fn, void *ctx);

/* ---- Instance slots ---- */

/* Slots past the inline ones. */
typedef struct rt_slots_overflow {
    rt_obj_t hdr;
    int64_t cap;
    rt_value_t items[]; /* cap values; unused ones are 0 */
} rt_slots_overflow_t;

/*
** The attribute storage a VM's instance layout embeds as its LAST member:
**     typedef struct pyvm_instance { rt_obj_t hdr; ...; rt_slots_t slots; } pyvm_instance_t;
** allocated with room for the root's ninline inline slots:
**     rt_alloc(type, offsetof(pyvm_instance_t, slots.inl) + ninline * sizeof(rt_value_t))
** The instance's trace function calls rt_slots_trace. Slot i is inl[i] for i < shape->ninline,
** else overflow->items[i - ninline]; an absent attribute's slot holds 0.
*/
typedef struct rt_slots {
    rt_shape_t *shape;
    rt_slots_overflow_t *overflow; /* NULL until a slot past the inline ones is used */
    rt_value_t inl[];
} rt_slots_t;

/* Starts s out empty with the shape `root` (a root shape). Never allocates. */
static inline void rt_slots_init(rt_slots_t *s, rt_shape_t *root)
{
    s->shape = root;
    s->overflow = NULL;
}

void rt_slots_trace(gc_tracer_t *tracer, const rt_slots_t *s);

/* The value in slot i (< shape->nslots). Never allocates. */
static inline rt_value_t rt_slots_get(const rt_slots_t *s, uint32_t i)
{
    uint32_t n = s->shape->ninline;
    return i < n ? s->inl[i] : s->overflow->items[i - n];
}

/* Stores into slot i (< shape->nslots) of the instance `owner` that embeds s, with the write
** barrier. Never allocates. */
static inline void rt_slots_set(void *owner, rt_slots_t *s, uint32_t i, rt_value_t v)
{
    uint32_t n = s->shape->ninline;
    if (i < n) {
        s->inl[i] = v;
        gc_write_barrier(owner);
    } else {
        s->overflow->items[i - n] = v;
        gc_write_barrier(s->overflow);
    }
}

/* The attribute's value, or RT_NOVALUE (nothing pending) when absent. Never allocates. */
rt_value_t rt_slots_get_attr(const rt_slots_t *s, rt_str_t *name);

/*
** Sets attribute `name` (interned) of `owner` to v (not RT_NOVALUE), adding it with attr_flags
** when absent: a transition in the tree, or a dictionary insertion (past RT_SHAPE_MAX_TREE
** attributes the instance moves to a dictionary shape first). Returns the slot. May collect.
*/
uint32_t rt_slots_set_attr(void *owner, rt_slots_t *s, rt_str_t *name, rt_value_t v,
                           uint32_t attr_flags);

/* Deletes attribute `name`; returns whether it was there. The instance moves to a dictionary
** shape first if it has a tree shape. May collect. */
bool rt_slots_del_attr(void *owner, rt_slots_t *s, rt_str_t *name);

#endif
