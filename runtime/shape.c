/*
** shape.c: the shape transition tree, dictionary shapes and instance slots (shape.h).
** Transitions hang off their parent as a linked list of children (most shapes have one or two),
** so the tree needs no side tables. Tree shapes past RT_SHAPE_SMALL attributes carry an index, an
** open-addressing table keyed by the (interned) name's address, built when the shape is made:
** rebuilding it per shape costs O(n) per transition, bounded by RT_SHAPE_MAX_TREE, and keeps
** lookups free of allocation.
*/
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/shape.h"

/* ---- The lookup index of large tree shapes ---------------------------------------------- */

typedef struct index_entry {
    rt_str_t *name; /* NULL: empty */
    uint32_t slot;
    uint32_t attr_flags;
} index_entry_t;

struct rt_shape_index {
    rt_obj_t hdr;
    uint32_t shift; /* 64 - log2(capacity) */
    uint32_t mask;
    index_entry_t entries[];
};

static void index_trace(gc_tracer_t *tracer, void *obj)
{
    rt_shape_index_t *ix = obj;
    for (uint32_t i = 0; i <= ix->mask; i++)
        gc_visit_ptr(tracer, ix->entries[i].name);
}

static rt_type_t type_shape_index = RT_TYPE_INIT("shape-index", index_trace, NULL, 0);

static uint32_t index_home(const rt_shape_index_t *ix, const rt_str_t *name)
{
    return (uint32_t)((((uintptr_t)name >> 4) * RT_MAP_MIX) >> ix->shift);
}

static const index_entry_t *index_find(const rt_shape_index_t *ix, const rt_str_t *name)
{
    for (uint32_t i = index_home(ix, name);; i = (i + 1) & ix->mask) {
        const index_entry_t *e = &ix->entries[i];
        if (e->name == name || e->name == NULL)
            return e;
    }
}

/* An index of every attribute of tree shape s (load <= 1/2). May collect. */
static rt_shape_index_t *index_build(const rt_shape_t *s)
{
    uint32_t bits = 1;
    while ((1u << bits) < 2 * s->nslots)
        bits++;
    rt_shape_index_t *ix = rt_alloc(&type_shape_index, sizeof(rt_shape_index_t) +
                                                           ((size_t)1 << bits) * sizeof(index_entry_t));
    ix->shift = 64 - bits;
    ix->mask = (1u << bits) - 1;
    for (const rt_shape_t *p = s; p->parent; p = p->parent) {
        index_entry_t *e = (index_entry_t *)index_find(ix, p->name);
        *e = (index_entry_t){p->name, p->slot, p->attr_flags};
    }
    return ix;
}

/* ---- Shapes ----------------------------------------------------------------------------- */

static void shape_trace(gc_tracer_t *tracer, void *obj)
{
    rt_shape_t *s = obj;
    gc_visit_ptr(tracer, s->parent);
    gc_visit_ptr(tracer, s->name);
    gc_visit(tracer, s->owner);
    gc_visit_ptr(tracer, s->children);
    gc_visit_ptr(tracer, s->sibling);
    gc_visit_ptr(tracer, s->index);
    gc_visit_ptr(tracer, s->dict);
    gc_visit_ptr(tracer, s->free);
}

rt_type_t rt_type_shape = RT_TYPE_INIT("shape", shape_trace, NULL, 0);

static inline bool is_interned(const rt_str_t *name)
{
    return (name->hdr.gc.rt_flags & RT_STR_INTERNED) || name->len <= 1;
}

rt_shape_t *rt_shape_root(rt_value_t owner, uint32_t ninline, uint32_t flags)
{
    assert(!(flags & ((1u << RT_SHAPE_LANG_SHIFT) - 1)));
    rt_shape_t *s = rt_alloc(&rt_type_shape, sizeof *s);
    s->ninline = ninline;
    s->flags = flags;
    s->owner = owner;
    return s;
}

rt_shape_t *rt_shape_add(rt_shape_t *s, rt_str_t *name, uint32_t attr_flags)
{
    assert(!(s->flags & RT_SHAPE_DICT) && is_interned(name));
    assert(!(attr_flags & ((1u << RT_SHAPE_LANG_SHIFT) - 1)));
    assert(rt_shape_lookup(s, name, NULL) < 0);
    for (rt_shape_t *c = s->children; c; c = c->sibling)
        if (c->name == name && c->attr_flags == attr_flags)
            return c;
    rt_shape_t *c = rt_alloc(&rt_type_shape, sizeof *c);
    c->parent = s;
    c->name = name;
    c->slot = s->nslots;
    c->nslots = s->nslots + 1;
    c->count = c->nslots;
    c->ninline = s->ninline;
    c->flags = s->flags | attr_flags;
    c->attr_flags = attr_flags;
    c->owner = s->owner;
    if (c->nslots > RT_SHAPE_SMALL)
        RT_STORE(c, index, index_build(c)); /* c may have aged in a collection: barrier */
    c->sibling = s->children;
    RT_STORE(s, children, c);
    return c;
}

