/*
** map.c: the ordered hash map of map.h, the storage of Python dict and set and PHP arrays.
** Here live the two layouts (packed values; hash entries + index) and the moves between them,
** insertion, deletion, positions, PHP's next free key and internal pointer, copy and clear. The
** lookup fast paths for int and string keys are inline in map.h; this file holds everything that
** writes, and the lookup that calls back into the language (arbitrary keys).
*/
#include <stdlib.h>
#include <string.h>

#include "runtime/map.h"

enum { MIN_CAP = 8 };

/*
** Invariants (checked by the unit tests' model):
**   - count live entries lie in positions [0, used); past used every word of the store is zero;
**   - packed: position i holds int key i, or RT_NOVALUE (a hole);
**   - hash: a live entry at position p is referenced by exactly one index slot (tag | p + 1),
**     found by linear probing from rt_map_slot(hash); a tombstone has key 0, value RT_NOVALUE
**     and no slot;
**     fill (slots live or dummy) <= cap, so the index (2 * cap slots) is at most half full;
**   - when count > 0, position used - 1 is live (trailing tombstones are dropped at once);
**   - ipos is a live position or used.
*/

static void trace_store(gc_tracer_t *tracer, void *obj)
{
    const rt_map_store_t *st = obj;
    if (st->index == NULL) {
        gc_visit_words(tracer, st->data, (size_t)st->used);
        return;
    }
    const rt_map_entry_t *ent = rt_map_entries(st);
    for (int64_t i = 0; i < st->used; i++) {
        gc_visit(tracer, ent[i].key);
        gc_visit(tracer, ent[i].value);
    }
}

/* trace_store over the values, or the entries, that overlap [lo, hi): a card that
** rt_map_store_barrier marked in a large store. */
static void trace_store_range(gc_tracer_t *tracer, void *obj, uintptr_t lo, uintptr_t hi)
{
    const rt_map_store_t *st = obj;
    size_t size = st->index ? sizeof(rt_map_entry_t) : sizeof(rt_value_t);
    uintptr_t base = (uintptr_t)st->data;
    uint64_t first = lo > base ? (lo - base) / size : 0;
    uint64_t end = hi > base ? (hi - base + size - 1) / size : 0;
    if (end > (uint64_t)st->used)
        end = (uint64_t)st->used;
    if (first >= end)
        return;
    if (st->index == NULL) {
        gc_visit_words(tracer, &st->data[first], end - first);
        return;
    }
    const rt_map_entry_t *ent = rt_map_entries(st);
    for (uint64_t i = first; i < end; i++) {
        gc_visit(tracer, ent[i].key);
        gc_visit(tracer, ent[i].value);
    }
}

static rt_type_t store_type = {
    .gc = {.name = "map-store", .trace = trace_store, .trace_range = trace_store_range}};

void rt_map_trace(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((const rt_map_t *)obj)->store);
}

rt_type_t rt_type_map = RT_TYPE_INIT("map", rt_map_trace, NULL, 0);

/* The store of maps without storage: packed and full at capacity 0, so the first insertion
** replaces it; it is never written. Outside the heap, the collector ignores it. */
static rt_map_store_t empty_store;

static int64_t pow2_at_least(int64_t n)
{
    int64_t c = MIN_CAP;
    while (c < n)
        c <<= 1;
    return c;
}

/* A zeroed store for cap entries (a power of two for the hash layout). May collect. */
static rt_map_store_t *store_new(int64_t cap, bool packed)
{
    size_t size = sizeof(rt_map_store_t);
    if (packed)
        size += (size_t)cap * sizeof(rt_value_t);
    else
        size += (size_t)cap * (sizeof(rt_map_entry_t) + 2 * sizeof(uint64_t));
    rt_map_store_t *st = rt_alloc(&store_type, size);
    st->cap = cap;
    if (!packed) {
        st->index = (uint64_t *)((rt_map_entry_t *)st->data + cap);
        st->mask = (uint64_t)cap * 2 - 1;
        st->shift = 63 - (uint32_t)__builtin_ctzll((uint64_t)cap);
    }
    return st;
}

