/*
** context.c: ext/zlib's incremental codecs: deflate_init/deflate_add and inflate_init/
** inflate_add/inflate_get_status/inflate_get_read_len over DeflateContext and InflateContext
** objects. An object keeps its z_stream in a finalized heap box behind a hidden property (the
** box ends the stream when the object dies), with the preset dictionary an inflater is still
** waiting for and the status inflate_get_status reports.
*/
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

enum { ENC_RAW = -15, ENC_DEFLATE = 15, ENC_GZIP = 31 };

typedef struct zbox {
    rt_obj_t hdr;
    z_stream z;
    bool inflater, live;
    int status;
    char *dict; /* an inflater's preset dictionary until zlib asks for it */
    size_t dictlen;
} zbox_t;

/* The boxes whose streams are live (C memory, not roots: a dying box leaves the list), for
** the end of the script, where light finalizers do not run. */
static zbox_t **live;
static size_t nlive, caplive;

static void zbox_end(zbox_t *b)
{
    if (b->live)
        b->inflater ? inflateEnd(&b->z) : deflateEnd(&b->z);
    b->live = false;
    free(b->dict);
    b->dict = NULL;
}

static void zbox_finalize(void *obj)
{
    zbox_end(obj);
    for (size_t i = 0; i < nlive; i++)
        if (live[i] == obj) {
            live[i] = live[--nlive];
            break;
        }
}

/* Registers a box whose stream was just initialized. */
static void zbox_live(zbox_t *b)
{
    if (nlive == caplive) {
        caplive = caplive ? 2 * caplive : 8;
        live = realloc(live, caplive * sizeof *live);
    }
    live[nlive++] = b;
    b->live = true;
}

static void context_shutdown(void)
{
    for (size_t i = 0; i < nlive; i++)
        zbox_end(live[i]);
    nlive = 0;
}

static rt_type_t zbox_type = RT_TYPE_INIT("zlib context", NULL, zbox_finalize, 0);

/* [0] DeflateContext, [1] InflateContext (GC roots) */
static phpvm_class_t *classes[2];
static rt_str_t *hidden;

static const char *const class_names[] = {"DeflateContext", "InflateContext"};

/* A new context object of the kind and its box (the stream still to be initialized). */
static rt_value_t context_new(bool inflater, zbox_t **box)
{
    rt_value_t o = phpvm_object_alloc(classes[inflater]);
    *box = rt_alloc(&zbox_type, sizeof **box);
    memset(&(*box)->z, 0, sizeof **box - offsetof(zbox_t, z));
    (*box)->inflater = inflater;
    rt_value_t *slot = phpvm_prop_slot(o, hidden, classes[inflater], true);
    *slot = rt_from_ptr(*box);
    gc_write_barrier(rt_ptr(o));
    return o;
}

/* The box of context argument args[0]; NULL with PHP's TypeError pending. */
static zbox_t *context_arg(rt_value_t *args, bool inflater)
{
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_object(v) || phpvm_obj(v)->cls != classes[inflater]) {
        phpvm_throw("TypeError", "%s(): Argument #1 ($context) must be of type %s, %s given",
                    phpvm_cur_builtin, class_names[inflater], phpvm_type_name(v));
        return NULL;
    }
    return rt_ptr(*phpvm_prop_slot(v, hidden, classes[inflater], false));
}

/* options[key] as an int, or dflt. */
static int64_t option(phpvm_array_t *opts, const char *key, int64_t dflt)
{
    rt_value_t v = opts ? phpvm_array_get(opts, phpvm_cstr(key)) : RT_NOVALUE;
    return v == RT_NOVALUE ? dflt : phpvm_to_int(phpvm_deref(v));
}

