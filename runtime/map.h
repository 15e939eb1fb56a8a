/*
** map.h: the ordered hash map behind Python dict and set and PHP arrays (ARCHITECTURE.md sec. 2).
** One compact, insertion-ordered design, as CPython's compact dict: a dense entry array
** {hash, key, value} in insertion order plus a sparse index of entry numbers tagged with hash bits
** (power-of-two size, open addressing, linear probing, load <= 1/2). A map whose keys were inserted
** as 0, 1, 2, ... in order uses the packed layout instead: values only, no hashes, no index (PHP's
** packed arrays, PyPy's list strategies). Deleting from a packed map leaves a hole; the map moves
** to the hash layout at the first key that is not the append position (its number of positions):
** a string or object key, a negative or larger int key, an int key falling into a hole (it must
** go last in iteration order), or $a[] = v after the last element was deleted; also when a full
** packed store is less than half live (as PHP does, instead of growing it).
**
** Keys are of three kinds, told apart by the entry's key word:
**   - integer keys (PHP int keys, Python small ints): key word 0, the int64 itself in `hash`;
**   - string keys: an rt_str_t pointer, hash rt_str_hash, compared by pointer, then by type and
**     bytes; a short one (a str of <= 7 bytes) by its bytes and length kept in the entry
**     (rt_map_short_key), without reading the key string;
**   - any other key (Python objects): a value with a caller-computed hash, compared by a caller's
**     equality callback that may fail or re-enter the map.
** The hash of any key equal to the integer k must be k (so Python's True finds the int key 1) and
** the hash of any key equal to a string s must be rt_str_hash(s).
**
** Positions: an entry keeps its position (its number in the entry array; the key itself when
** packed) until the map compacts, which happens only when it grows or leaves the packed layout,
** never while positions are pinned (rt_map_pin), and when it is cleared. Deleted entries stay as
** tombstones (holes when packed) until then, so iteration by position sees insertions made during
** the loop and skips deletions. `gen` changes whenever the set of keys changes or positions move,
** so iterators detect modification (Python's "dictionary changed size") cheaply.
**
** The JIT reads these layouts directly: keep the structs and the fast paths below in agreement
** with what jit/ emits.
*/
#ifndef PYHYP_RT_MAP_H
#define PYHYP_RT_MAP_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/str.h"

/*
** Fibonacci hashing: the home slot of hash h is the top log2(slots) bits of h * RT_MAP_MIX. An
** index slot is 64 bits: 0 is empty, RT_MAP_DUMMY a deleted entry, else the top 32 bits of
** h * RT_MAP_MIX (the tag) | RT_MAP_SHORT for a short string key | (position + 1). The tag
** rejects nearly every other key met along a probe run without loading its entry (a lookup costs
** one miss in the index and one in the entries, inserting a new key none in the entries), and it
** holds the home slot, so growth rebuilds the index from the old one in slot order, with
** near-sequential writes. Hence index sizes stay <= 2^32 slots and positions < 2^31 - 1.
*/
#define RT_MAP_DUMMY    UINT64_MAX
#define RT_MAP_TAG_MASK 0xFFFFFFFF00000000ull
#define RT_MAP_SHORT    0x80000000ull
#define RT_MAP_POS_MASK 0x7FFFFFFFull
#define RT_MAP_MIX      0x9E3779B97F4A7C15ull

static inline uint64_t rt_map_tag(uint64_t hash) { return (hash * RT_MAP_MIX) & RT_MAP_TAG_MASK; }

/* The position an index slot (neither empty nor a dummy) refers to. */
static inline int64_t rt_map_slot_pos(uint64_t s) { return (int64_t)(s & RT_MAP_POS_MASK) - 1; }

typedef struct rt_map_entry {
    uint64_t hash;    /* the int key itself for int keys; rt_map_short_key for a short string key
                      ** (its slot has RT_MAP_SHORT; the hash is the string's own); else the hash */
    rt_value_t key;   /* 0 for an int key; else the key object (an rt_str_t for string keys) */
    rt_value_t value; /* RT_NOVALUE in a tombstone */
} rt_map_entry_t;

