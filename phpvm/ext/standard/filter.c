/*
** filter.c: ext/standard's stream filters: stream_filter_append/prepend/remove,
** stream_get_filters and php://filter/read=...|.../write=.../resource=... URLs, with the
** string.rot13, string.toupper, string.tolower, convert.base64-encode/decode,
** convert.quoted-printable-encode/decode, zlib.deflate/zlib.inflate (zlib's streaming codecs)
** and dechunk (HTTP chunked transfer decoding) filters, and the user filters of
** stream_filter_register (userfilter.c runs their PHP code). A filtered stream's FILE becomes
** a glibc cookie stream (fopencookie) layered over the former one: reads pull from it through
** the read chain, writes go out through the write chain, closing flushes the filters' tails
** (base64 padding, the deflate stream's end) and closes what lies beneath. The layer and its
** filters live in C memory (stdio calls them back, never the collector; a user filter's
** object is a GC root there); a "stream filter" resource only points at its filter, and a
** closed layer unhooks the resources that still do.
*/
#define _GNU_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self
#define MAXF 16 /* filters per direction */

enum { F_READ = 1, F_WRITE = 2 };
enum { K_ROT13, K_UPPER, K_LOWER, K_B64ENC, K_B64DEC, K_QPENC, K_QPDEC, K_DEFLATE, K_INFLATE,
       K_DECHUNK, K_CONSUMED, K_USER };

static const char *const filter_names[] = {
    "string.rot13",
    "string.toupper",
    "string.tolower",
    "convert.base64-encode",
    "convert.base64-decode",
    "convert.quoted-printable-encode",
    "convert.quoted-printable-decode",
    "zlib.deflate",
    "zlib.inflate",
    "dechunk",
    "consumed",
};

/* What one link of a chain did with its input: passed output on, or wants more input, or
** failed; the links after it run only on a pass. */
enum { PASS, FEED, FAIL };

/* dechunk's states, as an HTTP/1.1 chunked body reads */
enum { D_SIZE_START, D_SIZE, D_EXT, D_SIZE_LF, D_BODY, D_BODY_CR, D_BODY_LF, D_TRAILER, D_ERROR };

/* A growable malloc'ed byte buffer (the filters run inside stdio callbacks). */
typedef struct buf {
    char *data;
    size_t len, cap;
} buf_t;

static void buf_put(buf_t *b, const char *s, size_t n)
{
    if (n == 0)
        return; /* memcpy may not see a NULL buffer, even for nothing */
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown)
            rt_fatal_oom(cap);
        b->data = grown, b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void buf_putc(buf_t *b, char c) { buf_put(b, &c, 1); }

typedef struct layer layer_t;

typedef struct filter {
    int kind, dir;
    unsigned char carry[4]; /* bytes held back between chunks */
    int ncarry;
    layer_t *layer;
    struct fhandle *handle; /* the resource pointing here, or NULL */
    z_stream *z;            /* zlib.*: the codec's state; NULL once the stream has ended */
    int dstate;             /* dechunk: where in the chunked body */
    uint64_t dsize;         /* dechunk: the chunk's size, then the bytes left of it */
    rt_value_t obj;         /* K_USER: the php_user_filter object (a GC root) */
} filter_t;

/* A "stream filter" resource's payload. */
typedef struct fhandle {
    filter_t *f;
} fhandle_t;

struct layer {
    FILE *self;  /* the cookie stream this layer is */
    phpvm_resource_t *res; /* the stream owning self: a user filter's $this->stream */
    layer_t *next; /* the live layers (to find a stream's from its FILE) */
    FILE *inner; /* NULL: php://output */
    bool owned;
    filter_t *chain[2][MAXF]; /* [0] read, [1] write, in application order */
    int n[2];
    buf_t pending; /* filtered bytes read ahead */
    size_t pos;
    bool inner_eof;
    int busy;     /* user filters running now (PHP's "no fclose" while they do) */
    bool closing; /* the stream is going away: it is no valid stream to them any more */
};

