/*
** zlib.c: ext/zlib on the system's zlib: the one-shot codecs (gzcompress/gzuncompress,
** gzdeflate/gzinflate, gzencode/gzdecode, zlib_encode/zlib_decode) with PHP's argument checks
** and its warnings (zError's words), the compress.zlib:// streams as glibc cookie FILEs over
** gzFile (phpvm_zlib_fopen: ext/standard's fopen, file() and file_get_contents open them),
** and the gz* file functions, which in PHP are the f* stream functions under other names:
** each runs the stream builtin of the same job.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* PHP's ZLIB_ENCODING_* values: inflateInit2/deflateInit2 window bits */
enum { ENC_RAW = -15, ENC_DEFLATE = 15, ENC_GZIP = 31, ENC_ANY = 47 };

#define ZLIB_PREFIX "compress.zlib://"

/* ---- one-shot codecs ---- */

/* data compressed in one go; NULL after PHP's warning. May collect. */
static rt_str_t *encode(const rt_str_t *data, int encoding, int level)
{
    z_stream z = {0};
    int st = deflateInit2(&z, level, Z_DEFLATED, encoding, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (st != Z_OK)
        goto fail;
    uLong cap = deflateBound(&z, (uLong)data->len) + 32;
    unsigned char *out = malloc(cap);
    z.next_in = (Bytef *)data->data;
    z.avail_in = (uInt)data->len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    st = deflate(&z, Z_FINISH);
    deflateEnd(&z);
    rt_str_t *r = st == Z_STREAM_END ? rt_str_new((const char *)out, (int64_t)z.total_out) : NULL;
    free(out);
    if (r)
        return r;
fail:
    phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, zError(st));
    return NULL;
}

/* Inflates all of data into *out (malloc'ed); zlib's status, Z_MEM_ERROR once the output
** would pass max (0: no limit), as PHP's php_zlib_inflate_rounds. */
static int inflate_all(z_stream *z, const rt_str_t *data, size_t max, unsigned char **out,
                       size_t *len)
{
    size_t cap = data->len + 64, used = 0;
    unsigned char *buf = malloc(cap);
    z->next_in = (Bytef *)data->data;
    z->avail_in = (uInt)data->len;
    int st;
    do {
        if (used == cap) {
            cap += cap / 2;
            buf = realloc(buf, cap);
        }
        z->next_out = buf + used;
        z->avail_out = (uInt)(cap - used);
        st = inflate(z, Z_NO_FLUSH);
        used = cap - z->avail_out;
        if (max && used > max)
            st = Z_MEM_ERROR;
    } while (st == Z_OK && (z->avail_in || used == cap));
    if (st == Z_BUF_ERROR || st == Z_OK)
        st = Z_DATA_ERROR; /* input ended before the stream did */
    *out = buf;
    *len = used;
    return st;
}

/* data decompressed in one go (ENC_ANY: zlib or gzip, else raw deflate); NULL after PHP's
** warning. May collect. */
static rt_str_t *decode(const rt_str_t *data, int encoding, size_t max)
{
    int st = Z_DATA_ERROR;
    while (data->len > 0) {
        z_stream z = {0};
        if ((st = inflateInit2(&z, encoding)) != Z_OK)
            break;
        unsigned char *out;
        size_t len;
        st = inflate_all(&z, data, max, &out, &len);
        inflateEnd(&z);
        rt_str_t *r = st == Z_STREAM_END ? rt_str_new((const char *)out, (int64_t)len) : NULL;
        free(out);
        if (r)
            return r;
        if (st != Z_DATA_ERROR || encoding != ENC_ANY)
            break;
        encoding = ENC_RAW; /* raw deflated data, PHP's second guess */
    }
    phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, zError(st));
    return NULL;
}

/* Each encoder: its default encoding (0: zlib_encode, which takes it second, before the
** level) and each decoder's. */
static const struct {
    const char *name;
    int encoding;
} codecs[] = {
    {"gzcompress", ENC_DEFLATE}, {"gzdeflate", ENC_RAW}, {"gzencode", ENC_GZIP},
    {"zlib_encode", 0},          {"gzuncompress", ENC_DEFLATE}, {"gzinflate", ENC_RAW},
    {"gzdecode", ENC_GZIP},      {"zlib_decode", ENC_ANY},
};

static int codec_encoding(void)
{
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        if (strcmp(codecs[i].name, phpvm_cur_builtin) == 0)
            return codecs[i].encoding;
    return ENC_ANY;
}

