/*
** userwrap.c: user stream wrappers (stream_wrapper_register and friends). A stream opened on
** a registered scheme is an ordinary stdio stream for stream.c: glibc's fopencookie() gives it
** a FILE whose read/write/seek/close callbacks call the wrapper object's stream_read,
** stream_write, stream_seek/stream_tell and stream_close, so every f* function works on it
** unchanged. Reads are buffered in 8192-byte requests as PHP's are; writes are not buffered.
*/
#define _GNU_SOURCE /* fopencookie */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

/* scheme (lower case) -> class name; a GC root once created */
static phpvm_array_t *wrappers;
/* the built-in schemes stream_get_wrappers lists, in php -n's order, and which are removed */
static const char *const builtin[] = {"https", "ftps", "compress.zlib", "php", "file",
                                      "glob",  "data", "http",          "ftp"};
enum { NBUILTIN = sizeof builtin / sizeof builtin[0] };
static bool builtin_gone[NBUILTIN];

static int builtin_index(const char *s)
{
    for (int i = 0; i < NBUILTIN; i++)
        if (strcasecmp(builtin[i], s) == 0)
            return i;
    return -1;
}

static void ensure_table(void)
{
    if (!wrappers) {
        gc_root_add(&wrappers, 1);
        wrappers = phpvm_array_new(0);
    }
}

static rt_value_t lower_key(const rt_str_t *s)
{
    rt_str_t *k = rt_str_alloc(&rt_type_str, (size_t)s->len);
    for (int64_t i = 0; i < s->len; i++)
        k->data[i] = (char)tolower((unsigned char)s->data[i]);
    return rt_from_ptr(k);
}

/* ---- the cookie: one open user stream ---- */

typedef struct cookie {
    rt_value_t obj; /* the wrapper instance (a GC root while the stream is open) */
    bool eof;
} cookie_t;

/* What call() returns when the wrapper has no such method: an address no PHP value has. */
static rt_value_t nomethod_marker;
#define NOMETHOD ((rt_value_t)&nomethod_marker)

/* obj->name(args...) (name in lower case) if the method exists: its result, RT_NOVALUE with an
** exception pending, or NOMETHOD (nothing pending) when there is no such method. */
static rt_value_t call(rt_value_t obj, const char *name, rt_value_t *args, int argc)
{
    phpvm_func_t *m = phpvm_class_method(phpvm_class_of(obj), rt_str_from_cstr(name));
    if (!m)
        return NOMETHOD;
    return phpvm_call_func(rt_from_ptr(m), obj, args, argc);
}

static void not_implemented(rt_value_t obj, const char *method)
{
    phpvm_error(PHPVM_E_WARNING, "%s(): %s::%s is not implemented!", phpvm_cur_builtin,
                phpvm_class_of(obj)->name->data, method);
}

/* The open user streams' FILEs and cookies (phpvm_userwrap_stat finds a cookie by its FILE). */
static struct {
    FILE *fp;
    cookie_t *c;
} *open_fps;
static size_t nopen, capopen;

static ssize_t ck_read(void *c_, char *buf, size_t size)
{
    cookie_t *c = c_;
    if (c->eof || rt_exc_pending())
        return 0;
    rt_value_t arg = phpvm_int((int64_t)size);
    rt_value_t r = call(c->obj, "stream_read", &arg, 1);
    if (r == NOMETHOD) {
        not_implemented(c->obj, "stream_read");
        return -1;
    }
    if (r == RT_NOVALUE)
        return -1;
    size_t n = 0;
    if (phpvm_is_str(r) || rt_is_int(r)) {
        rt_str_t *s = phpvm_to_str(r);
        n = (size_t)s->len;
        if (n > size) {
            phpvm_error(PHPVM_E_WARNING, "%s(): %s::stream_read - read %zu bytes more data than "
                        "requested (%zu read, %zu max) - excess data will be lost",
                        phpvm_cur_builtin, phpvm_class_of(c->obj)->name->data, n - size, n, size);
            n = size;
        }
        memcpy(buf, s->data, n);
    }
    rt_value_t e = call(c->obj, "stream_eof", NULL, 0);
    if (e == RT_NOVALUE)
        return -1;
    if (e == NOMETHOD || phpvm_to_bool(e))
        c->eof = true;
    return (ssize_t)n;
}