int32_t rt_shape_lookup(const rt_shape_t *s, rt_str_t *name, uint32_t *attr_flags)
{
    uint32_t fl = 0;
    int32_t slot = -1;
    if (s->flags & RT_SHAPE_DICT) {
        rt_value_t v = rt_map_get_str(s->dict, name);
        if (v != RT_NOVALUE) {
            uint64_t u = (uint64_t)rt_small_value(v);
            slot = (int32_t)(uint32_t)u;
            fl = (uint32_t)(u >> 32) << RT_SHAPE_LANG_SHIFT;
        }
    } else if (s->index) {
        const index_entry_t *e = index_find(s->index, name);
        if (e->name) {
            slot = (int32_t)e->slot;
            fl = e->attr_flags;
        }
    } else {
        for (; s->parent; s = s->parent) {
            if (s->name == name) {
                slot = (int32_t)s->slot;
                fl = s->attr_flags;
                break;
            }
        }
    }
    if (attr_flags)
        *attr_flags = fl;
    return slot;
}

/* The small int a dictionary shape maps a name to. */
static rt_value_t dict_entry(uint32_t slot, uint32_t attr_flags)
{
    return rt_small((int64_t)((uint64_t)slot | (uint64_t)(attr_flags >> RT_SHAPE_LANG_SHIFT) << 32));
}

/* The tree shapes from s's root's first child down to s, into chain[0, s->nslots). */
static void tree_chain(const rt_shape_t *s, const rt_shape_t **chain)
{
    for (const rt_shape_t *p = s; p->parent; p = p->parent)
        chain[p->slot] = p;
}

rt_shape_t *rt_shape_to_dict(const rt_shape_t *s)
{
    assert(!(s->flags & RT_SHAPE_DICT));
    rt_shape_t *d = rt_alloc(&rt_type_shape, sizeof *d);
    d->nslots = s->nslots;
    d->count = s->nslots;
    d->ninline = s->ninline;
    d->flags = s->flags | RT_SHAPE_DICT;
    d->owner = s->owner;
    RT_STORE(d, dict, rt_map_new(s->nslots));
    RT_STORE(d, free, rt_vec_new(0));
    const rt_shape_t *chain[RT_SHAPE_MAX_TREE];
    const rt_shape_t **c = s->nslots <= RT_SHAPE_MAX_TREE ? chain : malloc(s->nslots * sizeof *c);
    if (!c) {
        fprintf(stderr, "pyhyp: out of memory converting a shape\n");
        abort();
    }
    tree_chain(s, c);
    for (uint32_t i = 0; i < s->nslots; i++) /* the chain is reachable from s: safe to collect */
        rt_map_set_str(d->dict, c[i]->name, dict_entry(c[i]->slot, c[i]->attr_flags));
    if (c != chain)
        free(c);
    return d;
}

uint32_t rt_shape_dict_add(rt_shape_t *d, rt_str_t *name, uint32_t attr_flags)
{
    assert((d->flags & RT_SHAPE_DICT) && rt_shape_lookup(d, name, NULL) < 0);
    uint32_t slot;
    int64_t nfree = rt_vec_len(d->free);
    if (nfree > 0)
        slot = (uint32_t)rt_small_value(rt_vec_pop(d->free, nfree - 1));
    else
        slot = d->nslots++;
    rt_map_set_str(d->dict, name, dict_entry(slot, attr_flags));
    d->flags |= attr_flags;
    d->count++;
    return slot;
}

int32_t rt_shape_dict_del(rt_shape_t *d, rt_str_t *name)
{
    assert(d->flags & RT_SHAPE_DICT);
    int32_t slot = rt_shape_lookup(d, name, NULL);
    if (slot < 0)
        return -1;
    rt_map_del_str(d->dict, name);
    rt_vec_append(d->free, rt_small(slot));
    d->count--;
    return slot;
}