static inline rt_map_entry_t *entries(rt_map_store_t *st)
{
    return (rt_map_entry_t *)st->data;
}

static inline bool has_room(const rt_map_store_t *st)
{
    return st->used < st->cap && st->fill < st->cap;
}

/* Puts slot value s (tag | position + 1) into a fresh index (no dummies), from its home slot. */
static inline void index_put_slot(rt_map_store_t *st, uint64_t s)
{
    uint64_t i = s >> st->shift; /* the tag's top bits: shift >= 32 drops the position */
    while (st->index[i] != 0)
        i = (i + 1) & st->mask;
    st->index[i] = s;
}

const uint64_t rt_map_short_mask[8] = {
    0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
};

/* The short key of an entry's key (rt_map_short_key), 0 when it is none. */
static inline uint64_t short_key_of(rt_value_t key)
{
    return rt_is_ptr(key) ? rt_map_short_key(rt_ptr(key)) : 0;
}

/* The hash of an entry's key: for a short string key, the string's own (cached since the key
** went in), which costs a read of the key. */
static inline uint64_t entry_hash(const rt_map_entry_t *e, uint64_t s)
{
    return s & RT_MAP_SHORT ? rt_str_hash(rt_ptr(e->key)) : e->hash;
}

/* Indexes the entry e at position pos of a fresh index. */
static void index_put(rt_map_store_t *st, const rt_map_entry_t *e, int64_t pos)
{
    uint64_t s = (uint64_t)(pos + 1) | (short_key_of(e->key) ? RT_MAP_SHORT : 0);
    index_put_slot(st, rt_map_tag(entry_hash(e, s)) | s);
}

/* Fills a fresh index from an old one whose entries keep their positions: reading the old index
** in slot order visits keys in home-slot order, so the writes into the new one are near-sequential
** (a rebuild from the entries would miss the cache once per key). */
static void index_regrow(rt_map_store_t *st, const rt_map_store_t *old)
{
    for (uint64_t i = 0; i <= old->mask; i++) {
        uint64_t s = old->index[i];
        if (s != 0 && s != RT_MAP_DUMMY)
            index_put_slot(st, s);
    }
}

/*
** Copies the live entries of old (either layout) in order into the fresh hash store st, keeping
** tombstones in place when `keep`, and indexes them; returns the number of positions used. *ipos
** (a position of old, or old->used) becomes the matching one. A hash store's index is rebuilt
** from the old one's slots through a table of new positions, as index_regrow does: no key is read
** (a short string key keeps no hash in its entry, and its string is a cache miss), and the writes
** into the new index are near-sequential. Without memory for the table, from the entries.
*/
static int64_t compact(rt_map_store_t *st, const rt_map_store_t *old, bool keep, int64_t *ipos)
{
    rt_map_entry_t *ent = entries(st);
    uint32_t *moved = old->index ? malloc((size_t)old->used * sizeof *moved) : NULL;
    int64_t n = 0, from = *ipos;
    for (int64_t i = 0; i < old->used; i++) {
        if (i == from)
            *ipos = n;
        rt_map_entry_t e = old->index ? rt_map_entries(old)[i]
                                      : (rt_map_entry_t){(uint64_t)i, 0, old->data[i]};
        if (e.value == RT_NOVALUE) {
            n += keep; /* the new store's entry is already a zeroed tombstone */
            continue;
        }
        ent[n] = e;
        if (moved)
            moved[i] = (uint32_t)n;
        else
            index_put(st, &e, n);
        n++;
    }
    if (from >= old->used)
        *ipos = n;
    if (moved) {
        for (uint64_t i = 0; i <= old->mask; i++) {
            uint64_t s = old->index[i];
            if (s != 0 && s != RT_MAP_DUMMY)
                index_put_slot(st, (s & ~RT_MAP_POS_MASK) | (moved[rt_map_slot_pos(s)] + 1));
        }
        free(moved);
    }
    return n;
}