static ssize_t ck_write(void *c_, const char *buf, size_t size)
{
    cookie_t *c = c_;
    if (rt_exc_pending())
        return -1;
    rt_value_t arg = phpvm_str_value(buf, size);
    rt_value_t r = call(c->obj, "stream_write", &arg, 1);
    if (r == NOMETHOD) {
        not_implemented(c->obj, "stream_write");
        return -1;
    }
    if (r == RT_NOVALUE)
        return -1;
    int64_t n = phpvm_to_int(r);
    return n < 0 ? 0 : n > (int64_t)size ? (ssize_t)size : (ssize_t)n;
}

static int ck_seek(void *c_, off64_t *pos, int whence)
{
    cookie_t *c = c_;
    rt_value_t a[2] = {phpvm_int(*pos), rt_small(whence)};
    rt_value_t r = call(c->obj, "stream_seek", a, 2);
    if (r == NOMETHOD || r == RT_NOVALUE || !phpvm_to_bool(r))
        return -1;
    c->eof = false;
    rt_value_t t = call(c->obj, "stream_tell", NULL, 0);
    if (t == RT_NOVALUE)
        return -1;
    *pos = t != NOMETHOD ? phpvm_to_int(t) : 0;
    return 0;
}

static int ck_close(void *c_)
{
    cookie_t *c = c_;
    /* a stream dying unclosed is closed in the collector's sweep: no PHP code may run there */
    if (!gc_collecting()) {
        call(c->obj, "stream_flush", NULL, 0);
        call(c->obj, "stream_close", NULL, 0);
    }
    for (size_t i = 0; i < nopen; i++)
        if (open_fps[i].c == c)
            open_fps[i] = open_fps[--nopen];
    gc_root_remove(&c->obj);
    free(c);
    return 0;
}

/* A new instance of the wrapper class with its constructor run and $context set. */
static rt_value_t instantiate(rt_str_t *cls)
{
    phpvm_class_t *k = phpvm_class_lookup(cls, true);
    if (!k)
        return RT_NOVALUE;
    rt_value_t obj = phpvm_object_new(k);
    if (obj == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t r = call(obj, "__construct", NULL, 0);
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    return obj;
}

/* The wrapper class registered for path's scheme, or NULL. */
static rt_str_t *wrapper_of(const rt_str_t *path)
{
    if (!wrappers)
        return NULL;
    const char *sep = strstr(path->data, "://");
    if (!sep || sep - path->data < 2) /* PHP reads "c://" as a path */
        return NULL;
    rt_value_t k = lower_key(rt_str_new(path->data, (size_t)(sep - path->data)));
    rt_value_t v = phpvm_array_get(wrappers, k);
    return v ? phpvm_str(phpvm_deref(v)) : NULL;
}

FILE *phpvm_userwrap_fopen(rt_str_t *path, const char *mode, const char *fname, bool *handled)
{
    rt_str_t *cls = wrapper_of(path);
    *handled = cls != NULL;
    if (!cls)
        return NULL;
    rt_value_t obj = instantiate(cls);
    if (obj == RT_NOVALUE)
        return NULL;
    rt_value_t a[4] = {rt_from_ptr(path), phpvm_cstr(mode), rt_small(0),
                       rt_from_ptr(phpvm_ref_new(rt_none))};
    rt_value_t r = call(obj, "stream_open", a, 4);
    if (r == RT_NOVALUE)
        return NULL;
    if (r == NOMETHOD || !phpvm_to_bool(r)) {
        if (r == NOMETHOD)
            not_implemented(obj, "stream_open");
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: \"%s::stream_open\" call "
                    "failed", fname, path->data, cls->data);
        return NULL;
    }
    cookie_t *c = calloc(1, sizeof *c);
    c->obj = obj;
    gc_root_add(&c->obj, 1);
    cookie_io_functions_t io = {ck_read, ck_write, ck_seek, ck_close};
    FILE *fp = fopencookie(c, mode, io);
    if (!fp) {
        gc_root_remove(&c->obj);
        free(c);
        return NULL;
    }
    if (nopen == capopen) {
        capopen = capopen ? 2 * capopen : 8;
        open_fps = realloc(open_fps, capopen * sizeof *open_fps);
    }
    open_fps[nopen].fp = fp;
    open_fps[nopen++].c = c;
    bool reading_only = mode[0] == 'r' && !strchr(mode, '+');
    setvbuf(fp, NULL, reading_only ? _IOFBF : _IONBF, reading_only ? 8192 : 0);
    return fp;
}

