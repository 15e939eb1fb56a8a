/*
** mod_posix.c: the native `posix` module (modules.h) that Debian's os.py wraps: the working
** directory, stat/lstat/fstat (os.stat_result), directory listing (listdir, scandir and its
** DirEntry), creating, renaming and removing files and directories, file descriptors (open,
** read, write, close, lseek, pipe, dup...), the process's ids, environ (bytes to bytes, as CPython
** keeps it), urandom, uname, times, get_terminal_size, and the constants os re-exports. Paths
** are str, bytes or os.PathLike; functions that return names return the same kind they got.
** Failures raise OSError subclasses from errno (obj_oserror.c).
*/
#define _GNU_SOURCE /* dirent d_type, getrandom */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

extern char **environ;

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* ---- paths ---- */

typedef struct path {
    const char *s;  /* NUL-terminated */
    rt_value_t obj; /* the str or bytes object behind s */
    bool bytes;     /* given as bytes: names come back as bytes */
} path_t;

/* os.fspath(v): str or bytes, or what v.__fspath__() returns. */
static rt_value_t fspath(rt_value_t v)
{
    v = pyvm_unwrap(v);
    if (pyvm_is_str(v) || (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_bytes))
        return v;
    rt_value_t f = pyvm_type_lookup(pyvm_type_of(v), rt_str_intern_cstr("__fspath__"));
    if (!f)
        return rt_raise(RT_EXC_TYPE, "expected str, bytes or os.PathLike object, not %s",
                        pyvm_type_name(v));
    rt_value_t r = pyvm_call1(f, v);
    if (r && !pyvm_is_str(r) && !(rt_is_ptr(r) && rt_obj_type(rt_ptr(r)) == &rt_type_bytes))
        return rt_raise(RT_EXC_TYPE, "expected %s.__fspath__() to return str or bytes, not %s",
                        pyvm_type_name(v), pyvm_type_name(r));
    return r;
}

rt_value_t pyvm_mod_posix_fspath(rt_value_t v) { return fspath(v); }

static bool path_arg(rt_value_t v, path_t *p)
{
    rt_value_t s = fspath(v);
    if (!s)
        return false;
    rt_str_t *str = rt_ptr(s);
    if (memchr(str->data, 0, (size_t)str->len)) {
        rt_raise(RT_EXC_VALUE, "embedded null byte");
        return false;
    }
    p->s = str->data;
    p->obj = s;
    p->bytes = rt_obj_type(str) == &rt_type_bytes;
    return true;
}

/* A name or path the kernel gave, as the kind (str or bytes) the caller used. */
static rt_value_t name_value(const char *s, size_t len, bool bytes)
{
    return rt_from_ptr(bytes ? rt_bytes_new(s, len) : rt_str_new(s, len));
}

static rt_value_t fail(rt_value_t filename) { return pyvm_raise_errno(errno, filename); }

static bool int_arg(rt_value_t v, int64_t *out) { return pyvm_index_i64(v, out); }

/* ---- stat ---- */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
    "st_blocks", "st_rdev"};
static pyvm_structseq_t stat_desc = {"os", "stat_result", stat_fields, 16, 10, NULL};

static rt_value_t ts_float(struct timespec t) { return rt_float_new((double)t.tv_sec + t.tv_nsec * 1e-9); }

static rt_value_t ts_ns(struct timespec t)
{
    rt_value_t s = rt_int_from_i64(t.tv_sec);
    rt_value_t ns = pyvm_binop(PYVM_AST_Mult, s, rt_small(1000000000));
    return ns ? pyvm_binop(PYVM_AST_Add, ns, rt_small(t.tv_nsec)) : RT_NOVALUE;
}

static rt_value_t stat_value(const struct stat *st)
{
    rt_value_t v[16] = {
        rt_int_from_i64(st->st_mode),   rt_int_from_u64(st->st_ino), rt_int_from_u64(st->st_dev),
        rt_int_from_i64((int64_t)st->st_nlink), rt_int_from_i64(st->st_uid),
        rt_int_from_i64(st->st_gid),    rt_int_from_i64(st->st_size), ts_float(st->st_atim),
        ts_float(st->st_mtim),          ts_float(st->st_ctim),       ts_ns(st->st_atim),
        ts_ns(st->st_mtim),             ts_ns(st->st_ctim),          rt_int_from_i64(st->st_blksize),
        rt_int_from_i64(st->st_blocks), rt_int_from_u64(st->st_rdev)};
    for (int i = 0; i < 16; i++)
        if (!v[i])
            return RT_NOVALUE;
    return pyvm_structseq_new(&stat_desc, v);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True); a path may also be an open fd. */