/* gzcompress, gzdeflate, gzencode (data, level, encoding) and zlib_encode (data, encoding,
** level). */
static rt_value_t fn_encode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int dflt = codec_encoding(), li = dflt ? 1 : 2, ei = dflt ? 2 : 1;
    int64_t level = -1, enc = dflt;
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    if (!data || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, dflt ? &level : &enc)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, dflt ? &enc : &level)))
        return RT_NOVALUE;
    if (level < -1 || level > 9)
        return phpvm_throw("ValueError", "%s(): Argument #%d ($level) must be between -1 and 9",
                           phpvm_cur_builtin, li + 1);
    if (enc != ENC_RAW && enc != ENC_GZIP && enc != ENC_DEFLATE)
        return phpvm_throw("ValueError", "%s(): Argument #%d ($encoding) must be one of "
                           "ZLIB_ENCODING_RAW, ZLIB_ENCODING_GZIP, or ZLIB_ENCODING_DEFLATE",
                           phpvm_cur_builtin, ei + 1);
    rt_str_t *r = encode(data, (int)enc, (int)level);
    return r ? rt_from_ptr(r) : rt_false;
}

/* gzuncompress, gzinflate, gzdecode and zlib_decode (data, max_length). */
static rt_value_t fn_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t max = 0;
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    if (!data || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &max)))
        return RT_NOVALUE;
    if (max < 0)
        return phpvm_throw("ValueError", "%s(): Argument #2 ($max_length) must be greater than "
                           "or equal to 0", phpvm_cur_builtin);
    rt_str_t *r = decode(data, codec_encoding(), (size_t)max);
    return r ? rt_from_ptr(r) : rt_false;
}

static rt_value_t fn_zlib_get_coding_type(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_false; /* zlib.output_compression is off under php -n */
}

/* ---- compress.zlib:// ---- */

static ssize_t gz_read(void *c, char *buf, size_t n)
{
    int got = gzread(c, buf, (unsigned)n);
    return got < 0 ? -1 : got;
}

static ssize_t gz_write(void *c, const char *buf, size_t n)
{
    return n == 0 ? 0 : gzwrite(c, buf, (unsigned)n) == 0 ? -1 : (ssize_t)n;
}

static int gz_seek(void *c, off64_t *pos, int whence)
{
    if (whence == SEEK_END) { /* zlib cannot know the end without reading there */
        phpvm_error(PHPVM_E_WARNING, "%s(): SEEK_END is not supported", phpvm_cur_builtin);
        return -1;
    }
    z_off_t at = gzseek(c, (z_off_t)*pos, whence);
    if (at < 0)
        return -1;
    *pos = at;
    return 0;
}

static int gz_close(void *c) { return gzclose(c) == Z_OK ? 0 : EOF; }

FILE *phpvm_zlib_fopen(const char *path, const char *mode)
{
    char m[4] = {mode[0] == 'r' ? 'r' : mode[0] == 'a' ? 'a' : 'w', 'b', '\0', '\0'};
    const char *level = strpbrk(mode, "0123456789");
    if (level)
        m[2] = *level;
    gzFile g = gzopen(path, m);
    if (!g)
        return NULL;
    cookie_io_functions_t io = {gz_read, gz_write, gz_seek, gz_close};
    FILE *fp = fopencookie(g, mode[0] == 'r' ? "r" : mode[0] == 'a' ? "a" : "w", io);
    if (!fp)
        gzclose(g);
    return fp;
}

/* ---- the gz* file functions ---- */

/* Each gz* function and the stream builtin it is; path: the first argument is a file name,
** opened as compress.zlib:// */
static const struct {
    const char *gz, *f;
    bool path;
} aliases[] = {
    {"gzopen", "fopen", true},    {"gzfile", "file", true},     {"readgzfile", "readfile", true},
    {"gzread", "fread", false},   {"gzwrite", "fwrite", false}, {"gzputs", "fwrite", false},
    {"gzclose", "fclose", false}, {"gzeof", "feof", false},     {"gzgets", "fgets", false},
    {"gzgetc", "fgetc", false},   {"gzpassthru", "fpassthru", false},
    {"gzseek", "fseek", false},   {"gztell", "ftell", false},   {"gzrewind", "rewind", false},
};

