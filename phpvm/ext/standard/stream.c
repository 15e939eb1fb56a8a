/*
** stream.c: ext/standard's streams on stdio: fopen() of local files and of php://stdin,
** stdout, stderr, output, input, memory and temp, the f* functions (read, write, lines, seek,
** truncate, lock, stat), stream_get_contents, fprintf, CSV lines (fputcsv/fgetcsv), file(),
** readfile, tmpfile, stream_select, stream_copy_to_stream, stream_get_line and the
** STDIN/STDOUT/STDERR constants. A stream is a PHP resource
** (resource.c) whose payload owns the FILE; PHP's feof() is true once a read has consumed
** everything, which for seekable files is a peek at the next byte.
*/
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/ext/standard/stream.h"
#include "phpvm/ext/standard/var.h"
#include "phpvm/interp.h"

typedef phpvm_stream_t stream_t;

static void stream_free(void *p)
{
    stream_t *s = p;
    if (s->owned && s->fp && s->popened)
        pclose(s->fp);
    else if (s->owned && s->fp)
        fclose(s->fp);
    free(s);
}

rt_value_t phpvm_stream_wrap(FILE *fp, phpvm_stream_kind_t kind, bool owned, bool r, bool w)
{
    stream_t *s = calloc(1, sizeof *s);
    *s = (stream_t){.fp = fp, .kind = kind, .owned = owned, .can_read = r, .can_write = w,
                    .stype = "STDIO", .blocking = true, .timeout = -1};
    snprintf(s->mode, sizeof s->mode, "%s", r && w ? "r+" : r ? "r" : "w");
    return rt_from_ptr(phpvm_resource_new("stream", s, stream_free));
}

/* Records what stream_get_meta_data reports of stream v (a failed open passes through). */
static rt_value_t with_meta(rt_value_t v, const char *wrapper, const char *stype,
                            const char *mode, rt_value_t uri)
{
    if (!phpvm_is_resource(v))
        return v;
    phpvm_resource_t *r = (phpvm_resource_t *)rt_ptr(v);
    stream_t *s = r->data;
    s->wrapper = wrapper;
    s->stype = stype;
    snprintf(s->mode, sizeof s->mode, "%s", mode);
    if (uri)
        RT_STORE(r, value, uri);
    return v;
}

rt_value_t phpvm_std_stream_new(FILE *fp, bool seekable, bool r, bool w, bool popened)
{
    rt_value_t v = phpvm_stream_wrap(fp, seekable ? PHPVM_SK_FILE : PHPVM_SK_PIPE, true, r, w);
    if (seekable)
        ((stream_t *)((phpvm_resource_t *)rt_ptr(v))->data)->wrapper = "plainfile";
    ((stream_t *)((phpvm_resource_t *)rt_ptr(v))->data)->popened = popened;
    return v;
}

phpvm_stream_t *phpvm_stream_arg(rt_value_t *args, int i)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (!phpvm_is_resource(v)) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($stream) must be of type resource, %s given",
                    phpvm_cur_builtin, i + 1, phpvm_type_name(v));
        return NULL;
    }
    phpvm_resource_t *r = (phpvm_resource_t *)rt_ptr(v);
    if (!r->data || strcmp(r->type, "stream") != 0) {
        phpvm_throw("TypeError", "%s(): supplied resource is not a valid stream resource",
                    phpvm_cur_builtin);
        return NULL;
    }
    return r->data;
}

/* After a read: PHP's eof flag, set once a read has tried to go past the end (as PHP's
** plain-file reads set it on a read of nothing: reading a file's last line up to its
** newline leaves it clear, the next read finds the end). */
static void note_eof(stream_t *s)
{
    if (s->fp && feof(s->fp))
        s->eof = true;
    int c;
    if (s->ahead && !s->eof && s->fp && (c = getc(s->fp)) != EOF)
        ungetc(c, s->fp);
    else if (s->ahead)
        s->eof = true;
}

/* ---- fopen ---- */

/* open(2) flags of an fopen mode ("r", "w+", "xb"...); false for an invalid one. */
static bool mode_flags(const char *m, int *flags, bool *r, bool *w)
{
    bool plus = strchr(m, '+') != NULL;
    switch (m[0]) {
    case 'r': *flags = plus ? O_RDWR : O_RDONLY; break;
    case 'w': *flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': *flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    case 'x': *flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    case 'c': *flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT; break;
    default: return false;
    }
    *r = m[0] == 'r' || plus;
    *w = m[0] != 'r' || plus;
    return true;
}

/* php://NAME: the stream, or RT_NOVALUE (nothing pending) for an unknown name. */
static rt_value_t php_stream(const char *name, bool r, bool w)
{
    if (strcasecmp(name, "stdin") == 0)
        return phpvm_stream_wrap(fdopen(dup(0), "r"), PHPVM_SK_PIPE, true, true, false);
    if (strcasecmp(name, "stdout") == 0 || strcasecmp(name, "stderr") == 0) {
        fflush(stdout);
        return phpvm_stream_wrap(name[3] == 'o' ? stdout : stderr, PHPVM_SK_PIPE, false, false,
                                 true);
    }
    if (strcasecmp(name, "output") == 0)
        return phpvm_stream_wrap(NULL, PHPVM_SK_OUTPUT, false, false, true);
    if (strcasecmp(name, "input") == 0) /* php-cli has no request body */
        return phpvm_stream_wrap(tmpfile(), PHPVM_SK_FILE, true, true, false);
    if (strcasecmp(name, "memory") == 0 || strncasecmp(name, "temp", 4) == 0) {
        rt_value_t v = phpvm_stream_wrap(tmpfile(), PHPVM_SK_FILE, true, r || w, true);
        /* php://temp reads its inner memory stream greedily: at the end as soon as a read
        ** reaches it */
        ((stream_t *)((phpvm_resource_t *)rt_ptr(v))->data)->ahead = name[0] != 'm' &&
                                                                   name[0] != 'M';
        return v;
    }
    return RT_NOVALUE;
}

/* php://NAME's stream_type and mode as PHP reports them. */
static const char *php_stream_type(const char *name)
{
    if (strcasecmp(name, "memory") == 0)
        return "MEMORY";
    if (strncasecmp(name, "temp", 4) == 0)
        return "TEMP";
    return strcasecmp(name, "output") == 0 ? "Output" : "STDIO";
}

static const char *php_stream_mode(const char *name, const char *mode)
{
    if (strcasecmp(name, "memory") == 0 || strncasecmp(name, "temp", 4) == 0)
        return "w+b";
    return strcasecmp(name, "output") == 0 ? "wb" : mode;
}

static const char *data_why; /* why the last data: URL did not open */