static rt_value_t do_stat(const rt_value_t *a, size_t n, rt_tuple_t *kw, bool follow)
{
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("stat", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    if (v[2] && v[2] != rt_none)
        follow = pyvm_truth(v[2]) > 0;
    struct stat st;
    if (pyvm_is_intlike(v[0])) {
        int64_t fd;
        if (!int_arg(v[0], &fd))
            return RT_NOVALUE;
        return fstat((int)fd, &st) == 0 ? stat_value(&st) : fail(RT_NOVALUE);
    }
    path_t p;
    if (!path_arg(v[0], &p))
        return RT_NOVALUE;
    int r = follow ? stat(p.s, &st) : lstat(p.s, &st);
    return r == 0 ? stat_value(&st) : fail(p.obj);
}

FN(p_stat)
{
    (void)self;
    return do_stat(a, n, kw, true);
}

FN(p_lstat)
{
    (void)self;
    return do_stat(a, n, kw, false);
}

FN(p_fstat)
{
    (void)self, (void)kw;
    int64_t fd;
    struct stat st;
    if (!int_arg(a[0], &fd))
        return RT_NOVALUE;
    (void)n;
    return fstat((int)fd, &st) == 0 ? stat_value(&st) : fail(RT_NOVALUE);
}

/* ---- directories ---- */

FN(p_getcwd)
{
    (void)self, (void)a, (void)n, (void)kw;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return fail(RT_NOVALUE);
    return name_value(buf, strlen(buf), false);
}

FN(p_getcwdb)
{
    (void)self, (void)a, (void)n, (void)kw;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return fail(RT_NOVALUE);
    return name_value(buf, strlen(buf), true);
}

/* The entries of a directory but . and .., each as (name, d_type), into a list of tuples. */
static rt_value_t read_dir(path_t *p)
{
    DIR *d = opendir(p->s);
    if (!d)
        return fail(p->obj);
    rt_vec_t *out = pyvm_list_new(8);
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        rt_value_t pair[2] = {name_value(e->d_name, strlen(e->d_name), p->bytes),
                              rt_small(e->d_type)};
        rt_vec_append(out, pyvm_tuple_from(pair, 2));
    }
    int err = errno;
    closedir(d);
    if (err) {
        errno = err;
        return fail(p->obj);
    }
    return rt_from_ptr(out);
}

static bool path_or_dot(const rt_value_t *a, size_t n, path_t *p)
{
    if (n == 0 || a[0] == rt_none) {
        p->s = ".";
        p->obj = pyvm_str_cstr(".");
        p->bytes = false;
        return true;
    }
    return path_arg(a[0], p);
}

FN(p_listdir)
{
    (void)self, (void)kw;
    path_t p;
    if (!path_or_dot(a, n, &p))
        return RT_NOVALUE;
    rt_value_t entries = read_dir(&p);
    if (!entries)
        return RT_NOVALUE;
    rt_vec_t *e = rt_ptr(entries);
    for (int64_t i = 0; i < rt_vec_len(e); i++)
        rt_vec_set(e, i, rt_tuple_get(rt_ptr(rt_vec_get(e, i)), 0));
    return entries;
}

/* scandir: DirEntry instances (name, path, and d_type kept as _d_type) behind an iterator that
** is also a context manager. */
static pyvm_class_t *direntry_cls, *scandir_cls;

static rt_str_t *attr(const char *s) { return rt_str_intern_cstr(s); }

