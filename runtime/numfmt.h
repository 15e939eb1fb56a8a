/*
** numfmt.h: numbers to text, with each language's spelling (ARCHITECTURE.md section 2).
** Python: repr/str of floats (shortest round-trip digits), format() of floats with a type and a
** precision, ints in any base 2..36 (bin/oct/hex forms with their prefixes). PHP: floats under
** serialize_precision (var_dump, var_export, json_encode) and precision (echo, string casts).
** Functions write into caller buffers and never allocate on the heap, so callers choose whether
** the text becomes a string object, part of a larger buffer, or output.
*/
#ifndef PYHYP_RT_NUMFMT_H
#define PYHYP_RT_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/value.h"

/* Enough for rt_numfmt_float_repr, and for rt_numfmt_float_php with a precision of -1..40, NUL
** included. */
#define RT_NUMFMT_FLOAT_MAX 64

/* repr(d) == str(d) in Python 3.11: '0.1', '1.0', '1e+16', '1e-05', '-0.0', 'inf', 'nan'.
** Returns the length; buf holds RT_NUMFMT_FLOAT_MAX bytes. */
size_t rt_numfmt_float_repr(double d, char *buf);

/*
** format(d, spec) for the number part of a float format spec: `type` is one of e E f F g G n %
** or 0 (no type; 'n' is taken as 'g', no locale); precision < 0 means none given; alt is '#'. The sign is '-' or nothing
** (the caller adds '+' or ' ' and does the padding, alignment and grouping). Like snprintf: writes
** at most cap bytes including a NUL and returns the full length, so a caller whose result did not
** fit retries with a larger buffer. Returns (size_t)-1 for a type floats do not have.
*/
size_t rt_numfmt_float_format(double d, char type, int precision, bool alt, char *buf, size_t cap);

/* Flags of rt_numfmt_float_php. */
enum {
    RT_NUMFMT_PHP_ZERO_FRAC = 1u << 0, /* add ".0" to integral values (var_export, json) */
    RT_NUMFMT_PHP_LOWER_E = 1u << 1,   /* spell the exponent 'e' (json_encode) instead of 'E' */
};

/*
** A PHP float as PHP prints it: precision -1 is serialize_precision = -1 (shortest round-trip
** digits: var_dump's float(0.1), float(1.0E+25)), a positive precision that many significant
** digits with trailing zeros dropped (echo uses precision = 14: 0.33333333333333, 1.0E+15); 0
** counts as 1. INF, -INF and NAN are spelled so. snprintf's contract, as rt_numfmt_float_format;
** RT_NUMFMT_FLOAT_MAX bytes always suffice for precisions up to 40.
*/
size_t rt_numfmt_float_php(double d, int precision, unsigned flags, char *buf, size_t cap);

/* Flags of rt_numfmt_int. */
enum {
    RT_NUMFMT_PREFIX = 1u << 0, /* 0b / 0o / 0x after the sign, as Python's bin(), oct(), hex() */
    RT_NUMFMT_UPPER = 1u << 1,  /* digits above 9 (and the prefix letter) in upper case */
};

/* An upper bound of the bytes rt_numfmt_int writes for v in base 2..36, NUL included. */
size_t rt_numfmt_int_bound(rt_value_t v, int base);

/* Writes integer v in base 2..36 with a leading '-' when negative, NUL-terminated; returns the
** length. Subquadratic for large values (GMP). */
size_t rt_numfmt_int(rt_value_t v, int base, unsigned flags, char *buf);

#endif
