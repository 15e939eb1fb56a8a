/*
** dir.c: ext/standard's directories and file metadata: opendir/readdir/rewinddir/closedir
** (directory handles are "stream" resources, as in PHP; without an argument they use the last
** one opened), dir() and its Directory class, scandir, glob with its flags, recursive mkdir, the
** stat family (stat, lstat, filesize, filemtime..., is_readable, is_writable, is_link, filetype,
** fileperms), chmod/chown/chgrp, links, umask, fnmatch, disk space, touch, copy, rename, tempnam
** and sys_get_temp_dir. Failures warn in PHP's words and return false.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

/* ---- Directory handles ---- */

static void dir_free(void *p)
{
    closedir(p);
}

/* The handle the last opendir() or dir() opened: readdir, rewinddir and closedir default to
** it. A root. */
static rt_value_t last_dir;

/* opendir() and dir(): a new handle, false after PHP's warning (silently for an empty path). */
static rt_value_t open_dir(rt_value_t *args, int argc)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    DIR *d = path->len ? opendir(phpvm_std_local_path(path->data)) : NULL;
    if (!d) {
        if (path->len)
            phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open directory: %s",
                        phpvm_cur_builtin, path->data, strerror(errno));
        return rt_false;
    }
    static bool rooted;
    if (!rooted) {
        gc_root_add(&last_dir, 1);
        rooted = true;
    }
    last_dir = rt_from_ptr(phpvm_resource_new("stream", d, dir_free));
    return last_dir;
}

static rt_value_t fn_opendir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return open_dir(args, argc);
}

/* Whether a Directory method runs (its errors name the class). */
static bool dir_method;

/* The directory handle argument (the last one opened when absent or null); NULL with a
** TypeError pending. */
static DIR *dir_arg(rt_value_t *args, int argc)
{
    rt_value_t v = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    if (v == rt_none) {
        if (!last_dir) {
            phpvm_throw("TypeError", "No resource supplied");
            return NULL;
        }
        v = last_dir;
    }
    phpvm_resource_t *r = phpvm_is_resource(v) ? (phpvm_resource_t *)rt_ptr(v) : NULL;
    if (!r || !r->data || r->close != dir_free) {
        if (r && !r->data)
            phpvm_throw("TypeError", "%s%s(): supplied resource is not a valid Directory resource",
                        dir_method ? "Directory::" : "", phpvm_cur_builtin);
        else if (r)
            phpvm_throw("TypeError", "%s(): Argument #1 ($dir_handle) must be a valid Directory "
                        "resource", phpvm_cur_builtin);
        else
            phpvm_throw("TypeError", "%s(): Argument #1 ($dir_handle) must be of type resource "
                        "or null, %s given", phpvm_cur_builtin, phpvm_type_name(v));
        return NULL;
    }
    return r->data;
}

static rt_value_t fn_readdir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    DIR *d = dir_arg(args, argc);
    if (!d)
        return RT_NOVALUE;
    struct dirent *e = readdir(d);
    return e ? phpvm_cstr(e->d_name) : rt_false;
}

static rt_value_t fn_rewinddir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    DIR *d = dir_arg(args, argc);
    if (!d)
        return RT_NOVALUE;
    rewinddir(d);
    return rt_none;
}

static rt_value_t fn_closedir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    if (!dir_arg(args, argc))
        return RT_NOVALUE;
    rt_value_t v = argc > 0 && args[0] != RT_NOVALUE ? phpvm_deref(args[0]) : rt_none;
    if (v == rt_none || v == last_dir) {
        v = v == rt_none ? last_dir : v;
        last_dir = 0;
    }
    phpvm_resource_close((phpvm_resource_t *)rt_ptr(v));
    return rt_none;
}

/* Directory's methods: the function of the same name on $this->handle. */
static rt_value_t m_directory(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    static const struct {
        const char *method;
        rt_value_t (*fn)(rt_value_t, rt_value_t *, int);
    } table[] = {{"read", fn_readdir}, {"rewind", fn_rewinddir}, {"close", fn_closedir}};
    size_t i = 0;
    while (strcmp(table[i].method, phpvm_cur_builtin) != 0)
        i++;
    rt_value_t h = phpvm_prop_read(self, rt_str_intern_cstr("handle"), NULL, true);
    if (h == RT_NOVALUE)
        return RT_NOVALUE;
    if (!phpvm_is_resource(phpvm_deref(h)))
        return phpvm_throw("Error", "Unable to find my handle property");
    dir_method = true;
    rt_value_t r = table[i].fn(rt_none, &h, 1);
    dir_method = false;
    return r;
}

