/*
** mod_io.c: the native `_io` module (modules.h) that Debian's io package re-exports, and
** builtins.open. Files are one C object over a stdio stream whose class says its role: FileIO,
** BufferedReader, BufferedWriter, BufferedRandom (binary) or TextIOWrapper (text: UTF-8, ASCII
** or Latin-1 through obj_codec.c, universal newlines on reading). StringIO and BytesIO are
** memory streams over a growable GC-heap buffer. The _IOBase family are the plain base classes io.py
** derives its ABCs from, with CPython's default methods (context manager, iteration by lines).
** A TextIOWrapper made from Python over one of this module's binary files duplicates its
** descriptor; buffered and text layers made from Python over anything else (gzip's reader, a
** BytesIO) are the standard library's pure-Python _pyio classes. BufferedRWPair is
** BufferedRandom.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

/* ---- files ---- */

typedef struct file {
    rt_obj_t hdr;
    FILE *fp;          /* NULL once closed */
    rt_value_t name, mode, encoding, errors, buffer;
    bool text, readable, writable, universal, borrowed, closefd;
    bool translate; /* newline=None: \r\n and \r read as \n (newline='' splits lines only) */
} file_t;

static void file_trace(gc_tracer_t *tracer, void *obj)
{
    file_t *f = obj;
    gc_visit(tracer, f->name);
    gc_visit(tracer, f->mode);
    gc_visit(tracer, f->encoding);
    gc_visit(tracer, f->errors);
    gc_visit(tracer, f->buffer);
}

/* Light finalizer: an unreachable open file is closed (its stdio buffer flushed). */
static void file_finalize(void *obj)
{
    file_t *f = obj;
    if (f->fp && !f->borrowed)
        f->closefd ? fclose(f->fp) : fflush(f->fp);
    f->fp = NULL;
}

/* X(class, role): the file classes, each its own runtime type over file_t. */
#define FILE_CLASSES(X)                                                                            \
    X(FileIO) X(BufferedReader) X(BufferedWriter) X(BufferedRandom) X(TextIOWrapper)

enum {
#define FILE_KIND(c) K_##c,
    FILE_CLASSES(FILE_KIND)
#undef FILE_KIND
    NFILEKINDS
};

static rt_type_t file_types[NFILEKINDS];
static pyvm_class_t *file_classes[NFILEKINDS];
static rt_pyslots_t file_slots[NFILEKINDS];
static pyvm_class_t *unsupported_cls, *iobase_cls, *rawiobase_cls, *bufiobase_cls, *textiobase_cls,
    *stringio_cls, *bytesio_cls, *nldecoder_cls;

#define FILEP(v) ((file_t *)rt_ptr(v))
#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static bool is_file(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return false;
    for (int k = 0; k < NFILEKINDS; k++)
        if (rt_value_type(v) == &file_types[k])
            return true;
    return false;
}

static rt_value_t unsupported(const char *what)
{
    rt_value_t msg = pyvm_str_cstr(what);
    rt_value_t e = pyvm_exc_new(unsupported_cls, &msg, 1);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* The open stream of self, or NULL with ValueError ("I/O operation on closed file."). */
static FILE *stream(rt_value_t self)
{
    file_t *f = FILEP(self);
    if (!f->fp)
        rt_raise(RT_EXC_VALUE, "I/O operation on closed file.");
    return f->fp;
}

static file_t *file_new(int kind, FILE *fp, rt_value_t name, rt_value_t mode)
{
    file_t *f = rt_alloc(&file_types[kind], sizeof *f);
    f->fp = fp;
    f->name = name;
    f->mode = mode;
    f->encoding = f->errors = f->buffer = rt_none;
    f->text = kind == K_TextIOWrapper;
    f->closefd = true;
    gc_write_barrier(f);
    return f;
}

/* Reads up to max bytes (max < 0: to the end) into a bytes object; NULL on error. */
static rt_value_t read_bytes(FILE *fp, int64_t max)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, max > 0 && max < 65536 ? (size_t)max + 1 : 4096);
    char chunk[8192];
    while (max < 0 || (int64_t)b.len < max) {
        size_t want = sizeof chunk;
        if (max >= 0 && (int64_t)want > max - (int64_t)b.len)
            want = (size_t)(max - (int64_t)b.len);
        size_t got;
        RT_ALLOW_THREADS(got = fread(chunk, 1, want, fp));
        rt_strbuf_append(&b, chunk, got);
        if (got < want)
            break;
    }
    if (ferror(fp)) {
        clearerr(fp);
        return pyvm_raise_errno(errno, RT_NOVALUE);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

/* Decodes bytes as the text file's encoding, translating \r\n and \r when asked to. */
static rt_value_t decode_text(file_t *f, const char *d, int64_t len)
{
    rt_value_t s = pyvm_codec_decode(d, len, pyvm_str_of(f->encoding)->data,
                                     pyvm_str_of(f->errors)->data);
    if (!s || !f->translate || !memchr(pyvm_str_of(s)->data, '\r', (size_t)pyvm_str_of(s)->len))
        return s;
    rt_str_t *t = pyvm_str_of(s);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)t->len + 1);
    for (int64_t i = 0; i < t->len; i++) {
        if (t->data[i] == '\r') {
            rt_strbuf_append_char(&b, '\n');
            if (i + 1 < t->len && t->data[i + 1] == '\n')
                i++;
        } else {
            rt_strbuf_append_char(&b, t->data[i]);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* The UTF-8 length of a sequence from its lead byte (1 for the single-byte codecs). */
static int char_len(file_t *f, int lead)
{
    if (strcmp(pyvm_str_of(f->encoding)->data, "utf-8") != 0 || lead < 0xc0)
        return 1;
    return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

FN(f_read)
{
    (void)kw;
    FILE *fp = stream(self);
    int64_t size = -1;
    if (!fp || (n && a[0] != rt_none && !pyvm_index_i64(a[0], &size)))
        return RT_NOVALUE;
    file_t *f = FILEP(self);
    if (!f->readable)
        return unsupported("not readable");
    if (!f->text)
        return read_bytes(fp, size);
    if (size < 0) {
        rt_value_t b = read_bytes(fp, -1);
        return b ? decode_text(f, pyvm_str_of(b)->data, pyvm_str_of(b)->len) : RT_NOVALUE;
    }
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)size + 1);
    for (int64_t i = 0; i < size; i++) {
        int c = getc(fp);
        if (c == EOF)
            break;
        rt_strbuf_append_char(&b, (char)c);
        for (int k = 1; k < char_len(f, c); k++) {
            int d = getc(fp);
            if (d == EOF)
                break;
            rt_strbuf_append_char(&b, (char)d);
        }
    }
    rt_str_t *raw = rt_strbuf_finish(&b, &rt_type_bytes);
    return decode_text(f, raw->data, raw->len);
}

/* One line: bytes up to and including '\n' (text + universal: a \r or \r\n ends it too). */
static rt_value_t read_line(rt_value_t self, int64_t limit)
{
    FILE *fp = stream(self);
    if (!fp)
        return RT_NOVALUE;
    file_t *f = FILEP(self);
    if (!f->readable)
        return unsupported("not readable");
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    int c;
    while ((limit < 0 || (int64_t)b.len < limit) && (c = getc(fp)) != EOF) {
        rt_strbuf_append_char(&b, (char)c);
        if (c == '\n')
            break;
        if (c == '\r' && f->text && f->universal) {
            int d = getc(fp);
            if (d == '\n')
                rt_strbuf_append_char(&b, '\n');
            else if (d != EOF)
                ungetc(d, fp);
            break;
        }
    }
    rt_str_t *raw = rt_strbuf_finish(&b, &rt_type_bytes);
    return f->text ? decode_text(f, raw->data, raw->len) : rt_from_ptr(raw);
}

FN(f_readline)
{
    (void)kw;
    int64_t limit = -1;
    if (n && a[0] != rt_none && !pyvm_index_i64(a[0], &limit))
        return RT_NOVALUE;
    return read_line(self, limit);
}

static rt_value_t file_next(rt_value_t self)
{
    rt_value_t line = read_line(self, -1);
    if (!line)
        return RT_NOVALUE;
    rt_str_t *s = pyvm_str_of(line);
    return s->len ? line : RT_NOVALUE;
}

static rt_value_t file_iter(rt_value_t self) { return stream(self) ? self : RT_NOVALUE; }

FN(f_write)
{
    (void)n, (void)kw;
    FILE *fp = stream(self);
    if (!fp)
        return RT_NOVALUE;
    file_t *f = FILEP(self);
    if (!f->writable)
        return unsupported("not writable");
    const char *d;
    int64_t len, count;
    if (f->text) {
        if (!pyvm_is_str(a[0]))
            return rt_raise(RT_EXC_TYPE, "write() argument must be str, not %s",
                            pyvm_type_name(a[0]));
        rt_value_t enc = pyvm_codec_encode(pyvm_str_of(a[0]), pyvm_str_of(f->encoding)->data,
                                           pyvm_str_of(f->errors)->data);
        if (!enc)
            return RT_NOVALUE;
        d = pyvm_str_of(enc)->data;
        len = pyvm_str_of(enc)->len;
        count = rt_str_cp_len(pyvm_str_of(a[0]));
    } else {
        if (!pyvm_bytes_like(a[0], &d, &len))
            return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                            pyvm_type_name(a[0]));
        count = len;
    }
    size_t put;
    RT_ALLOW_THREADS(put = fwrite(d, 1, (size_t)len, fp));
    if (put != (size_t)len)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_small(count);
}

