/*
** string_similar.c: ext/standard's string similarity and phonetic functions: similar_text,
** levenshtein (with costs), soundex, metaphone, and natural-order comparison (strnatcmp,
** strnatcasecmp; array.c's natsort and SORT_NATURAL use phpvm_strnatcmp).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

#define UNUSED (void)self
#define STR(i, var)                                                                                \
    rt_str_t *var = phpvm_arg_str(args, argc, i);                                                  \
    if (!var)                                                                                      \
        return RT_NOVALUE
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

/* ---- similar_text: Oliver's algorithm as PHP runs it ---- */

/* The sum of the lengths of the common substrings of a[0..na) and b[0..nb): the first longest
** common substring, then the same on the parts left and right of it. */
static int64_t similar(const char *a, int64_t na, const char *b, int64_t nb)
{
    int64_t best = 0, pa = 0, pb = 0;
    for (int64_t i = 0; i < na; i++) {
        for (int64_t j = 0; j < nb; j++) {
            int64_t l = 0;
            while (i + l < na && j + l < nb && a[i + l] == b[j + l])
                l++;
            if (l > best) {
                best = l;
                pa = i;
                pb = j;
            }
        }
    }
    if (best == 0)
        return 0;
    int64_t sum = best;
    if (pa && pb)
        sum += similar(a, pa, b, pb);
    if (pa + best < na && pb + best < nb)
        sum += similar(a + pa + best, na - pa - best, b + pb + best, nb - pb - best);
    return sum;
}

static rt_value_t fn_similar_text(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, a);
    STR(1, b);
    int64_t sim = similar(a->data, a->len, b->data, b->len);
    if (phpvm_arg_given(argc, args, 2)) {
        double pct = a->len + b->len ? (double)sim * 2.0 * 100.0 / (double)(a->len + b->len) : 0;
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[2]), phpvm_float(pct));
    }
    return phpvm_int(sim);
}

/* ---- levenshtein ---- */

static rt_value_t fn_levenshtein(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, a);
    STR(1, b);
    LONG(2, ins, 1);
    LONG(3, rep, 1);
    LONG(4, del, 1);
    if (a->len == 0)
        return phpvm_int(b->len * ins);
    if (b->len == 0)
        return phpvm_int(a->len * del);
    /* Two rows of the edit-distance matrix over b. */
    int64_t *row = malloc(2 * (size_t)(b->len + 1) * sizeof *row);
    if (!row) {
        phpvm_fatal("Out of memory");
        return RT_NOVALUE;
    }
    int64_t *prev = row, *cur = row + b->len + 1;
    for (int64_t j = 0; j <= b->len; j++)
        prev[j] = j * ins;
    for (int64_t i = 0; i < a->len; i++) {
        cur[0] = prev[0] + del;
        for (int64_t j = 0; j < b->len; j++) {
            int64_t c = prev[j] + (a->data[i] == b->data[j] ? 0 : rep);
            if (prev[j + 1] + del < c)
                c = prev[j + 1] + del;
            if (cur[j] + ins < c)
                c = cur[j] + ins;
            cur[j + 1] = c;
        }
        int64_t *t = prev;
        prev = cur;
        cur = t;
    }
    int64_t d = prev[b->len];
    free(row);
    return phpvm_int(d);
}

/* ---- soundex ---- */

static rt_value_t fn_soundex(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    /* The digit of each letter A..Z; 0: vowels and H, W, Y, which separate equal digits. */
    static const char code[27] = "01230120022455012623010202";
    STR(0, s);
    char out[4];
    int n = 0;
    char last = 0;
    for (int64_t i = 0; i < s->len && n < 4; i++) {
        int c = toupper((unsigned char)s->data[i]);
        if (c < 'A' || c > 'Z')
            continue;
        char d = code[c - 'A'];
        if (n == 0)
            out[n++] = (char)c;
        else if (d != last && d != '0')
            out[n++] = d;
        last = d;
    }
    while (n < 4)
        out[n++] = '0';
    return phpvm_str_value(out, 4);
}

/* ---- metaphone ---- */

typedef struct mp {
    const char *w;
    int64_t n, i;
    rt_strbuf_t out;
} mp_t;

static char mp_at(const mp_t *m, int64_t k)
{
    return k >= 0 && k < m->n ? (char)toupper((unsigned char)m->w[k]) : 0;
}

static bool mp_vowel(char c) { return c && strchr("AEIOU", c); }
static bool mp_soft(char c) { return c && strchr("EIY", c); }