rt_str_t *phpvm_std_path_arg(rt_value_t *args, int argc, int i, bool use_include_path)
{
    rt_str_t *path = phpvm_arg_str(args, argc, i);
    if (path && memchr(path->data, '\0', (size_t)path->len)) {
        phpvm_throw("ValueError", "%s(): Argument #%d ($filename) must not contain any null "
                    "bytes", phpvm_cur_builtin, i + 1);
        return NULL;
    }
    if (!path || !use_include_path || strstr(path->data, "://") || phpvm_std_wrapped(path->data))
        return path;
    rt_str_t *file;
    int32_t line;
    phpvm_where(&file, &line);
    char *real = phpvm_include_resolve(path->data, file);
    if (!real)
        return path; /* not found: the open fails on the name as given */
    rt_str_t *found = rt_str_from_cstr(real);
    free(real);
    return found;
}

rt_str_t *phpvm_std_open_path_arg(rt_value_t *args, int argc, int i, bool use_include_path)
{
    rt_str_t *path = phpvm_std_path_arg(args, argc, i, use_include_path);
    if (path && path->len == 0) {
        phpvm_throw("ValueError", "Path cannot be empty");
        return NULL;
    }
    return path;
}

const char *phpvm_std_local_path(const char *path)
{
    return strncasecmp(path, "file://", 7) == 0 ? path + 7 : path;
}

bool phpvm_std_wrapped(const char *path)
{
    return strncasecmp(path, "compress.zlib://", 16) == 0 || strncmp(path, "data:", 5) == 0;
}

FILE *phpvm_std_open_file(const char *path, const char *mode)
{
    if (strncasecmp(path, "compress.zlib://", 16) == 0)
        return phpvm_zlib_fopen(path + 16, mode);
    if (strncmp(path, "data:", 5) == 0)
        return phpvm_std_data_open(path, &data_why);
    return fopen(phpvm_std_local_path(path), mode);
}

void phpvm_std_open_failed(const char *path)
{
    if (strncmp(path, "data:", 5) == 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: rfc2397: %s",
                    phpvm_cur_builtin, path, data_why);
        return;
    }
    bool gz = strstr(phpvm_cur_builtin, "gz") != NULL;
    if (strncasecmp(path, "compress.zlib://", 16) == 0 && !gz)
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: operation failed",
                    phpvm_cur_builtin, path);
    else
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: %s", phpvm_cur_builtin,
                    gz ? path + 16 : path, strerror(errno));
}

/* compress.zlib://PATH (a seekable stream through ext/zlib) or a data: URL. */
static rt_value_t wrapped_stream(rt_str_t *path, const char *mode, bool r, bool w)
{
    bool data = strncmp(path->data, "data:", 5) == 0;
    if (!data && strchr(mode, '+')) {
        if (strstr(phpvm_cur_builtin, "gz")) /* fopen() only says it failed */
            phpvm_error(PHPVM_E_WARNING, "%s(): Cannot open a zlib stream for reading and "
                        "writing at the same time!", phpvm_cur_builtin);
        else
            phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: operation failed",
                        phpvm_cur_builtin, path->data);
        return rt_false;
    }
    FILE *fp = phpvm_std_open_file(path->data, mode);
    if (!fp) {
        phpvm_std_open_failed(path->data);
        return rt_false;
    }
    rt_value_t v = phpvm_stream_wrap(fp, PHPVM_SK_FILE, true, r, w);
    ((stream_t *)((phpvm_resource_t *)rt_ptr(v))->data)->ahead = !data;
    if (!data && strstr(phpvm_cur_builtin, "gz")) /* gzopen's stream names no wrapper nor URI */
        return with_meta(v, NULL, "ZLIB", mode, 0);
    return with_meta(v, data ? "RFC2397" : "ZLIB", data ? "RFC2397" : "ZLIB", mode,
                     rt_from_ptr(path));
}

/* http:// and https:// for reading: the whole body, fetched first, in a temporary file. */
static rt_value_t http_stream(rt_str_t *url, bool w, rt_value_t *args, int argc)
{
    if (w) {
        phpvm_error(PHPVM_E_WARNING, "fopen(%s): Failed to open stream: HTTP wrapper does not "
                    "support writeable connections", url->data);
        return rt_false;
    }
    rt_value_t body = phpvm_http_fetch("fopen", url, phpvm_arg_given(argc, args, 3)
                                                         ? phpvm_deref(args[3]) : 0);
    if (!phpvm_is_str(body))
        return body;
    FILE *fp = tmpfile();
    fwrite(phpvm_str(body)->data, 1, (size_t)phpvm_str(body)->len, fp);
    rewind(fp);
    return phpvm_stream_wrap(fp, PHPVM_SK_FILE, true, true, false);
}

static rt_value_t fn_fopen(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0), *mode = path ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!mode)
        return RT_NOVALUE;
    int flags;
    bool r, w;
    if (!mode_flags(mode->data, &flags, &r, &w))
        return phpvm_throw("ValueError", "fopen(): Argument #2 ($mode) must be a valid mode");
    if (!(path = phpvm_std_open_path_arg(args, argc, 0, mode->data[0] == 'r' &&
                                                       phpvm_arg_given(argc, args, 2) &&
                                                       phpvm_to_bool(phpvm_deref(args[2])))))
        return RT_NOVALUE;
    bool user;
    FILE *uf = phpvm_userwrap_fopen(path, mode->data, "fopen", &user);
    if (user)
        return uf ? with_meta(phpvm_stream_wrap(uf, PHPVM_SK_USER, true, r, w), "user-space",
                              "user-space", mode->data, rt_from_ptr(path))
                  : rt_exc_pending() ? RT_NOVALUE : rt_false;
    if (strncasecmp(path->data, "php://filter/", 13) == 0)
        return phpvm_std_filter_url(path, mode->data);
    if (phpvm_std_wrapped(path->data))
        return wrapped_stream(path, mode->data, r, w);
    if (strncasecmp(path->data, "php://", 6) == 0) {
        rt_value_t s = php_stream(path->data + 6, r, w);
        if (s != RT_NOVALUE)
            return with_meta(s, "PHP", php_stream_type(path->data + 6), php_stream_mode(path->data + 6, mode->data),
                             rt_from_ptr(path));
        phpvm_error(PHPVM_E_WARNING, "%s(): Invalid php:// URL specified", phpvm_cur_builtin);
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: operation failed",
                    phpvm_cur_builtin, path->data);
        return rt_false;
    }
    if (strncasecmp(path->data, "http://", 7) == 0 || strncasecmp(path->data, "https://", 8) == 0)
        return with_meta(http_stream(path, w, args, argc), "http", "tcp_socket/ssl", mode->data,
                         rt_from_ptr(path));
    int fd = open(phpvm_std_local_path(path->data), flags | O_CLOEXEC, 0666);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && w) {
        close(fd);
        fd = -1;
        errno = EISDIR;
    }
    if (fd < 0) {
        phpvm_error(PHPVM_E_WARNING, "fopen(%s): Failed to open stream: %s", path->data,
                    strerror(errno));
        return rt_false;
    }
    const char *fm = r && w ? (flags & O_APPEND ? "a+" : "r+") : r ? "r" : flags & O_APPEND ? "a" : "w";
    return with_meta(phpvm_stream_wrap(fdopen(fd, fm), PHPVM_SK_FILE, true, r, w), "plainfile",
                     "STDIO", mode->data, rt_from_ptr(path));
}