/*
** Moves m's entries into a new hash store with room to insert at least one more key: about 1.5
** times the live entries, so a map full of live keys doubles and one full of tombstones compacts
** in place. Tombstones (and the holes of a packed map) are dropped, renumbering positions and the
** internal pointer with them, unless m is pinned. May collect.
*/
static rt_map_store_t *rebuild(rt_map_t *m)
{
    int64_t want = m->count + m->count / 2 + 1;
    const rt_map_store_t *old = m->store;
    if (m->pins > 0 && old->used + 1 > want)
        want = old->used + 1;
    rt_map_store_t *st = store_new(pow2_at_least(want), false);
    rt_map_entry_t *ent = entries(st);
    int64_t n = 0, ipos = m->ipos;
    if (old->index != NULL && m->count == old->used) {
        n = old->used; /* no tombstones: positions stay, the index regrows from the old one */
        memcpy(ent, rt_map_entries(old), (size_t)n * sizeof(rt_map_entry_t));
        index_regrow(st, old);
    } else {
        n = compact(st, old, m->pins > 0, &ipos);
    }
    st->used = n;
    st->fill = (uint32_t)m->count;
    gc_write_barrier(st);
    RT_STORE(m, store, st);
    m->ipos = ipos;
    m->gen++;
    return st;
}

/* Records a new int key k for PHP's next free key (nNextFreeElement). */
static inline void note_int_key(rt_map_t *m, int64_t k)
{
    if (k >= m->next_free)
        m->next_free = k == INT64_MAX ? INT64_MAX : k + 1;
}

/* Appends v in the packed layout under int key used. May collect. */
static void packed_push(rt_map_t *m, rt_value_t v)
{
    rt_map_store_t *st = m->store;
    if (st->used == st->cap) {
        rt_map_store_t *grown = store_new(st->cap ? st->cap * 2 : MIN_CAP, true);
        memcpy(grown->data, st->data, (size_t)st->used * sizeof(rt_value_t));
        grown->used = st->used;
        RT_STORE(m, store, grown);
        st = grown;
    }
    int64_t k = st->used++;
    st->data[k] = v;
    rt_map_store_barrier(st, &st->data[k], v);
    m->count++;
    m->gen++;
    note_int_key(m, k);
}

/* Writes a new entry at position used and points `slot` (empty or dummy) at it. Needs room. */
static inline __attribute__((always_inline)) void put_entry(rt_map_t *m, rt_map_store_t *st,
                                                            uint64_t slot, uint64_t hash,
                                                            rt_value_t key, rt_value_t v)
{
    int64_t pos = st->used++;
    rt_map_entry_t *e = &entries(st)[pos];
    uint64_t s = rt_map_tag(hash) | (uint64_t)(pos + 1);
    if (rt_is_ptr(key) && rt_obj_type(rt_ptr(key)) == &rt_type_str) {
        rt_str_disown(rt_ptr(key)); /* a key never changes (str.h) */
        uint64_t sk = rt_map_short_str_key(rt_ptr(key));
        if (sk) {
            hash = sk;
            s |= RT_MAP_SHORT;
        }
    }
    e->hash = hash;
    e->key = key;
    e->value = v;
    if (rt_is_ptr(key) || rt_is_ptr(v))
        gc_write_barrier_slot(st, e); /* the card of e's start: trace_store_range traces e */
    st->fill += st->index[slot] == 0;
    st->index[slot] = s;
    m->count++;
    m->gen++;
}

/* Inserts a key known to be absent, leaving the packed layout or growing first. May collect. */
static void insert_slow(rt_map_t *m, uint64_t hash, rt_value_t key, rt_value_t v)
{
    rt_map_store_t *st = m->store;
    if (st->index == NULL || !has_room(st))
        st = rebuild(m);
    uint64_t i = rt_map_slot(st, hash);
    while (st->index[i] != 0 && st->index[i] != RT_MAP_DUMMY)
        i = (i + 1) & st->mask;
    put_entry(m, st, i, hash, key, v);
}

/* Inserts at `slot` from a probe of the current store if there is room, else the slow way. */
static inline __attribute__((always_inline)) void insert_new(rt_map_t *m, uint64_t slot,
                                                             uint64_t hash, rt_value_t key,
                                                             rt_value_t v)
{
    rt_map_store_t *st = m->store;
    if (__builtin_expect(has_room(st), 1))
        put_entry(m, st, slot, hash, key, v);
    else
        insert_slow(m, hash, key, v);
}