/* ---- the filters ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_group(buf_t *out, const unsigned char *g, int n)
{
    unsigned v = (unsigned)g[0] << 16 | (n > 1 ? (unsigned)g[1] << 8 : 0) | (n > 2 ? g[2] : 0);
    char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], n > 1 ? b64[(v >> 6) & 63] : '=',
                 n > 2 ? b64[v & 63] : '='};
    buf_put(out, q, 4);
}

static int b64_value(unsigned char c)
{
    const char *p = c ? strchr(b64, c) : NULL;
    return p ? (int)(p - b64) : -1;
}

static void qp_put(buf_t *out, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    if (c == '=' || c >= 0x7f || (c < 32 && c != '\t')) {
        char e[3] = {'=', hex[c >> 4], hex[c & 15]};
        buf_put(out, e, 3);
    } else {
        buf_putc(out, (char)c);
    }
}

static int hexval(unsigned char c) { return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10; }

/* Decodes the carried bytes plus c as far as they go (soft breaks "=\r\n" and "=\n"). */
static void qp_step(filter_t *f, buf_t *out, unsigned char c)
{
    if (!f->ncarry) {
        if (c == '=')
            f->carry[f->ncarry++] = c;
        else
            buf_putc(out, (char)c);
        return;
    }
    f->carry[f->ncarry++] = c;
    unsigned char a = f->carry[1];
    if (f->ncarry == 2 && (a == '\n'))
        f->ncarry = 0; /* soft break */
    else if (f->ncarry == 2 && a == '\r')
        ; /* wait for the \n */
    else if (f->ncarry == 3 && a == '\r')
        f->ncarry = c == '\n' ? 0 : (buf_putc(out, (char)c), 0);
    else if (f->ncarry == 3 && isxdigit(a) && isxdigit(c)) {
        buf_putc(out, (char)(hexval(a) * 16 + hexval(c)));
        f->ncarry = 0;
    } else if (f->ncarry == 3 || (f->ncarry == 2 && !isxdigit(a))) {
        buf_put(out, (const char *)f->carry, (size_t)f->ncarry); /* not an escape: as is */
        f->ncarry = 0;
    }
}

/* Runs one byte-at-a-time filter over in[0..n) into out; closing: the input has ended, flush
** the tail. */
static void apply_bytes(filter_t *f, const unsigned char *in, size_t n, bool closing, buf_t *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = in[i];
        switch (f->kind) {
        case K_ROT13:
            buf_putc(out, (char)(isalpha(c) ? (tolower(c) < 'n' ? c + 13 : c - 13) : c));
            break;
        case K_UPPER: buf_putc(out, (char)(c >= 'a' && c <= 'z' ? c - 32 : c)); break;
        case K_LOWER: buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c)); break;
        case K_B64ENC:
            f->carry[f->ncarry++] = c;
            if (f->ncarry == 3)
                b64_group(out, f->carry, 3), f->ncarry = 0;
            break;
        case K_B64DEC: {
            int v = b64_value(c);
            if (v < 0)
                break; /* whitespace, padding, anything else: skipped */
            f->carry[f->ncarry++] = (unsigned char)v;
            if (f->ncarry == 4) {
                unsigned w = (unsigned)f->carry[0] << 18 | (unsigned)f->carry[1] << 12 |
                             (unsigned)f->carry[2] << 6 | f->carry[3];
                char o[3] = {(char)(w >> 16), (char)(w >> 8), (char)w};
                buf_put(out, o, 3);
                f->ncarry = 0;
            }
            break;
        }
        case K_QPENC: qp_put(out, c); break;
        case K_QPDEC: qp_step(f, out, c); break;
        }
    }
    if (!closing || !f->ncarry)
        return;
    if (f->kind == K_B64ENC) {
        b64_group(out, f->carry, f->ncarry);
    } else if (f->kind == K_B64DEC && f->ncarry > 1) {
        unsigned w = (unsigned)f->carry[0] << 18 | (unsigned)f->carry[1] << 12 |
                     (f->ncarry > 2 ? (unsigned)f->carry[2] << 6 : 0);
        char o[2] = {(char)(w >> 16), (char)(w >> 8)};
        buf_put(out, o, (size_t)f->ncarry - 1);
    } else if (f->kind == K_QPDEC) {
        buf_put(out, (const char *)f->carry, (size_t)f->ncarry);
    }
    f->ncarry = 0;
}