rt_value_t phpvm_std_fopen(rt_str_t *path, const char *mode)
{
    rt_value_t args[2] = {rt_from_ptr(path), phpvm_cstr(mode)};
    return fn_fopen(0, args, 2);
}

static rt_value_t fn_tmpfile(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    FILE *fp = tmpfile();
    return fp ? with_meta(phpvm_stream_wrap(fp, PHPVM_SK_FILE, true, true, true), "plainfile",
                          "STDIO", "r+b", 0)
              : rt_false;
}

static rt_value_t fn_fclose(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    int busy = s->fp ? phpvm_std_filter_busy(s->fp) : 0;
    if (busy == 2)
        return phpvm_throw("TypeError", "fclose(): supplied resource is not a valid stream "
                                        "resource");
    if (busy == 1) {
        phpvm_error(PHPVM_E_WARNING, "fclose(): %" PRId64 " is not a valid stream resource",
                    ((phpvm_resource_t *)rt_ptr(phpvm_deref(args[0])))->id);
        return rt_false;
    }
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(phpvm_deref(args[0])));
    return rt_true;
}

/* ---- Reading ---- */

static bool readable(stream_t *s, size_t n)
{
    if (s->can_read && s->fp)
        return true;
    phpvm_error(PHPVM_E_NOTICE, "%s(): Read of %zu bytes failed with errno=9 Bad file descriptor",
                phpvm_cur_builtin, n);
    return false;
}

/* Pipes and sockets: their reads return what has arrived rather than wait for all they ask,
** and writes go to the descriptor at once, as PHP's do (a FILE of no descriptor, such as
** zlib's, reads and writes as a file). */
static bool pipe_like(const stream_t *s)
{
    return s->kind == PHPVM_SK_SOCKET || (s->kind == PHPVM_SK_PIPE && fileno(s->fp) >= 0);
}

static rt_value_t fn_fread(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t n;
    if (!s || !phpvm_arg_long(args, argc, 1, &n))
        return RT_NOVALUE;
    if (n <= 0)
        return phpvm_throw("ValueError", "fread(): Argument #2 ($length) must be greater than 0");
    if (!readable(s, 8192))
        return rt_false;
    rt_str_t *out = rt_str_alloc(&rt_type_str, (size_t)n);
    size_t got = pipe_like(s) ? phpvm_socket_read(s, out->data, (size_t)n)
                                 : fread(out->data, 1, (size_t)n, s->fp);
    note_eof(s);
    if (got == 0 && s->timed_out)
        return rt_false;
    return phpvm_str_value(out->data, got);
}

/* One line (up to max bytes when max > 0) into b; false at the end with nothing read. */
static bool read_line(stream_t *s, rt_strbuf_t *b, int64_t max)
{
    int64_t n = 0;
    int c = EOF;
    while ((max <= 0 || n < max) && (s->kind != PHPVM_SK_SOCKET || phpvm_socket_wait(s)) &&
           (c = getc(s->fp)) != EOF) {
        rt_strbuf_append_char(b, (char)c);
        n++;
        if (c == '\n')
            break;
    }
    note_eof(s);
    return n > 0;
}

static rt_value_t fn_fgets(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t len = 0;
    if (!s || (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
               !phpvm_arg_long(args, argc, 1, &len)))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none && len <= 0)
        return phpvm_throw("ValueError", "fgets(): Argument #2 ($length) must be greater than 0");
    if (!readable(s, 8192))
        return rt_false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    if (!read_line(s, &b, len > 0 ? len - 1 : 0)) {
        rt_strbuf_finish(&b, &rt_type_str);
        return rt_false;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

rt_value_t phpvm_std_stream_gets(rt_value_t *args, int i)
{
    stream_t *s = phpvm_stream_arg(args, i);
    if (!s)
        return RT_NOVALUE;
    if (!readable(s, 8192))
        return rt_false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    return read_line(s, &b, 0) ? rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str)) : rt_false;
}

FILE *phpvm_std_stream_file(rt_value_t *args, int i, bool *ok)
{
    stream_t *s = phpvm_stream_arg(args, i);
    *ok = s != NULL;
    if (s && s->fp)
        fflush(s->fp);
    return s ? s->fp : NULL;
}

rt_str_t *phpvm_std_read_all(FILE *fp)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 4096);
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        rt_strbuf_append(&b, buf, n);
    return rt_strbuf_finish(&b, &rt_type_str);
}

bool phpvm_std_stream_layer(rt_value_t *args, int i, FILE **fp, bool *owned, bool *r, bool *w)
{
    stream_t *s = phpvm_stream_arg(args, i);
    if (!s)
        return false;
    *fp = s->fp, *owned = s->owned, *r = s->can_read, *w = s->can_write;
    return true;
}

bool phpvm_std_stream_info(rt_value_t *args, int i, FILE **fp, const char **wrapper,
                           const char **stype)
{
    stream_t *s = phpvm_stream_arg(args, i);
    if (!s)
        return false;
    *fp = s->fp, *wrapper = s->wrapper ? s->wrapper : "", *stype = s->stype;
    return true;
}

void phpvm_std_stream_relayer(rt_value_t *args, int i, FILE *fp)
{
    stream_t *s = ((phpvm_resource_t *)rt_ptr(phpvm_deref(args[i])))->data;
    s->fp = fp;
    s->owned = true;
    s->popened = false;
    if (s->kind == PHPVM_SK_OUTPUT)
        s->kind = PHPVM_SK_PIPE;
}

int phpvm_std_stream_pclose(rt_value_t *args, int i, bool *ok)
{
    stream_t *s = phpvm_stream_arg(args, i);
    *ok = s != NULL;
    if (!s)
        return -1;
    bool popened = s->popened;
    FILE *fp = s->fp;
    s->fp = NULL;
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(phpvm_deref(args[i])));
    if (!fp)
        return -1;
    if (!popened)
        return fclose(fp) == 0 ? 0 : -1;
    int st = pclose(fp);
    return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : st;
}

/* PHP's array, key for key; php://temp's lacks the first three, as PHP's does. */
static rt_value_t fn_stream_get_meta_data(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    rt_value_t uri = ((phpvm_resource_t *)rt_ptr(phpvm_deref(args[0])))->value;
    phpvm_array_t *a = phpvm_array_new(9);
    if (strcmp(s->stype, "TEMP") != 0) {
        phpvm_array_set(a, phpvm_cstr("timed_out"), rt_bool(s->timed_out));
        phpvm_array_set(a, phpvm_cstr("blocked"), rt_bool(s->blocking));
        phpvm_array_set(a, phpvm_cstr("eof"), s->eof ? rt_true : rt_false);
    }
    if (s->wrapper)
        phpvm_array_set(a, phpvm_cstr("wrapper_type"), phpvm_cstr(s->wrapper));
    phpvm_array_set(a, phpvm_cstr("stream_type"), phpvm_cstr(s->stype));
    phpvm_array_set(a, phpvm_cstr("mode"), phpvm_cstr(s->mode));
    size_t unread = s->kind == PHPVM_SK_SOCKET ? phpvm_stream_buffered(s) : 0;
    phpvm_array_set(a, phpvm_cstr("unread_bytes"), phpvm_int((int64_t)unread));
    phpvm_array_set(a, phpvm_cstr("seekable"),
                    s->kind == PHPVM_SK_FILE || s->kind == PHPVM_SK_USER ? rt_true : rt_false);
    if (uri && phpvm_is_str(uri))
        phpvm_array_set(a, phpvm_cstr("uri"), uri);
    return rt_from_ptr(a);
}