/*
** The probes of the hash layout: return the position of the key or -1; *slot gets the slot that
** references it, or when absent the slot an insertion should take (the first dummy on the way,
** else the empty slot that ended the search).
*/
static inline int64_t probe_int(const rt_map_store_t *st, int64_t k, uint64_t *slot)
{
    const rt_map_entry_t *ent = rt_map_entries(st);
    uint64_t ins = UINT64_MAX, tag = rt_map_tag((uint64_t)k);
    for (uint64_t i = rt_map_slot(st, (uint64_t)k);; i = (i + 1) & st->mask) {
        uint64_t s = st->index[i];
        if (s == 0) {
            *slot = ins == UINT64_MAX ? i : ins;
            return -1;
        }
        if (s == RT_MAP_DUMMY) {
            if (ins == UINT64_MAX)
                ins = i;
        } else if ((s & (RT_MAP_TAG_MASK | RT_MAP_SHORT)) == tag) {
            const rt_map_entry_t *e = &ent[(uint32_t)s - 1];
            if (e->hash == (uint64_t)k && e->key == 0) {
                *slot = i;
                return (int64_t)(uint32_t)s - 1;
            }
        }
    }
}

static inline __attribute__((always_inline)) int64_t probe_str(const rt_map_store_t *st,
                                                              rt_str_t *k, uint64_t h,
                                                              uint64_t *slot)
{
    const rt_map_entry_t *ent = rt_map_entries(st);
    uint64_t ins = UINT64_MAX, tag = rt_map_tag(h), sk = UINT64_MAX; /* k's, once needed */
    for (uint64_t i = rt_map_slot(st, h);; i = (i + 1) & st->mask) {
        uint64_t s = st->index[i];
        if (s == 0) {
            *slot = ins == UINT64_MAX ? i : ins;
            return -1;
        }
        if (s == RT_MAP_DUMMY) {
            if (ins == UINT64_MAX)
                ins = i;
            continue;
        }
        if ((s & RT_MAP_TAG_MASK) != tag)
            continue;
        const rt_map_entry_t *e = &ent[rt_map_slot_pos(s)];
        if (e->key != rt_from_ptr(k)) {
            if (sk == UINT64_MAX)
                sk = rt_map_short_key(k);
            bool eq = sk || (s & RT_MAP_SHORT) /* short keys equal the same short keys only */
                          ? (s & RT_MAP_SHORT) && e->hash == sk
                          : e->hash == h && e->key && rt_map_str_match(e->key, k);
            if (!eq)
                continue;
        }
        *slot = i;
        return rt_map_slot_pos(s);
    }
}

int64_t rt_map_find_str_long(const rt_map_store_t *st, const rt_str_t *k, uint64_t h,
                             uint64_t i)
{
    int64_t pos = rt_map_slot_pos(st->index[i]);
    const rt_str_t *x = rt_ptr(rt_map_entries(st)[pos].key);
    if (memcmp(x->data, k->data, (size_t)k->len) == 0)
        return pos;
    return rt_map_find_str_at(st, k, h, (i + 1) & st->mask);
}

/* ---- Construction ---------------------------------------------------------------------- */

rt_map_t *rt_map_new_of(const rt_type_t *t, int64_t capacity, bool packed)
{
    rt_map_store_t *st = &empty_store;
    if (capacity > 0)
        st = store_new(packed ? capacity : pow2_at_least(capacity), packed);
    /* Fresh objects: nothing was allocated since, so their stores need no barrier. */
    rt_map_t *m = rt_alloc(t, sizeof(rt_map_t));
    m->store = st;
    m->next_free = INT64_MIN;
    return m;
}

/* A compact copy of a hash store holding count live entries; *ipos is translated. May collect. */
static rt_map_store_t *copy_hash_store(const rt_map_store_t *old, int64_t count, int64_t *ipos)
{
    if (count == old->used) {
        rt_map_store_t *st = store_new(old->cap, false);
        memcpy(st->data, old->data, (size_t)old->used * sizeof(rt_map_entry_t));
        memcpy(st->index, old->index, (size_t)(old->mask + 1) * sizeof(uint64_t));
        st->used = old->used;
        st->fill = old->fill;
        return st;
    }
    rt_map_store_t *st = store_new(pow2_at_least(count), false);
    int64_t n = compact(st, old, false, ipos);
    st->used = n;
    st->fill = (uint32_t)n;
    return st;
}

