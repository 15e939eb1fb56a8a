/*
** numhash.h: the pieces of CPython's numeric hash shared by int.c and float.c (internal).
** hash(x) for a rational x is |x| modulo RT_PYHASH_MODULUS with x's sign; -1 is reserved by CPython
** as an error marker, so it becomes -2.
*/
#ifndef PYHYP_RT_NUMHASH_H
#define PYHYP_RT_NUMHASH_H

#include <stdbool.h>
#include <stdint.h>

#define RT_PYHASH_MODULUS (((uint64_t)1 << 61) - 1)
#define RT_PYHASH_INF     314159

/* The hash of a number whose magnitude modulo the prime is `residue`. */
static inline int64_t rt_numhash_finish(uint64_t residue, bool negative)
{
    int64_t h = negative ? -(int64_t)residue : (int64_t)residue;
    return h == -1 ? -2 : h;
}

#endif
