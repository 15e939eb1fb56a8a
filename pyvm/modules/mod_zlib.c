/*
** mod_zlib.c: the native `zlib` module (modules.h) on Debian's zlib, with CPython's API and error
** messages: compress/decompress, compressobj/decompressobj streams (copy, flush, max_length,
** unused_data, unconsumed_tail, eof, zdict), crc32/adler32 and the constants. gzip, zipfile and
** tarfile from the standard library run on it. A stream's z_stream is malloc'd (zlib keeps
** pointers into it), owned by its object and ended by the object's finalizer.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "pyvm/modules/modules.h"

typedef struct zstream {
    rt_obj_t hdr;
    z_stream *zs;             /* NULL once ended (a finished compressor) or never started */
    bool inflating;           /* a Decompress object (else Compress) */
    bool eof;                 /* Decompress: the end of the compressed stream was reached */
    rt_value_t unused_data;   /* Decompress: bytes after the end of the stream */
    rt_value_t unconsumed_tail; /* Decompress: input max_length left unprocessed */
    rt_value_t zdict;         /* Decompress: the dictionary for Z_NEED_DICT, or 0 */
} zstream_t;

static void zstream_trace(gc_tracer_t *tracer, void *obj)
{
    zstream_t *z = obj;
    gc_visit(tracer, z->unused_data);
    gc_visit(tracer, z->unconsumed_tail);
    gc_visit(tracer, z->zdict);
}

static void end_stream(zstream_t *z)
{
    if (!z->zs)
        return;
    if (z->inflating)
        inflateEnd(z->zs);
    else
        deflateEnd(z->zs);
    pyvm_mod_release(z->zs);
    free(z->zs);
    z->zs = NULL;
}

static void zstream_finalize(void *obj) { end_stream(obj); }

static rt_type_t compress_type = RT_TYPE_INIT("Compress", zstream_trace, zstream_finalize, 0);
static rt_type_t decompress_type = RT_TYPE_INIT("Decompress", zstream_trace, zstream_finalize, 0);
static pyvm_class_t *compress_cls, *decompress_cls, *error_cls;

#define ZS(v) ((zstream_t *)rt_ptr(v))
#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
#define CHUNK 16384

/* zlib.error("Error <code> <doing>[: <zlib's message or CPython's word for the code>]"). */
static rt_value_t zlib_error(const z_stream *zs, int err, const char *doing)
{
    const char *msg = err == Z_VERSION_ERROR ? "library version mismatch" : zs ? zs->msg : NULL;
    if (!msg)
        msg = err == Z_BUF_ERROR      ? "incomplete or truncated stream"
              : err == Z_STREAM_ERROR ? "inconsistent stream state"
              : err == Z_DATA_ERROR   ? "invalid input data"
                                      : NULL;
    char text[300];
    if (msg)
        snprintf(text, sizeof text, "Error %d %s: %.200s", err, doing, msg);
    else
        snprintf(text, sizeof text, "Error %d %s", err, doing);
    return pyvm_raise_cls(error_cls, "%s", text);
}

static bool bytes_arg(rt_value_t v, const char **d, int64_t *len)
{
    if (pyvm_bytes_like(v, d, len))
        return true;
    rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'", pyvm_type_name(v));
    return false;
}

/* An optional int argument (v absent: dflt). */
static bool int_arg(rt_value_t v, int64_t dflt, int64_t *out)
{
    *out = dflt;
    return !v || pyvm_index_i64(v, out);
}

/* A fresh malloc'd z_stream listed with pyvm_mod_keep, or NULL with MemoryError pending. */
static z_stream *new_zs(void)
{
    z_stream *zs = calloc(1, sizeof *zs);
    if (zs && pyvm_mod_keep(zs))
        return zs;
    free(zs);
    rt_raise(RT_EXC_MEMORY, "Can't allocate memory for compression object");
    return NULL;
}

static void drop_zs(z_stream *zs)
{
    pyvm_mod_release(zs);
    free(zs);
}

/* Runs deflate or inflate with `flush` over the input zs holds, appending output to b until
** the input is used up (or, max_out > 0, the output reached max_out bytes). Returns zlib's
** last status (Z_BUF_ERROR when no progress was possible, which callers treat as done). */
static int pump(z_stream *zs, bool inflating, int flush, rt_strbuf_t *b, int64_t max_out)
{
    unsigned char chunk[CHUNK];
    int err;
    do {
        size_t room = CHUNK;
        if (max_out > 0 && (int64_t)b->len + (int64_t)room > max_out)
            room = (size_t)(max_out - (int64_t)b->len);
        if (room == 0)
            return Z_OK;
        zs->next_out = chunk;
        zs->avail_out = (uInt)room;
        err = inflating ? inflate(zs, flush) : deflate(zs, flush);
        rt_strbuf_append(b, (const char *)chunk, room - zs->avail_out);
        if (err == Z_STREAM_END || (err != Z_OK && err != Z_BUF_ERROR))
            return err;
    } while (zs->avail_out == 0 || zs->avail_in > 0);
    return err;
}