/* The "dictionary" option (a string, or an array of strings joined with NUL bytes) into
** *dict (malloc'ed, NULL when absent); false with PHP's error pending. */
static bool dictionary(phpvm_array_t *opts, char **dict, size_t *len)
{
    rt_value_t v = opts ? phpvm_array_get(opts, phpvm_cstr("dictionary")) : RT_NOVALUE;
    *dict = NULL, *len = 0;
    if (v == RT_NOVALUE)
        return true;
    v = phpvm_deref(v);
    if (phpvm_is_str(v)) {
        *len = (size_t)phpvm_str(v)->len;
        *dict = malloc(*len + 1);
        memcpy(*dict, phpvm_str(v)->data, *len);
        return true;
    }
    if (!phpvm_is_array(v)) {
        phpvm_throw("TypeError", "%s(): Argument #2 ($options) must be of type zero-terminated "
                    "string or array, %s given", phpvm_cur_builtin, phpvm_type_name(v));
        return false;
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    phpvm_array_t *a = phpvm_arr(v);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_str_t *s = phpvm_to_str(phpvm_deref(phpvm_array_val_at(a, p)));
        const char *bad = !s ? NULL : s->len == 0 ? "must not contain empty strings"
                          : memchr(s->data, 0, (size_t)s->len) ? "must not contain strings "
                                                                 "with null bytes" : NULL;
        if (!s || bad) {
            rt_strbuf_finish(&b, &rt_type_str);
            if (bad)
                phpvm_throw("ValueError", "%s(): Argument #2 ($options) %s", phpvm_cur_builtin,
                            bad);
            return false;
        }
        rt_strbuf_append(&b, s->data, (size_t)s->len);
        rt_strbuf_append_char(&b, '\0');
    }
    rt_str_t *joined = rt_strbuf_finish(&b, &rt_type_str);
    if (joined->len) {
        *len = (size_t)joined->len;
        *dict = malloc(*len);
        memcpy(*dict, joined->data, *len);
    }
    return true;
}

static bool encoding_known(int64_t e) { return e == ENC_RAW || e == ENC_GZIP || e == ENC_DEFLATE; }

/* The window bits of an encoding with a smaller window (log2 8..15). */
static int window_bits(int64_t encoding, int64_t window)
{
    return (int)(encoding < 0 ? encoding + 15 - window : encoding - (15 - window));
}

static rt_value_t fn_inflate_init(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t enc;
    phpvm_array_t *opts = NULL;
    if (!phpvm_arg_long(args, argc, 0, &enc) ||
        (phpvm_arg_given(argc, args, 1) && !(opts = phpvm_arg_array(args, argc, 1))))
        return RT_NOVALUE;
    int64_t window = option(opts, "window", 15);
    if (window < 8 || window > 15)
        return phpvm_throw("ValueError", "zlib window size (logarithm) (%lld) must be within "
                           "8..15", (long long)window);
    char *dict;
    size_t dictlen;
    if (!dictionary(opts, &dict, &dictlen))
        return RT_NOVALUE;
    if (!encoding_known(enc)) {
        free(dict);
        return phpvm_throw("ValueError", "Encoding mode must be ZLIB_ENCODING_RAW, "
                           "ZLIB_ENCODING_GZIP or ZLIB_ENCODING_DEFLATE");
    }
    zbox_t *b;
    rt_value_t o = context_new(true, &b);
    b->dict = dict, b->dictlen = dictlen;
    if (inflateInit2(&b->z, window_bits(enc, window)) != Z_OK) {
        phpvm_error(PHPVM_E_WARNING, "inflate_init(): Failed allocating zlib.inflate context");
        return rt_false;
    }
    zbox_live(b);
    if (enc == ENC_RAW && dict) {
        if (inflateSetDictionary(&b->z, (Bytef *)dict, (uInt)dictlen) != Z_OK)
            phpvm_error(PHPVM_E_WARNING, "inflate_init(): Dictionary does not match expected "
                        "dictionary (incorrect adler32 hash)");
        free(b->dict);
        b->dict = NULL;
    }
    return o;
}

/* The flush_mode argument args[2] (ZLIB_SYNC_FLUSH when absent); false with a ValueError. */
static bool flush_arg(rt_value_t *args, int argc, int *mode)
{
    int64_t m = Z_SYNC_FLUSH;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &m))
        return false;
    if (m != Z_NO_FLUSH && m != Z_PARTIAL_FLUSH && m != Z_SYNC_FLUSH && m != Z_FULL_FLUSH &&
        m != Z_BLOCK && m != Z_FINISH) {
        phpvm_throw("ValueError", "%s(): Argument #3 ($flush_mode) must be one of "
                    "ZLIB_NO_FLUSH, ZLIB_PARTIAL_FLUSH, ZLIB_SYNC_FLUSH, ZLIB_FULL_FLUSH, "
                    "ZLIB_BLOCK, or ZLIB_FINISH", phpvm_cur_builtin);
        return false;
    }
    *mode = (int)m;
    return true;
}