static rt_value_t fn_fgetc(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    if (!readable(s, 1) || (s->kind == PHPVM_SK_SOCKET && !phpvm_socket_wait(s)))
        return rt_false;
    int c = getc(s->fp);
    note_eof(s);
    if (c == EOF)
        return rt_false;
    char ch = (char)c;
    return phpvm_str_value(&ch, 1);
}

static rt_value_t fn_feof(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (s && !s->eof && s->kind == PHPVM_SK_SOCKET && phpvm_socket_closed(s))
        s->eof = true;
    return s ? rt_bool(s->eof) : RT_NOVALUE;
}

/* The rest of the stream (at most max bytes when max >= 0) as a string. */
static rt_str_t *read_rest(stream_t *s, int64_t max)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 256);
    char buf[8192];
    while (max != 0) {
        size_t want = max < 0 || max > (int64_t)sizeof buf ? sizeof buf : (size_t)max;
        bool partly = pipe_like(s);
        size_t got = partly ? phpvm_socket_read(s, buf, want) : fread(buf, 1, want, s->fp);
        rt_strbuf_append(&b, buf, got);
        if (max > 0)
            max -= (int64_t)got;
        if (partly ? got == 0 : got < want)
            break;
    }
    note_eof(s);
    return rt_strbuf_finish(&b, &rt_type_str);
}

static rt_value_t fn_stream_get_contents(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t max = -1, off = -1;
    if (!s || (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
               !phpvm_arg_long(args, argc, 1, &max)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &off)))
        return RT_NOVALUE;
    if (max < -1)
        return phpvm_throw("ValueError", "stream_get_contents(): Argument #2 ($length) must be "
                                         "greater than or equal to -1");
    if (!readable(s, 8192))
        return phpvm_str_value("", 0);
    if (off >= 0 && fseek(s->fp, off, SEEK_SET) != 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_get_contents(): Failed to seek to position %" PRId64
                    " in the stream", off);
        return rt_false;
    }
    return rt_from_ptr(read_rest(s, max));
}

static rt_value_t fn_stream_get_line(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t max;
    rt_str_t *end = NULL;
    if (!s || !phpvm_arg_long(args, argc, 1, &max) ||
        (phpvm_arg_given(argc, args, 2) && !(end = phpvm_arg_str(args, argc, 2))))
        return RT_NOVALUE;
    if (max < 0)
        return phpvm_throw("ValueError", "stream_get_line(): Argument #2 ($length) must be "
                                         "greater than or equal to 0");
    if (max == 0)
        max = 8192;
    if (!readable(s, 8192))
        return rt_false;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    int c = EOF;
    /* up to max bytes or the ending string, which is consumed but not returned */
    while ((int64_t)b.len < max && (c = getc(s->fp)) != EOF) {
        rt_strbuf_append_char(&b, (char)c);
        if (end && end->len && b.len >= (size_t)end->len &&
            memcmp(b.data + b.len - end->len, end->data, (size_t)end->len) == 0) {
            b.len -= (size_t)end->len;
            note_eof(s);
            return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
        }
    }
    note_eof(s);
    if (b.len == 0 && c == EOF) {
        rt_strbuf_finish(&b, &rt_type_str);
        return rt_false;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_fpassthru(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    if (!readable(s, 8192))
        return rt_false;
    rt_str_t *r = read_rest(s, -1);
    phpvm_out_str(r);
    return phpvm_int(r->len);
}

/* ---- Writing ---- */

/* Writes n bytes; the count, or -1 after PHP's notice. */
static int64_t write_bytes(stream_t *s, const char *p, size_t n)
{
    if (s->kind == PHPVM_SK_OUTPUT) {
        phpvm_out(p, n);
        return (int64_t)n;
    }
    if (!s->can_write || !s->fp) {
        phpvm_error(PHPVM_E_NOTICE, "%s(): Write of %zu bytes failed with errno=9 Bad file "
                    "descriptor", phpvm_cur_builtin, n);
        return -1;
    }
    if (pipe_like(s))
        return phpvm_socket_write(s, p, n);
    size_t w = fwrite(p, 1, n, s->fp);
    if (s->kind != PHPVM_SK_USER) /* PHP writes plain files and pipes through at once: other */
        fflush(s->fp);     /* handles on the file see the bytes before fclose */
    return (int64_t)w;
}

rt_value_t phpvm_std_php_url_get(rt_str_t *url)
{
    rt_value_t v = phpvm_std_fopen(url, "rb");
    if (!phpvm_is_resource(v))
        return v;
    stream_t *s = phpvm_stream_arg(&v, 0);
    rt_str_t *r = s->fp && s->can_read ? read_rest(s, -1) : rt_str_from_cstr("");
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(v));
    return rt_from_ptr(r);
}

rt_value_t phpvm_std_php_url_put(rt_str_t *url, rt_str_t *data, const char *mode)
{
    rt_value_t v = phpvm_std_fopen(url, mode);
    if (!phpvm_is_resource(v))
        return v;
    int64_t w = write_bytes(phpvm_stream_arg(&v, 0), data->data, (size_t)data->len);
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(v));
    return w < 0 ? rt_false : phpvm_int(w);
}

static rt_value_t fn_stream_copy_to_stream(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *from = phpvm_stream_arg(args, 0), *to = from ? phpvm_stream_arg(args, 1) : NULL;
    int64_t max = -1, off = 0;
    if (!to || (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
                !phpvm_arg_long(args, argc, 2, &max)) ||
        (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &off)))
        return RT_NOVALUE;
    if (!readable(from, 8192))
        return rt_false;
    if (off > 0 && fseek(from->fp, off, SEEK_CUR) != 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_copy_to_stream(): Failed to seek to position %"
                    PRId64 " in the stream", off);
        return rt_false;
    }
    rt_str_t *data = read_rest(from, max);
    int64_t w = write_bytes(to, data->data, (size_t)data->len);
    return w < 0 ? rt_false : phpvm_int(w);
}

