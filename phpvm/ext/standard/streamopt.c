/*
** streamopt.c: ext/standard's stream options and queries that pyhyp's stdio streams answer
** as php-cli's plain-file, memory and wrapper streams do: fsync/fdatasync,
** stream_supports_lock, the buffer and chunk-size setters,
** stream_isatty, stream_is_local, stream_get_transports, stream_resolve_include_path and
** linkinfo. A stream's kind comes from what stream_get_meta_data reports of it (stream.c).
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { CHUNK = 8192 };

/* stream_set_chunk_size's sizes by stream resource id (a GC root) */
static phpvm_array_t *chunks;

/* The stream argument args[0]: 1 when it is a plain stdio stream (a file, a pipe, STDIN...),
** 0 for another kind, -1 with the TypeError of a non-stream pending; its FILE in *fp (NULL
** for php://output) and wrapper_type in *wrapper when asked for. */
static int plain(rt_value_t *args, FILE **fp, const char **wrapper)
{
    FILE *f;
    const char *w, *stype;
    if (!phpvm_std_stream_info(args, 0, &f, &w, &stype))
        return -1;
    if (fp)
        *fp = f;
    if (wrapper)
        *wrapper = w;
    return strcmp(stype, "STDIO") == 0 && f;
}

/* fsync and fdatasync: plain streams only ("Can't fsync this stream!" for others). */
static rt_value_t fn_fsync(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    FILE *fp;
    int k = plain(args, &fp, NULL);
    if (k < 0)
        return RT_NOVALUE;
    if (!k) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Can't fsync this stream!", phpvm_cur_builtin);
        return rt_false;
    }
    fflush(fp);
    int fd = fileno(fp);
    bool data = strcmp(phpvm_cur_builtin, "fdatasync") == 0;
    return rt_bool(fd >= 0 && (data ? fdatasync(fd) : fsync(fd)) == 0);
}

static rt_value_t fn_stream_supports_lock(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    int k = plain(args, NULL, NULL);
    return k < 0 ? RT_NOVALUE : rt_bool(k);
}

/* stream_set_write_buffer/set_file_buffer/stream_set_read_buffer: 0 where PHP's plain files
** take the option, -1 (EOF) elsewhere. */
static rt_value_t fn_set_buffer(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t size;
    int k = plain(args, NULL, NULL);
    if (k < 0 || !phpvm_arg_long(args, argc, 1, &size))
        return RT_NOVALUE;
    return phpvm_int(k ? 0 : -1);
}

static rt_value_t fn_stream_isatty(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    FILE *fp;
    int k = plain(args, &fp, NULL);
    if (k < 0)
        return RT_NOVALUE;
    return rt_bool(k && fileno(fp) >= 0 && isatty(fileno(fp)));
}

/* Whether a wrapper's streams are URLs (not local): http, ftp, data. */
static bool url_scheme(const char *s)
{
    static const char *const urls[] = {"http://", "https://", "ftp://", "ftps://", "data:"};
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++)
        if (strncasecmp(s, urls[i], strlen(urls[i])) == 0)
            return true;
    return false;
}

static rt_value_t fn_stream_is_local(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_resource(v)) {
        const char *wrapper;
        if (plain(args, NULL, &wrapper) < 0)
            return RT_NOVALUE;
        return rt_bool(strcmp(wrapper, "http") != 0 && strcmp(wrapper, "RFC2397") != 0);
    }
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    return s ? rt_bool(!url_scheme(s->data)) : RT_NOVALUE;
}

static rt_value_t fn_stream_set_chunk_size(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t size;
    if (plain(args, NULL, NULL) < 0 || !phpvm_arg_long(args, argc, 1, &size))
        return RT_NOVALUE;
    if (size <= 0)
        return phpvm_throw("ValueError", "stream_set_chunk_size(): Argument #2 ($size) must be "
                           "greater than 0");
    rt_value_t id = phpvm_int(((phpvm_resource_t *)rt_ptr(phpvm_deref(args[0])))->id);
    rt_value_t old = phpvm_array_get(chunks, id);
    phpvm_array_set(chunks, id, phpvm_int(size));
    return old == RT_NOVALUE ? phpvm_int(CHUNK) : old;
}

static rt_value_t fn_stream_get_transports(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    static const char *const names[] = {"tcp", "udp", "unix", "udg", "ssl",
                                        "tls", "tlsv1.0", "tlsv1.1", "tlsv1.2", "tlsv1.3"};
    phpvm_array_t *r = phpvm_array_new(10);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        phpvm_array_append(r, phpvm_cstr(names[i]));
    return rt_from_ptr(r);
}

static rt_value_t fn_stream_resolve_include_path(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_std_path_arg(args, argc, 0, false);
    if (!name)
        return RT_NOVALUE;
    if (name->len == 0)
        return phpvm_throw("ValueError", "stream_resolve_include_path(): Argument #1 "
                           "($filename) cannot be empty");
    rt_str_t *file;
    int32_t line;
    phpvm_where(&file, &line);
    char *real = phpvm_include_resolve(name->data, file);
    if (!real)
        return rt_false;
    rt_value_t r = phpvm_cstr(real);
    free(real);
    return r;
}

static rt_value_t fn_linkinfo(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_std_path_arg(args, argc, 0, false);
    if (!path)
        return RT_NOVALUE;
    struct stat st;
    if (lstat(path->data, &st) != 0) {
        phpvm_error(PHPVM_E_WARNING, "linkinfo(): %s", strerror(errno));
        return phpvm_int(-1);
    }
    return phpvm_int((int64_t)st.st_dev);
}

static void streamopt_init(void)
{
    gc_root_add((rt_value_t *)&chunks, 1);
    chunks = phpvm_array_new(0);
}

static const phpvm_builtin_t functions[] = {
    {"fsync", fn_fsync, 1, 1, "stream", 0},
    {"fdatasync", fn_fsync, 1, 1, "stream", 0},
    {"stream_supports_lock", fn_stream_supports_lock, 1, 1, "stream", 0},
    {"stream_set_write_buffer", fn_set_buffer, 2, 2, "stream,size", 0},
    {"set_file_buffer", fn_set_buffer, 2, 2, "stream,size", 0},
    {"stream_set_read_buffer", fn_set_buffer, 2, 2, "stream,size", 0},
    {"stream_isatty", fn_stream_isatty, 1, 1, "stream", 0},
    {"stream_is_local", fn_stream_is_local, 1, 1, "stream", 0},
    {"stream_set_chunk_size", fn_stream_set_chunk_size, 2, 2, "stream,size", 0},
    {"stream_get_transports", fn_stream_get_transports, 0, 0, "", 0},
    {"stream_resolve_include_path", fn_stream_resolve_include_path, 1, 1, "filename", 0},
    {"linkinfo", fn_linkinfo, 1, 1, "path", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_streamopt = {"standard", functions, NULL, streamopt_init, NULL,
                                         NULL};