static const phpvm_builtin_t directory_methods[] = {
    {"read", m_directory, 0, 0, "", 0},
    {"rewind", m_directory, 0, 0, "", 0},
    {"close", m_directory, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* The Directory class, declared on first use; NULL with an exception pending. */
static phpvm_class_t *directory_class(void)
{
    phpvm_class_t *c = phpvm_class_find_c("Directory");
    if (c)
        return c;
    c = phpvm_class_builtin("Directory", NULL, NULL, 0);
    phpvm_class_add_methods(c, directory_methods);
    phpvm_class_add_prop(c, rt_str_intern_cstr("path"), PHPVM_F_PUBLIC, rt_none);
    phpvm_class_add_prop(c, rt_str_intern_cstr("handle"), PHPVM_F_PUBLIC, rt_none);
    return phpvm_class_declare(c) ? c : NULL;
}

/* dir(): a Directory object over a new handle. */
static rt_value_t fn_dir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t h = open_dir(args, argc);
    if (!phpvm_is_resource(h))
        return h;
    phpvm_class_t *c = directory_class();
    rt_value_t o = c ? phpvm_object_new(c) : RT_NOVALUE;
    if (o == RT_NOVALUE ||
        !phpvm_prop_write(o, rt_str_intern_cstr("path"), phpvm_deref(args[0]), NULL) ||
        !phpvm_prop_write(o, rt_str_intern_cstr("handle"), h, NULL))
        return RT_NOVALUE;
    return o;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static rt_value_t fn_scandir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t order = 0;
    if (!path || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &order)))
        return RT_NOVALUE;
    if (path->len == 0)
        return phpvm_throw("ValueError", "scandir(): Argument #1 ($directory) cannot be empty");
    DIR *d = opendir(phpvm_std_local_path(path->data));
    if (!d) {
        phpvm_error(PHPVM_E_WARNING, "scandir(%s): Failed to open directory: %s", path->data,
                    strerror(errno));
        phpvm_error(PHPVM_E_WARNING, "scandir(): (errno %d): %s", errno, strerror(errno));
        return rt_false;
    }
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (n == cap)
            names = realloc(names, (cap *= 2) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (order != 2) /* SCANDIR_SORT_NONE */
        qsort(names, n, sizeof *names, cmp_names);
    phpvm_array_t *out = phpvm_array_new((int64_t)n);
    for (size_t k = 0; k < n; k++) {
        size_t i = order == 1 ? n - 1 - k : k;
        phpvm_array_append(out, phpvm_cstr(names[i]));
    }
    for (size_t k = 0; k < n; k++)
        free(names[k]);
    free(names);
    return rt_from_ptr(out);
}

/* PHP's GLOB_* values are glibc's (stream.c defines them), so flags pass straight through. */
enum { GLOB_FLAGS = GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE | GLOB_BRACE |
                    GLOB_ONLYDIR };

static rt_value_t fn_glob(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *pat = phpvm_arg_str(args, argc, 0);
    int64_t flags = 0;
    if (!pat || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)))
        return RT_NOVALUE;
    if (flags & ~(int64_t)GLOB_FLAGS) {
        phpvm_error(PHPVM_E_WARNING, "glob(): At least one of the passed flags is invalid or not "
                    "supported on this platform");
        return rt_false;
    }
    glob_t g;
    int r = glob(pat->data, (int)flags, NULL, &g);
    phpvm_array_t *out = phpvm_array_new(0);
    if (r == 0) {
        for (size_t k = 0; k < g.gl_pathc; k++) {
            struct stat st;
            if ((flags & GLOB_ONLYDIR) && (stat(g.gl_pathv[k], &st) != 0 || !S_ISDIR(st.st_mode)))
                continue;
            phpvm_array_append(out, phpvm_cstr(g.gl_pathv[k]));
        }
    }
    globfree(&g);
    return r == 0 || r == GLOB_NOMATCH ? rt_from_ptr(out) : rt_false;
}

/* ---- mkdir ---- */

