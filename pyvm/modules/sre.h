/*
** sre.h: the regular-expression matcher behind the native `_sre` module (pyvm/modules/,
** internal). Debian's re package parses and compiles patterns into CPython 3.11's SRE code
** (re/_compiler.py); sre_engine.c runs that code with backtracking over a subject decoded to
** code points, and mod_sre.c wraps it in Pattern and Match objects.
*/
#ifndef PYHYP_PYVM_SRE_H
#define PYHYP_PYVM_SRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The SRE opcodes of re/_constants.py (MAGIC 20220615), in their order. */
#define SRE_OPCODES(X)                                                                             \
    X(FAILURE) X(SUCCESS) X(ANY) X(ANY_ALL) X(ASSERT) X(ASSERT_NOT) X(AT) X(BRANCH) X(CATEGORY)    \
    X(CHARSET) X(BIGCHARSET) X(GROUPREF) X(GROUPREF_EXISTS) X(IN) X(INFO) X(JUMP) X(LITERAL)       \
    X(MARK) X(MAX_UNTIL) X(MIN_UNTIL) X(NOT_LITERAL) X(NEGATE) X(RANGE) X(REPEAT) X(REPEAT_ONE)    \
    X(SUBPATTERN) X(MIN_REPEAT_ONE) X(ATOMIC_GROUP) X(POSSESSIVE_REPEAT)                           \
    X(POSSESSIVE_REPEAT_ONE) X(GROUPREF_IGNORE) X(IN_IGNORE) X(LITERAL_IGNORE)                     \
    X(NOT_LITERAL_IGNORE) X(GROUPREF_LOC_IGNORE) X(IN_LOC_IGNORE) X(LITERAL_LOC_IGNORE)            \
    X(NOT_LITERAL_LOC_IGNORE) X(GROUPREF_UNI_IGNORE) X(IN_UNI_IGNORE) X(LITERAL_UNI_IGNORE)        \
    X(NOT_LITERAL_UNI_IGNORE) X(RANGE_UNI_IGNORE)

enum {
#define SRE_OP_ENUM(name) SRE_OP_##name,
    SRE_OPCODES(SRE_OP_ENUM)
#undef SRE_OP_ENUM
};

enum { SRE_MAGIC = 20220615, SRE_MAXREPEAT = 0xffffffffu };

/* Where a search may start, read once from a pattern's code: only at 0 (`anchored`: \A or a
** non-multiline ^), or where the subject holds a character accepted by the one-character op at
** `first` (0: anywhere; first_ascii is its ASCII part as a bitmap), and at least `min` characters
** before the end. */
typedef struct sre_filter {
    bool anchored;
    size_t first;
    int64_t min;
    uint64_t first_ascii[2];
} sre_filter_t;

/* One match attempt: the code, the subject s[0, len) searched in [pos, end), the group marks
** (2 per group, -1 unset). Filled by the caller, run by sre_match / sre_search. */
typedef struct sre_state {
    const uint32_t *code;
    size_t codelen;
    const uint32_t *s;
    int64_t len, pos, end;
    int64_t *marks; /* nmarks entries */
    int nmarks;
    int lastmark, lastindex;
    bool match_all;    /* fullmatch: the match must reach end */
    bool must_advance; /* the match may not be empty at its start (after an empty match) */
    int64_t start;     /* where the current attempt began */
    struct sre_repeat *repeat;
    int depth;
    bool overflow;     /* the recursion limit was hit */
    const struct sre_filter *filter; /* for sre_search; NULL: try every position */
} sre_state_t;

/* Runs the code at s[at]: the end of the match, -1 for none, -2 when the recursion limit was
** reached (state->overflow). Sets marks, lastmark, lastindex. */
int64_t sre_match(sre_state_t *st, int64_t at);
/* Computes f for code[0, codelen). */
void sre_filter_init(sre_filter_t *f, const uint32_t *code, size_t codelen);
/* The first match at or after st->pos: its start in *found_at and its end (as sre_match). */
int64_t sre_search(sre_state_t *st, int64_t *found_at);

/* Case helpers the compiler calls through _sre. */
uint32_t sre_ascii_lower(uint32_t c);
bool sre_ascii_iscased(uint32_t c);
bool sre_unicode_iscased(uint32_t c);

#endif