/* The descriptors of a stream_select() array argument into set (max fd in *maxfd): how many;
** streams with bytes already buffered count as ready (*ready). -1 with a warning for a stream
** that has no descriptor. */
static int select_fds(rt_value_t arr, fd_set *set, int *maxfd, int64_t *ready, bool reading)
{
    FD_ZERO(set);
    arr = phpvm_deref(arr);
    if (!phpvm_is_array(arr))
        return 0;
    int count = 0;
    phpvm_array_t *a = phpvm_arr(arr);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (!phpvm_is_resource(v) || !((phpvm_resource_t *)rt_ptr(v))->data)
            continue;
        stream_t *s = ((phpvm_resource_t *)rt_ptr(v))->data;
        int fd = s->fp && s->kind != PHPVM_SK_USER ? fileno(s->fp)
                 : s->kind == PHPVM_SK_OUTPUT      ? 1
                                                   : -1;
        if (fd < 0) {
            phpvm_error(PHPVM_E_WARNING, "stream_select(): Cannot represent a stream of type "
                        "user-space as a select()able descriptor");
            return -1;
        }
        FD_SET(fd, set);
        count++;
        if (fd > *maxfd)
            *maxfd = fd;
        if (reading && phpvm_stream_buffered(s) > 0)
            (*ready)++;
    }
    return count;
}

/* Keeps the entries of an array argument whose descriptor is in set (keys kept). */
static void select_keep(rt_value_t ref, fd_set *set, bool all_buffered)
{
    if (!phpvm_is_ref(ref) || !phpvm_is_array(phpvm_deref(ref)))
        return;
    phpvm_array_t *a = phpvm_arr(phpvm_deref(ref)), *r = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_array_val_at(a, p);
        if (!phpvm_is_resource(v) || !((phpvm_resource_t *)rt_ptr(v))->data)
            continue;
        stream_t *s = ((phpvm_resource_t *)rt_ptr(v))->data;
        int fd = s->fp ? fileno(s->fp) : s->kind == PHPVM_SK_OUTPUT ? 1 : -1;
        bool buffered = all_buffered && phpvm_stream_buffered(s) > 0;
        if ((fd >= 0 && FD_ISSET(fd, set)) || buffered)
            phpvm_array_set(r, phpvm_array_key_at(a, p), phpvm_share(v));
    }
    phpvm_ref_set((phpvm_ref_t *)rt_ptr(ref), rt_from_ptr(r));
}

static rt_value_t fn_stream_select(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t sec = -1, usec = 0;
    bool forever = phpvm_deref(args[3]) == rt_none;
    if ((!forever && !phpvm_arg_long(args, argc, 3, &sec)) ||
        (phpvm_arg_given(argc, args, 4) && phpvm_deref(args[4]) != rt_none &&
         !phpvm_arg_long(args, argc, 4, &usec)))
        return RT_NOVALUE;
    fd_set sets[3];
    int maxfd = -1;
    int64_t buffered = 0;
    int narrays = 0;
    for (int i = 0; i < 3; i++) {
        int k = select_fds(args[i], &sets[i], &maxfd, &buffered, i == 0);
        if (k < 0)
            return rt_false;
        narrays += k > 0;
    }
    if (narrays == 0)
        return phpvm_throw("ValueError", "No stream arrays were passed");
    if (!forever && sec < 0)
        return phpvm_throw("ValueError", "stream_select(): Argument #4 ($seconds) must be greater "
                                         "than or equal to 0");
    if (usec < 0)
        return phpvm_throw("ValueError", "stream_select(): Argument #5 ($microseconds) must be "
                                         "greater than or equal to 0");

    struct timeval tv = {sec, usec}, zero = {0, 0};
    int n = select(maxfd + 1, &sets[0], &sets[1], &sets[2],
                   buffered ? &zero : forever ? NULL : &tv);
    if (n < 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_select(): Unable to select [%d]: %s (max_fd=%d)",
                    errno, strerror(errno), maxfd);
        return rt_false;
    }
    for (int i = 0; i < 3; i++)
        select_keep(args[i], &sets[i], i == 0 && buffered);
    return phpvm_int(n + buffered);
}

static rt_value_t fn_fwrite(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    rt_str_t *data = s ? phpvm_arg_str(args, argc, 1) : NULL;
    int64_t len = -1;
    if (!data || (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
                  !phpvm_arg_long(args, argc, 2, &len)))
        return RT_NOVALUE;
    bool given = phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none;
    size_t n = !given || len > data->len ? (size_t)data->len : len <= 0 ? 0 : (size_t)len;
    if (n == 0)
        return phpvm_int(0);
    int64_t w = write_bytes(s, data->data, n);
    return w < 0 ? rt_false : phpvm_int(w);
}

static rt_value_t fn_fprintf(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    rt_str_t *r = phpvm_sprintf(args + 1, argc - 1, false);
    if (!r)
        return RT_NOVALUE;
    int64_t w = write_bytes(s, r->data, (size_t)r->len);
    return w < 0 ? rt_false : phpvm_int(r->len);
}

static rt_value_t fn_vfprintf(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    rt_str_t *format = s ? phpvm_arg_str(args, argc, 1) : NULL; /* checked before the values */
    phpvm_array_t *a = format ? phpvm_arg_array(args, argc, 2) : NULL;
    if (!a)
        return RT_NOVALUE;
    int n = (int)rt_map_count(a) + 1;
    rt_value_t *items = malloc((size_t)n * sizeof *items);
    items[0] = args[1];
    int i = 1;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        items[i++] = phpvm_array_val_at(a, p);
    rt_str_t *r = phpvm_sprintf(items, n, true);
    free(items);
    if (!r)
        return RT_NOVALUE;
    int64_t w = write_bytes(s, r->data, (size_t)r->len);
    return w < 0 ? rt_false : phpvm_int(r->len);
}

static rt_value_t fn_fflush(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    return rt_bool(!s->fp || fflush(s->fp) == 0);
}

/* ---- Position, size, locks ---- */

static rt_value_t fn_fseek(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t off, whence = SEEK_SET;
    if (!s || !phpvm_arg_long(args, argc, 1, &off) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &whence)))
        return RT_NOVALUE;
    if ((s->kind != PHPVM_SK_FILE && s->kind != PHPVM_SK_USER) ||
        fseek(s->fp, off, (int)whence) != 0)
        return phpvm_int(-1);
    s->eof = false;
    return phpvm_int(0);
}

static rt_value_t fn_ftell(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    long p = s->fp ? ftell(s->fp) : -1;
    return p < 0 ? rt_false : phpvm_int(p);
}

static rt_value_t fn_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    if ((s->kind != PHPVM_SK_FILE && s->kind != PHPVM_SK_USER) || fseek(s->fp, 0, SEEK_SET) != 0)
        return rt_false;
    s->eof = false;
    return rt_true;
}

static rt_value_t fn_ftruncate(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t size;
    if (!s || !phpvm_arg_long(args, argc, 1, &size))
        return RT_NOVALUE;
    if (size < 0)
        return phpvm_throw("ValueError", "ftruncate(): Argument #2 ($size) must be greater than "
                           "or equal to 0");
    if (s->kind != PHPVM_SK_FILE || !s->can_write) {
        if (s->kind != PHPVM_SK_FILE)
            phpvm_error(PHPVM_E_WARNING, "ftruncate(): Can't truncate this stream!");
        return rt_false;
    }
    fflush(s->fp);
    return rt_bool(ftruncate(fileno(s->fp), size) == 0);
}