/* dechunk: one byte of a chunked body (sizes in hex, ";extensions", CRLF or LF line ends, a
** zero-size chunk then trailers); once the body stops making sense, the rest passes as is. */
static void dechunk(filter_t *f, unsigned char c, buf_t *out)
{
    switch (f->dstate) {
    case D_SIZE_START:
        f->dsize = 0;
        /* fall through */
    case D_SIZE:
        if (isxdigit(c)) {
            f->dsize = f->dsize * 16 + (uint64_t)hexval(c);
            f->dstate = D_SIZE;
            return;
        }
        if (f->dstate == D_SIZE_START)
            break;
        f->dstate = D_EXT;
        /* fall through */
    case D_EXT:
        if (c == '\r')
            f->dstate = D_SIZE_LF;
        else if (c == '\n')
            f->dstate = f->dsize ? D_BODY : D_TRAILER;
        return;
    case D_SIZE_LF:
        if (c != '\n')
            break;
        f->dstate = f->dsize ? D_BODY : D_TRAILER;
        return;
    case D_BODY:
        buf_putc(out, (char)c);
        if (--f->dsize == 0)
            f->dstate = D_BODY_CR;
        return;
    case D_BODY_CR:
        if (c == '\r') {
            f->dstate = D_BODY_LF;
            return;
        }
        /* fall through */
    case D_BODY_LF:
        if (c != '\n')
            break;
        f->dstate = D_SIZE_START;
        return;
    case D_TRAILER: return;
    default: buf_putc(out, (char)c); return;
    }
    f->dstate = D_ERROR;
    buf_putc(out, (char)c);
}

/* zlib.deflate/zlib.inflate: in[0..n) through the codec, its end written at closing. An
** inflated stream's end ends the filter: later input is dropped. */
static int apply_zlib(filter_t *f, const unsigned char *in, size_t n, bool closing, buf_t *out)
{
    if (!f->z)
        return FEED;
    bool def = f->kind == K_DEFLATE;
    unsigned char chunk[8192];
    size_t before = out->len;
    f->z->next_in = (Bytef *)in;
    f->z->avail_in = (uInt)n;
    int st;
    do {
        f->z->next_out = chunk;
        f->z->avail_out = sizeof chunk;
        st = def ? deflate(f->z, closing ? Z_FINISH : Z_NO_FLUSH)
                 : inflate(f->z, closing ? Z_FINISH : Z_SYNC_FLUSH);
        buf_put(out, (const char *)chunk, sizeof chunk - f->z->avail_out);
    } while (st == Z_OK && (f->z->avail_in || f->z->avail_out == 0));
    if (st == Z_STREAM_END) {
        def ? deflateEnd(f->z) : inflateEnd(f->z);
        free(f->z);
        f->z = NULL;
    } else if (st != Z_OK && st != Z_BUF_ERROR) {
        phpvm_error(PHPVM_E_NOTICE, "%s(): zlib: %s", phpvm_cur_builtin, zError(st));
        return FAIL;
    }
    return out->len > before ? PASS : FEED;
}

/* A user filter's filter() over in[0..n): no PHP code runs in the collector's sweep (a stream
** dying unclosed) or with an exception pending. */
static int apply_user(filter_t *f, const unsigned char *in, size_t n, bool closing, buf_t *out)
{
    if (gc_collecting() || rt_exc_pending())
        return FAIL;
    layer_t *l = f->layer;
    l->busy++;
    rt_value_t r = phpvm_std_userfilter_run(f->obj, l->res ? rt_from_ptr(l->res) : 0,
                                            (const char *)in, n, closing, f->dir == F_WRITE);
    l->busy--;
    if (r == RT_NOVALUE || r == rt_false)
        return FAIL;
    if (r == rt_none)
        return FEED;
    buf_put(out, phpvm_str(r)->data, (size_t)phpvm_str(r)->len);
    return PASS;
}

/* Runs one filter over in[0..n) into out: PASS, FEED or FAIL. */
static int apply(filter_t *f, const unsigned char *in, size_t n, bool closing, buf_t *out)
{
    switch (f->kind) {
    case K_DEFLATE:
    case K_INFLATE: return apply_zlib(f, in, n, closing, out);
    case K_USER: return apply_user(f, in, n, closing, out);
    case K_DECHUNK:
        for (size_t i = 0; i < n; i++)
            dechunk(f, in[i], out);
        return PASS;
    case K_CONSUMED: buf_put(out, (const char *)in, n); return PASS;
    default: apply_bytes(f, in, n, closing, out); return PASS;
    }
}

