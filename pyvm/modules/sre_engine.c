/*
** sre_engine.c: the SRE code interpreter (sre.h). A recursive backtracking matcher: run() walks
** the code from pc at subject position pos until SUCCESS (the end of the whole pattern, or of a
** sub-pattern: an assertion, an atomic group, a repeated item) and returns the position reached,
** or -1. Each choice point (BRANCH, the repeats, the UNTIL ops) tries one way by recursing and
** restores the group marks before trying the next, so failures never leave marks behind.
** Repeat contexts (REPEAT ... MAX_UNTIL / MIN_UNTIL) form a linked list on the C stack.
*/
#include <stdlib.h>
#include <string.h>

#include "pyvm/modules/sre.h"
#include "runtime/rt.h"
#include "pyvm/unicode.h"

/* Choice points recurse in C: the depth is bounded by the C stack left (rt_cstack_ok) and, so
** that a pathological pattern fails in bounded time and memory, by this many nested runs. */
enum { MAX_DEPTH = 1000000 };

typedef struct sre_repeat {
    int64_t count;
    size_t pc; /* the REPEAT op */
    int64_t last_pos;
    struct sre_repeat *prev;
} repeat_t;

/* ---- characters ---- */

uint32_t sre_ascii_lower(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
bool sre_ascii_iscased(uint32_t c) { return c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z'); }
bool sre_unicode_iscased(uint32_t c)
{
    return c != pyvm_unicode_lower(c) || c != pyvm_unicode_upper(c);
}

static bool ascii_word(uint32_t c)
{
    return c < 128 && (c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
}

static bool uni_word(uint32_t c) { return c == '_' || pyvm_unicode_is_alnum(c); }

static bool uni_linebreak(uint32_t c)
{
    return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

static bool category(uint32_t cat, uint32_t c)
{
    switch (cat) {
    case 0: return c >= '0' && c <= '9';
    case 1: return !(c >= '0' && c <= '9');
    case 2: return c == ' ' || (c >= '\t' && c <= '\r');
    case 3: return !(c == ' ' || (c >= '\t' && c <= '\r'));
    case 4: case 8: return ascii_word(c);
    case 5: case 9: return !ascii_word(c);
    case 6: return c == '\n';
    case 7: return c != '\n';
    case 10: return pyvm_unicode_is_decimal(c);
    case 11: return !pyvm_unicode_is_decimal(c);
    case 12: return pyvm_unicode_is_space(c);
    case 13: return !pyvm_unicode_is_space(c);
    case 14: return uni_word(c);
    case 15: return !uni_word(c);
    case 16: return uni_linebreak(c);
    case 17: return !uni_linebreak(c);
    default: return false;
    }
}

/* Whether c is in the charset whose first item is at code[p] (ends with FAILURE). */
static bool in_charset(const sre_state_t *st, size_t p, uint32_t c)
{
    const uint32_t *code = st->code;
    bool ok = true;
    for (;;) {
        switch (code[p++]) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (c == code[p])
                return ok;
            p++;
            break;
        case SRE_OP_CATEGORY:
            if (category(code[p], c))
                return ok;
            p++;
            break;
        case SRE_OP_CHARSET:
            if (c < 256 && (code[p + c / 32] & (1u << (c & 31))))
                return ok;
            p += 8;
            break;
        case SRE_OP_RANGE:
            if (code[p] <= c && c <= code[p + 1])
                return ok;
            p += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            if (code[p] <= c && c <= code[p + 1])
                return ok;
            uint32_t u = pyvm_unicode_upper(c);
            if (code[p] <= u && u <= code[p + 1])
                return ok;
            p += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            uint32_t count = code[p++];
            int block = c < 0x10000 ? ((const unsigned char *)(code + p))[c >> 8] : -1;
            p += 64;
            if (block >= 0 && (code[p + ((uint32_t)block * 256 + (c & 255)) / 32] & (1u << (c & 31))))
                return ok;
            p += count * 8;
            break;
        }
        default: /* a malformed set: no match */
            return false;
        }
    }
}

/* Whether the one-character op at pc accepts c (the items REPEAT_ONE repeats). */
static bool char_ok(const sre_state_t *st, size_t pc, uint32_t c)
{
    const uint32_t *code = st->code;
    uint32_t arg = code[pc + 1];
    switch (code[pc]) {
    case SRE_OP_ANY: return c != '\n';
    case SRE_OP_ANY_ALL: return true;
    case SRE_OP_LITERAL: return c == arg;
    case SRE_OP_NOT_LITERAL: return c != arg;
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_LITERAL_LOC_IGNORE: return sre_ascii_lower(c) == arg;
    case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: return sre_ascii_lower(c) != arg;
    case SRE_OP_LITERAL_UNI_IGNORE: return pyvm_unicode_lower(c) == arg;
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: return pyvm_unicode_lower(c) != arg;
    case SRE_OP_IN: return in_charset(st, pc + 2, c);
    case SRE_OP_IN_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        return in_charset(st, pc + 2, sre_ascii_lower(c));
    case SRE_OP_IN_UNI_IGNORE: return in_charset(st, pc + 2, pyvm_unicode_lower(c));
    case SRE_OP_CATEGORY: return category(arg, c);
    default: return false;
    }
}

/* The length in code words of the one-character op at pc. */
static size_t char_op_len(const sre_state_t *st, size_t pc)
{
    switch (st->code[pc]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_IN: case SRE_OP_IN_IGNORE: case SRE_OP_IN_LOC_IGNORE: case SRE_OP_IN_UNI_IGNORE:
        return 1 + st->code[pc + 1];
    default: return 2;
    }
}

static bool is_char_op(uint32_t op)
{
    switch (op) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL: case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: case SRE_OP_LITERAL_UNI_IGNORE:
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: case SRE_OP_IN: case SRE_OP_IN_IGNORE:
    case SRE_OP_IN_LOC_IGNORE: case SRE_OP_IN_UNI_IGNORE: case SRE_OP_CATEGORY:
        return true;
    default:
        return false;
    }
}

static bool at(const sre_state_t *st, uint32_t kind, int64_t pos)
{
    const uint32_t *s = st->s;
    int64_t end = st->end;
    bool (*word)(uint32_t) = kind >= 10 ? uni_word : ascii_word;
    switch (kind) {
    case 0: case 2: return pos == 0;
    case 1: return pos == 0 || s[pos - 1] == '\n';
    case 5: return pos == end || (pos == end - 1 && s[pos] == '\n');
    case 6: return pos == end || s[pos] == '\n';
    case 7: return pos == end;
    case 3: case 4: case 8: case 9: case 10: case 11: {
        if (end == 0)
            return false;
        bool before = pos > 0 && word(s[pos - 1]), here = pos < end && word(s[pos]);
        return (kind == 3 || kind == 8 || kind == 10) ? before != here : before == here;
    }
    default: return false;
    }
}

/* ---- marks ---- */

enum { SAVE_INLINE = 16 };

typedef struct saved {
    int64_t inl[SAVE_INLINE];
    int64_t *marks;
    int lastmark, lastindex;
} saved_t;

static void save(const sre_state_t *st, saved_t *sv)
{
    sv->marks = st->nmarks <= SAVE_INLINE ? sv->inl : malloc((size_t)st->nmarks * sizeof(int64_t));
    if (sv->marks)
        memcpy(sv->marks, st->marks, (size_t)st->nmarks * sizeof(int64_t));
    sv->lastmark = st->lastmark;
    sv->lastindex = st->lastindex;
}

static void restore(sre_state_t *st, const saved_t *sv)
{
    if (sv->marks)
        memcpy(st->marks, sv->marks, (size_t)st->nmarks * sizeof(int64_t));
    st->lastmark = sv->lastmark;
    st->lastindex = sv->lastindex;
}

static void drop(saved_t *sv)
{
    if (sv->marks && sv->marks != sv->inl)
        free(sv->marks);
}

/* ---- the interpreter ---- */

static int64_t run(sre_state_t *st, size_t pc, int64_t pos, bool top);

/* Tries pc at pos; on failure the marks are as before. */
static int64_t attempt(sre_state_t *st, size_t pc, int64_t pos, bool top)
{
    saved_t sv;
    save(st, &sv);
    int64_t r = run(st, pc, pos, top);
    if (r == -1)
        restore(st, &sv);
    drop(&sv);
    return r;
}

/* A back-reference: group g's text matches at pos; returns the end or -1. */
static int64_t groupref(sre_state_t *st, uint32_t g, int64_t pos, int fold)
{
    if (2 * (int)g + 1 >= st->nmarks)
        return -1;
    int64_t a = st->marks[2 * g], b = st->marks[2 * g + 1];
    if (a < 0 || b < 0 || b < a || 2 * (int)g + 1 > st->lastmark)
        return -1;
    if (pos + (b - a) > st->end)
        return -1;
    for (int64_t i = 0; i < b - a; i++) {
        uint32_t x = st->s[a + i], y = st->s[pos + i];
        if (fold == 1)
            x = sre_ascii_lower(x), y = sre_ascii_lower(y);
        else if (fold == 2)
            x = pyvm_unicode_lower(x), y = pyvm_unicode_lower(y);
        if (x != y)
            return -1;
    }
    return pos + (b - a);
}

/* REPEAT_ONE / MIN_REPEAT_ONE / POSSESSIVE_REPEAT_ONE: a single-character item repeated. */
static int64_t repeat_one(sre_state_t *st, size_t pc, int64_t pos, bool top)
{
    const uint32_t *code = st->code;
    uint32_t op = code[pc];
    size_t next = pc + 1 + code[pc + 1], item = pc + 4;
    int64_t min = code[pc + 2], max = code[pc + 3] == SRE_MAXREPEAT ? INT64_MAX : code[pc + 3];
    int64_t limit = st->end - pos < max ? st->end - pos : max;
    int64_t n = 0;
    bool simple = is_char_op(code[item]) && code[item + char_op_len(st, item)] == SRE_OP_SUCCESS;
    if (op == SRE_OP_MIN_REPEAT_ONE) {
        for (; n < min; n++)
            if (n >= limit || !(simple ? char_ok(st, item, st->s[pos + n])
                                       : run(st, item, pos + n, false) == pos + n + 1))
                return -1;
        for (;;) {
            int64_t r = attempt(st, next, pos + n, top);
            if (r != -1)
                return r;
            if (n >= limit || !(simple ? char_ok(st, item, st->s[pos + n])
                                       : run(st, item, pos + n, false) == pos + n + 1))
                return -1;
            n++;
        }
    }
    while (n < limit && (simple ? char_ok(st, item, st->s[pos + n])
                                : run(st, item, pos + n, false) == pos + n + 1))
        n++;
    if (n < min)
        return -1;
    if (op == SRE_OP_POSSESSIVE_REPEAT_ONE)
        return run(st, next, pos + n, top);
    if (code[next] == SRE_OP_SUCCESS) { /* nothing follows: the longest count that may end */
        for (; n >= min; n--)
            if (!top || ((!st->match_all || pos + n == st->end) &&
                         (!st->must_advance || pos + n != st->start)))
                return pos + n;
        return -1;
    }
    /* a literal next: skip the counts after which it cannot follow */
    bool lit = code[next] == SRE_OP_LITERAL;
    for (; n >= min; n--) {
        if (lit && (pos + n >= st->end || st->s[pos + n] != code[next + 1]))
            continue;
        int64_t r = attempt(st, next, pos + n, top);
        if (r != -1)
            return r;
    }
    return -1;
}

/* MAX_UNTIL / MIN_UNTIL: one more iteration of the innermost REPEAT's body, or what follows. */
static int64_t until(sre_state_t *st, size_t pc, int64_t pos, bool top)
{
    repeat_t *rp = st->repeat;
    if (!rp)
        return -1;
    const uint32_t *code = st->code;
    size_t body = rp->pc + 4;
    int64_t min = code[rp->pc + 2];
    int64_t max = code[rp->pc + 3] == SRE_MAXREPEAT ? INT64_MAX : code[rp->pc + 3];
    int64_t count = rp->count + 1;
    if (count < min) {
        rp->count = count;
        int64_t r = attempt(st, body, pos, top);
        if (r == -1)
            rp->count = count - 1;
        return r;
    }
    if (code[pc] == SRE_OP_MAX_UNTIL) {
        if (count < max && pos != rp->last_pos) {
            int64_t last = rp->last_pos;
            rp->count = count;
            rp->last_pos = pos;
            int64_t r = attempt(st, body, pos, top);
            rp->last_pos = last;
            if (r != -1)
                return r;
            rp->count = count - 1;
        }
        st->repeat = rp->prev;
        int64_t r = attempt(st, pc + 1, pos, top);
        st->repeat = rp;
        return r;
    }
    st->repeat = rp->prev; /* MIN_UNTIL: the tail first */
    int64_t r = attempt(st, pc + 1, pos, top);
    st->repeat = rp;
    if (r != -1 || count >= max || pos == rp->last_pos)
        return r;
    int64_t last = rp->last_pos;
    rp->count = count;
    rp->last_pos = pos;
    r = attempt(st, body, pos, top);
    rp->last_pos = last;
    if (r == -1)
        rp->count = count - 1;
    return r;
}

/* POSSESSIVE_REPEAT: the body as often as it matches (up to max), never given back. */
static int64_t possessive(sre_state_t *st, size_t pc, int64_t pos, bool top)
{
    const uint32_t *code = st->code;
    size_t body = pc + 4, after = pc + 1 + code[pc + 1] + 1;
    int64_t min = code[pc + 2], max = code[pc + 3] == SRE_MAXREPEAT ? INT64_MAX : code[pc + 3];
    repeat_t *outer = st->repeat;
    int64_t n = 0;
    while (n < max) {
        st->repeat = NULL;
        int64_t r = attempt(st, body, pos, false);
        st->repeat = outer;
        if (r < 0) {
            if (r == -2)
                return r;
            break;
        }
        n++;
        if (r == pos)
            break;
        pos = r;
    }
    if (n < min)
        return -1;
    return run(st, after, pos, top);
}

static int64_t run(sre_state_t *st, size_t pc, int64_t pos, bool top)
{
    const uint32_t *code = st->code;
    if (++st->depth > MAX_DEPTH || !rt_cstack_ok()) {
        st->overflow = true;
        st->depth--;
        return -2;
    }
    int64_t r = -1;
    for (;;) {
        if (pc >= st->codelen)
            goto done;
        uint32_t op = code[pc];
        switch (op) {
        case SRE_OP_FAILURE:
            goto done;
        case SRE_OP_SUCCESS:
            if (top && ((st->match_all && pos != st->end) ||
                        (st->must_advance && pos == st->start)))
                goto done;
            r = pos;
            goto done;
        case SRE_OP_AT:
            if (!at(st, code[pc + 1], pos))
                goto done;
            pc += 2;
            break;
        case SRE_OP_INFO:
            pc += 1 + code[pc + 1];
            break;
        case SRE_OP_JUMP:
            pc += 1 + code[pc + 1];
            break;
        case SRE_OP_MARK: {
            uint32_t i = code[pc + 1];
            if ((int)i < st->nmarks) {
                st->marks[i] = pos;
                if (i & 1)
                    st->lastindex = (int)i / 2 + 1;
                if ((int)i > st->lastmark)
                    st->lastmark = (int)i;
            }
            pc += 2;
            break;
        }
        case SRE_OP_BRANCH:
            for (size_t alt = pc + 1; code[alt]; alt += code[alt]) {
                if (code[alt + 1] == SRE_OP_LITERAL &&
                    (pos >= st->end || st->s[pos] != code[alt + 2]))
                    continue;
                r = attempt(st, alt + 1, pos, top);
                if (r != -1)
                    goto done;
            }
            goto done;
        case SRE_OP_REPEAT_ONE:
        case SRE_OP_MIN_REPEAT_ONE:
        case SRE_OP_POSSESSIVE_REPEAT_ONE:
            r = repeat_one(st, pc, pos, top);
            goto done;
        case SRE_OP_REPEAT: {
            repeat_t rp = {-1, pc, -1, st->repeat};
            st->repeat = &rp;
            r = run(st, pc + 1 + code[pc + 1], pos, top);
            st->repeat = rp.prev;
            goto done;
        }
        case SRE_OP_MAX_UNTIL:
        case SRE_OP_MIN_UNTIL:
            r = until(st, pc, pos, top);
            goto done;
        case SRE_OP_POSSESSIVE_REPEAT:
            r = possessive(st, pc, pos, top);
            goto done;
        case SRE_OP_ATOMIC_GROUP: {
            repeat_t *outer = st->repeat;
            st->repeat = NULL;
            int64_t e = run(st, pc + 2, pos, false);
            st->repeat = outer;
            if (e < 0) {
                r = e;
                goto done;
            }
            pos = e;
            pc += 1 + code[pc + 1];
            break;
        }
        case SRE_OP_ASSERT:
        case SRE_OP_ASSERT_NOT: {
            int64_t back = code[pc + 2], from = pos - back;
            int64_t e = -1;
            if (from >= 0) {
                repeat_t *outer = st->repeat;
                st->repeat = NULL;
                saved_t sv;
                save(st, &sv);
                e = run(st, pc + 3, from, false);
                if (e == -1 || op == SRE_OP_ASSERT_NOT)
                    restore(st, &sv);
                drop(&sv);
                st->repeat = outer;
            }
            if (e == -2) {
                r = e;
                goto done;
            }
            if ((e >= 0) != (op == SRE_OP_ASSERT))
                goto done;
            pc += 1 + code[pc + 1];
            break;
        }
        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE: {
            int fold = op == SRE_OP_GROUPREF ? 0 : op == SRE_OP_GROUPREF_UNI_IGNORE ? 2 : 1;
            int64_t e = groupref(st, code[pc + 1], pos, fold);
            if (e < 0)
                goto done;
            pos = e;
            pc += 2;
            break;
        }
        case SRE_OP_GROUPREF_EXISTS: {
            uint32_t g = code[pc + 1];
            bool set = 2 * (int)g + 1 < st->nmarks && 2 * (int)g + 1 <= st->lastmark &&
                       st->marks[2 * g] >= 0 && st->marks[2 * g + 1] >= 0;
            pc = set ? pc + 3 : pc + 1 + code[pc + 2];
            break;
        }
        default:
            if (!is_char_op(op) || pos >= st->end || !char_ok(st, pc, st->s[pos]))
                goto done;
            pos++;
            pc += char_op_len(st, pc);
            break;
        }
    }
done:
    st->depth--;
    return r;
}

int64_t sre_match(sre_state_t *st, int64_t at_pos)
{
    for (int i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    st->lastmark = st->lastindex = -1;
    st->repeat = NULL;
    st->depth = 0;
    st->start = at_pos;
    return run(st, 0, at_pos, true);
}

/* MARKs and the AT ops other than \A and a non-multiline ^ consume nothing: the filter looks
** through them to the first consuming op. */
void sre_filter_init(sre_filter_t *f, const uint32_t *code, size_t codelen)
{
    sre_state_t st = {.code = code, .codelen = codelen};
    size_t pc = 0;
    memset(f, 0, sizeof *f);
    if (codelen > 4 && code[0] == SRE_OP_INFO) {
        f->min = code[3];
        pc = 1 + code[1];
    }
    while (pc + 1 < codelen && (code[pc] == SRE_OP_MARK || code[pc] == SRE_OP_AT)) {
        if (code[pc] == SRE_OP_AT && (code[pc + 1] == 0 || code[pc + 1] == 2)) {
            f->anchored = true;
            return;
        }
        pc += 2;
    }
    if (pc + 1 >= codelen)
        return;
    uint32_t op = code[pc];
    if (is_char_op(op))
        f->first = pc;
    else if ((op == SRE_OP_REPEAT_ONE || op == SRE_OP_MIN_REPEAT_ONE ||
              op == SRE_OP_POSSESSIVE_REPEAT_ONE) &&
             pc + 4 < codelen && code[pc + 2] >= 1 && is_char_op(code[pc + 4]))
        f->first = pc + 4;
    if (f->first)
        for (uint32_t c = 0; c < 128; c++)
            if (char_ok(&st, f->first, c))
                f->first_ascii[c >> 6] |= (uint64_t)1 << (c & 63);
}

/* Whether a match may start at p (the start filter). */
static inline bool may_start(const sre_state_t *st, const sre_filter_t *f, int64_t p)
{
    if (!f->first)
        return true;
    if (p >= st->end)
        return false;
    uint32_t c = st->s[p];
    return c < 128 ? (f->first_ascii[c >> 6] >> (c & 63)) & 1 : char_ok(st, f->first, c);
}

int64_t sre_search(sre_state_t *st, int64_t *found_at)
{
    static const sre_filter_t none;
    const sre_filter_t *f = st->filter ? st->filter : &none;
    int64_t last = st->end - f->min;
    if (f->anchored)
        last = st->pos == 0 ? 0 : -1;
    for (int64_t p = st->pos; p <= last; p++) {
        if (!may_start(st, f, p))
            continue;
        bool advance = st->must_advance;
        st->must_advance = advance && p == st->pos;
        int64_t r = sre_match(st, p);
        st->must_advance = advance;
        if (r != -1) {
            *found_at = p;
            return r;
        }
    }
    return -1;
}