/*
** A short string key: a str (rt_type_str) of at most 7 bytes, as one word: its bytes, then
** zeroes, its length + 1 in the top byte; 0 for any other string. Two short keys are equal when
** their words are, so the entry keeps the word instead of the hash (which the string caches) and
** a lookup compares it there, never reading the stored key string: that read is a cache miss of
** its own, as the keys of a big map lie scattered through the heap among the garbage allocated
** with them. One load reads the bytes: heap strings of <= 7 bytes have at least 8 bytes from
** data to their end (sizes round up to 16), and the static ones 16.
*/
extern const uint64_t rt_map_short_mask[8]; /* [n]: the low n bytes */
static inline uint64_t rt_map_short_str_key(const rt_str_t *k) /* k is an rt_type_str */
{
    if (k->len > 7)
        return 0;
    uint64_t n = (uint64_t)k->len, w;
    __builtin_memcpy(&w, k->data, sizeof w);
    return (w & rt_map_short_mask[n]) | (n + 1) << 56;
}
static inline uint64_t rt_map_short_key(const rt_str_t *k)
{
    return rt_obj_type(k) == &rt_type_str ? rt_map_short_str_key(k) : 0;
}

/*
** The storage of a map: one heap object holding the entries and, for the hash layout, the index
** after them. The packed layout (index == NULL) holds `used` values; value number i is the int
** key i, RT_NOVALUE where it was deleted (a hole). Past `used` everything is zero.
*/
typedef struct rt_map_store {
    rt_obj_t hdr;
    uint64_t *index;   /* hash layout: 2 * cap slots inside this object; NULL when packed */
    uint64_t mask;     /* index slots - 1 */
    uint32_t shift;    /* 64 - log2(index slots), >= 32 */
    uint32_t fill;     /* index slots not empty (live + dummy), hash layout */
    int64_t cap;       /* entries (or values) this store can hold */
    int64_t used;      /* positions [0, used) were written (live, tombstones, holes); used - 1 is
                       ** live unless the map is empty */
    rt_value_t data[]; /* packed: values; hash: rt_map_entry_t[cap], then the index */
} rt_map_store_t;

typedef struct rt_map {
    rt_obj_t hdr;          /* rt_flags: RT_OBJ_SHARED for the PHP copy-on-write protocol */
    rt_map_store_t *store; /* never NULL: empty maps share a static empty packed store */
    int64_t count;         /* live entries */
    int64_t next_free;     /* PHP's next free int key (nNextFreeElement); INT64_MIN: none yet
                           ** (phpvm sets 0 for the `[]` literal, whose next key is 0 in PHP 8.2) */
    int64_t ipos;          /* PHP's internal pointer: a live position, or `used` past the end */
    uint64_t gen;          /* changes whenever a key is added or removed, or positions move */
    uint32_t flags;        /* RT_MAP_* */
    uint32_t pins;         /* rt_map_pin nesting: while nonzero, positions never move */
} rt_map_t;

enum {
    RT_MAP_OBJKEYS = 1u << 0, /* some key was neither an int nor an rt_type_str string (sticky) */
    /* for the language that owns the map, never touched here: pyvm marks a frozenset whose hash
    ** it keeps in next_free (a PHP-only field; frozensets never change once built) */
    RT_MAP_LANG_MARK = 1u << 31,
};

/* A key as iteration reports it: obj == 0 means the int key i; else i is obj's hash, but for a
** str key (rt_type_str), whose hash the string itself caches (rt_str_hash). */
typedef struct rt_map_key {
    rt_value_t obj;
    int64_t i;
} rt_map_key_t;

/* What an equality callback answers; RT_MAP_EQ_ERROR means it raised (the error stays pending). */
typedef enum rt_map_eq {
    RT_MAP_EQ_ERROR = -1,
    RT_MAP_EQ_FALSE = 0,
    RT_MAP_EQ_TRUE = 1,
} rt_map_eq_t;

/* Compares a stored key (int keys arrive as small-int values) with the probe key. It may run
** arbitrary code, including code that changes the map being searched: the search then restarts. */
typedef rt_map_eq_t (*rt_map_eq_fn)(void *ctx, rt_value_t stored, rt_value_t probe);

typedef enum rt_map_status {
    RT_MAP_ERROR = -1, /* an equality callback failed; its error is pending */
    RT_MAP_MISSING = 0,
    RT_MAP_FOUND = 1,
} rt_map_status_t;

extern rt_type_t rt_type_map; /* a map with no language behaviour (tests, runtime internals) */

/* ---- Construction (all may collect) ---- */

/* An empty map of type t (whose trace function must call rt_map_trace) with room for `capacity`
** keys before it grows, in the packed layout (PHP list literals) or the hash layout. Capacity 0
** allocates no storage: the first insertion then picks packed if it is the int key 0, else hash. */
rt_map_t *rt_map_new_of(const rt_type_t *t, int64_t capacity, bool packed);
static inline rt_map_t *rt_map_new(int64_t capacity)
{
    return rt_map_new_of(&rt_type_map, capacity, false);
}