/* Runs the codec of b over data with flush mode `mode` until it has no more output; the
** output, or NULL after PHP's warning. May collect. */
static rt_str_t *run(zbox_t *b, rt_str_t *data, int mode)
{
    size_t cap = data->len > 8192 ? (size_t)data->len : 8192, used = 0;
    unsigned char *out = malloc(cap);
    b->z.next_in = (Bytef *)data->data;
    b->z.avail_in = (uInt)data->len;
    int st;
    for (;;) {
        b->z.next_out = out + used;
        b->z.avail_out = (uInt)(cap - used);
        st = b->inflater ? inflate(&b->z, mode) : deflate(&b->z, mode);
        used = cap - b->z.avail_out;
        if (b->inflater)
            b->status = st;
        if (st == Z_NEED_DICT && b->dict) {
            st = inflateSetDictionary(&b->z, (Bytef *)b->dict, (uInt)b->dictlen);
            free(b->dict);
            b->dict = NULL;
            if (st == Z_OK)
                continue;
            phpvm_error(PHPVM_E_WARNING, "%s(): Dictionary does not match expected dictionary "
                        "(incorrect adler32 hash)", phpvm_cur_builtin);
            goto fail;
        }
        bool room = b->z.avail_out == 0 && (st == Z_OK || (st == Z_BUF_ERROR && mode == Z_FINISH));
        if (!room)
            break;
        cap += 8192;
        out = realloc(out, cap);
    }
    if (st == Z_NEED_DICT) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Inflating this data requires a preset dictionary, "
                    "please specify it in the options array of inflate_init()",
                    phpvm_cur_builtin);
        goto fail;
    }
    if (st != Z_OK && st != Z_STREAM_END && !(b->inflater && st == Z_BUF_ERROR)) {
        phpvm_error(PHPVM_E_WARNING, b->inflater ? "%s(): %s" : "%s(): zlib error (%s)",
                    phpvm_cur_builtin, zError(st));
        goto fail;
    }
    if (st == Z_STREAM_END && !b->inflater)
        deflateReset(&b->z);
    rt_str_t *r = rt_str_new((const char *)out, (int64_t)used);
    free(out);
    return r;
fail:
    free(out);
    return NULL;
}

/* inflate_add and deflate_add (context, data, flush_mode). */
static rt_value_t add(rt_value_t *args, int argc, bool inflater)
{
    zbox_t *b = context_arg(args, inflater);
    rt_str_t *data = b ? phpvm_arg_str(args, argc, 1) : NULL;
    int mode;
    if (!data || !flush_arg(args, argc, &mode))
        return RT_NOVALUE;
    if (inflater && b->status == Z_STREAM_END) { /* reset lazily: the read length stays */
        b->status = Z_OK;
        inflateReset(&b->z);
    }
    if (data->len == 0 && mode != Z_FINISH)
        return phpvm_cstr("");
    rt_str_t *r = run(b, data, mode);
    return r ? rt_from_ptr(r) : rt_false;
}

static rt_value_t fn_inflate_add(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return add(args, argc, true);
}

static rt_value_t fn_deflate_add(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return add(args, argc, false);
}

static rt_value_t fn_inflate_get_status(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    zbox_t *b = context_arg(args, true);
    return b ? phpvm_int(b->status) : RT_NOVALUE;
}

static rt_value_t fn_inflate_get_read_len(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    zbox_t *b = context_arg(args, true);
    return b ? phpvm_int((int64_t)b->z.total_in) : RT_NOVALUE;
}

