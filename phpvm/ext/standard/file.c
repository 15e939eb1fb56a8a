/*
** file.c: ext/standard's filesystem functions on local paths (no stream wrappers):
** file_get_contents/file_put_contents (FILE_APPEND, LOCK_EX), file_exists, is_file, is_dir,
** unlink, rmdir, realpath, getcwd, chdir, basename, dirname, and the include
** machinery's views get_include_path/set_include_path and get_included_files (dir.c has
** directories and the stat family). Failures
** warn in PHP's words (strerror's text) and return false.
*/
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phpvm/ext/standard/var.h"
#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { LOCK_EX_FLAG = 2, FILE_APPEND = 8 };

/* The contents of a php://filter/... URL, read through its filters. */
static rt_value_t filtered_contents(rt_str_t *url)
{
    rt_value_t v = phpvm_std_filter_url(url, "rb");
    if (!phpvm_is_resource(v))
        return v;
    bool ok;
    FILE *fp = phpvm_std_stream_file(&v, 0, &ok);
    rt_str_t *r = fp ? phpvm_std_read_all(fp) : rt_str_new("", 0);
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(v));
    return rt_from_ptr(r);
}

/* The whole contents of the stream file_get_contents opens, false after PHP's warning. */
static rt_value_t whole_contents(rt_str_t *path, rt_value_t *args, int argc)
{
    bool user;
    FILE *uf = phpvm_userwrap_fopen(path, "rb", "file_get_contents", &user);
    if (user) {
        if (!uf)
            return rt_exc_pending() ? RT_NOVALUE : rt_false;
        phpvm_userwrap_stat(uf, "file_get_contents");
        rt_strbuf_t b;
        rt_strbuf_init(&b, 8192);
        char buf[8192];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, uf)) > 0)
            rt_strbuf_append(&b, buf, n);
        fclose(uf);
        rt_str_t *r = rt_strbuf_finish(&b, &rt_type_str);
        return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(r);
    }
    if (strncasecmp(path->data, "php://filter/", 13) == 0)
        return filtered_contents(path);
    if (strncasecmp(path->data, "php://", 6) == 0)
        return phpvm_std_php_url_get(path);
    if (strncasecmp(path->data, "http://", 7) == 0 || strncasecmp(path->data, "https://", 8) == 0)
        return phpvm_http_fetch("file_get_contents", path,
                                phpvm_arg_given(argc, args, 2) ? phpvm_deref(args[2]) : 0);
    if (phpvm_std_wrapped(path->data)) {
        FILE *zf = phpvm_std_open_file(path->data, "rb");
        if (!zf) {
            phpvm_std_open_failed(path->data);
            return rt_false;
        }
        rt_str_t *r = phpvm_std_read_all(zf);
        fclose(zf);
        return rt_from_ptr(r);
    }
    size_t len;
    char *data = phpvm_read_file(phpvm_std_local_path(path->data), &len);
    if (!data) {
        phpvm_error(PHPVM_E_WARNING, "file_get_contents(%s): Failed to open stream: %s",
                    path->data, strerror(errno));
        return rt_false;
    }
    rt_value_t r = phpvm_str_value(data, len);
    free(data);
    return r;
}

static rt_value_t fn_file_get_contents(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_std_open_path_arg(args, argc, 0, phpvm_arg_given(argc, args, 1) &&
                                                           phpvm_to_bool(phpvm_deref(args[1])));
    int64_t offset = 0, length = -1;
    if (!path || (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &offset)))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 4) && phpvm_deref(args[4]) != rt_none) {
        if (!phpvm_arg_long(args, argc, 4, &length))
            return RT_NOVALUE;
        if (length < 0)
            return phpvm_throw("ValueError", "file_get_contents(): Argument #5 ($length) must be "
                                             "greater than or equal to 0");
    }
    rt_value_t r = whole_contents(path, args, argc);
    if (!phpvm_is_str(r) || (offset == 0 && length < 0))
        return r;
    /* offset and length cut the contents as a seek and a bounded read would */
    rt_str_t *s = phpvm_str(r);
    int64_t start = offset < 0 ? s->len + offset : offset;
    if (start < 0) {
        phpvm_error(PHPVM_E_WARNING, "file_get_contents(): Failed to seek to position %" PRId64
                    " in the stream", offset);
        return rt_false;
    }
    start = start < s->len ? start : s->len;
    int64_t n = length < 0 || length > s->len - start ? s->len - start : length;
    return phpvm_str_value(s->data + start, (size_t)n);
}