void phpvm_userwrap_stat(FILE *fp, const char *fname)
{
    cookie_t *c = NULL;
    for (size_t i = 0; i < nopen; i++)
        if (open_fps[i].fp == fp)
            c = open_fps[i].c;
    if (c && call(c->obj, "stream_stat", NULL, 0) == NOMETHOD)
        phpvm_error(PHPVM_E_WARNING, "%s(): %s::stream_stat is not implemented!", fname,
                    phpvm_class_of(c->obj)->name->data);
}

/* ---- registration ---- */

static rt_value_t do_register(rt_value_t *args, int argc, const char *fname)
{
    rt_str_t *proto = phpvm_arg_str(args, argc, 0), *cls;
    if (!proto || !(cls = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    ensure_table();
    rt_value_t key = lower_key(proto);
    int bi = builtin_index(proto->data);
    if ((bi >= 0 && !builtin_gone[bi]) || phpvm_array_get(wrappers, key)) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Protocol %s:// is already defined.", fname,
                    proto->data);
        return rt_false;
    }
    for (int64_t i = 0; i < proto->len; i++) {
        char ch = proto->data[i];
        if (!isalnum((unsigned char)ch) && ch != '+' && ch != '-' && ch != '.') {
            phpvm_error(PHPVM_E_WARNING, "%s(): Invalid protocol scheme specified. Unable to "
                        "register wrapper class %s to %s://", fname, cls->data, proto->data);
            return rt_false;
        }
    }
    if (!phpvm_class_lookup(cls, false))
        return rt_exc_pending() ? RT_NOVALUE
                                : phpvm_throw("TypeError", "%s(): Argument #2 ($class) must be a "
                                              "valid class name, %s given", fname, cls->data);
    phpvm_array_set(wrappers, key, rt_from_ptr(cls));
    return rt_true;
}

static rt_value_t fn_stream_wrapper_register(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_register(args, argc, "stream_wrapper_register");
}

static rt_value_t fn_stream_register_wrapper(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return do_register(args, argc, "stream_register_wrapper");
}

static rt_value_t fn_stream_wrapper_unregister(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *proto = phpvm_arg_str(args, argc, 0);
    if (!proto)
        return RT_NOVALUE;
    ensure_table();
    rt_value_t key = lower_key(proto);
    if (phpvm_array_get(wrappers, key)) {
        phpvm_array_del(wrappers, key);
        return rt_true;
    }
    int bi = builtin_index(proto->data);
    if (bi >= 0 && !builtin_gone[bi]) {
        builtin_gone[bi] = true;
        return rt_true;
    }
    phpvm_error(PHPVM_E_WARNING, "stream_wrapper_unregister(): Unable to unregister protocol "
                "%s://", proto->data);
    return rt_false;
}

static rt_value_t fn_stream_wrapper_restore(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *proto = phpvm_arg_str(args, argc, 0);
    if (!proto)
        return RT_NOVALUE;
    int bi = builtin_index(proto->data);
    if (bi < 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_wrapper_restore(): %s:// never existed, nothing to "
                    "restore", proto->data);
        return rt_false;
    }
    ensure_table();
    rt_value_t key = lower_key(proto);
    if (!builtin_gone[bi] && !phpvm_array_get(wrappers, key)) {
        phpvm_error(PHPVM_E_NOTICE, "stream_wrapper_restore(): %s:// was never changed, nothing "
                    "to restore", proto->data);
        return rt_true;
    }
    phpvm_array_del(wrappers, key);
    builtin_gone[bi] = false;
    return rt_true;
}

static rt_value_t fn_stream_get_wrappers(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *r = phpvm_array_new(NBUILTIN);
    for (int i = 0; i < NBUILTIN; i++)
        if (!builtin_gone[i])
            phpvm_array_append(r, phpvm_cstr(builtin[i]));
    if (wrappers)
        for (int64_t p = phpvm_array_first(wrappers); p >= 0; p = phpvm_array_next(wrappers, p))
            phpvm_array_append(r, phpvm_array_key_at(wrappers, p));
    return rt_from_ptr(r);
}

const phpvm_builtin_t phpvm_ext_userwrap[] = {
    {"stream_wrapper_register", fn_stream_wrapper_register, 2, 3, "protocol,class,flags", 0},
    {"stream_register_wrapper", fn_stream_register_wrapper, 2, 3, "protocol,class,flags", 0},
    {"stream_wrapper_unregister", fn_stream_wrapper_unregister, 1, 1, "protocol", 0},
    {"stream_wrapper_restore", fn_stream_wrapper_restore, 1, 1, "protocol", 0},
    {"stream_get_wrappers", fn_stream_get_wrappers, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