/* deflate_init's option checks, in PHP's order; false with the ValueError pending. */
static bool deflate_options(phpvm_array_t *opts, int64_t v[4])
{
    static const struct {
        const char *key;
        int64_t dflt, lo, hi;
        const char *range;
    } checks[] = {
        {"level", -1, -1, 9, "between -1 and 9"},
        {"memory", 8, 1, 9, "between 1 and 9"},
        {"window", 15, 8, 15, "between 8 and 15"},
        {"strategy", Z_DEFAULT_STRATEGY, Z_DEFAULT_STRATEGY, Z_FIXED,
         "one of ZLIB_FILTERED, ZLIB_HUFFMAN_ONLY, ZLIB_RLE, ZLIB_FIXED, or "
         "ZLIB_DEFAULT_STRATEGY"},
    };
    for (int i = 0; i < 4; i++) {
        v[i] = option(opts, checks[i].key, checks[i].dflt);
        if (v[i] < checks[i].lo || v[i] > checks[i].hi) {
            phpvm_throw("ValueError", "deflate_init(): \"%s\" option must be %s", checks[i].key,
                        checks[i].range);
            return false;
        }
    }
    return true;
}

static rt_value_t fn_deflate_init(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t enc, v[4];
    phpvm_array_t *opts = NULL;
    if (!phpvm_arg_long(args, argc, 0, &enc) ||
        (phpvm_arg_given(argc, args, 1) && !(opts = phpvm_arg_array(args, argc, 1))))
        return RT_NOVALUE;
    char *dict;
    size_t dictlen;
    if (!deflate_options(opts, v) || !dictionary(opts, &dict, &dictlen))
        return RT_NOVALUE;
    if (!encoding_known(enc)) {
        free(dict);
        return phpvm_throw("ValueError", "deflate_init(): Argument #1 ($encoding) must be one of "
                           "ZLIB_ENCODING_RAW, ZLIB_ENCODING_GZIP, or ZLIB_ENCODING_DEFLATE");
    }
    zbox_t *b;
    rt_value_t o = context_new(false, &b);
    if (deflateInit2(&b->z, (int)v[0], Z_DEFLATED, window_bits(enc, v[2]), (int)v[1],
                     (int)v[3]) != Z_OK) {
        free(dict);
        phpvm_error(PHPVM_E_WARNING, "deflate_init(): Failed allocating zlib.deflate context");
        return rt_false;
    }
    zbox_live(b);
    if (dict)
        deflateSetDictionary(&b->z, (Bytef *)dict, (uInt)dictlen);
    free(dict);
    return o;
}

/* new DeflateContext / new InflateContext: only the *_init functions make them. */
static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    const char *name = phpvm_obj(self)->cls->name->data;
    return phpvm_throw("Error", "Cannot directly construct %s, use %s_init() instead", name,
                       strcmp(name, "InflateContext") == 0 ? "inflate" : "deflate");
}

static const phpvm_builtin_t ctx_methods[] = {
    {"__construct", m_construct, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void context_init(void)
{
    gc_root_add((rt_value_t *)classes, 2);
    gc_root_add((rt_value_t *)&hidden, 1);
    hidden = rt_str_intern(rt_str_new("\0zstream", 8));
    for (int i = 0; i < 2; i++) {
        classes[i] = phpvm_class_builtin(class_names[i], NULL, NULL, PHPVM_C_FINAL);
        phpvm_class_add_methods(classes[i], ctx_methods);
        phpvm_class_add_prop(classes[i], hidden, PHPVM_F_PRIVATE, rt_none);
        phpvm_class_declare(classes[i]);
    }
}

static const phpvm_builtin_t functions[] = {
    {"deflate_init", fn_deflate_init, 1, 2, "encoding,options", 0},
    {"deflate_add", fn_deflate_add, 2, 3, "context,data,flush_mode", 0},
    {"inflate_init", fn_inflate_init, 1, 2, "encoding,options", 0},
    {"inflate_add", fn_inflate_add, 2, 3, "context,data,flush_mode", 0},
    {"inflate_get_status", fn_inflate_get_status, 1, 1, "context", 0},
    {"inflate_get_read_len", fn_inflate_get_read_len, 1, 1, "context", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_zlib_context = {"zlib", functions, NULL, context_init, NULL,
                                             context_shutdown};