static rt_value_t fn_gz_alias(rt_value_t self, rt_value_t *args, int argc)
{
    size_t i = 0;
    while (strcmp(aliases[i].gz, phpvm_cur_builtin) != 0)
        i++;
    if (aliases[i].path) {
        rt_str_t *p = phpvm_arg_str(args, argc, 0);
        rt_str_t *m = p && i == 0 ? phpvm_arg_str(args, argc, 1) : NULL;
        if (!p || (i == 0 && !m))
            return RT_NOVALUE;
        if (p->len == 0) /* as every stream open */
            return phpvm_throw("ValueError", "Path cannot be empty");
        if (m && !strchr("rwaxc", m->data[0])) { /* gzopen: no fopen() ValueError */
            phpvm_error(PHPVM_E_WARNING, "gzopen(%s): Failed to open stream: %s", p->data,
                        strerror(EINVAL));
            return rt_false;
        }
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)p->len + sizeof ZLIB_PREFIX);
        rt_strbuf_append(&b, ZLIB_PREFIX, strlen(ZLIB_PREFIX));
        rt_strbuf_append(&b, p->data, (size_t)p->len);
        args[0] = rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    phpvm_func_t *fn = phpvm_func_lookup(rt_str_from_cstr(aliases[i].f));
    return fn->builtin->fn(self, args, argc);
}

static const phpvm_builtin_t functions[] = {
    {"gzcompress", fn_encode, 1, 3, "data,level,encoding", 0},
    {"gzdeflate", fn_encode, 1, 3, "data,level,encoding", 0},
    {"gzencode", fn_encode, 1, 3, "data,level,encoding", 0},
    {"zlib_encode", fn_encode, 2, 3, "data,encoding,level", 0},
    {"gzuncompress", fn_decode, 1, 2, "data,max_length", 0},
    {"gzinflate", fn_decode, 1, 2, "data,max_length", 0},
    {"gzdecode", fn_decode, 1, 2, "data,max_length", 0},
    {"zlib_decode", fn_decode, 1, 2, "data,max_length", 0},
    {"zlib_get_coding_type", fn_zlib_get_coding_type, 0, 0, "", 0},
    {"gzopen", fn_gz_alias, 2, 3, "filename,mode,use_include_path", 0},
    {"gzfile", fn_gz_alias, 1, 2, "filename,use_include_path", 0},
    {"readgzfile", fn_gz_alias, 1, 2, "filename,use_include_path", 0},
    {"gzread", fn_gz_alias, 2, 2, "stream,length", 0},
    {"gzwrite", fn_gz_alias, 2, 3, "stream,data,length", 0},
    {"gzputs", fn_gz_alias, 2, 3, "stream,data,length", 0},
    {"gzclose", fn_gz_alias, 1, 1, "stream", 0},
    {"gzeof", fn_gz_alias, 1, 1, "stream", 0},
    {"gzgets", fn_gz_alias, 1, 2, "stream,length", 0},
    {"gzgetc", fn_gz_alias, 1, 1, "stream", 0},
    {"gzpassthru", fn_gz_alias, 1, 1, "stream", 0},
    {"gzseek", fn_gz_alias, 2, 3, "stream,offset,whence", 0},
    {"gztell", fn_gz_alias, 1, 1, "stream", 0},
    {"gzrewind", fn_gz_alias, 1, 1, "stream", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"FORCE_GZIP", ENC_GZIP},
    {"FORCE_DEFLATE", ENC_DEFLATE},
    {"ZLIB_ENCODING_RAW", ENC_RAW},
    {"ZLIB_ENCODING_GZIP", ENC_GZIP},
    {"ZLIB_ENCODING_DEFLATE", ENC_DEFLATE},
    {"ZLIB_NO_FLUSH", Z_NO_FLUSH},
    {"ZLIB_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"ZLIB_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"ZLIB_FULL_FLUSH", Z_FULL_FLUSH},
    {"ZLIB_BLOCK", Z_BLOCK},
    {"ZLIB_FINISH", Z_FINISH},
    {"ZLIB_FILTERED", Z_FILTERED},
    {"ZLIB_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"ZLIB_RLE", Z_RLE},
    {"ZLIB_FIXED", Z_FIXED},
    {"ZLIB_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"ZLIB_VERNUM", ZLIB_VERNUM},
    {"ZLIB_OK", Z_OK},
    {"ZLIB_STREAM_END", Z_STREAM_END},
    {"ZLIB_NEED_DICT", Z_NEED_DICT},
    {"ZLIB_ERRNO", Z_ERRNO},
    {"ZLIB_STREAM_ERROR", Z_STREAM_ERROR},
    {"ZLIB_DATA_ERROR", Z_DATA_ERROR},
    {"ZLIB_MEM_ERROR", Z_MEM_ERROR},
    {"ZLIB_BUF_ERROR", Z_BUF_ERROR},
    {"ZLIB_VERSION_ERROR", Z_VERSION_ERROR},
    {NULL, 0},
};

static void zlib_init(void)
{
    phpvm_const_define(rt_str_from_cstr("ZLIB_VERSION"), phpvm_cstr(zlibVersion()));
}

const phpvm_ext_t phpvm_ext_zlib = {"zlib", functions, constants, zlib_init, NULL, NULL};