/* mkdir -p: every missing parent, then path. */
static int mkdir_parents(char *path, mode_t mode)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        int r = mkdir(path, mode);
        int err = errno;
        *p = '/';
        if (r != 0 && err != EEXIST)
            return -1;
    }
    return mkdir(path, mode);
}

static rt_value_t fn_mkdir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t mode = 0777;
    if (!path || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &mode)))
        return RT_NOVALUE;
    bool recursive = phpvm_arg_bool(args, argc, 2);
    char *p = strdup(path->data);
    int r = recursive ? mkdir_parents(p, (mode_t)mode) : mkdir(p, (mode_t)mode);
    int err = errno;
    free(p);
    if (r != 0) {
        phpvm_error(PHPVM_E_WARNING, "mkdir(): %s", strerror(err));
        return rt_false;
    }
    return rt_true;
}

/* ---- The stat family ---- */

static rt_value_t stat_fn(rt_value_t *args, int argc, bool link, bool quiet, struct stat *st,
                          bool *ok)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    *ok = false;
    if (path->len == 0) /* false, silently, as PHP's php_stat */
        return rt_none;
    if (memchr(path->data, 0, (size_t)path->len)) {
        if (!quiet)
            phpvm_error(PHPVM_E_WARNING, "%s(): Filename contains null byte", phpvm_cur_builtin);
        return rt_none;
    }
    const char *local = phpvm_std_local_path(path->data);
    *ok = (link ? lstat(local, st) : stat(local, st)) == 0;
    if (!*ok && !quiet)
        phpvm_error(PHPVM_E_WARNING, "%s(): %sstat failed for %s", phpvm_cur_builtin,
                    link ? "L" : "", path->data);
    return rt_none;
}

static rt_value_t fn_stat(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    struct stat st;
    bool ok;
    if (stat_fn(args, argc, false, false, &st, &ok) == RT_NOVALUE)
        return RT_NOVALUE;
    return ok ? rt_from_ptr(phpvm_stat_array(&st)) : rt_false;
}

static rt_value_t fn_lstat(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    struct stat st;
    bool ok;
    if (stat_fn(args, argc, true, false, &st, &ok) == RT_NOVALUE)
        return RT_NOVALUE;
    return ok ? rt_from_ptr(phpvm_stat_array(&st)) : rt_false;
}

/* filesize, filemtime, ...: one field of stat(), false with a warning for a missing file. */
#define STAT_FIELD(fn, expr)                                                                       \
    static rt_value_t fn_##fn(rt_value_t self, rt_value_t *args, int argc)                        \
    {                                                                                              \
        (void)self;                                                                                \
        struct stat st;                                                                            \
        bool ok;                                                                                   \
        if (stat_fn(args, argc, false, false, &st, &ok) == RT_NOVALUE)                            \
            return RT_NOVALUE;                                                                     \
        return ok ? phpvm_int((int64_t)(expr)) : rt_false;                                         \
    }
STAT_FIELD(filesize, st.st_size)
STAT_FIELD(filemtime, st.st_mtime)
STAT_FIELD(fileatime, st.st_atime)
STAT_FIELD(filectime, st.st_ctime)
STAT_FIELD(fileperms, st.st_mode)
STAT_FIELD(fileinode, st.st_ino)
STAT_FIELD(fileowner, st.st_uid)
STAT_FIELD(filegroup, st.st_gid)

static rt_value_t fn_filetype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    struct stat st;
    bool ok;
    if (stat_fn(args, argc, true, false, &st, &ok) == RT_NOVALUE)
        return RT_NOVALUE;
    if (!ok)
        return rt_false;
    return phpvm_cstr(S_ISDIR(st.st_mode)   ? "dir"
                      : S_ISLNK(st.st_mode) ? "link"
                      : S_ISREG(st.st_mode) ? "file"
                      : S_ISFIFO(st.st_mode) ? "fifo"
                      : S_ISCHR(st.st_mode) ? "char"
                      : S_ISBLK(st.st_mode) ? "block"
                                            : "unknown");
}

/* is_readable, is_writable, is_executable: access(2) on the path. */
static rt_value_t access_fn(rt_value_t *args, int argc, int mode)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    return rt_bool(access(phpvm_std_local_path(path->data), mode) == 0);
}

static rt_value_t fn_is_readable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return access_fn(args, argc, R_OK);
}

