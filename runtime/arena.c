/*
** arena.c: chunked bump allocation for compilers (see arena.h). Chunks double in size up to a
** cap, so a large AST costs few mallocs; an allocation larger than a chunk gets its own chunk.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/arena.h"

struct rt_arena_chunk {
    rt_arena_chunk_t *prev;
    size_t size;
    _Alignas(16) char data[];
};

enum { FIRST_CHUNK = 4096, MAX_CHUNK = 1 << 20, ALIGN = 16 };

void rt_arena_init(rt_arena_t *a) { *a = (rt_arena_t){0}; }

void rt_arena_free(rt_arena_t *a)
{
    rt_arena_chunk_t *c = a->chunk;
    while (c) {
        rt_arena_chunk_t *prev = c->prev;
        free(c);
        c = prev;
    }
    rt_arena_init(a);
}

static void *new_chunk(rt_arena_t *a, size_t size)
{
    size_t want = a->chunk ? a->chunk->size * 2 : FIRST_CHUNK;
    if (want > MAX_CHUNK)
        want = MAX_CHUNK;
    if (want < size)
        want = size;
    rt_arena_chunk_t *c = malloc(sizeof *c + want);
    if (!c) {
        fprintf(stderr, "pyhyp: out of memory (compiler arena, %zu bytes)\n", want);
        abort();
    }
    c->prev = a->chunk;
    c->size = want;
    a->chunk = c;
    a->ptr = c->data + size;
    a->limit = c->data + want;
    return c->data;
}

void *rt_arena_alloc(rt_arena_t *a, size_t size)
{
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    a->total += size;
    if (size > (size_t)(a->limit - a->ptr))
        return new_chunk(a, size);
    void *p = a->ptr;
    a->ptr += size;
    return p;
}

void *rt_arena_zalloc(rt_arena_t *a, size_t size)
{
    void *p = rt_arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

char *rt_arena_strndup(rt_arena_t *a, const char *bytes, size_t len)
{
    char *s = rt_arena_alloc(a, len + 1);
    memcpy(s, bytes, len);
    s[len] = '\0';
    return s;
}

void *rt_arena_grow(rt_arena_t *a, void *old, size_t old_size, size_t new_size)
{
    size_t old_rounded = (old_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t new_rounded = (new_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (old && (char *)old + old_rounded == a->ptr &&
        new_rounded - old_rounded <= (size_t)(a->limit - a->ptr)) {
        /* The last allocation: extend it in place. */
        a->ptr = (char *)old + new_rounded;
        a->total += new_rounded - old_rounded;
        return old;
    }
    void *p = rt_arena_alloc(a, new_size);
    if (old)
        memcpy(p, old, old_size);
    return p;
}