/* The phonemes of the letter at m->i (not a repeat of the previous one); returns how many
** following letters it consumed too. */
static int mp_letter(mp_t *m)
{
    char c = mp_at(m, m->i), prev = mp_at(m, m->i - 1), next = mp_at(m, m->i + 1);
    char after = next ? mp_at(m, m->i + 2) : 0;
    rt_strbuf_t *o = &m->out;
    switch (c) {
    case 'B':
        if (!(prev == 'M' && next == 0))
            rt_strbuf_append_char(o, 'B');
        return 0;
    case 'C':
        if (mp_soft(next)) {
            if (next == 'I' && after == 'A')
                rt_strbuf_append_char(o, 'X');
            else if (prev != 'S')
                rt_strbuf_append_char(o, 'S');
            return 0;
        }
        if (next == 'H') { /* PHP's traditional metaphone: "Christ" too is X */
            rt_strbuf_append_char(o, 'X');
            return 1;
        }
        rt_strbuf_append_char(o, 'K');
        return 0;
    case 'D':
        if (next == 'G' && mp_soft(after)) {
            rt_strbuf_append_char(o, 'J');
            return 2;
        }
        rt_strbuf_append_char(o, 'T');
        return 0;
    case 'G':
        if (next == 'H') {
            char b3 = mp_at(m, m->i - 3);
            if (!((b3 && strchr("BDH", b3)) || mp_at(m, m->i - 4) == 'H')) {
                rt_strbuf_append_char(o, 'F');
                return 1;
            }
            return 0;
        }
        if (next == 'N') {
            if (!isalpha((unsigned char)after) || (after == 'E' && mp_at(m, m->i + 3) == 'D'))
                return 0;
            rt_strbuf_append_char(o, 'K');
            return 0;
        }
        rt_strbuf_append_char(o, mp_soft(next) && prev != 'G' ? 'J' : 'K');
        return 0;
    case 'H':
        if (mp_vowel(next) && !(prev && strchr("CGPST", prev)))
            rt_strbuf_append_char(o, 'H');
        return 0;
    case 'K':
        if (prev != 'C')
            rt_strbuf_append_char(o, 'K');
        return 0;
    case 'P':
        rt_strbuf_append_char(o, next == 'H' ? 'F' : 'P');
        return 0;
    case 'Q':
        rt_strbuf_append_char(o, 'K');
        return 0;
    case 'S':
        if (next == 'I' && (after == 'O' || after == 'A')) {
            rt_strbuf_append_char(o, 'X');
        } else if (next == 'H') {
            rt_strbuf_append_char(o, 'X');
            return 1;
        } else {
            rt_strbuf_append_char(o, 'S');
        }
        return 0;
    case 'T':
        if (next == 'I' && (after == 'O' || after == 'A')) {
            rt_strbuf_append_char(o, 'X');
        } else if (next == 'H') {
            rt_strbuf_append_char(o, '0');
            return 1;
        } else if (!(next == 'C' && after == 'H')) {
            rt_strbuf_append_char(o, 'T');
        }
        return 0;
    case 'V':
        rt_strbuf_append_char(o, 'F');
        return 0;
    case 'W':
    case 'Y':
        if (mp_vowel(next))
            rt_strbuf_append_char(o, c);
        return 0;
    case 'X':
        rt_strbuf_append(o, "KS", 2);
        return 0;
    case 'Z':
        rt_strbuf_append_char(o, 'S');
        return 0;
    case 'F': case 'J': case 'L': case 'M': case 'N': case 'R':
        rt_strbuf_append_char(o, c);
        return 0;
    default: /* vowels count only at the start of the word */
        return 0;
    }
}

/* The letters at the start of a word that metaphone reads specially; advances m->i. */
static void mp_initial(mp_t *m)
{
    char c = mp_at(m, m->i), next = mp_at(m, m->i + 1);
    switch (c) {
    case 'A':
        rt_strbuf_append_char(&m->out, next == 'E' ? 'E' : 'A');
        m->i += next == 'E' ? 2 : 1;
        break;
    case 'G': case 'K': case 'P':
        if (next == 'N') {
            rt_strbuf_append_char(&m->out, 'N');
            m->i += 2;
        }
        break;
    case 'W':
        if (next == 'R') {
            rt_strbuf_append_char(&m->out, 'R');
            m->i += 2;
        } else if (next == 'H' || mp_vowel(next)) {
            rt_strbuf_append_char(&m->out, 'W');
            m->i += 2;
        }
        break;
    case 'X':
        rt_strbuf_append_char(&m->out, 'S');
        m->i++;
        break;
    case 'E': case 'I': case 'O': case 'U':
        rt_strbuf_append_char(&m->out, c);
        m->i++;
        break;
    default:
        break;
    }
}