static rt_value_t fn_is_writable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return access_fn(args, argc, W_OK);
}

static rt_value_t fn_is_executable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return access_fn(args, argc, X_OK);
}

static rt_value_t fn_is_link(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    struct stat st;
    bool ok;
    if (stat_fn(args, argc, true, true, &st, &ok) == RT_NOVALUE)
        return RT_NOVALUE;
    return rt_bool(ok && S_ISLNK(st.st_mode));
}

static rt_value_t fn_clearstatcache(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none; /* nothing is cached */
}

/* ---- Permissions, owners, links ---- */

/* A path operation of chmod's kind: f(path, n) == 0, else PHP's warning with strerror. */
static rt_value_t path_op(rt_value_t *args, int argc, int (*f)(const char *, int64_t), int64_t n)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (f(path->data, n) != 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, strerror(errno));
        return rt_false;
    }
    return rt_true;
}

static int do_chmod(const char *p, int64_t mode) { return chmod(p, (mode_t)mode); }
static int do_chown(const char *p, int64_t uid) { return chown(p, (uid_t)uid, (gid_t)-1); }
static int do_chgrp(const char *p, int64_t gid) { return chown(p, (uid_t)-1, (gid_t)gid); }
static int do_lchown(const char *p, int64_t uid) { return lchown(p, (uid_t)uid, (gid_t)-1); }
static int do_lchgrp(const char *p, int64_t gid) { return lchown(p, (uid_t)-1, (gid_t)gid); }

/* The int argument 1 of chmod/chown..., or a user/group name for the owner ones. */
static bool id_arg(rt_value_t *args, int argc, bool group, int64_t *out)
{
    rt_value_t v = phpvm_deref(args[1]);
    if (!phpvm_is_str(v) || !strcmp(phpvm_cur_builtin, "chmod"))
        return phpvm_arg_long(args, argc, 1, out);
    const char *name = phpvm_str(v)->data;
    if (group) {
        struct group *g = getgrnam(name);
        *out = g ? (int64_t)g->gr_gid : -1;
    } else {
        struct passwd *pw = getpwnam(name);
        *out = pw ? (int64_t)pw->pw_uid : -1;
    }
    return true;
}

#define OWNER_FN(fn, op, group)                                                                    \
    static rt_value_t fn_##fn(rt_value_t self, rt_value_t *args, int argc)                        \
    {                                                                                              \
        (void)self;                                                                                \
        int64_t n;                                                                                 \
        if (!id_arg(args, argc, group, &n))                                                        \
            return RT_NOVALUE;                                                                     \
        return path_op(args, argc, op, n);                                                         \
    }
OWNER_FN(chmod, do_chmod, false)
OWNER_FN(chown, do_chown, false)
OWNER_FN(chgrp, do_chgrp, true)
OWNER_FN(lchown, do_lchown, false)
OWNER_FN(lchgrp, do_lchgrp, true)

/* symlink(target, link) and link(target, link). */
static rt_value_t make_link(rt_value_t *args, int argc, bool sym)
{
    rt_str_t *target = phpvm_arg_str(args, argc, 0), *l = target ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!l)
        return RT_NOVALUE;
    if ((sym ? symlink(target->data, l->data) : link(target->data, l->data)) != 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, strerror(errno));
        return rt_false;
    }
    return rt_true;
}

static rt_value_t fn_symlink(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return make_link(args, argc, true);
}

static rt_value_t fn_link(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return make_link(args, argc, false);
}

static rt_value_t fn_readlink(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    char buf[PATH_MAX];
    ssize_t n = readlink(path->data, buf, sizeof buf);
    if (n < 0) {
        phpvm_error(PHPVM_E_WARNING, "readlink(): %s", strerror(errno));
        return rt_false;
    }
    return phpvm_str_value(buf, (size_t)n);
}

static rt_value_t fn_umask(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t m;
    bool set = phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none;
    if (set && !phpvm_arg_long(args, argc, 0, &m))
        return RT_NOVALUE;
    mode_t old = umask(set ? (mode_t)m : 0);
    if (!set)
        umask(old);
    return phpvm_int(old);
}

static rt_value_t fn_fnmatch(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *pat = phpvm_arg_str(args, argc, 0), *s = pat ? phpvm_arg_str(args, argc, 1) : NULL;
    int64_t flags = 0;
    if (!s || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags)))
        return RT_NOVALUE;
    return rt_bool(fnmatch(pat->data, s->data, (int)flags) == 0);
}

