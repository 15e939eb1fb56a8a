/*
** bigint.h: the heap bignum object behind int.h, internal to runtime/.
** The limbs live inside the object (no malloc'd storage, no finalizer): results are computed in a
** temporary mpz_t and copied into an exactly-sized object, and operands are read through
** read-only mpz views of the object's limbs (or of a small int's one limb on the C stack).
** A view points into the object: the caller keeps the value alive (on its stack) while using it.
*/
#ifndef PYHYP_RT_BIGINT_H
#define PYHYP_RT_BIGINT_H

#include <gmp.h>

#include "runtime/int.h"

typedef struct rt_bigint {
    rt_obj_t hdr;
    int64_t size;       /* limbs in use; negative for negative numbers (GMP's _mp_size rule) */
    mp_limb_t limbs[];  /* |size| limbs, the top one non-zero */
} rt_bigint_t;

/* A read-only mpz over an integer value; `limb` holds a small int's magnitude. */
typedef struct rt_bigint_view {
    mpz_t z;
    mp_limb_t limb;
} rt_bigint_view_t;

/* Views v (an integer value) as an mpz that must not be written. Never allocates. */
mpz_srcptr rt_bigint_view(rt_bigint_view_t *view, rt_value_t v);

/* The integer value of z: a small int when it fits, else a new bignum holding a copy of z's
** limbs. z stays owned by the caller. May collect. */
rt_value_t rt_bigint_from_mpz(mpz_srcptr z);

/* The same, clearing z afterwards (the common "compute in a temporary, return it" ending). */
rt_value_t rt_bigint_take_mpz(mpz_ptr z);

static inline rt_bigint_t *rt_bigint_of(rt_value_t v) { return (rt_bigint_t *)rt_ptr(v); }

#endif