/* Data through a whole chain (one direction); the result in *out (reset first): nothing
** when a link holds its output back or fails. FAIL when one failed. */
static int run_chain(filter_t **chain, int n, const char *in, size_t len, bool closing,
                     buf_t *out)
{
    buf_t a = {0}, b = {0};
    buf_put(&a, in, len);
    int st = PASS;
    for (int i = 0; i < n && st == PASS; i++) {
        b.len = 0;
        st = apply(chain[i], (const unsigned char *)a.data, a.len, closing, &b);
        buf_t t = a;
        a = b, b = t;
    }
    out->len = 0;
    if (st == PASS)
        buf_put(out, a.data ? a.data : "", a.len);
    free(a.data);
    free(b.data);
    return st;
}

/* ---- the cookie stream ---- */

static ssize_t layer_read(void *cookie, char *dst, size_t size)
{
    layer_t *l = cookie;
    char chunk[8192];
    buf_t out = {0};
    if (l->pos == l->pending.len)
        l->pending.len = l->pos = 0;
    /* as PHP fills its read buffer once it has run dry: chunk after chunk until a chunk's
    ** worth (or the request) is there or the end (where the filters run once more, closing)
    ** has been seen */
    size_t want = size > sizeof chunk ? size : sizeof chunk;
    while (l->pos == 0 && l->pending.len < want && !l->inner_eof && l->inner) {
        size_t got = fread(chunk, 1, sizeof chunk, l->inner);
        /* a failed filter ends the stream, as PHP's borked stream reads as at its end */
        l->inner_eof = run_chain(l->chain[0], l->n[0], chunk, got, got == 0, &out) == FAIL ||
                       got == 0;
        buf_put(&l->pending, out.data ? out.data : "", out.len);
    }
    free(out.data);
    size_t n = l->pending.len - l->pos < size ? l->pending.len - l->pos : size;
    memcpy(dst, l->pending.data + l->pos, n);
    l->pos += n;
    return (ssize_t)n;
}

static void emit(layer_t *l, const buf_t *out)
{
    if (!out->len)
        return;
    if (l->inner) {
        fwrite(out->data, 1, out->len, l->inner);
        fflush(l->inner); /* the filtered bytes reach the file as they would in PHP */
    } else
        phpvm_out(out->data, out->len);
}

static ssize_t layer_write(void *cookie, const char *src, size_t size)
{
    layer_t *l = cookie;
    buf_t out = {0};
    run_chain(l->chain[1], l->n[1], src, size, false, &out);
    emit(l, &out);
    free(out.data);
    return (ssize_t)size;
}

static int layer_seek(void *cookie, off64_t *pos, int whence)
{
    layer_t *l = cookie;
    if (!l->inner || fseeko(l->inner, *pos, whence) != 0)
        return -1;
    l->pending.len = l->pos = 0;
    l->inner_eof = false;
    *pos = ftello(l->inner);
    return 0;
}

/* Flushes the tails of chain d's filters from filter i on (a removal: i the removed one), as
** PHP's filter flush: each of them runs as closing. The write chain's goes out to the stream,
** the read chain's to what the next reads return. FAIL when a filter failed. */
static int flush_tail(layer_t *l, int d, int from)
{
    buf_t out = {0};
    int st = run_chain(l->chain[d] + from, l->n[d] - from, "", 0, true, &out);
    if (d)
        emit(l, &out);
    else
        buf_put(&l->pending, out.data ? out.data : "", out.len);
    free(out.data);
    return st;
}

/* Releases a filter: its codec, a user filter's onClose() and root, the resource's link. */
static void filter_free(filter_t *f)
{
    if (f->z) {
        f->kind == K_DEFLATE ? deflateEnd(f->z) : inflateEnd(f->z);
        free(f->z);
    }
    if (f->kind == K_USER) {
        phpvm_std_userfilter_close(f->obj);
        gc_root_remove(&f->obj);
    }
    if (f->handle)
        f->handle->f = NULL;
    free(f);
}

static layer_t *layers;

static int layer_close(void *cookie)
{
    layer_t *l = cookie;
    l->closing = true;
    flush_tail(l, 1, 0);
    for (layer_t **p = &layers; *p; p = &(*p)->next)
        if (*p == l) {
            *p = l->next;
            break;
        }
    if (l->inner)
        fflush(l->inner);
    if (l->inner && l->owned)
        fclose(l->inner);
    for (int d = 0; d < 2; d++)
        for (int i = 0; i < l->n[d]; i++)
            filter_free(l->chain[d][i]);
    free(l->pending.data);
    free(l);
    return 0;
}