/* The bytes file_put_contents writes: a string's, or an array's values concatenated. */
static rt_str_t *put_data(rt_value_t v)
{
    v = phpvm_deref(v);
    if (!phpvm_is_array(v))
        return phpvm_to_str(v);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    phpvm_array_t *a = phpvm_arr(v);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        if (!phpvm_append_value(&b, phpvm_array_val_at(a, p)))
            return NULL;
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* file_put_contents to a php://filter/... URL: the data through its write filters. */
static rt_value_t filtered_put(rt_str_t *url, rt_str_t *data, const char *mode)
{
    rt_value_t v = phpvm_std_filter_url(url, mode);
    if (!phpvm_is_resource(v))
        return v;
    bool ok;
    FILE *fp = phpvm_std_stream_file(&v, 0, &ok);
    size_t n = fp ? fwrite(data->data, 1, (size_t)data->len, fp) : 0;
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(v));
    return phpvm_int((int64_t)n);
}

static rt_value_t fn_file_put_contents(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_std_open_path_arg(args, argc, 0, false);
    int64_t flags = 0;
    if (!path || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags)))
        return RT_NOVALUE;
    rt_str_t *data = put_data(args[1]);
    if (!data)
        return RT_NOVALUE;
    bool user;
    FILE *fp = phpvm_userwrap_fopen(path, (flags & FILE_APPEND) ? "ab" : "wb", "file_put_contents",
                                    &user);
    if (user && !fp)
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    if (!user && strncasecmp(path->data, "php://filter/", 13) == 0)
        return filtered_put(path, data, (flags & FILE_APPEND) ? "ab" : "wb");
    if (!user && strncasecmp(path->data, "php://", 6) == 0)
        return phpvm_std_php_url_put(path, data, (flags & FILE_APPEND) ? "ab" : "wb");
    if (!user)
        fp = phpvm_std_open_file(path->data, (flags & FILE_APPEND) ? "ab" : "wb");
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "file_put_contents(%s): Failed to open stream: %s",
                    path->data, strerror(errno));
        return rt_false;
    }
    if (flags & LOCK_EX_FLAG)
        flock(fileno(fp), LOCK_EX);
    size_t n = fwrite(data->data, 1, (size_t)data->len, fp);
    if (fclose(fp) != 0 || n != (size_t)data->len) {
        phpvm_error(PHPVM_E_WARNING, "file_put_contents(): Only %zu of %lld bytes written, "
                    "possibly out of free disk space", n, (long long)data->len);
        return rt_false;
    }
    return phpvm_int((int64_t)n);
}

/* stat() of the path argument: 1 found, 0 not, -1 an argument error pending. */
static int stat_arg(rt_value_t *args, int argc, struct stat *st)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return -1;
    return stat(phpvm_std_local_path(path->data), st) == 0;
}

static rt_value_t fn_file_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct stat st;
    int r = stat_arg(args, argc, &st);
    return r < 0 ? RT_NOVALUE : rt_bool(r);
}

static rt_value_t fn_is_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct stat st;
    int r = stat_arg(args, argc, &st);
    return r < 0 ? RT_NOVALUE : rt_bool(r && S_ISREG(st.st_mode));
}

static rt_value_t fn_is_dir(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    struct stat st;
    int r = stat_arg(args, argc, &st);
    return r < 0 ? RT_NOVALUE : rt_bool(r && S_ISDIR(st.st_mode));
}

static rt_value_t fn_unlink(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (unlink(path->data) != 0) {
        phpvm_error(PHPVM_E_WARNING, "unlink(%s): %s", path->data, strerror(errno));
        return rt_false;
    }
    return rt_true;
}

static rt_value_t fn_realpath(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    char *r = realpath(path->len ? path->data : ".", NULL);
    if (!r)
        return rt_false;
    rt_value_t v = phpvm_cstr(r);
    free(r);
    return v;
}

static rt_value_t fn_getcwd(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    char buf[PATH_MAX];
    return getcwd(buf, sizeof buf) ? phpvm_cstr(buf) : rt_false;
}

static rt_value_t fn_chdir(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (chdir(path->data) != 0) {
        int err = errno;
        phpvm_error(PHPVM_E_WARNING, "chdir(): %s (errno %d)", strerror(err), err);
        return rt_false;
    }
    return rt_true;
}

static rt_value_t fn_rmdir(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (rmdir(path->data) != 0) {
        phpvm_error(PHPVM_E_WARNING, "rmdir(%s): %s", path->data, strerror(errno));
        return rt_false;
    }
    return rt_true;
}

/* The last component of a path, trailing slashes ignored: [*start, *start + returned). */
static size_t base_span(const rt_str_t *path, size_t *start)
{
    size_t end = (size_t)path->len;
    while (end > 0 && path->data[end - 1] == '/')
        end--;
    *start = end;
    while (*start > 0 && path->data[*start - 1] != '/')
        (*start)--;
    return end - *start;
}

static rt_value_t fn_basename(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    rt_str_t *suffix = phpvm_arg_given(argc, args, 1) ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!path || (phpvm_arg_given(argc, args, 1) && !suffix))
        return RT_NOVALUE;
    size_t start, n = base_span(path, &start), end = start + n;
    if (suffix && (size_t)suffix->len < n &&
        memcmp(path->data + end - suffix->len, suffix->data, (size_t)suffix->len) == 0)
        n -= (size_t)suffix->len;
    return phpvm_str_value(path->data + start, n);
}