static rt_value_t fn_metaphone(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    STR(0, s);
    LONG(1, maxp, 0);
    if (maxp < 0)
        return phpvm_throw("ValueError",
                           "metaphone(): Argument #2 ($max_phonemes) must be greater than or "
                           "equal to 0");
    mp_t m = {s->data, s->len, 0, {0}};
    rt_strbuf_init(&m.out, (size_t)s->len + 1);
    while (m.i < m.n && !isalpha((unsigned char)s->data[m.i]))
        m.i++;
    if (m.i < m.n) {
        mp_initial(&m);
        for (; m.i < m.n && (maxp == 0 || (int64_t)m.out.len < maxp); m.i++) {
            char c = mp_at(&m, m.i);
            if (!isalpha((unsigned char)c) || (c == mp_at(&m, m.i - 1) && c != 'C'))
                continue;
            m.i += mp_letter(&m);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&m.out, &rt_type_str));
}

/* ---- natural order ---- */

static bool dig(const char *p, const char *end) { return p < end && isdigit((unsigned char)*p); }

/* Two digit runs compared: fractional (a leading zero) digit by digit, else by magnitude. */
static int nat_digits(const char **pa, const char *ea, const char **pb, const char *eb, bool frac)
{
    int bias = 0;
    const char *a = *pa, *b = *pb;
    for (;; a++, b++) {
        bool da = dig(a, ea), db = dig(b, eb);
        if (!da || !db) {
            *pa = a;
            *pb = b;
            if (da != db)
                return da ? 1 : -1;
            return bias;
        }
        if (*a != *b) {
            if (frac) {
                *pa = a;
                *pb = b;
                return *a < *b ? -1 : 1;
            }
            if (!bias)
                bias = *a < *b ? -1 : 1;
        }
    }
}

int phpvm_strnatcmp(const rt_str_t *x, const rt_str_t *y, bool fold)
{
    if (x->len == 0 || y->len == 0)
        return x->len == y->len ? 0 : x->len > y->len ? 1 : -1;
    const char *a = x->data, *ea = a + x->len, *b = y->data, *eb = b + y->len;
    bool leading = true;
    for (;;) {
        if (leading) {
            while (a + 1 < ea && *a == '0' && isdigit((unsigned char)a[1]))
                a++;
            while (b + 1 < eb && *b == '0' && isdigit((unsigned char)b[1]))
                b++;
            leading = false;
        }
        while (a < ea && isspace((unsigned char)*a))
            a++;
        while (b < eb && isspace((unsigned char)*b))
            b++;
        if (dig(a, ea) && dig(b, eb)) {
            int r = nat_digits(&a, ea, &b, eb, *a == '0' || *b == '0');
            if (r)
                return r;
            if (a == ea || b == eb)
                return a == ea ? (b == eb ? 0 : -1) : 1;
        }
        int ca = a < ea ? (unsigned char)*a : 0, cb = b < eb ? (unsigned char)*b : 0;
        if (fold) {
            ca = toupper(ca);
            cb = toupper(cb);
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        a++;
        b++;
        if (a >= ea || b >= eb)
            return a >= ea ? (b >= eb ? 0 : -1) : 1;
    }
}

static rt_value_t natcmp(rt_value_t *args, int argc, bool fold)
{
    STR(0, a);
    STR(1, b);
    return rt_small(phpvm_strnatcmp(a, b, fold));
}

static rt_value_t fn_strnatcmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return natcmp(args, argc, false);
}

static rt_value_t fn_strnatcasecmp(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return natcmp(args, argc, true);
}

const phpvm_builtin_t phpvm_ext_string_similar[] = {
    {"similar_text", fn_similar_text, 2, 3, "string1,string2,percent", 1u << 2},
    {"levenshtein", fn_levenshtein, 2, 5,
     "string1,string2,insertion_cost,replacement_cost,deletion_cost", 0},
    {"soundex", fn_soundex, 1, 1, "string", 0},
    {"metaphone", fn_metaphone, 1, 2, "string,max_phonemes", 0},
    {"strnatcmp", fn_strnatcmp, 2, 2, "string1,string2", 0},
    {"strnatcasecmp", fn_strnatcasecmp, 2, 2, "string1,string2", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