static void set_input(z_stream *zs, const char *d, int64_t len)
{
    zs->next_in = (Bytef *)(uintptr_t)d;
    zs->avail_in = (uInt)len;
}

/* Inputs past 4 GiB would need feeding in pieces; CPython does, this module refuses them. */
static bool input_fits(int64_t len)
{
    if (len <= (int64_t)UINT_MAX)
        return true;
    rt_raise(RT_EXC_OVERFLOW, "input of %lld bytes is too large for one zlib call",
             (long long)len);
    return false;
}

static rt_value_t finish_bytes(rt_strbuf_t *b)
{
    return rt_from_ptr(rt_strbuf_finish(b, &rt_type_bytes));
}

/* compress(data, /, level=-1, wbits=15) */
FN(z_compress)
{
    (void)self;
    static const char *const names[] = {"", "level", "wbits", NULL};
    rt_value_t v[3];
    const char *d;
    int64_t len, level, wbits;
    if (!pyvm_parse_args("compress", a, n, kw, names, 1, v) || !bytes_arg(v[0], &d, &len) ||
        !int_arg(v[1], Z_DEFAULT_COMPRESSION, &level) || !int_arg(v[2], MAX_WBITS, &wbits) ||
        !input_fits(len))
        return RT_NOVALUE;
    z_stream zs = {0};
    int err = deflateInit2(&zs, (int)level, Z_DEFLATED, (int)wbits, 8, Z_DEFAULT_STRATEGY);
    if (err == Z_STREAM_ERROR)
        return pyvm_raise_cls(error_cls, "Bad compression level");
    if (err != Z_OK)
        return zlib_error(&zs, err, "while compressing data");
    rt_strbuf_t b;
    rt_strbuf_init(&b, deflateBound(&zs, (uLong)len));
    set_input(&zs, d, len);
    err = pump(&zs, false, Z_FINISH, &b, 0);
    deflateEnd(&zs);
    if (err != Z_STREAM_END)
        return zlib_error(&zs, err, "while compressing data");
    return finish_bytes(&b);
}

/* decompress(data, /, wbits=15, bufsize=16384) */
FN(z_decompress)
{
    (void)self;
    static const char *const names[] = {"", "wbits", "bufsize", NULL};
    rt_value_t v[3];
    const char *d;
    int64_t len, wbits, bufsize;
    if (!pyvm_parse_args("decompress", a, n, kw, names, 1, v) || !bytes_arg(v[0], &d, &len) ||
        !int_arg(v[1], MAX_WBITS, &wbits) || !int_arg(v[2], CHUNK, &bufsize) ||
        !input_fits(len))
        return RT_NOVALUE;
    if (bufsize < 0)
        return rt_raise(RT_EXC_VALUE, "bufsize must be non-negative");
    z_stream zs = {0};
    set_input(&zs, d, len);
    int err = inflateInit2(&zs, (int)wbits);
    if (err != Z_OK)
        return zlib_error(&zs, err, "while preparing to decompress data");
    rt_strbuf_t b;
    rt_strbuf_init(&b, bufsize > 0 ? (size_t)bufsize : 1);
    err = pump(&zs, true, Z_NO_FLUSH, &b, 0);
    inflateEnd(&zs);
    if (err != Z_STREAM_END)
        return zlib_error(&zs, err == Z_OK ? Z_BUF_ERROR : err, "while decompressing data");
    return finish_bytes(&b);
}

static zstream_t *new_object(bool inflating)
{
    zstream_t *z = rt_alloc(inflating ? &decompress_type : &compress_type, sizeof *z);
    z->inflating = inflating;
    z->unused_data = z->unconsumed_tail = rt_from_ptr(rt_bytes_new("", 0));
    gc_write_barrier(z);
    return z;
}

/* compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8, strategy=0, zdict=None) */
FN(z_compressobj)
{
    (void)self;
    static const char *const names[] = {"level", "method", "wbits", "memLevel", "strategy",
                                        "zdict", NULL};
    rt_value_t v[6];
    int64_t level, method, wbits, mem, strategy, dlen = 0;
    const char *dict = NULL;
    if (!pyvm_parse_args("compressobj", a, n, kw, names, 0, v) ||
        !int_arg(v[0], Z_DEFAULT_COMPRESSION, &level) || !int_arg(v[1], Z_DEFLATED, &method) ||
        !int_arg(v[2], MAX_WBITS, &wbits) || !int_arg(v[3], 8, &mem) ||
        !int_arg(v[4], Z_DEFAULT_STRATEGY, &strategy) ||
        (v[5] && v[5] != rt_none && !bytes_arg(v[5], &dict, &dlen)))
        return RT_NOVALUE;
    zstream_t *z = new_object(false);
    z_stream *zs = new_zs();
    if (!zs)
        return RT_NOVALUE;
    int err = deflateInit2(zs, (int)level, (int)method, (int)wbits, (int)mem, (int)strategy);
    if (err == Z_OK && dict)
        err = deflateSetDictionary(zs, (const Bytef *)dict, (uInt)dlen);
    if (err != Z_OK) {
        if (err != Z_MEM_ERROR)
            deflateEnd(zs);
        drop_zs(zs);
        return err == Z_STREAM_ERROR ? rt_raise(RT_EXC_VALUE, "Invalid initialization option")
                                     : zlib_error(NULL, err, "while creating compression object");
    }
    z->zs = zs;
    return rt_from_ptr(z);
}

/* decompressobj(wbits=15, zdict=b'') */
FN(z_decompressobj)
{
    (void)self;
    static const char *const names[] = {"wbits", "zdict", NULL};
    rt_value_t v[2];
    int64_t wbits, dlen = 0;
    const char *dict = NULL;
    if (!pyvm_parse_args("decompressobj", a, n, kw, names, 0, v) ||
        !int_arg(v[0], MAX_WBITS, &wbits) || (v[1] && !bytes_arg(v[1], &dict, &dlen)))
        return RT_NOVALUE;
    zstream_t *z = new_object(true);
    z_stream *zs = new_zs();
    if (!zs)
        return RT_NOVALUE;
    int err = inflateInit2(zs, (int)wbits);
    if (err == Z_OK && dict && wbits < 0) /* a raw stream never asks: set it now */
        err = inflateSetDictionary(zs, (const Bytef *)dict, (uInt)dlen);
    if (err != Z_OK) {
        if (err != Z_MEM_ERROR)
            inflateEnd(zs);
        drop_zs(zs);
        return err == Z_STREAM_ERROR ? rt_raise(RT_EXC_VALUE, "Invalid initialization option")
                                     : zlib_error(NULL, err, "while creating decompression object");
    }
    z->zs = zs;
    RT_STORE(z, zdict, dict ? v[1] : RT_NOVALUE);
    return rt_from_ptr(z);
}

static bool live_stream(zstream_t *z)
{
    if (z->zs)
        return true;
    zlib_error(NULL, Z_STREAM_ERROR, z->inflating ? "while decompressing data"
                                                  : "while compressing data");
    return false;
}

/* Compress.compress(data) */
FN(c_compress)
{
    (void)n, (void)kw;
    zstream_t *z = ZS(self);
    const char *d;
    int64_t len;
    if (!bytes_arg(a[0], &d, &len) || !input_fits(len) || !live_stream(z))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    set_input(z->zs, d, len);
    int err = pump(z->zs, false, Z_NO_FLUSH, &b, 0);
    if (err != Z_OK && err != Z_BUF_ERROR)
        return zlib_error(z->zs, err, "while compressing data");
    return finish_bytes(&b);
}

/* Compress.flush(mode=Z_FINISH): Z_FINISH ends the stream; Z_NO_FLUSH returns b''. */
FN(c_flush)
{
    (void)kw;
    zstream_t *z = ZS(self);
    int64_t mode = Z_FINISH;
    if (n && !pyvm_index_i64(a[0], &mode))
        return RT_NOVALUE;
    if (mode == Z_NO_FLUSH)
        return rt_from_ptr(rt_bytes_new("", 0));
    if (!live_stream(z))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    set_input(z->zs, "", 0);
    int err = pump(z->zs, false, (int)mode, &b, 0);
    if (mode == Z_FINISH && err == Z_STREAM_END)
        end_stream(z);
    else if (err != Z_OK && err != Z_BUF_ERROR)
        return zlib_error(z->zs, err, "while flushing");
    return finish_bytes(&b);
}