static rt_value_t fn_flock(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int64_t op;
    if (!s || !phpvm_arg_long(args, argc, 1, &op))
        return RT_NOVALUE;
    static const int ops[] = {0, LOCK_SH, LOCK_EX, LOCK_UN};
    int act = (int)(op & 3);
    if (act == 0)
        return phpvm_throw("ValueError", "flock(): Argument #2 ($operation) must be one of "
                           "LOCK_SH, LOCK_EX, or LOCK_UN");
    int r = s->fp ? flock(fileno(s->fp), ops[act] | (op & 4 ? LOCK_NB : 0)) : -1;
    if (phpvm_arg_given(argc, args, 2) && phpvm_is_ref(args[2]))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[2]), phpvm_int(r != 0 && errno == EWOULDBLOCK));
    return rt_bool(r == 0);
}

/* stat()'s fields as PHP lists them: numbered, then named. */
phpvm_array_t *phpvm_stat_array(const struct stat *st)
{
    static const char *const names[] = {"dev", "ino", "mode", "nlink", "uid", "gid", "rdev",
                                        "size", "atime", "mtime", "ctime", "blksize", "blocks"};
    int64_t v[13] = {(int64_t)st->st_dev, (int64_t)st->st_ino, st->st_mode, (int64_t)st->st_nlink,
                     st->st_uid, st->st_gid, (int64_t)st->st_rdev, st->st_size, st->st_atime,
                     st->st_mtime, st->st_ctime, st->st_blksize, st->st_blocks};
    phpvm_array_t *a = phpvm_array_new(26);
    for (int k = 0; k < 13; k++)
        phpvm_array_set(a, phpvm_int(k), phpvm_int(v[k]));
    for (int k = 0; k < 13; k++)
        phpvm_array_set(a, phpvm_cstr(names[k]), phpvm_int(v[k]));
    return a;
}

static rt_value_t fn_fstat(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    stream_t *s = phpvm_stream_arg(args, 0);
    if (!s)
        return RT_NOVALUE;
    struct stat st;
    if (!s->fp)
        return rt_false;
    fflush(s->fp);
    if (fstat(fileno(s->fp), &st) != 0)
        return rt_false;
    return rt_from_ptr(phpvm_stat_array(&st));
}

/* ---- CSV ---- */

/* A one-character CSV option (separator, enclosure; escape may be empty: -1). */
static bool csv_char(rt_value_t *args, int argc, int i, const char *pname, int def, bool may_be_empty,
                     int *out)
{
    *out = def;
    if (!phpvm_arg_given(argc, args, i))
        return true;
    rt_str_t *s = phpvm_arg_str(args, argc, i);
    if (!s)
        return false;
    if (s->len == 0 && may_be_empty) {
        *out = -1;
        return true;
    }
    if (s->len != 1) {
        phpvm_throw("ValueError", "%s(): Argument #%d ($%s) must be a single character",
                    phpvm_cur_builtin, i + 1, pname);
        return false;
    }
    *out = (unsigned char)s->data[0];
    return true;
}

static rt_value_t fn_fputcsv(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    phpvm_array_t *fields = s ? phpvm_arg_array(args, argc, 1) : NULL;
    int sep, enc, esc;
    if (!fields || !csv_char(args, argc, 2, "separator", ',', false, &sep) ||
        !csv_char(args, argc, 3, "enclosure", '"', false, &enc) ||
        !csv_char(args, argc, 4, "escape", '\\', true, &esc))
        return RT_NOVALUE;
    rt_str_t *eol = phpvm_arg_given(argc, args, 5) ? phpvm_arg_str(args, argc, 5)
                                                   : rt_str_from_cstr("\n");
    if (!eol)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    bool first = true;
    for (int64_t p = phpvm_array_first(fields); p >= 0; p = phpvm_array_next(fields, p)) {
        rt_str_t *f = phpvm_to_str(phpvm_array_val_at(fields, p));
        if (!f)
            return RT_NOVALUE;
        if (!first)
            rt_strbuf_append_char(&b, (char)sep);
        first = false;
        bool quote = false;
        for (int64_t k = 0; k < f->len && !quote; k++) {
            int c = (unsigned char)f->data[k];
            quote = c == sep || c == enc || c == esc || c == '\n' || c == '\r' || c == '\t' ||
                    c == ' ';
        }
        if (!quote) {
            rt_strbuf_append_str(&b, f);
            continue;
        }
        rt_strbuf_append_char(&b, (char)enc);
        bool escaped = false;
        for (int64_t k = 0; k < f->len; k++) {
            int c = (unsigned char)f->data[k];
            if (escaped)
                escaped = false;
            else if (c == esc)
                escaped = true;
            else if (c == enc)
                rt_strbuf_append_char(&b, (char)enc);
            rt_strbuf_append_char(&b, (char)c);
        }
        rt_strbuf_append_char(&b, (char)enc);
    }
    rt_strbuf_append_str(&b, eol);
    rt_str_t *line = rt_strbuf_finish(&b, &rt_type_str);
    int64_t w = write_bytes(s, line->data, (size_t)line->len);
    return w < 0 ? rt_false : phpvm_int(w);
}

/* Drops a line end ("\n", "\r\n" or "\r") from b. */
static void chomp(rt_strbuf_t *b)
{
    if (b->len && b->data[b->len - 1] == '\n')
        b->len--;
    if (b->len && b->data[b->len - 1] == '\r')
        b->len--;
}

/* One CSV record from the stream: fields split at sep, enclosed ones may span lines. */
static rt_value_t csv_record(stream_t *s, int sep, int enc, int esc)
{
    rt_strbuf_t line;
    rt_strbuf_init(&line, 256);
    if (!read_line(s, &line, 0)) {
        rt_strbuf_finish(&line, &rt_type_str);
        return rt_false;
    }
    phpvm_array_t *out = phpvm_array_new(0);
    chomp(&line);
    if (line.len == 0) {
        phpvm_array_append(out, rt_none);
        rt_strbuf_finish(&line, &rt_type_str);
        return rt_from_ptr(out);
    }
    size_t p = 0;
    for (;;) {
        rt_strbuf_t f;
        rt_strbuf_init(&f, 32);
        size_t q = p;
        while (q < line.len && (line.data[q] == ' ' || line.data[q] == '\t') && line.data[q] != sep)
            q++;
        if (q < line.len && (unsigned char)line.data[q] == enc) {
            p = q + 1;
            for (;;) {
                if (p >= line.len) { /* the field goes on on the next line */
                    rt_strbuf_append_char(&f, '\n');
                    size_t before = line.len;
                    line.len = p;
                    if (!read_line(s, &line, 0)) {
                        line.len = before < p ? before : p;
                        break;
                    }
                    chomp(&line);
                    continue;
                }
                int c = (unsigned char)line.data[p];
                if (c == esc && esc != enc && p + 1 < line.len) {
                    rt_strbuf_append_char(&f, (char)c);
                    rt_strbuf_append_char(&f, line.data[p + 1]);
                    p += 2;
                } else if (c == enc) {
                    if (p + 1 < line.len && (unsigned char)line.data[p + 1] == enc) {
                        rt_strbuf_append_char(&f, (char)enc);
                        p += 2;
                    } else {
                        p++;
                        break;
                    }
                } else {
                    rt_strbuf_append_char(&f, (char)c);
                    p++;
                }
            }
            while (p < line.len && (unsigned char)line.data[p] != sep)
                rt_strbuf_append_char(&f, line.data[p++]);
        } else {
            while (p < line.len && (unsigned char)line.data[p] != sep)
                rt_strbuf_append_char(&f, line.data[p++]);
        }
        phpvm_array_append(out, rt_from_ptr(rt_strbuf_finish(&f, &rt_type_str)));
        if (p >= line.len)
            break;
        p++; /* the separator */
    }
    rt_strbuf_finish(&line, &rt_type_str);
    return rt_from_ptr(out);
}