/* A new map of m's type with the same entries in the same order, next free key and internal
** pointer (PHP's zend_array_dup: a pointer past the end becomes 0), not shared, not pinned.
** Tombstones are dropped, so positions may differ from m's. */
rt_map_t *rt_map_copy(const rt_map_t *m);

/* The trace function of a map; types whose instances are maps call it. */
void rt_map_trace(gc_tracer_t *tracer, void *obj);

/* ---- Lookup (never allocate, never collect) ---- */

static inline bool rt_map_is_packed(const rt_map_t *m) { return m->store->index == NULL; }
static inline int64_t rt_map_count(const rt_map_t *m) { return m->count; }
/* One past the last position that may hold an entry: iteration runs over [0, end). */
static inline int64_t rt_map_end(const rt_map_t *m) { return m->store->used; }

static inline const rt_map_entry_t *rt_map_entries(const rt_map_store_t *st)
{
    return (const rt_map_entry_t *)st->data;
}

static inline uint64_t rt_map_slot(const rt_map_store_t *st, uint64_t hash)
{
    return (hash * RT_MAP_MIX) >> st->shift;
}

/* Value i of a packed store. Stores are far smaller than 2^56 values; saying so keeps GCC from
** warning about the huge indexes a constant key like INT64_MAX would give on a dead path. */
static inline rt_value_t rt_map_packed_value(const rt_map_store_t *st, uint64_t i)
{
    if (i >= (uint64_t)1 << 56)
        __builtin_unreachable();
    return st->data[i];
}

/* The position of int key k, or -1. */
static inline int64_t rt_map_find_int(const rt_map_t *m, int64_t k)
{
    const rt_map_store_t *st = m->store;
    if (st->index == NULL)
        return (uint64_t)k < (uint64_t)st->used && rt_map_packed_value(st, (uint64_t)k) ? k : -1;
    const rt_map_entry_t *ent = rt_map_entries(st);
    uint64_t tag = rt_map_tag((uint64_t)k);
    for (uint64_t i = rt_map_slot(st, (uint64_t)k);; i = (i + 1) & st->mask) {
        uint64_t s = st->index[i];
        if (s == 0)
            return -1;
        if ((s & (RT_MAP_TAG_MASK | RT_MAP_SHORT)) == tag) { /* no dummy, no string */
            const rt_map_entry_t *e = &ent[(uint32_t)s - 1];
            if (e->hash == (uint64_t)k && e->key == 0)
                return (int64_t)(uint32_t)s - 1;
        }
    }
}

/* Whether the stored key object `key` (whose hash equals k's) equals the string k: same type,
** same bytes. Inline, as every string lookup that finds its key ends here. */
static inline bool rt_map_str_match(rt_value_t key, const rt_str_t *k)
{
    const rt_str_t *s = rt_ptr(key);
    return rt_obj_type(s) == rt_obj_type(k) && s->len == k->len &&
           rt_bytes_eq(s->data, k->data, (size_t)k->len);
}

/* rt_map_find_str_at's step for a stored key longer than 16 bytes at index slot i, whose type,
** length and hash are k's: compares the bytes, and probes on from the next slot if they differ
** (map.c). */
int64_t rt_map_find_str_long(const rt_map_store_t *st, const rt_str_t *k, uint64_t h,
                             uint64_t i);

/* rt_map_find_str's probe, with k's hash h, from index slot i on. It calls nothing (so it saves
** no registers) but for a stored key longer than 16 bytes of k's type, length and hash:
** rt_map_find_str_long then takes over. */
static inline int64_t rt_map_find_str_at(const rt_map_store_t *st, const rt_str_t *k, uint64_t h,
                                         uint64_t i)
{
    const rt_map_entry_t *ent = rt_map_entries(st);
    uint64_t tag = rt_map_tag(h), sk = UINT64_MAX; /* k's short key, once needed */
    for (;; i = (i + 1) & st->mask) {
        uint64_t s = st->index[i];
        if (s == 0)
            return -1;
        if ((s & RT_MAP_TAG_MASK) != tag || s == RT_MAP_DUMMY)
            continue;
        const rt_map_entry_t *e = &ent[rt_map_slot_pos(s)];
        if (e->key == rt_from_ptr(k))
            return rt_map_slot_pos(s);
        if (sk == UINT64_MAX)
            sk = rt_map_short_key(k);
        if (sk || (s & RT_MAP_SHORT)) { /* short keys equal exactly the same short keys */
            if ((s & RT_MAP_SHORT) && e->hash == sk)
                return rt_map_slot_pos(s);
            continue;
        }
        if (e->hash != h || !e->key)
            continue;
        const rt_str_t *x = rt_ptr(e->key);
        if (rt_obj_type(x) != rt_obj_type(k) || x->len != k->len)
            continue;
        size_t n = (size_t)k->len;
        if (n > 16)
            return rt_map_find_str_long(st, k, h, i);
        if (rt_bytes_eq(x->data, k->data, n))
            return rt_map_slot_pos(s);
    }
}

