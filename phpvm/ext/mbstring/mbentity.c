/*
** mbentity.c: ext/mbstring's numeric character references, mb_encode_numericentity and
** mb_decode_numericentity: characters within a conversion map's ranges to and from "&#N;" /
** "&#xH;", in any encoding mbstring.c knows, with php's rules for what counts as a reference.
*/
#include <stdlib.h>

#include "phpvm/ext/mbstring/mbchars.h"
#include "phpvm/interp.h"

/* A conversion map: quadruples (first, last, offset, mask) of unsigned 32-bit values. */
typedef struct convmap {
    uint32_t *q;
    size_t n; /* quadruples */
} convmap_t;

/* The map argument (args[1]) read as php reads it (each element as an int); false with a
** ValueError when its length is not a multiple of 4. The caller frees m->q. */
static bool map_arg(rt_value_t *args, int argc, convmap_t *m)
{
    phpvm_array_t *a = phpvm_arg_array(args, argc, 1);
    if (!a)
        return false;
    int64_t count = rt_map_count(a);
    if (count % 4 != 0) {
        phpvm_throw("ValueError", "%s(): Argument #2 ($map) must have a multiple of 4 elements",
                    phpvm_cur_builtin);
        return false;
    }
    m->n = (size_t)count / 4;
    m->q = malloc(((size_t)count + 1) * sizeof *m->q);
    size_t i = 0;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        m->q[i++] = (uint32_t)phpvm_to_int(phpvm_deref(phpvm_array_val_at(a, p)));
    return true;
}

static void put_ascii(rt_strbuf_t *b, const char *s, enum enc e)
{
    while (*s)
        mb_put_cp(b, (unsigned char)*s++, e);
}

/* s with the characters the map takes as references (hex: "&#xH;"). */
static rt_str_t *encode(const rt_str_t *s, enum enc e, const convmap_t *m, bool hex)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    for (size_t p = 0; p < (size_t)s->len;) {
        int32_t cp;
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cp);
        size_t k = 0;
        uint32_t w = (uint32_t)cp;
        while (k < m->n && !(w >= m->q[4 * k] && w <= m->q[4 * k + 1]))
            k++;
        if (cp < 0 || k == m->n) {
            mb_put_cp(&b, cp, e);
            continue;
        }
        char ref[16];
        w = (w + m->q[4 * k + 2]) & m->q[4 * k + 3];
        snprintf(ref, sizeof ref, hex ? "&#x%X;" : "&#%u;", w);
        put_ascii(&b, ref, e);
    }
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* The code point a reference's number stands for under the map: the first quadruple whose
** range holds number - offset; false if none does. */
static bool deconvert(const convmap_t *m, uint32_t number, int32_t *cp)
{
    for (size_t k = 0; k < m->n; k++) {
        uint32_t c = number - m->q[4 * k + 2];
        if (c >= m->q[4 * k] && c <= m->q[4 * k + 1]) {
            *cp = (int32_t)c;
            return true;
        }
    }
    return false;
}

static int hexval(int32_t c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* php's limits on a reference's length, "&#" or "&#x" included. */
enum { DEC_MIN = 3, DEC_MAX = 12, HEX_MIN = 4, HEX_MAX = 11 };

/* s with the references the map takes replaced by their characters. */
static rt_str_t *decode(const rt_str_t *s, enum enc e, const convmap_t *m)
{
    size_t n = 0;
    int32_t *cps = malloc(((size_t)s->len + 1) * sizeof *cps);
    for (size_t p = 0; p < (size_t)s->len;)
        p += (size_t)mb_char_at(s->data + p, (size_t)s->len - p, e, &cps[n++]);
    cps[n] = 0;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 1);
    size_t i = 0;
    while (i < n) {
        if (cps[i] != '&' || cps[i + 1] != '#') {
            mb_put_cp(&b, cps[i++], e);
            continue;
        }
        bool hex = cps[i + 2] == 'x';
        size_t j = i + (hex ? 3 : 2);
        uint32_t value = 0;
        bool fits = true;
        for (; j < n && (hex ? hexval(cps[j]) >= 0 : cps[j] >= '0' && cps[j] <= '9'); j++) {
            fits = fits && (hex || value <= 0x19999999u);
            value = hex ? value * 16 + (uint32_t)hexval(cps[j])
                        : value * 10 + (uint32_t)(cps[j] - '0');
        }
        size_t len = j - i;
        int32_t cp;
        if (len >= (hex ? HEX_MIN : DEC_MIN) && len <= (hex ? HEX_MAX : DEC_MAX) && fits &&
            deconvert(m, value, &cp)) {
            mb_put_cp(&b, cp, e);
            i = j + (j < n && cps[j] == ';');
            continue;
        }
        while (i < j) /* not a reference the map takes: as it is */
            mb_put_cp(&b, cps[i++], e);
    }
    free(cps);
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* Both functions: the string, the map and the encoding, then `hex` for encoding. */
static rt_value_t numericentity(rt_value_t *args, int argc, bool decoding)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    enum enc e;
    convmap_t m;
    if (!s || !mb_enc_arg(args, argc, 2, &e) || !map_arg(args, argc, &m))
        return RT_NOVALUE;
    bool hex = !decoding && phpvm_arg_given(argc, args, 3) && phpvm_arg_bool(args, argc, 3);
    rt_str_t *r = decoding ? decode(s, e, &m) : encode(s, e, &m, hex);
    free(m.q);
    return rt_from_ptr(r);
}

static rt_value_t fn_mb_encode_numericentity(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return numericentity(args, argc, false);
}

static rt_value_t fn_mb_decode_numericentity(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return numericentity(args, argc, true);
}

static const phpvm_builtin_t functions[] = {
    {"mb_encode_numericentity", fn_mb_encode_numericentity, 2, 4, "string,map,encoding,hex", 0},
    {"mb_decode_numericentity", fn_mb_decode_numericentity, 2, 3, "string,map,encoding", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_mbentity = {"mbstring", functions, NULL, NULL, NULL, NULL};
