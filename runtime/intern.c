/*
** intern.c: the intern table (str.h): one canonical str per content, so that names (attribute,
** global, function, class names of both languages) compare by address and hash once.
** An open-addressing set of string pointers with linear probing, kept at most half full. Interned
** strings live for the whole process: the table is a malloc'd array registered with the collector
** as a root (gc_root_add), registered anew each time it grows. It holds only pointers, so the
** collector's precise root scan sees nothing else. The empty and one-byte strings are not in it:
** their static singletons (str.c) are canonical already. One thread, like the rest of runtime/.
*/
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"

enum { INITIAL_CAPACITY = 1024 };

static struct {
    rt_str_t **slots; /* NULL = free */
    size_t capacity;  /* a power of two */
    size_t count;
} table;

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        fprintf(stderr, "pyhyp: out of memory growing the intern table\n");
        abort();
    }
    return p;
}

/* The slot holding the string equal to bytes[0..len) with that hash, or the free slot where it
** belongs. The table is never full. */
static rt_str_t **find(const char *bytes, size_t len, uint64_t hash)
{
    size_t mask = table.capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        rt_str_t *s = table.slots[i];
        if (!s || (s->hash == hash && (size_t)s->len == len && memcmp(s->data, bytes, len) == 0))
            return &table.slots[i];
    }
}

/* Makes room for one more entry. Allocates from the C heap only: never collects. */
static void reserve(void)
{
    if (table.count + 1 <= table.capacity / 2)
        return;
    rt_str_t **old = table.slots;
    size_t old_capacity = table.capacity;
    table.capacity = old ? old_capacity * 2 : INITIAL_CAPACITY;
    table.slots = xcalloc(table.capacity, sizeof *table.slots);
    for (size_t i = 0; i < old_capacity; i++)
        if (old[i])
            *find(old[i]->data, (size_t)old[i]->len, old[i]->hash) = old[i];
    gc_root_add(table.slots, table.capacity);
    if (old) {
        gc_root_remove(old);
        free(old);
    }
}

/* Makes s, whose hash is known, the canonical string of its content, in the free slot from find. */
static rt_str_t *insert(rt_str_t **slot, rt_str_t *s)
{
    s->hdr.gc.rt_flags |= RT_STR_INTERNED;
    *slot = s;
    table.count++;
    return s;
}

rt_str_t *rt_str_intern(rt_str_t *s)
{
    assert(rt_obj_type(s) == &rt_type_str);
    if (s->hdr.gc.rt_flags & RT_STR_INTERNED)
        return s;
    if (s->len <= 1)
        return rt_str_new(s->data, (size_t)s->len);
    rt_str_disown(s); /* a canonical copy never changes */
    reserve();
    rt_str_t **slot = find(s->data, (size_t)s->len, rt_str_hash(s));
    return *slot ? *slot : insert(slot, s);
}

rt_str_t *rt_str_intern_cstr(const char *cstr)
{
    size_t len = strlen(cstr);
    if (len <= 1)
        return rt_str_new(cstr, len);
    reserve();
    uint64_t hash = rt_hash_bytes(cstr, len);
    rt_str_t **slot = find(cstr, len, hash);
    if (*slot)
        return *slot;
    rt_str_t *s = rt_str_new(cstr, len); /* may collect; the table does not change */
    s->hash = hash;
    return insert(slot, s);
}