void rt_shape_each(const rt_shape_t *s, rt_shape_each_fn fn, void *ctx)
{
    if (s->flags & RT_SHAPE_DICT) {
        const rt_map_t *m = s->dict;
        for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1)) {
            uint64_t u = (uint64_t)rt_small_value(rt_map_value_at(m, p));
            fn(ctx, rt_ptr(rt_map_key_at(m, p).obj), (uint32_t)u,
               (uint32_t)(u >> 32) << RT_SHAPE_LANG_SHIFT);
        }
        return;
    }
    const rt_shape_t *chain[RT_SHAPE_MAX_TREE];
    const rt_shape_t **c = s->nslots <= RT_SHAPE_MAX_TREE ? chain : malloc(s->nslots * sizeof *c);
    if (!c) {
        fprintf(stderr, "pyhyp: out of memory walking a shape\n");
        abort();
    }
    tree_chain(s, c);
    for (uint32_t i = 0; i < s->nslots; i++)
        fn(ctx, c[i]->name, c[i]->slot, c[i]->attr_flags);
    if (c != chain)
        free(c);
}

/* ---- Instance slots --------------------------------------------------------------------- */

static void overflow_trace(gc_tracer_t *tracer, void *obj)
{
    rt_slots_overflow_t *o = obj;
    gc_visit_words(tracer, o->items, (size_t)o->cap);
}

static rt_type_t type_slots_overflow = RT_TYPE_INIT("slots", overflow_trace, NULL, 0);

void rt_slots_trace(gc_tracer_t *tracer, const rt_slots_t *s)
{
    if (!s->shape) /* allocated, not yet initialised */
        return;
    gc_visit_ptr(tracer, s->shape);
    gc_visit_ptr(tracer, s->overflow);
    gc_visit_words(tracer, s->inl, s->shape->ninline);
}

rt_value_t rt_slots_get_attr(const rt_slots_t *s, rt_str_t *name)
{
    int32_t i = rt_shape_lookup(s->shape, name, NULL);
    return i < 0 ? RT_NOVALUE : rt_slots_get(s, (uint32_t)i);
}

/* Makes sure slot `slot` has storage, growing the overflow by doubling. May collect. */
static void reserve_slot(void *owner, rt_slots_t *s, uint32_t ninline, uint32_t slot)
{
    if (slot < ninline)
        return;
    int64_t need = (int64_t)(slot - ninline) + 1;
    rt_slots_overflow_t *old = s->overflow;
    int64_t cap = old ? old->cap : 0;
    if (need <= cap)
        return;
    int64_t ncap = cap ? cap * 2 : 4;
    while (ncap < need)
        ncap *= 2;
    rt_slots_overflow_t *o = rt_alloc(&type_slots_overflow,
                                      sizeof *o + (size_t)ncap * sizeof(rt_value_t));
    o->cap = ncap;
    if (old)
        memcpy(o->items, old->items, (size_t)old->cap * sizeof(rt_value_t));
    s->overflow = o;
    gc_write_barrier(owner);
}

uint32_t rt_slots_set_attr(void *owner, rt_slots_t *s, rt_str_t *name, rt_value_t v,
                           uint32_t attr_flags)
{
    assert(v != RT_NOVALUE);
    int32_t found = rt_shape_lookup(s->shape, name, NULL);
    if (found >= 0) {
        rt_slots_set(owner, s, (uint32_t)found, v);
        return (uint32_t)found;
    }
    rt_shape_t *sh = s->shape;
    uint32_t slot;
    if (!(sh->flags & RT_SHAPE_DICT) && sh->nslots >= RT_SHAPE_MAX_TREE)
        sh = rt_shape_to_dict(sh);
    if (sh->flags & RT_SHAPE_DICT) {
        slot = rt_shape_dict_add(sh, name, attr_flags);
    } else {
        sh = rt_shape_add(sh, name, attr_flags);
        slot = sh->slot;
    }
    reserve_slot(owner, s, sh->ninline, slot);
    s->shape = sh;
    gc_write_barrier(owner);
    rt_slots_set(owner, s, slot, v);
    return slot;
}

bool rt_slots_del_attr(void *owner, rt_slots_t *s, rt_str_t *name)
{
    if (rt_shape_lookup(s->shape, name, NULL) < 0)
        return false;
    if (!(s->shape->flags & RT_SHAPE_DICT)) {
        rt_shape_t *d = rt_shape_to_dict(s->shape);
        s->shape = d;
        gc_write_barrier(owner);
    }
    int32_t slot = rt_shape_dict_del(s->shape, name);
    rt_slots_set(owner, s, (uint32_t)slot, 0);
    return true;
}