FN(p_scandir)
{
    (void)self, (void)kw;
    path_t p;
    if (!path_or_dot(a, n, &p))
        return RT_NOVALUE;
    rt_value_t entries = read_dir(&p);
    if (!entries)
        return RT_NOVALUE;
    rt_vec_t *e = rt_ptr(entries);
    bool dot = n == 0 || a[0] == rt_none;
    for (int64_t i = 0; i < rt_vec_len(e); i++) {
        rt_tuple_t *pair = rt_ptr(rt_vec_get(e, i));
        rt_value_t name = rt_tuple_get(pair, 0);
        rt_value_t entry = rt_from_ptr(pyvm_instance_new(direntry_cls));
        rt_value_t path = name;
        if (!dot) {
            rt_str_t *dir = rt_ptr(p.obj), *nm = rt_ptr(name);
            bool slash = dir->len > 0 && dir->data[dir->len - 1] == '/';
            rt_strbuf_t b;
            rt_strbuf_init(&b, (size_t)(dir->len + nm->len + 2));
            rt_strbuf_append(&b, dir->data, (size_t)dir->len);
            if (!slash)
                rt_strbuf_append(&b, "/", 1);
            rt_strbuf_append(&b, nm->data, (size_t)nm->len);
            path = rt_from_ptr(rt_strbuf_finish(&b, p.bytes ? &rt_type_bytes : &rt_type_str));
        }
        if (!pyvm_setattr(entry, attr("name"), name) || !pyvm_setattr(entry, attr("path"), path) ||
            !pyvm_setattr(entry, attr("_d_type"), rt_tuple_get(pair, 1)))
            return RT_NOVALUE;
        rt_vec_set(e, i, entry);
    }
    rt_value_t it = rt_from_ptr(pyvm_instance_new(scandir_cls));
    rt_value_t lit = pyvm_iter(entries);
    return lit && pyvm_setattr(it, attr("_it"), lit) ? it : RT_NOVALUE;
}

FN(sd_next)
{
    (void)a, (void)n, (void)kw;
    rt_value_t it = pyvm_getattr(self, attr("_it"));
    if (!it)
        return RT_NOVALUE;
    rt_value_t v = pyvm_next(it);
    return v || rt_exc_pending() ? v : rt_exc_set(pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0));
}

FN(sd_self)
{
    (void)a, (void)n, (void)kw;
    return self;
}

FN(sd_close)
{
    (void)a, (void)n, (void)kw;
    rt_value_t empty = pyvm_iter(rt_from_ptr(pyvm_list_new(0)));
    return empty && pyvm_setattr(self, attr("_it"), empty) ? rt_none : RT_NOVALUE;
}

/* DirEntry.is_dir / is_file / is_symlink(*, follow_symlinks=True): d_type when it says, else
** a stat of the path; a missing file is neither. */
static rt_value_t entry_is(rt_value_t self, size_t n, const rt_value_t *a, rt_tuple_t *kw,
                           mode_t want, unsigned char dtype)
{
    bool follow = true;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        follow = pyvm_truth(a[n + (size_t)k]) > 0;
    rt_value_t t = pyvm_getattr(self, attr("_d_type"));
    int64_t d = 0;
    if (!t || !int_arg(t, &d))
        return RT_NOVALUE;
    if (d != DT_UNKNOWN && (d != DT_LNK || !follow || want == S_IFLNK))
        return rt_bool(d == dtype);
    rt_value_t path = pyvm_getattr(self, attr("path"));
    path_t p;
    if (!path || !path_arg(path, &p))
        return RT_NOVALUE;
    struct stat st;
    if ((follow && want != S_IFLNK ? stat(p.s, &st) : lstat(p.s, &st)) != 0)
        return rt_false;
    return rt_bool((st.st_mode & S_IFMT) == want);
}

FN(de_is_dir) { return entry_is(self, n, a, kw, S_IFDIR, DT_DIR); }
FN(de_is_file) { return entry_is(self, n, a, kw, S_IFREG, DT_REG); }
FN(de_is_symlink) { return entry_is(self, n, a, kw, S_IFLNK, DT_LNK); }

FN(de_stat)
{
    bool follow = true;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        follow = pyvm_truth(a[n + (size_t)k]) > 0;
    rt_value_t path = pyvm_getattr(self, attr("path"));
    return path ? do_stat(&path, 1, NULL, follow) : RT_NOVALUE;
}

FN(de_fspath)
{
    (void)a, (void)n, (void)kw;
    return pyvm_getattr(self, attr("path"));
}

FN(de_inode)
{
    (void)a, (void)n, (void)kw;
    rt_value_t st = de_stat(self, NULL, 0, NULL);
    return st ? pyvm_getattr(st, attr("st_ino")) : RT_NOVALUE;
}