/* The position of string key k (compared by bytes among strings of k's type), or -1. Inline in
** its callers, so that the call computing a new key's hash stays outside the probe. */
static inline __attribute__((always_inline)) int64_t rt_map_find_str(const rt_map_t *m,
                                                                     rt_str_t *k)
{
    const rt_map_store_t *st = m->store;
    if (st->index == NULL)
        return -1;
    uint64_t h = k->hash ? k->hash : rt_str_hash(k);
    return rt_map_find_str_at(st, k, h, rt_map_slot(st, h));
}

/*
** Finds an arbitrary key with the caller's hash and equality: every entry whose hash matches is a
** candidate, int keys included (eq sees them as small ints; int keys beyond the small-int range,
** PHP-only, never equal an object). A small-int `key` matches int keys directly, and takes the
** int path when the map has no RT_MAP_OBJKEYS. Entries identical to `key` match without a call.
** On RT_MAP_FOUND, *pos is the position. May run eq, hence arbitrary code; when eq adds or removes
** keys of this map the search restarts, as CPython's does.
** (Python callers may use the int and string paths only while the map lacks RT_MAP_OBJKEYS: an
** object key may equal an int or a string.)
*/
rt_map_status_t rt_map_find_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                                void *ctx, int64_t *pos);

/* The value at a live position (RT_NOVALUE at a dead one). */
static inline rt_value_t rt_map_value_at(const rt_map_t *m, int64_t pos)
{
    const rt_map_store_t *st = m->store;
    return st->index ? rt_map_entries(st)[pos].value : rt_map_packed_value(st, (uint64_t)pos);
}

/* Whether position pos (0 <= pos < rt_map_end) holds a live entry. */
static inline bool rt_map_live_at(const rt_map_t *m, int64_t pos)
{
    return rt_map_value_at(m, pos) != RT_NOVALUE;
}

/* The key at a live position. */
static inline rt_map_key_t rt_map_key_at(const rt_map_t *m, int64_t pos)
{
    const rt_map_store_t *st = m->store;
    if (st->index == NULL)
        return (rt_map_key_t){0, pos};
    const rt_map_entry_t *e = &rt_map_entries(st)[pos];
    return (rt_map_key_t){e->key, (int64_t)e->hash};
}

/* The value of int key k, or RT_NOVALUE when absent (no error is pending then). */
static inline rt_value_t rt_map_get_int(const rt_map_t *m, int64_t k)
{
    const rt_map_store_t *st = m->store;
    if (st->index == NULL)
        return (uint64_t)k < (uint64_t)st->used ? rt_map_packed_value(st, (uint64_t)k) : RT_NOVALUE;
    int64_t pos = rt_map_find_int(m, k);
    return pos < 0 ? RT_NOVALUE : rt_map_entries(st)[pos].value;
}

/* The value of string key k, or RT_NOVALUE when absent (no error is pending then). */
static inline rt_value_t rt_map_get_str(const rt_map_t *m, rt_str_t *k)
{
    int64_t pos = rt_map_find_str(m, k);
    return pos < 0 ? RT_NOVALUE : rt_map_value_at(m, pos);
}

/* ---- Update (insertions may collect; v is never RT_NOVALUE) ---- */

/* Replaces the value at a live position (by-reference foreach, dict item assignment). */
void rt_map_set_at(rt_map_t *m, int64_t pos, rt_value_t v);

/* Sets int key k to v; returns whether k was new. Converts a packed map to the hash layout
** when k is neither present nor the append position (rt_map_end). */
bool rt_map_set_int(rt_map_t *m, int64_t k, rt_value_t v);

/* Sets string key k to v; returns whether k was new. */
bool rt_map_set_str(rt_map_t *m, rt_str_t *k, rt_value_t v);