static rt_value_t fn_fgetcsv(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    stream_t *s = phpvm_stream_arg(args, 0);
    int sep, enc, esc;
    if (!s || !csv_char(args, argc, 2, "separator", ',', false, &sep) ||
        !csv_char(args, argc, 3, "enclosure", '"', false, &enc) ||
        !csv_char(args, argc, 4, "escape", '\\', true, &esc))
        return RT_NOVALUE;
    if (!readable(s, 8192))
        return rt_false;
    return csv_record(s, sep, enc, esc);
}

/* ---- Whole files ---- */

enum { FILE_USE_INCLUDE_PATH = 1, FILE_IGNORE_NEW_LINES = 2, FILE_SKIP_EMPTY_LINES = 4 };

static rt_value_t fn_file(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t flags = 0;
    if (!path || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)))
        return RT_NOVALUE;
    if (flags < 0 || flags > 7 + 16)
        return phpvm_throw("ValueError", "file(): Argument #2 ($flags) must be a valid flag value");
    if (!(path = phpvm_std_open_path_arg(args, argc, 0, flags & FILE_USE_INCLUDE_PATH)))
        return RT_NOVALUE;
    FILE *fp = phpvm_std_open_file(path->data, "rb");
    if (!fp) {
        phpvm_std_open_failed(path->data);
        return rt_false;
    }
    stream_t st = {.fp = fp, .kind = PHPVM_SK_FILE, .owned = true, .can_read = true,
                   .stype = "STDIO", .mode = "r", .blocking = true, .timeout = -1};
    phpvm_array_t *out = phpvm_array_new(0);
    rt_strbuf_t b;
    for (;;) {
        rt_strbuf_init(&b, 128);
        if (!read_line(&st, &b, 0))
            break;
        if (flags & FILE_IGNORE_NEW_LINES)
            chomp(&b);
        if ((flags & FILE_SKIP_EMPTY_LINES) && (flags & FILE_IGNORE_NEW_LINES) && b.len == 0) {
            rt_strbuf_finish(&b, &rt_type_str);
            continue;
        }
        phpvm_array_append(out, rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str)));
    }
    rt_strbuf_finish(&b, &rt_type_str);
    fclose(fp);
    return rt_from_ptr(out);
}

static rt_value_t fn_readfile(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_std_open_path_arg(args, argc, 0, phpvm_arg_given(argc, args, 1) &&
                                                           phpvm_to_bool(phpvm_deref(args[1])));
    if (!path)
        return RT_NOVALUE;
    FILE *fp = phpvm_std_open_file(path->data, "rb");
    if (!fp) {
        phpvm_std_open_failed(path->data);
        return rt_false;
    }
    stream_t st = {.fp = fp, .kind = PHPVM_SK_FILE, .owned = true, .can_read = true,
                   .stype = "STDIO", .mode = "r", .blocking = true, .timeout = -1};
    rt_str_t *r = read_rest(&st, -1);
    fclose(fp);
    phpvm_out_str(r);
    return phpvm_int(r->len);
}

/* ---- Stream contexts ---- */

/* A context's payload is a marker only (an open resource has one): its options are the
** resource's heap value. */
static char context_marker;

static void *r_marker(void)
{
    return &context_marker;
}

static void context_free(void *p)
{
    (void)p;
}

phpvm_array_t *phpvm_context_options(rt_value_t v)
{
    v = phpvm_deref(v);
    if (!phpvm_is_resource(v) || ((phpvm_resource_t *)rt_ptr(v))->close != context_free)
        return NULL;
    rt_value_t o = ((phpvm_resource_t *)rt_ptr(v))->value;
    return phpvm_is_array(o) ? phpvm_arr(o) : NULL;
}

static rt_value_t fn_stream_context_create(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    phpvm_array_t *opts = phpvm_array_new(0);
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none &&
        !(opts = phpvm_arg_array(args, argc, 0)))
        return RT_NOVALUE;
    phpvm_resource_t *r = phpvm_resource_new("stream-context", r_marker(), context_free);
    RT_STORE(r, value, phpvm_share(rt_from_ptr(opts)));
    return rt_from_ptr(r);
}

static rt_value_t fn_stream_context_get_options(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_array_t *o = phpvm_context_options(args[0]);
    if (!o)
        return phpvm_throw("TypeError", "stream_context_get_options(): Argument #1 "
                           "($stream_or_context) must be of type resource, %s given",
                           phpvm_type_name(args[0]));
    return phpvm_share(rt_from_ptr(o));
}

static rt_value_t fn_stream_context_set_option(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    phpvm_array_t *o = phpvm_context_options(args[0]);
    rt_str_t *wrapper = o ? phpvm_arg_str(args, argc, 1) : NULL;
    rt_str_t *name = wrapper ? phpvm_arg_str(args, argc, 2) : NULL;
    if (!name || argc < 4)
        return o ? RT_NOVALUE : phpvm_throw("TypeError", "stream_context_set_option(): Argument "
                                            "#1 ($context) must be of type resource, %s given",
                                            phpvm_type_name(args[0]));
    phpvm_resource_t *r = (phpvm_resource_t *)rt_ptr(phpvm_deref(args[0]));
    rt_value_t slot = r->value;
    phpvm_array_t *all = phpvm_array_sep(&slot);
    rt_value_t w = rt_map_get_str(all, wrapper);
    rt_value_t wv = w != RT_NOVALUE && phpvm_is_array(phpvm_deref(w)) ? phpvm_deref(w)
                                                                        : rt_from_ptr(phpvm_array_new(0));
    phpvm_array_t *wa = phpvm_array_sep(&wv);
    phpvm_array_set(wa, rt_from_ptr(name), phpvm_share(phpvm_deref(args[3])));
    phpvm_array_set(all, rt_from_ptr(wrapper), rt_from_ptr(wa));
    RT_STORE(r, value, rt_from_ptr(all));
    return rt_true;
}

/* ---- Resources ---- */