FN(f_close)
{
    (void)a, (void)n, (void)kw;
    file_t *f = FILEP(self);
    if (f->fp) {
        int r = f->borrowed ? fflush(f->fp) : f->closefd ? fclose(f->fp) : fflush(f->fp);
        f->fp = NULL;
        if (r != 0)
            return pyvm_raise_errno(errno, RT_NOVALUE);
    }
    /* a TextIOWrapper made over a binary file closes that file too, as CPython's */
    if (f->text && is_file(f->buffer) && !FILEP(f->buffer)->borrowed && FILEP(f->buffer)->fp)
        return f_close(f->buffer, NULL, 0, NULL);
    return rt_none;
}

FN(f_flush)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = stream(self);
    return fp && fflush(fp) == 0 ? rt_none : fp ? pyvm_raise_errno(errno, RT_NOVALUE) : RT_NOVALUE;
}

FN(f_seek)
{
    (void)kw;
    FILE *fp = stream(self);
    int64_t off, whence = 0;
    if (!fp || !pyvm_index_i64(a[0], &off) || (n > 1 && !pyvm_index_i64(a[1], &whence)))
        return RT_NOVALUE;
    if (fseeko(fp, (off_t)off, (int)whence) != 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_int_from_i64(ftello(fp));
}

FN(f_tell)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = stream(self);
    return fp ? rt_int_from_i64(ftello(fp)) : RT_NOVALUE;
}

FN(f_truncate)
{
    (void)kw;
    FILE *fp = stream(self);
    if (!fp)
        return RT_NOVALUE;
    fflush(fp);
    int64_t size = ftello(fp);
    if (n && a[0] != rt_none && !pyvm_index_i64(a[0], &size))
        return RT_NOVALUE;
    if (ftruncate(fileno(fp), (off_t)size) != 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_int_from_i64(size);
}

FN(f_fileno)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = stream(self);
    return fp ? rt_small(fileno(fp)) : RT_NOVALUE;
}

FN(f_isatty)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = stream(self);
    return fp ? rt_bool(isatty(fileno(fp))) : RT_NOVALUE;
}

FN(f_readable)
{
    (void)a, (void)n, (void)kw;
    return stream(self) ? rt_bool(FILEP(self)->readable) : RT_NOVALUE;
}

FN(f_writable)
{
    (void)a, (void)n, (void)kw;
    return stream(self) ? rt_bool(FILEP(self)->writable) : RT_NOVALUE;
}

FN(f_seekable)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = stream(self);
    return fp ? rt_bool(ftello(fp) >= 0) : RT_NOVALUE;
}

FN(f_enter)
{
    (void)a, (void)n, (void)kw;
    return stream(self) ? self : RT_NOVALUE;
}

FN(f_readlines)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *out = pyvm_list_new(8);
    for (;;) {
        rt_value_t line = file_next(self);
        if (!line)
            return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(out);
        rt_vec_append(out, line);
    }
}