/* disk_free_space / disk_total_space: statvfs's figures in bytes, as floats. */
static rt_value_t disk_space(rt_value_t *args, int argc, bool total)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (memchr(path->data, 0, (size_t)path->len))
        return phpvm_throw("ValueError", "%s(): Argument #1 ($directory) must not contain any "
                                         "null bytes", phpvm_cur_builtin);
    struct statvfs vf;
    if (statvfs(path->data, &vf) != 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, strerror(errno));
        return rt_false;
    }
    return phpvm_float((double)(total ? vf.f_blocks : vf.f_bavail) * (double)vf.f_frsize);
}

static rt_value_t fn_disk_free_space(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return disk_space(args, argc, false);
}

static rt_value_t fn_disk_total_space(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return disk_space(args, argc, true);
}

/* ---- Changing files ---- */

static rt_value_t fn_touch(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    int64_t mtime = (int64_t)time(NULL), atime;
    bool has_m = phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none;
    if (!path || (has_m && !phpvm_arg_long(args, argc, 1, &mtime)))
        return RT_NOVALUE;
    atime = mtime;
    if (phpvm_arg_given(argc, args, 2) && phpvm_deref(args[2]) != rt_none &&
        !phpvm_arg_long(args, argc, 2, &atime))
        return RT_NOVALUE;
    if (path->len == 0)
        return rt_false;
    int fd = open(path->data, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        phpvm_error(PHPVM_E_WARNING, "touch(): Unable to create file %s because %s", path->data,
                    strerror(errno));
        return rt_false;
    }
    close(fd);
    struct utimbuf t = {(time_t)atime, (time_t)mtime};
    if (utime(path->data, &t) != 0) {
        phpvm_error(PHPVM_E_WARNING, "touch(): Utime failed: %s", strerror(errno));
        return rt_false;
    }
    return rt_true;
}

/* Copies the bytes of file `from` to `to` (created or truncated); errno tells why not. */
static bool copy_bytes(const char *from, const char *to)
{
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    bool ok = out >= 0;
    char buf[65536];
    ssize_t n;
    while (ok && (n = read(in, buf, sizeof buf)) > 0)
        ok = write(out, buf, (size_t)n) == n;
    int err = errno;
    close(in);
    if (out >= 0)
        close(out);
    errno = err;
    return ok;
}

static rt_value_t fn_copy(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *from = phpvm_arg_str(args, argc, 0), *to = from ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!to)
        return RT_NOVALUE;
    if (from->len == 0) /* as every stream open */
        return phpvm_throw("ValueError", "Path cannot be empty");
    struct stat st;
    if (stat(from->data, &st) == 0 && S_ISDIR(st.st_mode)) {
        phpvm_error(PHPVM_E_WARNING, "copy(): The first argument to copy() function cannot be a "
                    "directory");
        return rt_false;
    }
    struct stat dst;
    if (stat(from->data, &st) == 0 && stat(to->data, &dst) == 0) {
        if (S_ISDIR(dst.st_mode)) {
            phpvm_error(PHPVM_E_WARNING, "copy(): The second argument to copy() function cannot "
                        "be a directory");
            return rt_false;
        }
        if (st.st_ino == dst.st_ino && st.st_dev == dst.st_dev)
            return rt_false; /* a file onto itself: PHP leaves it alone */
    }
    if (!copy_bytes(from->data, to->data)) {
        phpvm_error(PHPVM_E_WARNING, "copy(%s): Failed to open stream: %s", from->data,
                    strerror(errno));
        return rt_false;
    }
    return rt_true;
}

static rt_value_t fn_rename(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *from = phpvm_arg_str(args, argc, 0), *to = from ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!to)
        return RT_NOVALUE;
    if (rename(from->data, to->data) != 0) {
        phpvm_error(PHPVM_E_WARNING, "rename(%s,%s): %s", from->data, to->data, strerror(errno));
        return rt_false;
    }
    return rt_true;
}