rt_map_t *rt_map_copy(const rt_map_t *m)
{
    const rt_map_store_t *old = m->store;
    rt_map_store_t *st = &empty_store;
    /* zend_array_dup: a pointer past the end restarts at 0 in the copy. */
    int64_t ipos = m->ipos < old->used ? m->ipos : 0;
    if (m->count > 0 && old->index == NULL) {
        st = store_new(old->used, true);
        memcpy(st->data, old->data, (size_t)old->used * sizeof(rt_value_t));
        st->used = old->used;
    } else if (m->count > 0) {
        st = copy_hash_store(old, m->count, &ipos);
    }
    rt_map_t *c = rt_alloc(rt_obj_type(m), sizeof(rt_map_t));
    c->store = st;
    c->count = m->count;
    c->next_free = m->next_free;
    c->ipos = m->count > 0 ? ipos : 0;
    c->flags = m->flags;
    return c;
}

void rt_map_clear(rt_map_t *m)
{
    m->store = &empty_store; /* not a heap reference: no barrier */
    m->count = 0;
    m->next_free = INT64_MIN;
    m->ipos = 0;
    m->gen++;
}

/* ---- Insertion ------------------------------------------------------------------------- */

typedef enum { SET_REPLACED, SET_INSERTED, SET_TAKEN } set_result_t;

/* Sets int key k; with only_new, an existing key is left alone (SET_TAKEN). May collect. */
static set_result_t set_int(rt_map_t *m, int64_t k, rt_value_t v, bool only_new)
{
    rt_map_store_t *st = m->store;
    if (st->index == NULL) {
        if ((uint64_t)k < (uint64_t)st->used && st->data[k] != RT_NOVALUE) {
            if (only_new)
                return SET_TAKEN;
            st->data[k] = v;
            rt_map_store_barrier(st, &st->data[k], v);
            return SET_REPLACED;
        }
        if (k == st->used && (st->used < st->cap || m->count >= st->used / 2)) {
            packed_push(m, v);
            return SET_INSERTED;
        }
        /* A new key off the append position, or a full store less than half live (as PHP,
        ** rather than grow a mostly empty packed array). */
        st = rebuild(m);
    }
    uint64_t slot;
    int64_t pos = probe_int(st, k, &slot);
    if (pos >= 0) {
        if (only_new)
            return SET_TAKEN;
        entries(st)[pos].value = v;
        rt_map_store_barrier(st, &entries(st)[pos].value, v);
        return SET_REPLACED;
    }
    insert_new(m, slot, (uint64_t)k, 0, v);
    note_int_key(m, k);
    return SET_INSERTED;
}

bool rt_map_set_int(rt_map_t *m, int64_t k, rt_value_t v)
{
    return set_int(m, k, v, false) == SET_INSERTED;
}

bool rt_map_append(rt_map_t *m, rt_value_t v)
{
    if (rt_map_push_packed(m, v))
        return true;
    int64_t k = m->next_free == INT64_MIN ? 0 : m->next_free;
    const rt_map_store_t *st = m->store;
    if (st->index == NULL && k == st->used && k < st->cap) { /* a first push into room */
        packed_push(m, v);
        return true;
    }
    return set_int(m, k, v, true) == SET_INSERTED;
}

bool rt_map_set_str(rt_map_t *m, rt_str_t *k, rt_value_t v)
{
    rt_map_store_t *st = m->store;
    uint64_t h = k->hash ? k->hash : rt_str_hash(k);
    if (st->index == NULL) {
        insert_slow(m, h, rt_from_ptr(k), v);
        return true;
    }
    uint64_t slot;
    int64_t pos = probe_str(st, k, h, &slot);
    if (pos >= 0) {
        entries(st)[pos].value = v;
        rt_map_store_barrier(st, &entries(st)[pos].value, v);
        return false;
    }
    insert_new(m, slot, h, rt_from_ptr(k), v);
    return true;
}

