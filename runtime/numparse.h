/*
** numparse.h: text to numbers, with each language's rules (ARCHITECTURE.md section 2).
** Python: int(s, base) and float(s). PHP: numeric strings ("12", " 1.5e3 ", leading-numeric
** "12abc") as arithmetic, comparisons, casts and is_numeric() see them. Inputs are byte ranges
** (not NUL-terminated); decimal digits beyond a few words go through GMP, which is subquadratic.
*/
#ifndef PYHYP_RT_NUMPARSE_H
#define PYHYP_RT_NUMPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/int.h"

/*
** int(s, base) of Python 3.11: surrounding whitespace, a sign, for base 0 / 2 / 8 / 16 a prefix
** (0x, 0o, 0b; base 0 infers the base from it and forbids leading zeros in decimals), single
** underscores between digits (and one after a prefix). RT_NUM_VALUE_ERROR for a bad literal or a
** base outside 0 and 2..36. Python's limit on decimal digits (sys.set_int_max_str_digits) is the
** caller's business. Unicode decimal digits and spaces count as their ASCII forms. May collect.
*/
rt_num_status_t rt_numparse_int(const char *s, size_t len, int base, rt_value_t *out);

/* float(s) of Python 3.11: surrounding whitespace, a sign, decimals with single underscores
** between digits (Unicode digits too), "inf", "infinity" and "nan" in any case.
** RT_NUM_VALUE_ERROR otherwise. */
rt_num_status_t rt_numparse_float(const char *s, size_t len, double *out);

typedef enum rt_phpnum_kind {
    RT_PHPNUM_NONE,  /* not numeric, not even leading-numeric: "abc", "", " ", "." */
    RT_PHPNUM_INT,
    RT_PHPNUM_FLOAT, /* has '.' or an exponent, or an integer beyond int64 */
} rt_phpnum_kind_t;

typedef struct rt_phpnum {
    rt_phpnum_kind_t kind;
    bool trailing; /* leading-numeric: PHP 8 uses the number and warns "A non-numeric value" */
    int64_t i;     /* when kind is RT_PHPNUM_INT */
    double d;      /* when kind is RT_PHPNUM_FLOAT */
} rt_phpnum_t;

/*
** PHP 8's numeric-string rules: whitespace (" \t\n\r\v\f") before and after, a sign, decimal
** digits with an optional fraction and exponent; no hex, no underscores. is_numeric(s) is
** kind != RT_PHPNUM_NONE && !trailing.
*/
void rt_numparse_php(const char *s, size_t len, rt_phpnum_t *out);

#endif