FN(f_writelines)
{
    (void)n, (void)kw;
    rt_value_t it = pyvm_iter(a[0]);
    if (!it)
        return RT_NOVALUE;
    for (rt_value_t x; (x = pyvm_next(it)) != RT_NOVALUE;)
        if (!f_write(self, &x, 1, NULL))
            return RT_NOVALUE;
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

/* readinto(b): fills a bytearray, returns the count. */
FN(f_readinto)
{
    (void)n, (void)kw;
    FILE *fp = stream(self);
    const char *d;
    int64_t len;
    if (!fp)
        return RT_NOVALUE;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "readinto() argument must be a writable bytes-like object");
    size_t got;
    RT_ALLOW_THREADS(got = fread((char *)d, 1, (size_t)len, fp));
    return rt_small((int64_t)got);
}

static const pyvm_cfunc_def_t file_methods[] = {
    {"read", f_read, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"read1", f_read, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readline", f_readline, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readlines", f_readlines, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readinto", f_readinto, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"write", f_write, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"writelines", f_writelines, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"close", f_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"flush", f_flush, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"seek", f_seek, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"tell", f_tell, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"truncate", f_truncate, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"fileno", f_fileno, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isatty", f_isatty, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"readable", f_readable, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"writable", f_writable, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"seekable", f_seekable, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__enter__", f_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", f_close, 0, -1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* A text file's binary stream, sharing its stdio stream (made on first use). */
static rt_value_t buffer_of(file_t *f)
{
    if (f->buffer != rt_none || !f->fp)
        return f->buffer;
    int kind = f->readable && f->writable ? K_BufferedRandom
               : f->writable              ? K_BufferedWriter
                                          : K_BufferedReader;
    file_t *b = file_new(kind, f->fp, f->name, f->mode);
    b->readable = f->readable;
    b->writable = f->writable;
    b->borrowed = true;
    RT_STORE(f, buffer, rt_from_ptr(b));
    return f->buffer;
}

static rt_value_t file_getattr(rt_value_t self, rt_str_t *name)
{
    file_t *f = FILEP(self);
    const char *s = name->data;
    if (strcmp(s, "closed") == 0)
        return rt_bool(f->fp == NULL);
    if (strcmp(s, "name") == 0)
        return f->name;
    if (strcmp(s, "mode") == 0)
        return f->mode;
    if (f->text && strcmp(s, "encoding") == 0)
        return f->encoding;
    if (f->text && strcmp(s, "errors") == 0)
        return f->errors;
    if (f->text && strcmp(s, "buffer") == 0)
        return buffer_of(f);
    if (f->text && (strcmp(s, "newlines") == 0))
        return rt_none;
    if (f->text && strcmp(s, "line_buffering") == 0)
        return rt_false;
    if (!f->text && strcmp(s, "raw") == 0)
        return self;
    return pyvm_generic_getattr(self, name);
}

/* Only `mode` and `name` can be set (tokenize.open and tempfile set them). */
static bool file_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    if (v && strcmp(name->data, "mode") == 0) {
        RT_STORE(FILEP(self), mode, v);
        return true;
    }
    if (v && strcmp(name->data, "name") == 0) {
        RT_STORE(FILEP(self), name, v);
        return true;
    }
    rt_raise(RT_EXC_ATTRIBUTE, "'%s' object attribute '%s' is read-only", pyvm_type_name(self),
             name->data);
    return false;
}

static rt_value_t file_repr(rt_value_t self)
{
    file_t *f = FILEP(self);
    rt_value_t nr = pyvm_repr(f->name);
    if (!nr)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "<_io.%s name=%s", pyvm_type_name(self), pyvm_str_of(nr)->data);
    if (f->text) {
        rt_value_t mr = pyvm_repr(f->mode), er = pyvm_repr(f->encoding);
        if (!mr || !er)
            return RT_NOVALUE;
        rt_strbuf_appendf(&b, " mode=%s encoding=%s", pyvm_str_of(mr)->data, pyvm_str_of(er)->data);
    }
    rt_strbuf_appendf(&b, ">");
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- open ---- */

typedef struct mode_bits {
    bool r, w, a, x, plus, b, t;
} mode_bits_t;

static bool parse_mode(const char *m, mode_bits_t *o)
{
    memset(o, 0, sizeof *o);
    for (; *m; m++) {
        bool *bit = *m == 'r' ? &o->r : *m == 'w' ? &o->w : *m == 'a' ? &o->a : *m == 'x' ? &o->x
                    : *m == '+' ? &o->plus : *m == 'b' ? &o->b : *m == 't' ? &o->t : NULL;
        if (!bit || *bit) {
            rt_raise(RT_EXC_VALUE, "invalid mode: '%s'", m);
            return false;
        }
        *bit = true;
    }
    if (o->r + o->w + o->a + o->x != 1 || (o->b && o->t)) {
        rt_raise(RT_EXC_VALUE, "must have exactly one of create/read/write/append mode");
        return false;
    }
    return true;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
** opener=None) */
FN(io_open)
{
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    rt_value_t v[8];
    if (!pyvm_parse_args("open", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    const char *mode = v[1] && pyvm_is_str(v[1]) ? pyvm_str_of(v[1])->data : "r";
    mode_bits_t m;
    if (!parse_mode(mode, &m))
        return RT_NOVALUE;
    static const char *const text_only[] = {"an encoding", "an errors", "a newline"};
    for (int i = 0; i < 3; i++)
        if (m.b && v[3 + i] && v[3 + i] != rt_none)
            return rt_raise(RT_EXC_VALUE, "binary mode doesn't take %s argument", text_only[i]);
    rt_value_t nl = v[5];
    if (nl && nl != rt_none) {
        const char *t = pyvm_is_str(nl) ? pyvm_str_of(nl)->data : NULL;
        if (!t)
            return rt_raise(RT_EXC_TYPE, "open() argument 'newline' must be str or None, not %s",
                            pyvm_type_name(nl));
        if (*t && strcmp(t, "\n") && strcmp(t, "\r") && strcmp(t, "\r\n"))
            return rt_raise(RT_EXC_VALUE, "illegal newline value: %s", t);
    }
    int flags = (m.plus ? O_RDWR : m.r ? O_RDONLY : O_WRONLY) | O_CLOEXEC |
                (m.w ? O_CREAT | O_TRUNC : 0) | (m.a ? O_CREAT | O_APPEND : 0) |
                (m.x ? O_CREAT | O_EXCL : 0);
    int fd;
    rt_value_t file = v[0];
    bool closefd = !v[6] || pyvm_truth(v[6]) > 0;
    if (pyvm_is_intlike(file)) {
        int64_t x;
        if (!pyvm_index_i64(file, &x))
            return RT_NOVALUE;
        fd = (int)x;
    } else {
        rt_value_t posix = pyvm_import(rt_str_intern_cstr("posix"));
        rt_value_t fspath = posix ? pyvm_getattr(posix, rt_str_intern_cstr("fspath")) : RT_NOVALUE;
        rt_value_t p = fspath ? pyvm_call1(fspath, file) : RT_NOVALUE;
        if (!p)
            return RT_NOVALUE;
        if (v[7] && v[7] != rt_none) {
            rt_value_t r = pyvm_call2(v[7], p, rt_small(flags));
            int64_t x;
            if (!r || !pyvm_index_i64(r, &x))
                return RT_NOVALUE;
            fd = (int)x;
        } else {
            fd = open(pyvm_str_of(p)->data, flags, 0666);
        }
        if (fd < 0)
            return pyvm_raise_errno(errno, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return pyvm_raise_errno(EISDIR, file);
        }
    }
    const char *fmode = m.r ? (m.plus ? "r+" : "r") : m.a ? (m.plus ? "a+" : "a")
                        : m.plus ? "w+" : "w";
    FILE *fp = fdopen(fd, fmode);
    if (!fp)
        return pyvm_raise_errno(errno, file);
    int kind = !m.b ? K_TextIOWrapper : m.plus ? K_BufferedRandom
               : m.r ? K_BufferedReader : K_BufferedWriter;
    if (m.b && v[2] && rt_is_small(v[2]) && rt_small_value(v[2]) == 0)
        kind = K_FileIO;
    file_t *f = file_new(kind, fp, file, pyvm_str_cstr(mode));
    f->readable = m.r || m.plus;
    f->writable = !m.r || m.plus;
    f->closefd = closefd;
    if (!m.b) {
        RT_STORE(f, encoding, v[3] && pyvm_is_str(v[3]) ? v[3] : pyvm_str_cstr("utf-8"));
        RT_STORE(f, errors, v[4] && pyvm_is_str(v[4]) ? v[4] : pyvm_str_cstr("strict"));
        f->translate = !v[5] || v[5] == rt_none;
        f->universal = f->translate || (pyvm_is_str(v[5]) && pyvm_str_of(v[5])->len == 0);
        if (!pyvm_codec_encode(rt_str_new("", 0), pyvm_str_of(f->encoding)->data, "strict")) {
            fclose(fp);
            f->fp = NULL;
            return RT_NOVALUE;
        }
    }
    return rt_from_ptr(f);
}

FN(io_open_code)
{
    (void)self, (void)n, (void)kw;
    rt_value_t args[2] = {a[0], pyvm_str_cstr("rb")};
    return io_open(RT_NOVALUE, args, 2, NULL);
}

/* The _pyio class of cls's name called with these arguments: a buffered or text layer over a
** stream this module does not implement itself. */
static rt_value_t pyio_instead(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                               rt_tuple_t *kw)
{
    rt_value_t mod = pyvm_import(rt_str_intern_cstr("_pyio"));
    rt_value_t impl = mod ? pyvm_getattr(mod, cls->name) : RT_NOVALUE;
    return impl ? pyvm_call(impl, args, nargs, kw) : RT_NOVALUE;
}

/* TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...) over a binary file of
** this module: the text object gets its own stream on a duplicate of the descriptor. */
static rt_value_t textio_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kw)
{
    static const char *const names[] = {"buffer", "encoding", "errors", "newline",
                                        "line_buffering", "write_through", NULL};
    rt_value_t v[6];
    if (!pyvm_parse_args("TextIOWrapper", args, nargs, kw, names, 1, v))
        return RT_NOVALUE;
    if (!is_file(v[0]) || FILEP(v[0])->text)
        return pyio_instead(cls, args, nargs, kw);
    file_t *b = FILEP(v[0]);
    if (!b->fp)
        return rt_raise(RT_EXC_VALUE, "I/O operation on closed file.");
    fflush(b->fp);
    int fd = fcntl(fileno(b->fp), F_DUPFD_CLOEXEC, 0);
    const char *fmode = b->readable && b->writable ? "r+" : b->writable ? "a" : "r";
    FILE *fp = fd >= 0 ? fdopen(fd, fmode) : NULL;
    if (!fp)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    file_t *f = file_new(K_TextIOWrapper, fp, b->name, pyvm_str_cstr(b->writable ? "w" : "r"));
    f->readable = b->readable;
    f->writable = b->writable;
    RT_STORE(f, buffer, v[0]);
    RT_STORE(f, encoding, v[1] && pyvm_is_str(v[1]) ? v[1] : pyvm_str_cstr("utf-8"));
    RT_STORE(f, errors, v[2] && pyvm_is_str(v[2]) ? v[2] : pyvm_str_cstr("strict"));
    f->translate = !v[3] || v[3] == rt_none;
    f->universal = f->translate || (pyvm_is_str(v[3]) && pyvm_str_of(v[3])->len == 0);
    return rt_from_ptr(f);
}

/* ---- StringIO and BytesIO: a GC-heap buffer, position in bytes ---- */

typedef struct mem {
    rt_obj_t hdr;
    rt_str_t *store; /* private bytes object used as the buffer; capacity store->len */
    char *buf;       /* store->data, or NULL before the first write */
    size_t len, cap, pos;
    bool closed, text;
} mem_t;

static void mem_trace(gc_tracer_t *tracer, void *obj) { gc_visit_ptr(tracer, ((mem_t *)obj)->store); }

static rt_type_t stringio_type = RT_TYPE_INIT("StringIO", mem_trace, NULL, 0);
static rt_type_t bytesio_type = RT_TYPE_INIT("BytesIO", mem_trace, NULL, 0);

#define MEM(v) ((mem_t *)rt_ptr(v))

/* Grows the buffer (a GC bytes object, so nothing to free) to hold need bytes. May collect. */
static bool mem_reserve(mem_t *m, size_t need)
{
    if (need <= m->cap)
        return true;
    size_t cap = m->cap ? m->cap * 2 : 64;
    while (cap < need)
        cap *= 2;
    rt_str_t *nb = rt_str_alloc(&rt_type_bytes, cap);
    if (m->len)
        memcpy(nb->data, m->buf, m->len);
    RT_STORE(m, store, nb);
    m->buf = nb->data;
    m->cap = cap;
    return true;
}

static bool mem_put(mem_t *m, const char *d, size_t len)
{
    if (!mem_reserve(m, m->pos + len))
        return false;
    if (m->pos > m->len)
        memset(m->buf + m->len, 0, m->pos - m->len);
    if (len) /* an empty bytes-like may have no data pointer */
        memcpy(m->buf + m->pos, d, len);
    m->pos += len;
    if (m->pos > m->len)
        m->len = m->pos;
    return true;
}

static mem_t *open_mem(rt_value_t self)
{
    mem_t *m = MEM(self);
    if (m->closed) {
        rt_raise(RT_EXC_VALUE, "I/O operation on closed file.");
        return NULL;
    }
    return m;
}

static rt_value_t mem_value(mem_t *m, size_t from, size_t to)
{
    return rt_from_ptr(m->text ? rt_str_new(m->buf + from, to - from)
                               : rt_bytes_new(m->buf ? m->buf + from : "", to - from));
}

static rt_value_t mem_ctor(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw)
{
    bool text = cls == stringio_cls;
    static const char *const names[] = {"initial_value", "newline", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(text ? "StringIO" : "BytesIO", args, nargs, kw, names, 0, v))
        return RT_NOVALUE;
    mem_t *m = rt_alloc(text ? &stringio_type : &bytesio_type, sizeof *m);
    m->text = text;
    if (v[0] && v[0] != rt_none) {
        const char *d;
        int64_t len;
        if (text && pyvm_is_str(v[0]))
            d = pyvm_str_of(v[0])->data, len = pyvm_str_of(v[0])->len;
        else if (text || !pyvm_bytes_like(v[0], &d, &len))
            return rt_raise(RT_EXC_TYPE, "initial_value must be %s, not %s",
                            text ? "str or None" : "bytes-like", pyvm_type_name(v[0]));
        if (!mem_put(m, d, (size_t)len))
            return RT_NOVALUE;
        m->pos = 0;
    }
    return rt_from_ptr(m);
}

FN(m_write)
{
    (void)n, (void)kw;
    mem_t *m = open_mem(self);
    if (!m)
        return RT_NOVALUE;
    const char *d;
    int64_t len;
    if (m->text) {
        if (!pyvm_is_str(a[0]))
            return rt_raise(RT_EXC_TYPE, "string argument expected, got '%s'",
                            pyvm_type_name(a[0]));
        d = pyvm_str_of(a[0])->data, len = pyvm_str_of(a[0])->len;
    } else if (!pyvm_bytes_like(a[0], &d, &len)) {
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    }
    if (!mem_put(m, d, (size_t)len))
        return RT_NOVALUE;
    return rt_small(m->text ? rt_str_cp_len(pyvm_str_of(a[0])) : len);
}

/* The byte end of `count` characters (text) or bytes from m->pos, within the buffer. */
static size_t advance(mem_t *m, int64_t count)
{
    size_t p = m->pos < m->len ? m->pos : m->len;
    if (count < 0)
        return m->len;
    if (!m->text)
        return p + (size_t)count < m->len ? p + (size_t)count : m->len;
    for (int64_t i = 0; i < count && p < m->len; i++) {
        p++;
        while (p < m->len && ((unsigned char)m->buf[p] & 0xc0) == 0x80)
            p++;
    }
    return p;
}

FN(m_read)
{
    (void)kw;
    mem_t *m = open_mem(self);
    int64_t size = -1;
    if (!m || (n && a[0] != rt_none && !pyvm_index_i64(a[0], &size)))
        return RT_NOVALUE;
    size_t from = m->pos < m->len ? m->pos : m->len, to = advance(m, size);
    m->pos = to > m->pos ? to : m->pos;
    return mem_value(m, from, to);
}

static rt_value_t mem_line(rt_value_t self, int64_t limit)
{
    mem_t *m = open_mem(self);
    if (!m)
        return RT_NOVALUE;
    size_t from = m->pos < m->len ? m->pos : m->len, to = from;
    size_t cap = limit < 0 ? m->len : advance(m, limit);
    while (to < cap && m->buf[to] != '\n')
        to++;
    if (to < cap)
        to++;
    m->pos = to;
    return mem_value(m, from, to);
}

FN(m_readline)
{
    (void)kw;
    int64_t limit = -1;
    if (n && a[0] != rt_none && !pyvm_index_i64(a[0], &limit))
        return RT_NOVALUE;
    return mem_line(self, limit);
}

static rt_value_t mem_next(rt_value_t self)
{
    rt_value_t line = mem_line(self, -1);
    return line && pyvm_str_of(line)->len ? line : RT_NOVALUE;
}

static rt_value_t mem_iter(rt_value_t self) { return open_mem(self) ? self : RT_NOVALUE; }

FN(m_readlines)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *out = pyvm_list_new(8);
    for (rt_value_t line; (line = mem_next(self)) != RT_NOVALUE;)
        rt_vec_append(out, line);
    return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(out);
}

FN(m_getvalue)
{
    (void)a, (void)n, (void)kw;
    mem_t *m = open_mem(self);
    return m ? mem_value(m, 0, m->len) : RT_NOVALUE;
}

/* BytesIO.getbuffer(): a memoryview of the contents. A snapshot: writing through it does not
** change the stream (CPython's view is live). */
FN(m_getbuffer)
{
    (void)a, (void)n, (void)kw;
    mem_t *m = open_mem(self);
    rt_value_t v = m ? mem_value(m, 0, m->len) : RT_NOVALUE;
    return v ? pyvm_call1(rt_from_ptr(pyvm_cls_memoryview), v) : RT_NOVALUE;
}

static const pyvm_cfunc_def_t bytesio_methods[] = {
    {"getbuffer", m_getbuffer, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* seek(pos, whence=0): StringIO positions count characters (only 0 and tell() values make
** sense, as in CPython), BytesIO positions bytes. */
FN(m_seek)
{
    (void)kw;
    mem_t *m = open_mem(self);
    int64_t off, whence = 0;
    if (!m || !pyvm_index_i64(a[0], &off) || (n > 1 && !pyvm_index_i64(a[1], &whence)))
        return RT_NOVALUE;
    if (whence == 0 && off < 0)
        return rt_raise(RT_EXC_VALUE, "negative seek value %lld", (long long)off);
    if (whence == 2) {
        m->pos = m->len + (size_t)(off > 0 ? off : 0);
    } else if (whence == 1) {
        m->pos = (size_t)((int64_t)m->pos + off < 0 ? 0 : (int64_t)m->pos + off);
    } else if (m->text) {
        m->pos = 0;
        m->pos = advance(m, off);
    } else {
        m->pos = (size_t)off;
    }
    return rt_small(m->text ? (int64_t)rt_utf8_count(m->buf, m->pos < m->len ? m->pos : m->len)
                            : (int64_t)m->pos);
}

FN(m_tell)
{
    (void)a, (void)n, (void)kw;
    mem_t *m = open_mem(self);
    if (!m)
        return RT_NOVALUE;
    return rt_small(m->text ? (int64_t)rt_utf8_count(m->buf, m->pos < m->len ? m->pos : m->len)
                            : (int64_t)m->pos);
}

FN(m_truncate)
{
    (void)kw;
    mem_t *m = open_mem(self);
    if (!m)
        return RT_NOVALUE;
    size_t size = m->pos;
    int64_t s;
    if (n && a[0] != rt_none) {
        if (!pyvm_index_i64(a[0], &s))
            return RT_NOVALUE;
        size_t keep = m->pos;
        m->pos = 0;
        size = m->text ? advance(m, s) : (size_t)s;
        m->pos = keep;
    }
    if (size < m->len)
        m->len = size;
    return rt_small(m->text ? (int64_t)rt_utf8_count(m->buf, m->len) : (int64_t)m->len);
}

FN(m_close)
{
    (void)a, (void)n, (void)kw;
    MEM(self)->closed = true;
    return rt_none;
}

FN(m_true)
{
    (void)a, (void)n, (void)kw;
    return open_mem(self) ? rt_true : RT_NOVALUE;
}

FN(m_false)
{
    (void)a, (void)n, (void)kw;
    return open_mem(self) ? rt_false : RT_NOVALUE;
}

FN(m_flush)
{
    (void)a, (void)n, (void)kw;
    return open_mem(self) ? rt_none : RT_NOVALUE;
}

FN(m_enter)
{
    (void)a, (void)n, (void)kw;
    return open_mem(self) ? self : RT_NOVALUE;
}

FN(m_writelines)
{
    (void)n, (void)kw;
    rt_value_t it = pyvm_iter(a[0]);
    if (!it)
        return RT_NOVALUE;
    for (rt_value_t x; (x = pyvm_next(it)) != RT_NOVALUE;)
        if (!m_write(self, &x, 1, NULL))
            return RT_NOVALUE;
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static const pyvm_cfunc_def_t mem_methods[] = {
    {"write", m_write, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"writelines", m_writelines, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"read", m_read, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"read1", m_read, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readline", m_readline, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readlines", m_readlines, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"getvalue", m_getvalue, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"seek", m_seek, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"tell", m_tell, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"truncate", m_truncate, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"close", m_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"flush", m_flush, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"readable", m_true, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"writable", m_true, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"seekable", m_true, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isatty", m_false, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__enter__", m_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", m_close, 0, -1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static rt_value_t mem_getattr(rt_value_t self, rt_str_t *name)
{
    if (strcmp(name->data, "closed") == 0)
        return rt_bool(MEM(self)->closed);
    if (MEM(self)->text && strcmp(name->data, "newlines") == 0)
        return rt_none;
    return pyvm_generic_getattr(self, name);
}

static const rt_pyslots_t stringio_slots = {
    .cls = &stringio_cls, .getattr = mem_getattr, .iter = mem_iter, .next = mem_next};
static const rt_pyslots_t bytesio_slots = {
    .cls = &bytesio_cls, .getattr = mem_getattr, .iter = mem_iter, .next = mem_next};

/* ---- the _IOBase family: CPython's default methods for Python subclasses ---- */

static rt_str_t *closed_attr(void) { return rt_str_intern_cstr("__IOBase_closed"); }

FN(b_close)
{
    (void)a, (void)n, (void)kw;
    rt_value_t flush = pyvm_getattr(self, rt_str_intern_cstr("flush"));
    if (!flush || !pyvm_call0(flush))
        return RT_NOVALUE;
    return pyvm_setattr(self, closed_attr(), rt_true) ? rt_none : RT_NOVALUE;
}

FN(b_closed)
{
    (void)self, (void)n, (void)kw;
    rt_value_t v = pyvm_getattr_opt(a[0], closed_attr());
    return v ? v : rt_exc_pending() ? RT_NOVALUE : rt_false;
}

FN(b_enter)
{
    (void)a, (void)n, (void)kw;
    return self;
}

FN(b_exit)
{
    (void)a, (void)n, (void)kw;
    rt_value_t close = pyvm_getattr(self, rt_str_intern_cstr("close"));
    return close && pyvm_call0(close) ? rt_none : RT_NOVALUE;
}

FN(b_none)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

FN(b_false)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_false;
}

FN(b_fileno)
{
    (void)self, (void)a, (void)n, (void)kw;
    return unsupported("fileno");
}

FN(b_next)
{
    (void)a, (void)n, (void)kw;
    rt_value_t rl = pyvm_getattr(self, rt_str_intern_cstr("readline"));
    rt_value_t line = rl ? pyvm_call0(rl) : RT_NOVALUE;
    if (!line)
        return RT_NOVALUE;
    int64_t len = pyvm_len(line);
    if (len < 0)
        return RT_NOVALUE;
    return len ? line : rt_exc_set(pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0));
}

FN(b_readlines)
{
    (void)a, (void)n, (void)kw;
    rt_vec_t *v = pyvm_seq_to_vec(self);
    return v ? rt_from_ptr(v) : RT_NOVALUE;
}

FN(b_writelines)
{
    (void)n, (void)kw;
    rt_value_t w = pyvm_getattr(self, rt_str_intern_cstr("write"));
    rt_value_t it = w ? pyvm_iter(a[0]) : RT_NOVALUE;
    if (!it)
        return RT_NOVALUE;
    for (rt_value_t x; (x = pyvm_next(it)) != RT_NOVALUE;)
        if (!pyvm_call1(w, x))
            return RT_NOVALUE;
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

/* RawIOBase.read(size=-1) on readinto(). */
FN(b_raw_read)
{
    (void)kw;
    int64_t size = -1;
    if (n && a[0] != rt_none && !pyvm_index_i64(a[0], &size))
        return RT_NOVALUE;
    if (size < 0) {
        rt_value_t ra = pyvm_getattr(self, rt_str_intern_cstr("readall"));
        return ra ? pyvm_call0(ra) : RT_NOVALUE;
    }
    rt_value_t buf = pyvm_bytearray_new("", 0);
    rt_value_t zeros = rt_from_ptr(rt_str_alloc(&rt_type_bytes, (size_t)size));
    rt_value_t ext = pyvm_getattr(buf, rt_str_intern_cstr("extend"));
    rt_value_t ri = ext && pyvm_call1(ext, zeros) ? pyvm_getattr(self, rt_str_intern_cstr("readinto"))
                                                  : RT_NOVALUE;
    rt_value_t got = ri ? pyvm_call1(ri, buf) : RT_NOVALUE;
    int64_t k;
    if (!got)
        return RT_NOVALUE;
    if (got == rt_none)
        return rt_none;
    if (!pyvm_index_i64(got, &k))
        return RT_NOVALUE;
    const char *d;
    int64_t len;
    pyvm_bytes_like(buf, &d, &len);
    return rt_from_ptr(rt_bytes_new(d, (size_t)(k < len ? k : len)));
}

FN(b_raw_readall)
{
    (void)a, (void)n, (void)kw;
    rt_value_t rd = pyvm_getattr(self, rt_str_intern_cstr("read"));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 256);
    for (;;) {
        rt_value_t chunk = rd ? pyvm_call1(rd, rt_small(8192)) : RT_NOVALUE;
        const char *d;
        int64_t len;
        if (!chunk)
            return RT_NOVALUE;
        if (chunk == rt_none || !pyvm_bytes_like(chunk, &d, &len) || len == 0)
            break;
        rt_strbuf_append(&b, d, (size_t)len);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes));
}

/* _checkClosed(msg=None) and _checkReadable / _checkWritable / _checkSeekable, which socket.py's
** SocketIO and other Python raw streams call: ValueError for a closed stream, else
** UnsupportedOperation when self.readable() (...) is false. */
static rt_value_t check(rt_value_t self, const char *what, const char *msg)
{
    rt_value_t v = pyvm_getattr(self, rt_str_intern_cstr(what));
    rt_value_t r = v && what[0] != 'c' ? pyvm_call0(v) : v;
    int t = r ? pyvm_truth(r) : -1;
    if (t < 0)
        return RT_NOVALUE;
    if (what[0] == 'c' && t)
        return rt_raise(RT_EXC_VALUE, "%s", msg);
    return what[0] == 'c' || t ? rt_none : unsupported(msg);
}

FN(b_check_closed)
{
    (void)kw;
    if (n && a[0] != rt_none && pyvm_is_str(a[0]))
        return check(self, "closed", pyvm_str_of(a[0])->data);
    return check(self, "closed", "I/O operation on closed file.");
}

FN(b_check_readable)
{
    (void)a, (void)n, (void)kw;
    return check(self, "readable", "File or stream is not readable.");
}

FN(b_check_writable)
{
    (void)a, (void)n, (void)kw;
    return check(self, "writable", "File or stream is not writable.");
}

FN(b_check_seekable)
{
    (void)a, (void)n, (void)kw;
    return check(self, "seekable", "File or stream is not seekable.");
}

static const pyvm_cfunc_def_t iobase_methods[] = {
    {"_checkClosed", b_check_closed, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"_checkReadable", b_check_readable, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"_checkWritable", b_check_writable, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"_checkSeekable", b_check_seekable, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"close", b_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"flush", b_none, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__enter__", b_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", b_exit, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"readable", b_false, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"writable", b_false, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"seekable", b_false, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isatty", b_false, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"fileno", b_fileno, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__iter__", b_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__next__", b_next, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"readlines", b_readlines, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"writelines", b_writelines, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t rawiobase_methods[] = {
    {"read", b_raw_read, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"readall", b_raw_readall, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t closed_getter = {"closed", b_closed, 1, 1, 0, 0};

/* ---- IncrementalNewlineDecoder(decoder, translate, errors='strict') ---- */

static rt_str_t *attr(const char *s) { return rt_str_intern_cstr(s); }

FN(nl_init)
{
    (void)kw;
    if (!pyvm_check_nargs("IncrementalNewlineDecoder", n, 2, 3))
        return RT_NOVALUE;
    int t = pyvm_truth(a[1]);
    if (t < 0 || !pyvm_setattr(self, attr("_decoder"), a[0]) ||
        !pyvm_setattr(self, attr("_translate"), rt_bool(t)) ||
        !pyvm_setattr(self, attr("_pendingcr"), rt_false))
        return RT_NOVALUE;
    return rt_none;
}

/* decode(input, final=False): the decoder's output with \r\n and \r made \n when translating;
** a trailing \r waits for the next call. */
FN(nl_decode)
{
    (void)kw;
    rt_value_t dec = pyvm_getattr(self, attr("_decoder"));
    rt_value_t final = n > 1 ? a[1] : rt_false;
    if (!dec)
        return RT_NOVALUE;
    rt_value_t out = a[0];
    if (dec != rt_none) {
        rt_value_t f = pyvm_getattr(dec, attr("decode"));
        rt_value_t args[2] = {a[0], final};
        if (!f || !(out = pyvm_call(f, args, 2, NULL)))
            return RT_NOVALUE;
    }
    if (!pyvm_is_str(out))
        return rt_raise(RT_EXC_TYPE, "decoder should return a string result");
    rt_value_t pending = pyvm_getattr(self, attr("_pendingcr"));
    rt_value_t translate = pyvm_getattr(self, attr("_translate"));
    if (!pending || !translate)
        return RT_NOVALUE;
    rt_str_t *s = pyvm_str_of(out);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 2);
    if (pending == rt_true)
        rt_strbuf_append_char(&b, '\r');
    rt_strbuf_append(&b, s->data, (size_t)s->len);
    rt_str_t *joined = rt_strbuf_finish(&b, &rt_type_str);
    bool hold = joined->len && joined->data[joined->len - 1] == '\r' && pyvm_truth(final) == 0;
    int64_t len = joined->len - (hold ? 1 : 0);
    if (!pyvm_setattr(self, attr("_pendingcr"), rt_bool(hold)))
        return RT_NOVALUE;
    if (translate != rt_true)
        return rt_from_ptr(rt_str_new(joined->data, (size_t)len));
    rt_strbuf_init(&b, (size_t)len + 1);
    for (int64_t i = 0; i < len; i++) {
        if (joined->data[i] == '\r') {
            rt_strbuf_append_char(&b, '\n');
            if (i + 1 < len && joined->data[i + 1] == '\n')
                i++;
        } else {
            rt_strbuf_append_char(&b, joined->data[i]);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

FN(nl_reset)
{
    (void)a, (void)n, (void)kw;
    return pyvm_setattr(self, attr("_pendingcr"), rt_false) ? rt_none : RT_NOVALUE;
}

static const pyvm_cfunc_def_t nldecoder_methods[] = {
    {"__init__", nl_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"decode", nl_decode, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"reset", nl_reset, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- module ---- */

FN(io_text_encoding)
{
    (void)self, (void)kw;
    return n && a[0] != rt_none ? a[0] : pyvm_str_cstr("utf-8");
}

static const pyvm_cfunc_def_t io_functions[] = {
    {"open", io_open, 1, 8, 0, 1},
    {"open_code", io_open_code, 1, 1, 0, 0},
    {"text_encoding", io_text_encoding, 1, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static pyvm_class_t *new_class(const char *name, pyvm_class_t *base, const pyvm_cfunc_def_t *defs)
{
    rt_value_t b = rt_from_ptr(base);
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("_io"));
    pyvm_class_t *c = pyvm_type_new(rt_str_intern_cstr(name), rt_ptr(pyvm_tuple_from(&b, 1)), ns);
    if (c && defs)
        pyvm_cfunc_install(c, defs);
    return c;
}

static void make_classes(void)
{
    static pyvm_class_t **const roots[] = {&unsupported_cls, &iobase_cls, &rawiobase_cls,
                                           &bufiobase_cls, &textiobase_cls, &stringio_cls,
                                           &bytesio_cls, &nldecoder_cls};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    gc_root_add(file_classes, NFILEKINDS);
    rt_value_t bases[2] = {rt_from_ptr(pyvm_exc_OSError), rt_from_ptr(pyvm_exc_ValueError)};
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("io"));
    unsupported_cls = pyvm_type_new(rt_str_intern_cstr("UnsupportedOperation"),
                                    rt_ptr(pyvm_tuple_from(bases, 2)), ns);
    iobase_cls = new_class("_IOBase", pyvm_cls_object, iobase_methods);
    rt_value_t closed = pyvm_call1(rt_from_ptr(pyvm_cls_property),
                                   pyvm_cfunc_new(&closed_getter, RT_NOVALUE));
    pyvm_type_setattr(iobase_cls, attr("closed"), closed);
    rawiobase_cls = new_class("_RawIOBase", iobase_cls, rawiobase_methods);
    bufiobase_cls = new_class("_BufferedIOBase", iobase_cls, NULL);
    textiobase_cls = new_class("_TextIOBase", iobase_cls, NULL);
    nldecoder_cls = new_class("IncrementalNewlineDecoder", pyvm_cls_object, nldecoder_methods);
    static const char *const names[NFILEKINDS] = {
#define FILE_NAME(c) #c,
        FILE_CLASSES(FILE_NAME)
#undef FILE_NAME
    };
    for (int k = 0; k < NFILEKINDS; k++) {
        file_types[k] = (rt_type_t)RT_TYPE_INIT(names[k], file_trace, file_finalize, 0);
        file_slots[k] = (rt_pyslots_t){.cls = &file_classes[k], .repr = file_repr,
                                       .getattr = file_getattr, .setattr = file_setattr,
                                       .iter = file_iter,
                                       .next = file_next};
        file_types[k].py = &file_slots[k];
        file_classes[k] = pyvm_type_new_builtin(names[k], &file_types[k], pyvm_cls_object);
        pyvm_cfunc_install(file_classes[k], file_methods);
    }
    file_classes[K_TextIOWrapper]->ctor = textio_ctor;
    file_classes[K_BufferedReader]->ctor = file_classes[K_BufferedWriter]->ctor =
        file_classes[K_BufferedRandom]->ctor = pyio_instead;
    stringio_type.py = &stringio_slots;
    bytesio_type.py = &bytesio_slots;
    stringio_cls = pyvm_type_new_builtin("StringIO", &stringio_type, pyvm_cls_object);
    bytesio_cls = pyvm_type_new_builtin("BytesIO", &bytesio_type, pyvm_cls_object);
    stringio_cls->ctor = bytesio_cls->ctor = mem_ctor;
    pyvm_cfunc_install(stringio_cls, mem_methods);
    pyvm_cfunc_install(bytesio_cls, mem_methods);
    pyvm_cfunc_install(bytesio_cls, bytesio_methods);
    /* classes may derive from them (doctest's _SpoofOut): the buffer is the hidden value */
    pyvm_wrap_install(stringio_cls, false);
    pyvm_wrap_install(bytesio_cls, false);
}

rt_map_t *pyvm_mod_io_dict(void)
{
    if (!iobase_cls)
        make_classes();
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, io_functions);
    static const struct {
        const char *name;
        pyvm_class_t **cls;
    } exported[] = {
        {"UnsupportedOperation", &unsupported_cls}, {"_IOBase", &iobase_cls},
        {"_RawIOBase", &rawiobase_cls}, {"_BufferedIOBase", &bufiobase_cls},
        {"_TextIOBase", &textiobase_cls}, {"StringIO", &stringio_cls},
        {"BytesIO", &bytesio_cls}, {"IncrementalNewlineDecoder", &nldecoder_cls},
        {"BlockingIOError", &pyvm_exc_BlockingIOError},
        {"BufferedRWPair", &file_classes[K_BufferedRandom]},
    };
    for (size_t i = 0; i < sizeof exported / sizeof exported[0]; i++)
        pyvm_mod_put(d, exported[i].name, rt_from_ptr(*exported[i].cls));
    for (int k = 0; k < NFILEKINDS; k++)
        pyvm_mod_put(d, file_classes[k]->name->data, rt_from_ptr(file_classes[k]));
    pyvm_mod_put(d, "DEFAULT_BUFFER_SIZE", rt_small(8192));
    return d;
}

rt_value_t pyvm_mod_io_open(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    if (!iobase_cls)
        make_classes();
    return io_open(self, a, n, kw);
}