void rt_map_set_at(rt_map_t *m, int64_t pos, rt_value_t v)
{
    rt_map_store_t *st = m->store;
    rt_value_t *slot = st->index == NULL ? &st->data[pos] : &entries(st)[pos].value;
    *slot = v;
    rt_map_store_barrier(st, slot, v);
}

/* ---- Deletion -------------------------------------------------------------------------- */

/* After position pos died: move the internal pointer off it, drop trailing tombstones. */
static void after_delete(rt_map_t *m, rt_map_store_t *st, int64_t pos)
{
    if (m->ipos == pos) {
        int64_t next = rt_map_next(m, pos + 1);
        m->ipos = next < 0 ? st->used : next;
    }
    if (pos == st->used - 1) {
        while (st->used > 0 && !rt_map_live_at(m, st->used - 1))
            st->used--;
        if (m->ipos > st->used)
            m->ipos = st->used;
    }
}

/* Kills the hash-layout entry at pos, referenced from index slot `slot`. */
static void kill_entry(rt_map_t *m, rt_map_store_t *st, uint64_t slot, int64_t pos)
{
    rt_map_entry_t *e = &entries(st)[pos];
    e->key = 0; /* zeroes hold no reference: no barrier */
    e->value = RT_NOVALUE;
    st->index[slot] = RT_MAP_DUMMY;
    m->count--;
    m->gen++;
    after_delete(m, st, pos);
}

/* The index slot of live position pos of a hash store; out of line, as it may read the key. */
static __attribute__((noinline)) uint64_t slot_of(const rt_map_store_t *st, int64_t pos)
{
    const rt_map_entry_t *e = &rt_map_entries(st)[pos];
    uint64_t i = rt_map_slot(st, entry_hash(e, short_key_of(e->key) ? RT_MAP_SHORT : 0));
    while ((st->index[i] & RT_MAP_POS_MASK) != (uint64_t)pos + 1)
        i = (i + 1) & st->mask;
    return i;
}

void rt_map_del_at(rt_map_t *m, int64_t pos)
{
    rt_map_store_t *st = m->store;
    if (st->index == NULL) {
        st->data[pos] = RT_NOVALUE; /* a hole */
        m->count--;
        m->gen++;
        after_delete(m, st, pos);
        return;
    }
    kill_entry(m, st, slot_of(st, pos), pos);
}

bool rt_map_del_int(rt_map_t *m, int64_t k)
{
    rt_map_store_t *st = m->store;
    if (st->index == NULL) {
        if (rt_map_find_int(m, k) < 0)
            return false;
        rt_map_del_at(m, k);
        return true;
    }
    uint64_t slot;
    int64_t pos = probe_int(st, k, &slot);
    if (pos < 0)
        return false;
    kill_entry(m, st, slot, pos);
    return true;
}

bool rt_map_del_str(rt_map_t *m, rt_str_t *k)
{
    rt_map_store_t *st = m->store;
    if (st->index == NULL)
        return false;
    uint64_t slot;
    int64_t pos = probe_str(st, k, k->hash ? k->hash : rt_str_hash(k), &slot);
    if (pos < 0)
        return false;
    kill_entry(m, st, slot, pos);
    return true;
}

bool rt_map_pop(rt_map_t *m, rt_map_key_t *key, rt_value_t *value)
{
    if (m->count == 0)
        return false;
    int64_t pos = rt_map_end(m) - 1; /* live: trailing tombstones are dropped at once */
    *key = rt_map_key_at(m, pos);
    *value = rt_map_value_at(m, pos);
    rt_map_del_at(m, pos);
    if (key->obj == 0 && m->next_free != INT64_MIN && key->i == m->next_free - 1)
        m->next_free--;
    rt_map_ptr_reset(m);
    return true;
}

/* ---- Arbitrary keys -------------------------------------------------------------------- */

/* What the probes with callbacks answer when eq changed the map: search again from the top (the
** layout itself may have changed). */
#define RESTART ((rt_map_status_t)2)