/* The parent of path[0..*n): *n shrinks; "." when there is no slash, "/" for the root. */
static const char *parent_dir(const char *path, size_t *n)
{
    size_t end = *n;
    while (end > 1 && path[end - 1] == '/')
        end--;
    while (end > 0 && path[end - 1] != '/')
        end--;
    if (end == 0) {
        *n = 1;
        return path[0] == '/' ? "/" : ".";
    }
    while (end > 1 && path[end - 1] == '/')
        end--;
    *n = end;
    return path;
}

static rt_value_t fn_dirname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t levels = 1;
    if (!path || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &levels)))
        return RT_NOVALUE;
    if (levels < 1)
        return phpvm_throw("ValueError", "dirname(): Argument #2 ($levels) must be greater than "
                           "or equal to 1");
    if (path->len == 0)
        return phpvm_cstr("");
    const char *p = path->data;
    size_t n = (size_t)path->len;
    for (int64_t i = 0; i < levels && !(n == 1 && (p[0] == '/' || p[0] == '.')); i++)
        p = parent_dir(p, &n);
    return phpvm_str_value(p, n);
}

enum { PATHINFO_DIRNAME = 1, PATHINFO_BASENAME = 2, PATHINFO_EXTENSION = 4,
       PATHINFO_FILENAME = 8, PATHINFO_ALL = 15 };

static rt_value_t fn_pathinfo(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t opt = PATHINFO_ALL;
    if (!path || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &opt)))
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(4);
    if ((opt & PATHINFO_DIRNAME) && path->len) {
        size_t n = (size_t)path->len;
        const char *d = parent_dir(path->data, &n);
        phpvm_array_set(out, phpvm_cstr("dirname"), phpvm_str_value(d, n));
    }
    size_t start, n = base_span(path, &start);
    const char *base = path->data + start;
    if (opt & PATHINFO_BASENAME)
        phpvm_array_set(out, phpvm_cstr("basename"), phpvm_str_value(base, n));
    const char *dot = NULL;
    for (size_t k = n; k-- > 0 && !dot;)
        if (base[k] == '.')
            dot = base + k;
    if ((opt & PATHINFO_EXTENSION) && dot)
        phpvm_array_set(out, phpvm_cstr("extension"), phpvm_str_value(dot + 1, n - (size_t)(dot + 1 - base)));
    if (opt & PATHINFO_FILENAME)
        phpvm_array_set(out, phpvm_cstr("filename"), phpvm_str_value(base, dot ? (size_t)(dot - base) : n));
    if (opt == PATHINFO_ALL)
        return rt_from_ptr(out);
    int64_t p = phpvm_array_first(out);
    return p >= 0 ? phpvm_array_val_at(out, p) : phpvm_cstr("");
}

static rt_value_t fn_get_include_path(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_cstr(phpvm_vm->include_path);
}

/* set_include_path: returns the old value. */
static rt_value_t fn_set_include_path(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    return phpvm_cstr(phpvm_ext_ini("include_path", path->data)); /* the setting's old value */
}

static rt_value_t fn_get_included_files(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *inc = phpvm_vm->included;
    phpvm_array_t *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(inc); p >= 0; p = phpvm_array_next(inc, p))
        phpvm_array_append(r, phpvm_array_key_at(inc, p));
    return rt_from_ptr(r);
}

const phpvm_builtin_t phpvm_ext_file[] = {
    {"file_get_contents", fn_file_get_contents, 1, 5,
     "filename,use_include_path,context,offset,length", 0},
    {"file_put_contents", fn_file_put_contents, 2, 4, "filename,data,flags,context", 0},
    {"file_exists", fn_file_exists, 1, 1, "filename", 0},
    {"is_file", fn_is_file, 1, 1, "filename", 0},
    {"is_dir", fn_is_dir, 1, 1, "filename", 0},
    {"unlink", fn_unlink, 1, 2, "filename,context", 0},
    {"realpath", fn_realpath, 1, 1, "path", 0},
    {"rmdir", fn_rmdir, 1, 1, "directory", 0},
    {"getcwd", fn_getcwd, 0, 0, "", 0},
    {"basename", fn_basename, 1, 2, "path,suffix", 0},
    {"dirname", fn_dirname, 1, 2, "path,levels", 0},
    {"pathinfo", fn_pathinfo, 1, 2, "path,flags", 0},
    {"chdir", fn_chdir, 1, 1, "directory", 0},
    {"get_include_path", fn_get_include_path, 0, 0, "", 0},
    {"set_include_path", fn_set_include_path, 1, 1, "include_path", 0},
    {"get_included_files", fn_get_included_files, 0, 0, "", 0},
    {"get_required_files", fn_get_included_files, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