static const cookie_io_functions_t layer_io = {layer_read, layer_write, layer_seek, layer_close};

int phpvm_std_filter_busy(FILE *fp)
{
    for (layer_t *l = layers; l; l = l->next)
        if (l->self == fp)
            return l->closing ? 2 : l->busy ? 1 : 0;
    return 0;
}

/* ---- stream_filter_* ---- */

static void handle_free(void *p)
{
    fhandle_t *h = p;
    if (h->f)
        h->f->handle = NULL;
    free(h);
}

static int filter_kind(const char *name)
{
    for (size_t i = 0; i < sizeof filter_names / sizeof filter_names[0]; i++)
        if (strcasecmp(name, filter_names[i]) == 0)
            return (int)i;
    return -1;
}

/* The layer of the stream argument args[i], made over its FILE the first time; NULL with
** the TypeError of a non-stream pending. *modes: F_READ | F_WRITE as the stream allows. */
static layer_t *layer_of(rt_value_t *args, int i, int *modes)
{
    FILE *fp;
    bool owned, r, w;
    if (!phpvm_std_stream_layer(args, i, &fp, &owned, &r, &w))
        return NULL;
    *modes = (r ? F_READ : 0) | (w ? F_WRITE : 0);
    for (layer_t *l = layers; l; l = l->next)
        if (fp && l->self == fp)
            return l;
    layer_t *l = calloc(1, sizeof *l);
    l->res = (phpvm_resource_t *)rt_ptr(phpvm_deref(args[i]));
    l->inner = fp;
    l->owned = owned;
    if (fp)
        fflush(fp);
    l->self = fopencookie(l, r && w ? "r+" : r ? "r" : "w", layer_io);
    setvbuf(l->self, NULL, _IONBF, 0); /* PHP's filters see each write as it happens */
    l->next = layers;
    layers = l;
    phpvm_std_stream_relayer(args, i, l->self);
    return l;
}

/* params[key] as an int; false when params is no array or has no such key. */
static bool param_int(rt_value_t params, const char *key, int64_t *v)
{
    rt_value_t x = params && phpvm_is_array(params)
                       ? phpvm_array_get(phpvm_arr(params), phpvm_cstr(key)) : RT_NOVALUE;
    if (x == RT_NOVALUE)
        return false;
    *v = phpvm_to_int(phpvm_deref(x));
    return true;
}

/* A zlib.* filter's parameter: params[key] when in [lo, hi], else dflt after PHP's warning. */
static int zparam(rt_value_t params, const char *key, int lo, int hi, int dflt, const char *what)
{
    int64_t v;
    if (!param_int(params, key, &v))
        return dflt;
    if (v >= lo && v <= hi)
        return (int)v;
    phpvm_error(PHPVM_E_WARNING, "%s(): Invalid parameter given for %s (%lld)",
                phpvm_cur_builtin, what, (long long)v);
    return dflt;
}

/* The codec of a zlib.deflate (params: a level, or an array of level, window and memory) or
** zlib.inflate (params: an array with window) filter, as PHP's filter factory reads them;
** NULL when zlib refuses them. Raw deflate unless the window says otherwise. */
static z_stream *zlib_new(int kind, rt_value_t params)
{
    z_stream *z = calloc(1, sizeof *z);
    int st;
    if (kind == K_INFLATE) {
        st = inflateInit2(z, zparam(params, "window", -MAX_WBITS, MAX_WBITS + 32, -MAX_WBITS,
                                    "window size"));
    } else {
        int mem = zparam(params, "memory", 1, MAX_MEM_LEVEL, MAX_MEM_LEVEL, "memory level");
        int window = zparam(params, "window", -MAX_WBITS, MAX_WBITS + 16, -MAX_WBITS,
                            "window size");
        int64_t level = Z_DEFAULT_COMPRESSION;
        bool given = param_int(params, "level", &level);
        phpvm_kind_t k = params ? phpvm_kind(params) : PHPVM_ARRAY;
        if (!given && (k == PHPVM_INT || k == PHPVM_FLOAT || k == PHPVM_STRING))
            level = phpvm_to_int(params), given = true;
        else if (!given && k != PHPVM_ARRAY)
            phpvm_error(PHPVM_E_WARNING, "%s(): Invalid filter parameter, ignored",
                        phpvm_cur_builtin);
        if (given && (level < -1 || level > 9)) {
            phpvm_error(PHPVM_E_WARNING, "%s(): Invalid compression level specified. (%lld)",
                        phpvm_cur_builtin, (long long)level);
            level = Z_DEFAULT_COMPRESSION;
        }
        st = deflateInit2(z, (int)level, Z_DEFLATED, window, mem, Z_DEFAULT_STRATEGY);
    }
    if (st == Z_OK)
        return z;
    free(z);
    return NULL;
}