/* Whether eq changed m's keys or store since the probe read them. */
static inline bool changed(const rt_map_t *m, const rt_map_store_t *st, uint64_t gen)
{
    return m->store != st || m->gen != gen;
}

/* The packed layout holds only int keys 0..used-1: the one candidate for hash h is int key h. */
static rt_map_status_t probe_obj_packed(rt_map_t *m, rt_value_t key, uint64_t h, rt_map_eq_fn eq,
                                        void *ctx, int64_t *pos)
{
    const rt_map_store_t *st = m->store;
    uint64_t gen = m->gen;
    if (h >= (uint64_t)st->used || st->data[h] == RT_NOVALUE)
        return RT_MAP_MISSING;
    rt_map_eq_t r = rt_is_small(key) ? RT_MAP_EQ_TRUE : eq(ctx, rt_small((int64_t)h), key);
    if (r == RT_MAP_EQ_ERROR)
        return RT_MAP_ERROR;
    if (changed(m, st, gen))
        return RESTART;
    *pos = (int64_t)h;
    return r == RT_MAP_EQ_TRUE ? RT_MAP_FOUND : RT_MAP_MISSING;
}

/*
** Compares the probe key with one candidate entry whose hash matched. Int keys meet a small-int
** probe directly and other probes as small ints through eq; keys beyond the small-int range
** (PHP only) equal no object.
*/
static rt_map_eq_t match_entry(const rt_map_entry_t *e, rt_value_t key, rt_map_eq_fn eq, void *ctx)
{
    if (e->key == 0) {
        if (rt_is_small(key))
            return RT_MAP_EQ_TRUE;
        if (!rt_small_fits((int64_t)e->hash))
            return RT_MAP_EQ_FALSE;
        return eq(ctx, rt_small((int64_t)e->hash), key);
    }
    if (e->key == key)
        return RT_MAP_EQ_TRUE;
    return eq(ctx, e->key, key);
}

/* The probe of the hash layout with callbacks (contract of probe_int, plus RESTART). */
static rt_map_status_t probe_obj(rt_map_t *m, rt_value_t key, uint64_t h, rt_map_eq_fn eq,
                                 void *ctx, int64_t *pos, uint64_t *slot)
{
    const rt_map_store_t *st = m->store;
    uint64_t gen = m->gen, ins = UINT64_MAX, tag = rt_map_tag(h);
    const rt_map_entry_t *ent = rt_map_entries(st);
    for (uint64_t i = rt_map_slot(st, h);; i = (i + 1) & st->mask) {
        uint64_t s = st->index[i];
        if (s == 0) {
            *slot = ins == UINT64_MAX ? i : ins;
            return RT_MAP_MISSING;
        }
        if (s == RT_MAP_DUMMY) {
            if (ins == UINT64_MAX)
                ins = i;
            continue;
        }
        if ((s & RT_MAP_TAG_MASK) != tag)
            continue;
        const rt_map_entry_t *e = &ent[rt_map_slot_pos(s)];
        if (entry_hash(e, s) != h)
            continue;
        rt_map_eq_t r = match_entry(e, key, eq, ctx);
        if (r == RT_MAP_EQ_ERROR)
            return RT_MAP_ERROR;
        if (changed(m, st, gen))
            return RESTART;
        if (r == RT_MAP_EQ_TRUE) {
            *pos = rt_map_slot_pos(s);
            *slot = i;
            return RT_MAP_FOUND;
        }
    }
}

/* Either layout; *slot is meaningful only for the hash layout. When eq changes the map, the search
** restarts, as CPython's lookdict does (an eq that always changes it never ends, there too). */
static rt_map_status_t find_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                                void *ctx, int64_t *pos, uint64_t *slot)
{
    rt_map_status_t r;
    do {
        if (m->store->index == NULL)
            r = probe_obj_packed(m, key, hash, eq, ctx, pos);
        else
            r = probe_obj(m, key, hash, eq, ctx, pos, slot);
    } while (r == RESTART);
    return r;
}

/* Whether the int and string paths alone can answer for key. */
static inline bool plain_int_key(const rt_map_t *m, rt_value_t key)
{
    return rt_is_small(key) && !(m->flags & RT_MAP_OBJKEYS);
}