/* Compress.copy() / Decompress.copy(): an independent stream in the same state. */
FN(s_copy)
{
    (void)a, (void)n, (void)kw;
    zstream_t *z = ZS(self);
    if (!z->zs)
        return rt_raise(RT_EXC_VALUE, "Inconsistent stream state");
    zstream_t *c = new_object(z->inflating);
    z_stream *zs = new_zs();
    if (!zs)
        return RT_NOVALUE;
    int err = z->inflating ? inflateCopy(zs, z->zs) : deflateCopy(zs, z->zs);
    if (err != Z_OK) {
        drop_zs(zs);
        return err == Z_STREAM_ERROR ? rt_raise(RT_EXC_VALUE, "Inconsistent stream state")
                                     : zlib_error(z->zs, err, "while copying compression object");
    }
    c->zs = zs;
    c->eof = z->eof;
    c->unused_data = z->unused_data;
    c->unconsumed_tail = z->unconsumed_tail;
    c->zdict = z->zdict;
    gc_write_barrier(c);
    return rt_from_ptr(c);
}

/* After inflating input [d, d + len): as CPython does, the end of the stream appends what input
** is left to unused_data; then, when input is left or a tail was kept before, the unconsumed
** tail becomes the bytes from zlib's read position to the end of the input (which, at the end of
** the stream, still are the unused ones). */
static void save_input(zstream_t *z, const char *d, int64_t len, int err)
{
    const char *at = (const char *)z->zs->next_in;
    if (err == Z_STREAM_END) {
        z->eof = true;
        if (z->zs->avail_in > 0) {
            rt_strbuf_t b;
            rt_strbuf_init(&b, 64);
            rt_strbuf_append_str(&b, rt_ptr(z->unused_data));
            rt_strbuf_append(&b, at, z->zs->avail_in);
            RT_STORE(z, unused_data, rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes)));
            z->zs->avail_in = 0;
        }
    }
    if (z->zs->avail_in > 0 || ((rt_str_t *)rt_ptr(z->unconsumed_tail))->len > 0)
        RT_STORE(z, unconsumed_tail, rt_from_ptr(rt_bytes_new(at, (size_t)(d + len - at))));
}

/* Inflates the input set in z's stream (Z_NEED_DICT answered with the zdict). */
static int inflate_into(zstream_t *z, int flush, rt_strbuf_t *b, int64_t max_out)
{
    int err = pump(z->zs, true, flush, b, max_out);
    if (err == Z_NEED_DICT && z->zdict) {
        const char *d;
        int64_t dlen;
        pyvm_bytes_like(z->zdict, &d, &dlen);
        err = inflateSetDictionary(z->zs, (const Bytef *)d, (uInt)dlen);
        if (err == Z_OK)
            err = pump(z->zs, true, flush, b, max_out);
    }
    return err;
}

/* Decompress.decompress(data, max_length=0) */
FN(d_decompress)
{
    static const char *const names[] = {"", "max_length", NULL};
    rt_value_t v[2];
    zstream_t *z = ZS(self);
    const char *d;
    int64_t len, max_length;
    if (!pyvm_parse_args("decompress", a, n, kw, names, 1, v) || !bytes_arg(v[0], &d, &len) ||
        !int_arg(v[1], 0, &max_length) || !input_fits(len) || !live_stream(z))
        return RT_NOVALUE;
    if (max_length < 0)
        return rt_raise(RT_EXC_VALUE, "max_length must be non-negative");
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    set_input(z->zs, d, len);
    int err = inflate_into(z, Z_SYNC_FLUSH, &b, max_length);
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
        return zlib_error(z->zs, err, "while decompressing data");
    save_input(z, d, len, err);
    return finish_bytes(&b);
}

/* Decompress.flush(length=16384): what the unconsumed tail still gives. */
FN(d_flush)
{
    (void)kw;
    zstream_t *z = ZS(self);
    int64_t length = CHUNK;
    if (n && !pyvm_index_i64(a[0], &length))
        return RT_NOVALUE;
    if (length <= 0)
        return rt_raise(RT_EXC_VALUE, "length must be greater than zero");
    if (!live_stream(z))
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_value_t tail = z->unconsumed_tail;
    const char *d;
    int64_t len;
    pyvm_bytes_like(tail, &d, &len);
    set_input(z->zs, d, len);
    int err = inflate_into(z, Z_FINISH, &b, 0);
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
        return zlib_error(z->zs, err, "while flushing");
    save_input(z, d, len, err);
    if (err == Z_STREAM_END)
        end_stream(z);
    return finish_bytes(&b);
}