/* A new filter of kind for direction dir of layer l; NULL with an exception pending, or when
** it could not be made (after the warnings saying why). */
static filter_t *filter_new(int kind, int dir, layer_t *l, const char *name, rt_value_t params)
{
    filter_t *f = calloc(1, sizeof *f);
    f->kind = kind, f->dir = dir, f->layer = l;
    if (kind == K_DEFLATE || kind == K_INFLATE) {
        if (!(f->z = zlib_new(kind, params)))
            goto fail;
    } else if (kind == K_USER) {
        rt_value_t obj = phpvm_std_userfilter_new(name, params);
        if (obj == RT_NOVALUE || obj == rt_false)
            goto fail;
        f->obj = obj;
        gc_root_add(&f->obj, 1);
    }
    return f;
fail:
    free(f);
    return NULL;
}

/* stream_filter_append (prepend false) and stream_filter_prepend. */
static rt_value_t attach(rt_value_t *args, int argc, bool prepend)
{
    rt_str_t *name = phpvm_arg_str(args, argc, 1);
    int64_t rw = 0;
    if (!name || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &rw)))
        return RT_NOVALUE;
    rt_value_t params = phpvm_arg_given(argc, args, 3) ? phpvm_deref(args[3]) : 0;
    int kind = filter_kind(name->data), modes;
    if (kind < 0 && phpvm_std_userfilter_exists(name->data))
        kind = K_USER;
    FILE *fp;
    bool owned, r, w;
    if (!phpvm_std_stream_layer(args, 0, &fp, &owned, &r, &w))
        return RT_NOVALUE;
    if (kind < 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Unable to %slocate filter \"%s\"", phpvm_cur_builtin,
                    strchr(name->data, '.') ? "create or " : "", name->data);
        return rt_false;
    }
    layer_t *l = layer_of(args, 0, &modes);
    if (!l)
        return RT_NOVALUE;
    if (!rw)
        rw = modes;
    fhandle_t *h = calloc(1, sizeof *h);
    for (int d = 0; d < 2; d++) {
        if (!(rw & (d ? F_WRITE : F_READ)) || l->n[d] == MAXF)
            continue;
        filter_t *f = filter_new(kind, d ? F_WRITE : F_READ, l, name->data, params);
        if (!f) {
            free(h);
            phpvm_error(PHPVM_E_WARNING, "%s(): Unable to create or locate filter \"%s\"",
                        phpvm_cur_builtin, name->data);
            return rt_exc_pending() ? RT_NOVALUE : rt_false;
        }
        if (prepend) {
            memmove(l->chain[d] + 1, l->chain[d], (size_t)l->n[d] * sizeof *l->chain[d]);
            l->chain[d][0] = f;
        } else {
            l->chain[d][l->n[d]] = f;
        }
        l->n[d]++;
        if (h->f) /* both directions: the resource is the write filter's, as PHP's */
            h->f->handle = NULL;
        h->f = f;
        f->handle = h;
    }
    return rt_from_ptr(phpvm_resource_new("stream filter", h, handle_free));
}

static rt_value_t fn_stream_filter_append(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return attach(args, argc, false);
}

static rt_value_t fn_stream_filter_prepend(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return attach(args, argc, true);
}