FN(de_repr)
{
    (void)a, (void)n, (void)kw;
    rt_value_t name = pyvm_getattr(self, attr("name"));
    rt_value_t r = name ? pyvm_repr(name) : RT_NOVALUE;
    if (!r)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_appendf(&b, "<DirEntry %s>", pyvm_str_of(r)->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static const pyvm_cfunc_def_t direntry_methods[] = {
    {"is_dir", de_is_dir, 0, 0, PYVM_CFUNC_METHOD, 1},
    {"is_file", de_is_file, 0, 0, PYVM_CFUNC_METHOD, 1},
    {"is_symlink", de_is_symlink, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"stat", de_stat, 0, 0, PYVM_CFUNC_METHOD, 1},
    {"inode", de_inode, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__fspath__", de_fspath, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__repr__", de_repr, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t scandir_methods[] = {
    {"__iter__", sd_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__next__", sd_next, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__enter__", sd_self, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", sd_close, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"close", sd_close, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* ---- one-path and two-path operations ---- */

/* mode argument (default dflt) of mkdir/chmod/open/access. */
static bool mode_arg(const rt_value_t *v, int64_t dflt, int64_t *out)
{
    *out = dflt;
    return !v[0] || int_arg(v[0], out);
}

FN(p_mkdir)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    rt_value_t v[3];
    path_t p;
    int64_t mode;
    if (!pyvm_parse_args("mkdir", a, n, kw, names, 1, v) || !path_arg(v[0], &p) ||
        !mode_arg(&v[1], 0777, &mode))
        return RT_NOVALUE;
    return mkdir(p.s, (mode_t)mode) == 0 ? rt_none : fail(p.obj);
}

/* X(python name, C call on one path): rmdir, unlink, remove, chdir. */
#define ONE_PATH(X) X(rmdir, rmdir) X(unlink, unlink) X(remove, unlink) X(chdir, chdir)
#define ONE_PATH_FN(py, call)                                                                      \
    FN(p_##py)                                                                                     \
    {                                                                                              \
        (void)self;                                                                                \
        static const char *const names[] = {"path", "dir_fd", NULL};                               \
        rt_value_t v[2];                                                                           \
        path_t p;                                                                                  \
        if (!pyvm_parse_args(#py, a, n, kw, names, 1, v) || !path_arg(v[0], &p))                   \
            return RT_NOVALUE;                                                                     \
        return call(p.s) == 0 ? rt_none : fail(p.obj);                                             \
    }
ONE_PATH(ONE_PATH_FN)
#undef ONE_PATH_FN

/* X(python name, C call on two paths): rename, replace, link, symlink. */
#define TWO_PATHS(X) X(rename, rename) X(replace, rename) X(link, link) X(symlink, symlink)
#define TWO_PATH_FN(py, call)                                                                      \
    FN(p_##py)                                                                                     \
    {                                                                                              \
        (void)self;                                                                                \
        static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd",              \
                                            "target_is_directory", NULL};                          \
        rt_value_t v[5];                                                                           \
        path_t s, d;                                                                               \
        if (!pyvm_parse_args(#py, a, n, kw, names, 2, v) || !path_arg(v[0], &s) ||                 \
            !path_arg(v[1], &d))                                                                   \
            return RT_NOVALUE;                                                                     \
        return call(s.s, d.s) == 0 ? rt_none : fail(s.obj);                                        \
    }
TWO_PATHS(TWO_PATH_FN)
#undef TWO_PATH_FN

FN(p_access)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids",
                                        "follow_symlinks", NULL};
    rt_value_t v[5];
    path_t p;
    int64_t mode;
    if (!pyvm_parse_args("access", a, n, kw, names, 2, v) || !path_arg(v[0], &p) ||
        !int_arg(v[1], &mode))
        return RT_NOVALUE;
    return rt_bool(access(p.s, (int)mode) == 0);
}

FN(p_chmod)
{
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    rt_value_t v[4];
    path_t p;
    int64_t mode;
    if (!pyvm_parse_args("chmod", a, n, kw, names, 2, v) || !path_arg(v[0], &p) ||
        !int_arg(v[1], &mode))
        return RT_NOVALUE;
    return chmod(p.s, (mode_t)mode) == 0 ? rt_none : fail(p.obj);
}

FN(p_readlink)
{
    (void)self;
    static const char *const names[] = {"path", "dir_fd", NULL};
    rt_value_t v[2];
    path_t p;
    if (!pyvm_parse_args("readlink", a, n, kw, names, 1, v) || !path_arg(v[0], &p))
        return RT_NOVALUE;
    char buf[PATH_MAX];
    ssize_t len = readlink(p.s, buf, sizeof buf);
    return len < 0 ? fail(p.obj) : name_value(buf, (size_t)len, p.bytes);
}

/* utime(path, times=None, *, ns=None): times (atime, mtime) in seconds, or now. */
FN(p_utime)
{
    (void)self;
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    rt_value_t v[5];
    path_t p;
    if (!pyvm_parse_args("utime", a, n, kw, names, 1, v) || !path_arg(v[0], &p))
        return RT_NOVALUE;
    struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    if (v[1] && v[1] != rt_none) {
        rt_vec_t *t = pyvm_seq_to_vec(v[1]);
        if (!t || rt_vec_len(t) != 2)
            return t ? rt_raise(RT_EXC_TYPE, "utime: 'times' must be either a tuple of two ints "
                                             "or None") : RT_NOVALUE;
        for (int i = 0; i < 2; i++) {
            double secs;
            bool err;
            if (!pyvm_num_to_double(rt_vec_get(t, i), &secs, &err))
                return err ? RT_NOVALUE : rt_raise(RT_EXC_TYPE, "utime: times must be numbers");
            ts[i].tv_sec = (time_t)secs;
            ts[i].tv_nsec = (long)((secs - (double)ts[i].tv_sec) * 1e9);
        }
    }
    return utimensat(AT_FDCWD, p.s, ts, 0) == 0 ? rt_none : fail(p.obj);
}

FN(p_fspath)
{
    (void)self, (void)n, (void)kw;
    return fspath(a[0]);
}

/* ---- file descriptors ---- */

FN(p_open)
{
    (void)self;
    static const char *const names[] = {"path", "flags", "mode", "dir_fd", NULL};
    rt_value_t v[4];
    path_t p;
    int64_t flags, mode;
    if (!pyvm_parse_args("open", a, n, kw, names, 2, v) || !path_arg(v[0], &p) ||
        !int_arg(v[1], &flags) || !mode_arg(&v[2], 0777, &mode))
        return RT_NOVALUE;
    int fd = open(p.s, (int)flags | O_CLOEXEC, (mode_t)mode);
    return fd < 0 ? fail(p.obj) : rt_small(fd);
}

FN(p_close)
{
    (void)self, (void)n, (void)kw;
    int64_t fd;
    if (!int_arg(a[0], &fd))
        return RT_NOVALUE;
    return close((int)fd) == 0 ? rt_none : fail(RT_NOVALUE);
}

FN(p_read)
{
    (void)self, (void)n, (void)kw;
    int64_t fd, len;
    if (!int_arg(a[0], &fd) || !int_arg(a[1], &len))
        return RT_NOVALUE;
    if (len < 0)
        return rt_raise(RT_EXC_VALUE, "negative length");
    rt_str_t *buf = rt_str_alloc(&rt_type_bytes, (size_t)len);
    ssize_t got;
    RT_ALLOW_THREADS(got = read((int)fd, buf->data, (size_t)len));
    if (got < 0)
        return fail(RT_NOVALUE);
    return rt_from_ptr(rt_bytes_new(buf->data, (size_t)got));
}

FN(p_write)
{
    (void)self, (void)n, (void)kw;
    int64_t fd, len;
    const char *data;
    if (!int_arg(a[0], &fd))
        return RT_NOVALUE;
    if (!pyvm_bytes_like(a[1], &data, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[1]));
    ssize_t put;
    RT_ALLOW_THREADS(put = write((int)fd, data, (size_t)len));
    return put < 0 ? fail(RT_NOVALUE) : rt_small(put);
}

FN(p_lseek)
{
    (void)self, (void)n, (void)kw;
    int64_t fd, off, how;
    if (!int_arg(a[0], &fd) || !int_arg(a[1], &off) || !int_arg(a[2], &how))
        return RT_NOVALUE;
    off_t r = lseek((int)fd, (off_t)off, (int)how);
    return r < 0 ? fail(RT_NOVALUE) : rt_int_from_i64(r);
}

/* X(python name, C call on one fd returning an int, result: the int or None) */
#define FD_CALLS(X) X(isatty, isatty, 1) X(dup, dup, 2) X(fsync, fsync, 0)
#define FD_FN(py, call, kind)                                                                      \
    FN(p_##py)                                                                                     \
    {                                                                                              \
        (void)self, (void)n, (void)kw;                                                             \
        int64_t fd;                                                                                \
        if (!int_arg(a[0], &fd))                                                                   \
            return RT_NOVALUE;                                                                     \
        int r = call((int)fd);                                                                     \
        if (kind == 1)                                                                             \
            return rt_bool(r == 1);                                                                \
        if (r < 0)                                                                                 \
            return fail(RT_NOVALUE);                                                               \
        return kind == 2 ? rt_small(r) : rt_none;                                                  \
    }
FD_CALLS(FD_FN)
#undef FD_FN

FN(p_dup2)
{
    (void)self, (void)n, (void)kw;
    int64_t a0, a1;
    if (!int_arg(a[0], &a0) || !int_arg(a[1], &a1))
        return RT_NOVALUE;
    int r = dup2((int)a0, (int)a1);
    return r < 0 ? fail(RT_NOVALUE) : rt_small(r);
}

FN(p_ftruncate)
{
    (void)self, (void)n, (void)kw;
    int64_t fd, len;
    if (!int_arg(a[0], &fd) || !int_arg(a[1], &len))
        return RT_NOVALUE;
    return ftruncate((int)fd, (off_t)len) == 0 ? rt_none : fail(RT_NOVALUE);
}

FN(p_pipe)
{
    (void)self, (void)a, (void)n, (void)kw;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return fail(RT_NOVALUE);
    rt_value_t t[2] = {rt_small(fds[0]), rt_small(fds[1])};
    return pyvm_tuple_from(t, 2);
}

/* ---- process ---- */

/* X(python name, C call with no arguments returning an id) */
#define IDS(X)                                                                                     \
    X(getpid, getpid) X(getppid, getppid) X(getuid, getuid) X(geteuid, geteuid)                    \
    X(getgid, getgid) X(getegid, getegid) X(getpgrp, getpgrp)
#define ID_FN(py, call)                                                                            \
    FN(p_##py)                                                                                     \
    {                                                                                              \
        (void)self, (void)a, (void)n, (void)kw;                                                    \
        return rt_int_from_i64((int64_t)call());                                                   \
    }
IDS(ID_FN)
#undef ID_FN

FN(p_umask)
{
    (void)self, (void)n, (void)kw;
    int64_t m;
    if (!int_arg(a[0], &m))
        return RT_NOVALUE;
    return rt_small(umask((mode_t)m));
}

FN(p_kill)
{
    (void)self, (void)n, (void)kw;
    int64_t pid, sig;
    if (!int_arg(a[0], &pid) || !int_arg(a[1], &sig))
        return RT_NOVALUE;
    return kill((pid_t)pid, (int)sig) == 0 ? rt_none : fail(RT_NOVALUE);
}

FN(p_exit)
{
    (void)self, (void)n, (void)kw;
    int64_t status;
    if (!int_arg(a[0], &status))
        return RT_NOVALUE;
    fflush(stdout);
    fflush(stderr);
    _exit((int)status);
}

FN(p_system)
{
    (void)self, (void)n, (void)kw;
    path_t p;
    if (!path_arg(a[0], &p))
        return RT_NOVALUE;
    fflush(stdout);
    fflush(stderr);
    return rt_small(system(p.s));
}

FN(p_strerror)
{
    (void)self, (void)n, (void)kw;
    int64_t e;
    if (!int_arg(a[0], &e))
        return RT_NOVALUE;
    return pyvm_str_cstr(strerror((int)e));
}

FN(p_urandom)
{
    (void)self, (void)n, (void)kw;
    int64_t len;
    if (!int_arg(a[0], &len))
        return RT_NOVALUE;
    if (len < 0)
        return rt_raise(RT_EXC_VALUE, "negative argument not allowed");
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)len);
    for (int64_t got = 0; got < len;) {
        ssize_t r = getrandom(out->data + got, (size_t)(len - got), 0);
        if (r < 0 && errno != EINTR)
            return fail(RT_NOVALUE);
        got += r > 0 ? r : 0;
    }
    return rt_from_ptr(out);
}

FN(p_cpu_count)
{
    (void)self, (void)a, (void)n, (void)kw;
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c > 0 ? rt_small(c) : rt_none;
}

static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine"};
static pyvm_structseq_t uname_desc = {"posix", "uname_result", uname_fields, 5, 5, NULL};

FN(p_uname)
{
    (void)self, (void)a, (void)n, (void)kw;
    struct utsname u;
    if (uname(&u) != 0)
        return fail(RT_NOVALUE);
    rt_value_t v[5] = {pyvm_str_cstr(u.sysname), pyvm_str_cstr(u.nodename),
                       pyvm_str_cstr(u.release), pyvm_str_cstr(u.version),
                       pyvm_str_cstr(u.machine)};
    return pyvm_structseq_new(&uname_desc, v);
}

static const char *const times_fields[] = {"user", "system", "children_user", "children_system",
                                           "elapsed"};
static pyvm_structseq_t times_desc = {"posix", "times_result", times_fields, 5, 5, NULL};

FN(p_times)
{
    (void)self, (void)a, (void)n, (void)kw;
    struct tms t;
    clock_t el = times(&t);
    double hz = (double)sysconf(_SC_CLK_TCK);
    rt_value_t v[5] = {rt_float_new((double)t.tms_utime / hz), rt_float_new((double)t.tms_stime / hz),
                       rt_float_new((double)t.tms_cutime / hz),
                       rt_float_new((double)t.tms_cstime / hz), rt_float_new((double)el / hz)};
    return pyvm_structseq_new(&times_desc, v);
}

static const char *const tsize_fields[] = {"columns", "lines"};
static pyvm_structseq_t tsize_desc = {"os", "terminal_size", tsize_fields, 2, 2, NULL};

FN(p_get_terminal_size)
{
    (void)self, (void)kw;
    int64_t fd = 1;
    if (n && !int_arg(a[0], &fd))
        return RT_NOVALUE;
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) != 0)
        return fail(RT_NOVALUE);
    rt_value_t v[2] = {rt_small(w.ws_col), rt_small(w.ws_row)};
    return pyvm_structseq_new(&tsize_desc, v);
}

FN(p_putenv)
{
    (void)self, (void)n, (void)kw;
    path_t k, v;
    if (!path_arg(a[0], &k) || !path_arg(a[1], &v))
        return RT_NOVALUE;
    return setenv(k.s, v.s, 1) == 0 ? rt_none : fail(RT_NOVALUE);
}

FN(p_unsetenv)
{
    (void)self, (void)n, (void)kw;
    path_t k;
    if (!path_arg(a[0], &k))
        return RT_NOVALUE;
    return unsetenv(k.s) == 0 ? rt_none : fail(RT_NOVALUE);
}

FN(p_device_encoding)
{
    (void)self, (void)n, (void)kw;
    int64_t fd;
    if (!int_arg(a[0], &fd))
        return RT_NOVALUE;
    return isatty((int)fd) ? pyvm_str_cstr("utf-8") : rt_none;
}

/* waitstatus helpers: X(name, macro) */
#define WAIT_MACROS(X)                                                                             \
    X(WIFEXITED, WIFEXITED, 1) X(WEXITSTATUS, WEXITSTATUS, 0) X(WIFSIGNALED, WIFSIGNALED, 1)       \
    X(WTERMSIG, WTERMSIG, 0) X(WIFSTOPPED, WIFSTOPPED, 1) X(WSTOPSIG, WSTOPSIG, 0)
#define WAIT_FN(py, macro, is_bool)                                                                \
    FN(p_##py)                                                                                     \
    {                                                                                              \
        (void)self, (void)n, (void)kw;                                                             \
        int64_t s;                                                                                 \
        if (!int_arg(a[0], &s))                                                                    \
            return RT_NOVALUE;                                                                     \
        int st = (int)s;                                                                           \
        return is_bool ? rt_bool(macro(st)) : rt_small(macro(st));                                 \
    }
WAIT_MACROS(WAIT_FN)
#undef WAIT_FN

static const pyvm_cfunc_def_t posix_functions[] = {
    {"stat", p_stat, 1, 1, 0, 1},
    {"lstat", p_lstat, 1, 1, 0, 1},
    {"fstat", p_fstat, 1, 1, 0, 0},
    {"getcwd", p_getcwd, 0, 0, 0, 0},
    {"getcwdb", p_getcwdb, 0, 0, 0, 0},
    {"listdir", p_listdir, 0, 1, 0, 0},
    {"scandir", p_scandir, 0, 1, 0, 0},
    {"mkdir", p_mkdir, 1, 3, 0, 1},
#define ONE_PATH_DEF(py, call) {#py, p_##py, 1, 1, 0, 1},
    ONE_PATH(ONE_PATH_DEF)
#undef ONE_PATH_DEF
#define TWO_PATH_DEF(py, call) {#py, p_##py, 2, 3, 0, 1},
    TWO_PATHS(TWO_PATH_DEF)
#undef TWO_PATH_DEF
    {"access", p_access, 2, 2, 0, 1},
    {"chmod", p_chmod, 2, 2, 0, 1},
    {"readlink", p_readlink, 1, 1, 0, 1},
    {"utime", p_utime, 1, 2, 0, 1},
    {"fspath", p_fspath, 1, 1, 0, 0},
    {"open", p_open, 2, 3, 0, 1},
    {"close", p_close, 1, 1, 0, 0},
    {"read", p_read, 2, 2, 0, 0},
    {"write", p_write, 2, 2, 0, 0},
    {"lseek", p_lseek, 3, 3, 0, 0},
#define FD_DEF(py, call, kind) {#py, p_##py, 1, 1, 0, 0},
    FD_CALLS(FD_DEF)
#undef FD_DEF
    {"dup2", p_dup2, 2, 3, 0, 1},
    {"ftruncate", p_ftruncate, 2, 2, 0, 0},
    {"pipe", p_pipe, 0, 0, 0, 0},
#define ID_DEF(py, call) {#py, p_##py, 0, 0, 0, 0},
    IDS(ID_DEF)
#undef ID_DEF
    {"umask", p_umask, 1, 1, 0, 0},
    {"kill", p_kill, 2, 2, 0, 0},
    {"_exit", p_exit, 1, 1, 0, 0},
    {"system", p_system, 1, 1, 0, 0},
    {"strerror", p_strerror, 1, 1, 0, 0},
    {"urandom", p_urandom, 1, 1, 0, 0},
    {"cpu_count", p_cpu_count, 0, 0, 0, 0},
    {"uname", p_uname, 0, 0, 0, 0},
    {"times", p_times, 0, 0, 0, 0},
    {"get_terminal_size", p_get_terminal_size, 0, 1, 0, 0},
    {"putenv", p_putenv, 2, 2, 0, 0},
    {"unsetenv", p_unsetenv, 1, 1, 0, 0},
    {"device_encoding", p_device_encoding, 1, 1, 0, 0},
#define WAIT_DEF(py, macro, is_bool) {#py, p_##py, 1, 1, 0, 0},
    WAIT_MACROS(WAIT_DEF)
#undef WAIT_DEF
    {NULL, NULL, 0, 0, 0, 0},
};

/* The constants os re-exports: X(name) for each C macro of the same name. */
#define POSIX_CONSTANTS(X)                                                                         \
    X(F_OK) X(R_OK) X(W_OK) X(X_OK) X(O_RDONLY) X(O_WRONLY) X(O_RDWR) X(O_APPEND) X(O_CREAT)       \
    X(O_EXCL) X(O_TRUNC) X(O_NONBLOCK) X(O_NOCTTY) X(O_SYNC) X(O_DSYNC) X(O_CLOEXEC)             \
    X(O_DIRECTORY) X(O_NOFOLLOW) X(O_ACCMODE) X(SEEK_SET) X(SEEK_CUR) X(SEEK_END) X(EX_OK)      \
    X(WNOHANG) X(WUNTRACED)

/* environ as CPython's posix keeps it: bytes keys and values. */
static rt_value_t make_environ(void)
{
    rt_map_t *env = pyvm_dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        rt_value_t k = rt_from_ptr(rt_bytes_new(*e, (size_t)(eq - *e)));
        rt_value_t v = rt_from_ptr(rt_bytes_new(eq + 1, strlen(eq + 1)));
        if (!pyvm_dict_get(env, k) && !pyvm_dict_set(env, k, v))
            return RT_NOVALUE;
    }
    return rt_from_ptr(env);
}

rt_map_t *pyvm_mod_posix_dict(void)
{
    if (!direntry_cls) {
        gc_root_add(&direntry_cls, 1);
        gc_root_add(&scandir_cls, 1);
        direntry_cls = pyvm_type_new_builtin("DirEntry", NULL, pyvm_cls_object);
        pyvm_cfunc_install(direntry_cls, direntry_methods);
        scandir_cls = pyvm_type_new_builtin("ScandirIterator", NULL, pyvm_cls_object);
        pyvm_cfunc_install(scandir_cls, scandir_methods);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, posix_functions);
    pyvm_mod_subprocess_posix_install(d);
#define CONST_PUT(name) pyvm_mod_put(d, #name, rt_small(name));
    POSIX_CONSTANTS(CONST_PUT)
#undef CONST_PUT
    pyvm_mod_put(d, "environ", make_environ());
    pyvm_mod_put(d, "error", rt_from_ptr(pyvm_exc_OSError));
    pyvm_mod_put(d, "_have_functions", rt_from_ptr(pyvm_list_new(0)));
    pyvm_mod_put(d, "DirEntry", rt_from_ptr(direntry_cls));
    static pyvm_structseq_t *const types[] = {&stat_desc, &uname_desc, &times_desc, &tsize_desc};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        pyvm_class_t *c = pyvm_structseq_class(types[i]);
        if (c)
            pyvm_mod_put(d, types[i]->name, rt_from_ptr(c));
    }
    return d;
}
