/*
** helpers.c: the registries of field descriptors and helper descriptors, and the JIT's own helpers
** (helpers.def). The IR refers to both by 16-bit ids interned here on first use; a field's id is
** its alias class, shared by every access site that names the same "type.field".
*/
#include <stdlib.h>
#include <string.h>

#include "jit/trace.h"

#define MAX_IDS 65535

static jit_field_t **fields;
static uint32_t nfields = 1, capfields; /* id 0 is "none" */
static jit_helper_t **helpers;
static uint32_t nhelpers = 1, caphelpers;

jit_field_t jit_field_desc = {"rt_obj.desc", 0, 8, JIT_F_IMM, JIT_T_PTR, 0};

static void grow(void *arr, uint32_t n, uint32_t *cap)
{
    void ***p = arr;
    if (n < *cap)
        return;
    *cap = *cap ? 2 * *cap : 64;
    *p = realloc(*p, *cap * sizeof(void *));
    if (!*p || *cap > MAX_IDS + 1)
        abort();
}

uint16_t jit_field_id(jit_field_t *fd)
{
    if (fd->id)
        return fd->id;
    for (uint32_t i = 1; i < nfields; i++) {
        if (fields[i]->offset == fd->offset && !strcmp(fields[i]->name, fd->name)) {
            fd->id = (uint16_t)i;
            return fd->id;
        }
    }
    grow(&fields, nfields, &capfields);
    fields[nfields] = fd;
    fd->id = (uint16_t)nfields++;
    return fd->id;
}

const jit_field_t *jit_field_get(uint16_t id) { return fields[id]; }

uint16_t jit_helper_id(jit_helper_t *h)
{
    if (!h->id) {
        grow(&helpers, nhelpers, &caphelpers);
        helpers[nhelpers] = h;
        h->id = (uint16_t)nhelpers++;
    }
    return h->id;
}

const jit_helper_t *jit_helper_get(uint16_t id) { return helpers[id]; }

int64_t jit_h_floordiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

int64_t jit_h_floormod(int64_t a, int64_t b)
{
    int64_t m = a % b;
    return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
}

#define JHELPER JIT_HELPER_DEFINE
#include "jit/helpers.def"
#undef JHELPER