/* Sets an arbitrary key (see rt_map_find_obj); RT_MAP_MISSING means it was inserted, RT_MAP_FOUND
** replaced, RT_MAP_ERROR that eq failed and nothing changed. */
rt_map_status_t rt_map_set_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                               void *ctx, rt_value_t v);

/* PHP's $a[] = v: inserts v under the next free int key (0 if none yet) and returns true, or
** returns false without change when that key is taken (only at PHP_INT_MAX: PHP throws
** "Cannot add element to the array as the next element is already occupied"). */
bool rt_map_append(rt_map_t *m, rt_value_t v);

/* The write barrier after storing v into `slot` of store st: none for a value that is no
** reference (counts, flags), and only the slot's card of a large store, so that a minor
** collection re-traces that card rather than the whole store (gc_write_barrier_slot). */
static inline void rt_map_store_barrier(rt_map_store_t *st, const void *slot, rt_value_t v)
{
    if (rt_is_ptr(v))
        gc_write_barrier_slot(st, slot);
}

/* rt_map_append's common case, inline for the interpreters: a packed map with room whose next
** free key is its append position. Returns false without change otherwise (the first append
** to an empty map included); never allocates. */
static inline bool rt_map_push_packed(rt_map_t *m, rt_value_t v)
{
    rt_map_store_t *st = m->store;
    int64_t k = st->used;
    if (st->index != NULL || k != m->next_free || k >= st->cap)
        return false;
    st->data[k] = v;
    st->used = k + 1;
    rt_map_store_barrier(st, &st->data[k], v);
    m->count++;
    m->gen++;
    m->next_free = k + 1;
    return true;
}

/* ---- Deletion (never allocates; del_obj runs eq) ---- */

/* Deletes the entry at a live position, leaving a tombstone (a hole when packed). As PHP: the
** internal pointer moves to the next entry if it was there, and trailing tombstones are dropped
** at once (the pointer, if past them, comes back to the new end). */
void rt_map_del_at(rt_map_t *m, int64_t pos);

/* Delete a key; return whether it was there. */
bool rt_map_del_int(rt_map_t *m, int64_t k);
bool rt_map_del_str(rt_map_t *m, rt_str_t *k);
rt_map_status_t rt_map_del_obj(rt_map_t *m, rt_value_t key, uint64_t hash, rt_map_eq_fn eq,
                                void *ctx);

/* Removes the last entry (Python's popitem, PHP's array_pop) into *key and *value; false if the map
** is empty. As PHP's array_pop: if the key was next_free - 1, next_free goes back by one, and the
** internal pointer is reset to the first entry. */
bool rt_map_pop(rt_map_t *m, rt_map_key_t *key, rt_value_t *value);

/* Removes every entry and forgets the next free key and the storage; the map keeps its type and
** flags. Positions restart at 0, pinned or not. */
void rt_map_clear(rt_map_t *m);

/* ---- Positions and iteration ---- */

/* The first live position >= pos, or -1 when there is none. Iterate with
**   for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1)) ...
** Insertions during such a loop are visited (they go at the end); deletions are skipped. Inline:
** every iteration over a map calls it once per element. */
static inline int64_t rt_map_next(const rt_map_t *m, int64_t pos)
{
    int64_t end = rt_map_end(m);
    for (pos = pos < 0 ? 0 : pos; pos < end; pos++)
        if (rt_map_live_at(m, pos))
            return pos;
    return -1;
}
/* The last live position <= pos, or -1. */
int64_t rt_map_prev(const rt_map_t *m, int64_t pos);

/* While pinned, positions never move: growth keeps tombstones instead of compacting (PHP's
** foreach by reference). Pins nest; each rt_map_pin needs one rt_map_unpin. */
static inline void rt_map_pin(rt_map_t *m) { m->pins++; }
static inline void rt_map_unpin(rt_map_t *m) { m->pins--; }

/* ---- PHP's internal pointer (current, key, next, prev, reset, end) ---- */

/* The value at the internal pointer, or RT_NOVALUE past the end (PHP's current() === false). */
rt_value_t rt_map_current(const rt_map_t *m);
/* The key at the internal pointer; false past the end (PHP's key() === null). */
bool rt_map_current_key(const rt_map_t *m, rt_map_key_t *key);
/* Move the pointer and return the value there, or RT_NOVALUE when it moved past either end. */
rt_value_t rt_map_ptr_next(rt_map_t *m);
rt_value_t rt_map_ptr_prev(rt_map_t *m);
rt_value_t rt_map_ptr_reset(rt_map_t *m);
rt_value_t rt_map_ptr_end(rt_map_t *m);

#endif