static rt_value_t fn_is_resource(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    return rt_bool(phpvm_is_resource(v) && ((phpvm_resource_t *)rt_ptr(v))->data);
}

static phpvm_resource_t *resource_arg(rt_value_t *args)
{
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_resource(v))
        return (phpvm_resource_t *)rt_ptr(v);
    phpvm_throw("TypeError", "%s(): Argument #1 ($resource) must be of type resource, %s given",
                phpvm_cur_builtin, phpvm_type_name(v));
    return NULL;
}

static rt_value_t fn_get_resource_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_resource_t *r = resource_arg(args);
    return r ? phpvm_cstr(r->type) : RT_NOVALUE;
}

static rt_value_t fn_get_resource_id(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_resource_t *r = resource_arg(args);
    return r ? phpvm_int(r->id) : RT_NOVALUE;
}

/* STDIN, STDOUT and STDERR. */
static void streams_init(void)
{
    static stream_t std[3];
    static const char *const names[] = {"STDIN", "STDOUT", "STDERR"};
    static const char *const uris[] = {"php://stdin", "php://stdout", "php://stderr"};
    FILE *const fps[] = {stdin, stdout, stderr};
    for (int k = 0; k < 3; k++) {
        std[k] = (stream_t){.fp = fps[k], .kind = PHPVM_SK_PIPE, .can_read = k == 0,
                            .can_write = k > 0, .wrapper = "PHP", .stype = "STDIO",
                            .blocking = true, .timeout = -1};
        snprintf(std[k].mode, sizeof std[k].mode, "%s", k == 0 ? "rb" : "wb");
        phpvm_resource_t *r = phpvm_resource_std(k + 1, "stream", &std[k]);
        RT_STORE(r, value, phpvm_cstr(uris[k]));
        rt_map_set_str(phpvm_vm->constants, rt_str_from_cstr(names[k]), rt_from_ptr(r));
    }
    rt_version_bump(&phpvm_vm->constants_version);
}

static const phpvm_builtin_t functions[] = {
    {"fopen", fn_fopen, 2, 4, "filename,mode,use_include_path,context", 0},
    {"tmpfile", fn_tmpfile, 0, 0, "", 0},
    {"fclose", fn_fclose, 1, 1, "stream", 0},
    {"stream_get_meta_data", fn_stream_get_meta_data, 1, 1, "stream", 0},
    {"socket_get_status", fn_stream_get_meta_data, 1, 1, "stream", 0},
    {"stream_get_line", fn_stream_get_line, 2, 3, "stream,length,ending", 0},
    {"stream_copy_to_stream", fn_stream_copy_to_stream, 2, 4, "from,to,length,offset", 0},
    {"stream_select", fn_stream_select, 4, 5, "read,write,except,seconds,microseconds", 7},
    {"fread", fn_fread, 2, 2, "stream,length", 0},
    {"fgets", fn_fgets, 1, 2, "stream,length", 0},
    {"fgetc", fn_fgetc, 1, 1, "stream", 0},
    {"feof", fn_feof, 1, 1, "stream", 0},
    {"fwrite", fn_fwrite, 2, 3, "stream,data,length", 0},
    {"fputs", fn_fwrite, 2, 3, "stream,data,length", 0},
    {"fprintf", fn_fprintf, 2, -1, "stream,format,values", 0},
    {"vfprintf", fn_vfprintf, 3, 3, "stream,format,values", 0},
    {"fflush", fn_fflush, 1, 1, "stream", 0},
    {"fseek", fn_fseek, 2, 3, "stream,offset,whence", 0},
    {"ftell", fn_ftell, 1, 1, "stream", 0},
    {"rewind", fn_rewind, 1, 1, "stream", 0},
    {"ftruncate", fn_ftruncate, 2, 2, "stream,size", 0},
    {"flock", fn_flock, 2, 3, "stream,operation,would_block", 1u << 2},
    {"fstat", fn_fstat, 1, 1, "stream", 0},
    {"stream_get_contents", fn_stream_get_contents, 1, 3, "stream,length,offset", 0},
    {"fpassthru", fn_fpassthru, 1, 1, "stream", 0},
    {"fputcsv", fn_fputcsv, 2, 6, "stream,fields,separator,enclosure,escape,eol", 0},
    {"fgetcsv", fn_fgetcsv, 1, 5, "stream,length,separator,enclosure,escape", 0},
    {"file", fn_file, 1, 3, "filename,flags,context", 0},
    {"readfile", fn_readfile, 1, 3, "filename,use_include_path,context", 0},
    {"stream_context_create", fn_stream_context_create, 0, 2, "options,params", 0},
    {"stream_context_get_options", fn_stream_context_get_options, 1, 1, "stream_or_context", 0},
    {"stream_context_set_option", fn_stream_context_set_option, 2, 4,
     "context,wrapper_or_options,option_name,value", 0},
    {"is_resource", fn_is_resource, 1, 1, "value", 0},
    {"get_resource_type", fn_get_resource_type, 1, 1, "resource", 0},
    {"get_resource_id", fn_get_resource_id, 1, 1, "resource", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"LOCK_SH", 1},         {"LOCK_UN", 3},         {"LOCK_NB", 4},
    {"FILE_USE_INCLUDE_PATH", FILE_USE_INCLUDE_PATH},
    {"FILE_IGNORE_NEW_LINES", FILE_IGNORE_NEW_LINES},
    {"FILE_SKIP_EMPTY_LINES", FILE_SKIP_EMPTY_LINES},
    {"FILE_NO_DEFAULT_CONTEXT", 16},
    {"PATHINFO_DIRNAME", 1}, {"PATHINFO_BASENAME", 2}, {"PATHINFO_EXTENSION", 4},
    {"PATHINFO_FILENAME", 8}, {"PATHINFO_ALL", 15},
    {"FNM_NOESCAPE", FNM_NOESCAPE}, {"FNM_PATHNAME", FNM_PATHNAME}, {"FNM_PERIOD", FNM_PERIOD},
    {"FNM_CASEFOLD", 16},
    {"SCANDIR_SORT_ASCENDING", 0}, {"SCANDIR_SORT_DESCENDING", 1}, {"SCANDIR_SORT_NONE", 2},
    {"GLOB_ERR", GLOB_ERR}, {"GLOB_MARK", GLOB_MARK}, {"GLOB_NOSORT", GLOB_NOSORT},
    {"GLOB_NOCHECK", GLOB_NOCHECK}, {"GLOB_NOESCAPE", GLOB_NOESCAPE}, {"GLOB_BRACE", GLOB_BRACE},
    {"GLOB_ONLYDIR", GLOB_ONLYDIR},
    {"GLOB_AVAILABLE_FLAGS", GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE |
                             GLOB_BRACE | GLOB_ONLYDIR},
    {NULL, 0},
};

/* The streams of ext/standard, registered like an extension for their constants and STDIN. */
const phpvm_ext_t phpvm_ext_streams = {"standard", functions, constants, streams_init, NULL,
                                       phpvm_resource_close_all};