rt_map_status_t rt_map_find_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                                void *ctx, int64_t *pos)
{
    if (plain_int_key(m, key)) {
        *pos = rt_map_find_int(m, rt_small_value(key));
        return *pos >= 0 ? RT_MAP_FOUND : RT_MAP_MISSING;
    }
    uint64_t slot;
    return find_obj(m, key, hash, eq, ctx, pos, &slot);
}

rt_map_status_t rt_map_set_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                               void *ctx, rt_value_t v)
{
    if (plain_int_key(m, key))
        return rt_map_set_int(m, rt_small_value(key), v) ? RT_MAP_MISSING : RT_MAP_FOUND;
    int64_t pos;
    uint64_t slot;
    rt_map_status_t r = find_obj(m, key, hash, eq, ctx, &pos, &slot);
    if (r == RT_MAP_FOUND)
        rt_map_set_at(m, pos, v);
    if (r != RT_MAP_MISSING)
        return r;
    if (rt_is_small(key)) {
        rt_map_set_int(m, rt_small_value(key), v);
        return RT_MAP_MISSING;
    }
    if (rt_value_type(key) != &rt_type_str)
        m->flags |= RT_MAP_OBJKEYS;
    if (m->store->index == NULL)
        insert_slow(m, hash, key, v);
    else
        insert_new(m, slot, hash, key, v); /* nothing ran since the probe: slot is current */
    return RT_MAP_MISSING;
}

rt_map_status_t rt_map_del_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                               void *ctx)
{
    if (plain_int_key(m, key))
        return rt_map_del_int(m, rt_small_value(key)) ? RT_MAP_FOUND : RT_MAP_MISSING;
    int64_t pos;
    uint64_t slot;
    rt_map_status_t r = find_obj(m, key, hash, eq, ctx, &pos, &slot);
    if (r != RT_MAP_FOUND)
        return r;
    if (m->store->index == NULL)
        rt_map_del_at(m, pos);
    else
        kill_entry(m, m->store, slot, pos);
    return RT_MAP_FOUND;
}

/* ---- Positions and PHP's internal pointer ---------------------------------------------- */

int64_t rt_map_prev(const rt_map_t *m, int64_t pos)
{
    for (pos = pos < rt_map_end(m) ? pos : rt_map_end(m) - 1; pos >= 0; pos--)
        if (rt_map_live_at(m, pos))
            return pos;
    return -1;
}

/* The pointer as PHP reads it: the first live position at or after ipos, or -1 past the end. */
static int64_t current_pos(const rt_map_t *m)
{
    return rt_map_next(m, m->ipos);
}

rt_value_t rt_map_current(const rt_map_t *m)
{
    int64_t p = current_pos(m);
    return p < 0 ? RT_NOVALUE : rt_map_value_at(m, p);
}

bool rt_map_current_key(const rt_map_t *m, rt_map_key_t *key)
{
    int64_t p = current_pos(m);
    if (p < 0)
        return false;
    *key = rt_map_key_at(m, p);
    return true;
}

/* Puts the pointer at p (a live position, or -1 for past the end) and returns the value there. */
static rt_value_t point_at(rt_map_t *m, int64_t p)
{
    m->ipos = p < 0 ? rt_map_end(m) : p;
    return p < 0 ? RT_NOVALUE : rt_map_value_at(m, p);
}

rt_value_t rt_map_ptr_next(rt_map_t *m)
{
    int64_t p = current_pos(m);
    return p < 0 ? RT_NOVALUE : point_at(m, rt_map_next(m, p + 1));
}

rt_value_t rt_map_ptr_prev(rt_map_t *m)
{
    int64_t p = current_pos(m);
    return p < 0 ? RT_NOVALUE : point_at(m, rt_map_prev(m, p - 1));
}

rt_value_t rt_map_ptr_reset(rt_map_t *m)
{
    return point_at(m, rt_map_next(m, 0));
}

rt_value_t rt_map_ptr_end(rt_map_t *m)
{
    return point_at(m, rt_map_prev(m, rt_map_end(m) - 1));
}