static const char *temp_dir(void)
{
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

static rt_value_t fn_sys_get_temp_dir(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s", temp_dir());
    size_t n = strlen(buf);
    if (n > 1 && buf[n - 1] == '/')
        buf[n - 1] = 0;
    return phpvm_cstr(buf);
}

static rt_value_t fn_tempnam(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *dir = phpvm_arg_str(args, argc, 0), *prefix = dir ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!prefix)
        return RT_NOVALUE;
    struct stat st;
    const char *d = dir->len && stat(dir->data, &st) == 0 && S_ISDIR(st.st_mode) ? dir->data : NULL;
    if (!d && dir->len) /* an empty name means the temporary directory, silently */
        phpvm_error(PHPVM_E_NOTICE, "tempnam(): file created in the system's temporary directory");
    if (!d)
        d = temp_dir();
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%.63sXXXXXX", d, prefix->data);
    int fd = mkstemp(path);
    if (fd < 0)
        return rt_false;
    close(fd);
    char *real = realpath(path, NULL);
    rt_value_t r = phpvm_cstr(real ? real : path);
    free(real);
    return r;
}

const phpvm_builtin_t phpvm_ext_dir[] = {
    {"opendir", fn_opendir, 1, 2, "directory,context", 0},
    {"dir", fn_dir, 1, 2, "directory,context", 0},
    {"readdir", fn_readdir, 0, 1, "dir_handle", 0},
    {"rewinddir", fn_rewinddir, 0, 1, "dir_handle", 0},
    {"closedir", fn_closedir, 0, 1, "dir_handle", 0},
    {"scandir", fn_scandir, 1, 3, "directory,sorting_order,context", 0},
    {"glob", fn_glob, 1, 2, "pattern,flags", 0},
    {"mkdir", fn_mkdir, 1, 4, "directory,permissions,recursive,context", 0},
    {"stat", fn_stat, 1, 1, "filename", 0},
    {"lstat", fn_lstat, 1, 1, "filename", 0},
    {"filesize", fn_filesize, 1, 1, "filename", 0},
    {"filemtime", fn_filemtime, 1, 1, "filename", 0},
    {"fileatime", fn_fileatime, 1, 1, "filename", 0},
    {"filectime", fn_filectime, 1, 1, "filename", 0},
    {"fileperms", fn_fileperms, 1, 1, "filename", 0},
    {"fileinode", fn_fileinode, 1, 1, "filename", 0},
    {"fileowner", fn_fileowner, 1, 1, "filename", 0},
    {"filetype", fn_filetype, 1, 1, "filename", 0},
    {"is_readable", fn_is_readable, 1, 1, "filename", 0},
    {"is_writable", fn_is_writable, 1, 1, "filename", 0},
    {"is_writeable", fn_is_writable, 1, 1, "filename", 0},
    {"is_executable", fn_is_executable, 1, 1, "filename", 0},
    {"is_link", fn_is_link, 1, 1, "filename", 0},
    {"clearstatcache", fn_clearstatcache, 0, 2, "clear_realpath_cache,filename", 0},
    {"filegroup", fn_filegroup, 1, 1, "filename", 0},
    {"chmod", fn_chmod, 2, 2, "filename,permissions", 0},
    {"chown", fn_chown, 2, 2, "filename,user", 0},
    {"chgrp", fn_chgrp, 2, 2, "filename,group", 0},
    {"lchown", fn_lchown, 2, 2, "filename,user", 0},
    {"lchgrp", fn_lchgrp, 2, 2, "filename,group", 0},
    {"symlink", fn_symlink, 2, 2, "target,link", 0},
    {"link", fn_link, 2, 2, "target,link", 0},
    {"readlink", fn_readlink, 1, 1, "path", 0},
    {"umask", fn_umask, 0, 1, "mask", 0},
    {"fnmatch", fn_fnmatch, 2, 3, "pattern,filename,flags", 0},
    {"disk_free_space", fn_disk_free_space, 1, 1, "directory", 0},
    {"diskfreespace", fn_disk_free_space, 1, 1, "directory", 0},
    {"disk_total_space", fn_disk_total_space, 1, 1, "directory", 0},
    {"touch", fn_touch, 1, 3, "filename,mtime,atime", 0},
    {"copy", fn_copy, 2, 3, "from,to,context", 0},
    {"rename", fn_rename, 2, 3, "from,to,context", 0},
    {"sys_get_temp_dir", fn_sys_get_temp_dir, 0, 0, "", 0},
    {"tempnam", fn_tempnam, 2, 2, "directory,prefix", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