/* Detaches the filter, a write filter's tail flushed through the rest of the chain first. */
static rt_value_t fn_stream_filter_remove(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    phpvm_resource_t *r = phpvm_is_resource(v) ? (phpvm_resource_t *)rt_ptr(v) : NULL;
    if (!r)
        return phpvm_throw("TypeError", "stream_filter_remove(): Argument #1 ($stream_filter) "
                                        "must be of type resource, %s given", phpvm_type_name(v));
    fhandle_t *h = r->data && strcmp(r->type, "stream filter") == 0 ? r->data : NULL;
    if (!h || !h->f) /* (a filter whose stream closed is gone with it) */
        return phpvm_throw("TypeError", "stream_filter_remove(): supplied resource is not a "
                                        "valid stream filter resource");
    filter_t *f = h->f;
    layer_t *l = f->layer;
    int d = f->dir == F_WRITE, i = 0;
    while (l->chain[d][i] != f)
        i++;
    if (d)
        fflush(l->self);
    if (flush_tail(l, d, i) == FAIL) {
        phpvm_error(PHPVM_E_WARNING, "stream_filter_remove(): Unable to flush filter, not "
                                     "removing");
        return rt_false;
    }
    memmove(l->chain[d] + i, l->chain[d] + i + 1, (size_t)(l->n[d] - i - 1) * sizeof(filter_t *));
    l->n[d]--;
    filter_free(f);
    phpvm_resource_close(r);
    return rt_true;
}

/* The built-in filters as stream_get_filters() lists them (families as wildcards). */
static const char *const listed[] = {"zlib.*", "string.rot13", "string.toupper",
                                     "string.tolower", "convert.*", "consumed", "dechunk"};

static rt_value_t fn_stream_get_filters(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *a = phpvm_array_new(8);
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
        phpvm_array_append(a, phpvm_cstr(listed[i]));
    phpvm_std_userfilter_names(a);
    return rt_from_ptr(a);
}

bool phpvm_std_filter_known(const char *name)
{
    if (filter_kind(name) >= 0)
        return true;
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
        if (strcasecmp(name, listed[i]) == 0)
            return true;
    return false;
}

/* Adds the '|'-separated filters of spec[0..n) to the stream *v in direction rw. */
static bool add_filters(rt_value_t *v, const char *spec, size_t n, int64_t rw)
{
    while (n > 0) {
        const char *bar = memchr(spec, '|', n);
        size_t len = bar ? (size_t)(bar - spec) : n;
        rt_value_t args[3] = {*v, phpvm_str_value(spec, len), rt_small(rw)};
        rt_value_t r = attach(args, 3, false);
        if (r == rt_false || r == RT_NOVALUE)
            phpvm_error(PHPVM_E_WARNING, "%s(): Unable to create filter (%.*s)",
                        phpvm_cur_builtin, (int)len, spec);
        if (r == RT_NOVALUE)
            return false;
        spec += len + (bar ? 1 : 0);
        n -= len + (bar ? 1 : 0);
    }
    return true;
}

rt_value_t phpvm_std_filter_url(rt_str_t *url, const char *mode)
{
    const char *p = url->data + strlen("php://filter/"), *res = strstr(p, "resource=");
    if (!res) {
        phpvm_error(PHPVM_E_WARNING, "%s(): No URL resource specified", phpvm_cur_builtin);
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: operation failed",
                    phpvm_cur_builtin, url->data);
        return rt_false;
    }
    rt_value_t v = phpvm_std_fopen(rt_str_from_cstr(res + 9), mode);
    if (!phpvm_is_resource(v))
        return v;
    while (p < res) {
        const char *slash = memchr(p, '/', (size_t)(res - p));
        size_t len = slash ? (size_t)(slash - p) : (size_t)(res - p);
        int64_t rw = F_READ | F_WRITE;
        size_t skip = 0;
        if (len > 5 && strncasecmp(p, "read=", 5) == 0)
            rw = F_READ, skip = 5;
        else if (len > 6 && strncasecmp(p, "write=", 6) == 0)
            rw = F_WRITE, skip = 6;
        if (len > skip && !add_filters(&v, p + skip, len - skip, rw))
            return RT_NOVALUE;
        p += len + 1;
    }
    return v;
}

static const phpvm_builtin_t functions[] = {
    {"stream_filter_append", fn_stream_filter_append, 2, 4, "stream,filter_name,mode,params", 0},
    {"stream_filter_prepend", fn_stream_filter_prepend, 2, 4, "stream,filter_name,mode,params",
     0},
    {"stream_filter_remove", fn_stream_filter_remove, 1, 1, "stream_filter", 0},
    {"stream_get_filters", fn_stream_get_filters, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"STREAM_FILTER_READ", F_READ},
    {"STREAM_FILTER_WRITE", F_WRITE},
    {"STREAM_FILTER_ALL", F_READ | F_WRITE},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_filters = {"standard", functions, constants, NULL, NULL, NULL};