static rt_value_t decompress_getattr(rt_value_t self, rt_str_t *name)
{
    zstream_t *z = ZS(self);
    if (strcmp(name->data, "unused_data") == 0)
        return z->unused_data;
    if (strcmp(name->data, "unconsumed_tail") == 0)
        return z->unconsumed_tail;
    if (strcmp(name->data, "eof") == 0)
        return rt_bool(z->eof);
    return pyvm_generic_getattr(self, name);
}

/* A checksum over data in pieces zlib's uInt lengths can take, from start (taken modulo 2**32). */
static rt_value_t checksum(const rt_value_t *a, size_t n, uLong start,
                           uLong (*fn)(uLong, const Bytef *, uInt))
{
    const char *d;
    int64_t len;
    if (!bytes_arg(a[0], &d, &len))
        return RT_NOVALUE;
    uLong sum = start;
    if (n > 1) {
        rt_value_t low = pyvm_binop(PYVM_AST_BitAnd, a[1], rt_int_from_u64(0xFFFFFFFFu));
        int64_t s;
        if (!low || !pyvm_index_i64(low, &s))
            return RT_NOVALUE;
        sum = (uLong)s;
    }
    while (len > 0) {
        uInt piece = len > (int64_t)UINT_MAX ? UINT_MAX : (uInt)len;
        sum = fn(sum, (const Bytef *)d, piece);
        d += piece;
        len -= piece;
    }
    return rt_int_from_u64(sum & 0xFFFFFFFFu);
}

rt_value_t pyvm_mod_zlib_crc32(const rt_value_t *args, size_t nargs)
{
    return checksum(args, nargs, 0, crc32);
}

FN(z_crc32)
{
    (void)self, (void)kw;
    return pyvm_mod_zlib_crc32(a, n);
}

FN(z_adler32)
{
    (void)self, (void)kw;
    return checksum(a, n, 1, adler32);
}

static const pyvm_cfunc_def_t compress_methods[] = {
    {"compress", c_compress, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"flush", c_flush, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"copy", s_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", s_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t decompress_methods[] = {
    {"decompress", d_decompress, 1, 2, PYVM_CFUNC_METHOD, 1},
    {"flush", d_flush, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"copy", s_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__copy__", s_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t zlib_functions[] = {
    {"compress", z_compress, 1, 3, 0, 1},
    {"decompress", z_decompress, 1, 3, 0, 1},
    {"compressobj", z_compressobj, 0, 6, 0, 1},
    {"decompressobj", z_decompressobj, 0, 2, 0, 1},
    {"crc32", z_crc32, 1, 2, 0, 0},
    {"adler32", z_adler32, 1, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t compress_slots = {.cls = &compress_cls};
static const rt_pyslots_t decompress_slots = {.cls = &decompress_cls,
                                              .getattr = decompress_getattr};

static const struct {
    const char *name;
    int value;
} constants[] = {
    {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8},
    {"DEF_BUF_SIZE", CHUNK}, {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED}, {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
    {"Z_TREES", Z_TREES},
};

rt_map_t *pyvm_mod_zlib_dict(void)
{
    if (!error_cls) {
        gc_root_add(&error_cls, 1);
        gc_root_add(&compress_cls, 1);
        gc_root_add(&decompress_cls, 1);
        rt_map_t *ns = pyvm_dict_new();
        rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("zlib"));
        rt_value_t base = rt_from_ptr(pyvm_exc_Exception);
        error_cls = pyvm_type_new(rt_str_intern_cstr("error"), rt_ptr(pyvm_tuple_from(&base, 1)),
                                  ns);
        compress_type.py = &compress_slots;
        decompress_type.py = &decompress_slots;
        compress_cls = pyvm_type_new_builtin("Compress", &compress_type, pyvm_cls_object);
        decompress_cls = pyvm_type_new_builtin("Decompress", &decompress_type, pyvm_cls_object);
        pyvm_cfunc_install(compress_cls, compress_methods);
        pyvm_cfunc_install(decompress_cls, decompress_methods);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, zlib_functions);
    pyvm_mod_put(d, "error", rt_from_ptr(error_cls));
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        pyvm_mod_put(d, constants[i].name, rt_small(constants[i].value));
    pyvm_mod_put(d, "ZLIB_VERSION", pyvm_str_cstr(ZLIB_VERSION));
    pyvm_mod_put(d, "ZLIB_RUNTIME_VERSION", pyvm_str_cstr(zlibVersion()));
    return d;
}
