/*
** arena.h: a bump allocator for short-lived compiler data (tokens, ASTs, symbol tables).
** Memory comes from malloc in chunks and is freed all at once; nothing in an arena may point
** into the GC heap unless the GC heap object is also reachable from a root or the C stack.
*/
#ifndef PYHYP_RT_ARENA_H
#define PYHYP_RT_ARENA_H

#include <stddef.h>

typedef struct rt_arena_chunk rt_arena_chunk_t;

typedef struct rt_arena {
    rt_arena_chunk_t *chunk; /* the current chunk, linked to the older ones */
    char *ptr, *limit;
    size_t total;            /* bytes handed out, for statistics */
} rt_arena_t;

void rt_arena_init(rt_arena_t *a);

/* Frees every chunk; the arena is empty and reusable afterwards. */
void rt_arena_free(rt_arena_t *a);

/* `size` bytes aligned to 16, uninitialised; aborts with a message if malloc fails. */
void *rt_arena_alloc(rt_arena_t *a, size_t size);

/* The same, zeroed. */
void *rt_arena_zalloc(rt_arena_t *a, size_t size);

/* A NUL-terminated copy of bytes[0..len). */
char *rt_arena_strndup(rt_arena_t *a, const char *bytes, size_t len);

/* Grows the allocation `old` (of old_size bytes, NULL for none) to new_size >= old_size: in place
** when it is the most recent one and fits, else by copying. For arrays of unknown final length. */
void *rt_arena_grow(rt_arena_t *a, void *old, size_t old_size, size_t new_size);

#endif
