/*
** fileinfo.c: SPL's file system classes that name files: SplFileInfo (path parts and stat
** facts), DirectoryIterator, FilesystemIterator (key/current modes, SKIP_DOTS),
** RecursiveDirectoryIterator (sub-paths) and GlobIterator. The visible private properties
** are PHP's var_dump ones (pathName, fileName, glob, subPathName); the rest of the state is a
** list in the hidden "\0fs" property (F_* slots), shared with fileobject.c. A directory's
** entries are read with readdir() when it is opened or rewound, in the order PHP sees them.
*/
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phpvm/ext/spl/spl.h"

enum {
    CUR_AS_FILEINFO = 0, CUR_AS_SELF = 16, CUR_AS_PATHNAME = 32, CUR_MASK = 240,
    KEY_AS_FILENAME = 256, KEY_MASK = 3840, SKIP_DOTS = 4096, UNIX_PATHS = 8192,
    FOLLOW_SYMLINKS = 16384, OTHERS_MASK = 28672,
};

static phpvm_class_t *info_class, *dir_class, *fsi_class, *rdi_class;
static rt_str_t *n_state;

rt_value_t phpvm_spl_fs_get(rt_value_t self, int i)
{
    return phpvm_spl_state(self, info_class, n_state, i);
}

void phpvm_spl_fs_put(rt_value_t self, int i, rt_value_t v)
{
    phpvm_spl_state_set(self, info_class, n_state, i, v);
}

static rt_value_t get(rt_value_t self, int i)
{
    return phpvm_spl_fs_get(self, i);
}

static void put(rt_value_t self, int i, rt_value_t v)
{
    phpvm_spl_fs_put(self, i, v);
}

static const char *get_cstr(rt_value_t self, int i, size_t *len)
{
    rt_value_t v = get(self, i);
    if (!phpvm_is_str(v)) {
        *len = 0;
        return "";
    }
    *len = (size_t)phpvm_str(v)->len;
    return phpvm_str(v)->data;
}

static bool is_dot(const char *s)
{
    return strcmp(s, ".") == 0 || strcmp(s, "..") == 0;
}

/* ---- Names ---- */

/* dir + "/" + name. May collect. */
static rt_str_t *join(const rt_str_t *dir, const char *name)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)dir->len + strlen(name) + 1);
    rt_strbuf_append_str(&b, dir);
    rt_strbuf_append_char(&b, '/');
    rt_strbuf_append(&b, name, strlen(name));
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* The entry a directory iterator stands on ("" past the end). */
static const char *entry(rt_value_t self)
{
    rt_value_t list = get(self, F_ENTRIES);
    if (!phpvm_is_array(list))
        return "";
    rt_value_t e = phpvm_array_get(phpvm_arr(list), get(self, F_INDEX));
    if (e == RT_NOVALUE || !phpvm_is_str(e))
        return "";
    const char *s = phpvm_str(e)->data;
    const char *slash = get(self, F_GLOB) == rt_true ? strrchr(s, '/') : NULL;
    return slash ? slash + 1 : s;
}

/* The directory part: a glob entry's own directory, else F_PATH. */
static rt_str_t *path_of(rt_value_t self)
{
    if (get(self, F_GLOB) == rt_true) {
        const char *e = entry(self);
        rt_value_t list = get(self, F_ENTRIES);
        rt_value_t full = phpvm_array_get(phpvm_arr(list), get(self, F_INDEX));
        if (full == RT_NOVALUE)
            return rt_str_new("", 0);
        const char *s = phpvm_str(full)->data;
        return rt_str_new(s, e > s ? (size_t)(e - s - 1) : 0);
    }
    rt_value_t p = get(self, F_PATH);
    return phpvm_is_str(p) ? phpvm_str(p) : rt_str_new("", 0);
}

static bool is_dir_obj(rt_value_t self)
{
    return phpvm_instanceof(phpvm_obj(self)->cls, dir_class);
}

/* The full name: a directory iterator's path + "/" + entry, else the name given. */
static rt_str_t *pathname(rt_value_t self)
{
    if (!is_dir_obj(self)) {
        rt_value_t n = get(self, F_NAME);
        return phpvm_is_str(n) ? phpvm_str(n) : rt_str_new("", 0);
    }
    rt_str_t *p = path_of(self);
    const char *e = entry(self);
    if (p->len == 0)
        return rt_str_from_cstr(e);
    return join(p, e);
}

/* The name without the directory part (SplFileInfo::getFilename's rule). */
static rt_str_t *filename(rt_value_t self)
{
    if (is_dir_obj(self))
        return rt_str_from_cstr(entry(self));
    rt_str_t *name = pathname(self), *p = path_of(self);
    if (p->len && p->len < name->len)
        return rt_str_new(name->data + p->len + 1, (size_t)(name->len - p->len - 1));
    return name;
}

/* Refreshes the pathName/fileName properties var_dump shows. */
static void sync_props(rt_value_t self)
{
    phpvm_spl_store(self, info_class, SPL_NAME("pathName"), rt_from_ptr(pathname(self)));
    phpvm_spl_store(self, info_class, SPL_NAME("fileName"), rt_from_ptr(filename(self)));
}

/* Sets the name of an SplFileInfo or SplFileObject: trailing slashes dropped, the directory
** part up to the last slash (php-src's rule, "" for "/x" and "x"; always "" unless split). */
void phpvm_spl_fs_set_name(rt_value_t self, rt_str_t *name, bool split)
{
    size_t n = (size_t)name->len;
    while (n > 1 && name->data[n - 1] == '/')
        n--;
    put(self, F_NAME, rt_from_ptr(rt_str_new(name->data, n)));
    while (split && n > 1 && name->data[n - 1] != '/')
        n--;
    if (!split || n)
        n = split ? n - 1 : 0;
    put(self, F_PATH, rt_from_ptr(rt_str_new(name->data, n)));
    sync_props(self);
}

/* ---- Directory reading ---- */

/* Reads the directory's entries (or the glob's matches); false with PHP's exception. */
static bool dir_read(rt_value_t self)
{
    size_t n;
    const char *path = get_cstr(self, F_DIRPATH, &n);
    phpvm_array_t *list = phpvm_array_new(0);
    if (get(self, F_GLOB) == rt_true) {
        glob_t g;
        if (glob(path, 0, NULL, &g) == 0) {
            for (size_t i = 0; i < g.gl_pathc; i++)
                phpvm_array_append(list, phpvm_cstr(g.gl_pathv[i]));
            globfree(&g);
        }
    } else {
        DIR *d = opendir(path);
        if (!d) {
            phpvm_throw("UnexpectedValueException", "%s::__construct(%s): Failed to open "
                                                    "directory: %s",
                        phpvm_obj(self)->cls->name->data, path, strerror(errno));
            return false;
        }
        for (struct dirent *e; (e = readdir(d));)
            phpvm_array_append(list, phpvm_cstr(e->d_name));
        closedir(d);
    }
    put(self, F_ENTRIES, rt_from_ptr(list));
    return true;
}

static int64_t dir_flags(rt_value_t self)
{
    return phpvm_to_int(get(self, F_FLAGS));
}

/* Moves to entry i, then past the dots when SKIP_DOTS. */
static void dir_seek_entry(rt_value_t self, int64_t i)
{
    put(self, F_INDEX, rt_small(i));
    while ((dir_flags(self) & SKIP_DOTS) && is_dot(entry(self))) {
        put(self, F_INDEX, rt_small(++i));
    }
    sync_props(self);
}

/* Opens a directory iterator on `path` (trailing slash dropped) with its flags. */
static bool dir_open(rt_value_t self, rt_str_t *path, int64_t flags, bool glob_mode)
{
    size_t n = (size_t)path->len;
    if (n > 1 && path->data[n - 1] == '/')
        n--;
    rt_value_t p = rt_from_ptr(rt_str_new(path->data, n));
    put(self, F_DIRPATH, glob_mode ? rt_from_ptr(path) : p);
    put(self, F_PATH, p);
    put(self, F_FLAGS, phpvm_int(flags));
    put(self, F_GLOB, glob_mode ? rt_true : rt_false);
    put(self, F_POS, rt_small(0));
    if (!dir_read(self))
        return false;
    phpvm_spl_store(self, dir_class, SPL_NAME("glob"), glob_mode ? rt_from_ptr(path) : rt_false);
    dir_seek_entry(self, 0);
    return true;
}

/* The logical position (the key of DirectoryIterator), kept apart from the entry index
** because skipped dots do not count. */
static int64_t dir_pos(rt_value_t self)
{
    return phpvm_to_int(get(self, F_POS));
}

static void dir_next(rt_value_t self)
{
    put(self, F_POS, phpvm_int(dir_pos(self) + 1));
    dir_seek_entry(self, phpvm_to_int(get(self, F_INDEX)) + 1);
}

static bool dir_rewind(rt_value_t self)
{
    if (!dir_read(self))
        return false;
    put(self, F_POS, rt_small(0));
    dir_seek_entry(self, 0);
    return true;
}

/* ---- SplFileInfo ---- */

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    phpvm_spl_fs_set_name(self, name, true);
    return rt_none;
}

static rt_value_t m_get_path(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(path_of(self));
}

static rt_value_t m_get_filename(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(filename(self));
}

static rt_value_t m_get_pathname(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(pathname(self));
}

/* basename(name, suffix) of ext/standard, as php_basename serves SPL. */
static rt_value_t base(rt_str_t *name, rt_value_t suffix)
{
    rt_value_t argv[2] = {rt_from_ptr(name), suffix};
    return phpvm_spl_callfn("basename", argv, suffix == RT_NOVALUE ? 1 : 2);
}

static rt_value_t m_get_basename(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *suffix = phpvm_arg_given(argc, args, 0) ? phpvm_arg_str(args, argc, 0) : NULL;
    if (phpvm_arg_given(argc, args, 0) && !suffix)
        return RT_NOVALUE;
    return base(filename(self), suffix ? rt_from_ptr(suffix) : RT_NOVALUE);
}

static rt_value_t m_get_extension(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t b = base(filename(self), RT_NOVALUE);
    if (b == RT_NOVALUE)
        return b;
    const char *dot = strrchr(phpvm_str(b)->data, '.');
    return phpvm_cstr(dot ? dot + 1 : "");
}

/* The stat facts: one table entry per getter. */
enum { ST_PERMS, ST_INODE, ST_SIZE, ST_OWNER, ST_GROUP, ST_ATIME, ST_MTIME, ST_CTIME, ST_TYPE };

static rt_value_t stat_fact(rt_value_t self, int what, const char *method)
{
    rt_str_t *name = pathname(self);
    struct stat st;
    if ((what == ST_TYPE ? lstat(name->data, &st) : stat(name->data, &st)) != 0)
        return phpvm_throw("RuntimeException", "SplFileInfo::%s(): %s failed for %s", method,
                           what == ST_TYPE ? "Lstat" : "stat", name->data);
    switch (what) {
    case ST_PERMS: return phpvm_int(st.st_mode);
    case ST_INODE: return phpvm_int((int64_t)st.st_ino);
    case ST_SIZE: return phpvm_int(st.st_size);
    case ST_OWNER: return phpvm_int(st.st_uid);
    case ST_GROUP: return phpvm_int(st.st_gid);
    case ST_ATIME: return phpvm_int(st.st_atime);
    case ST_MTIME: return phpvm_int(st.st_mtime);
    case ST_CTIME: return phpvm_int(st.st_ctime);
    default:
        return phpvm_cstr(S_ISLNK(st.st_mode) ? "link" : S_ISDIR(st.st_mode) ? "dir"
                          : S_ISREG(st.st_mode) ? "file" : S_ISFIFO(st.st_mode) ? "fifo"
                          : S_ISCHR(st.st_mode) ? "char" : S_ISBLK(st.st_mode) ? "block"
                          : S_ISSOCK(st.st_mode) ? "socket" : "unknown");
    }
}

#define STAT_GETTER(fn, what, name)                                                             \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                           \
    {                                                                                           \
        (void)args, (void)argc;                                                                 \
        return stat_fact(self, what, name);                                                     \
    }
STAT_GETTER(m_get_perms, ST_PERMS, "getPerms")
STAT_GETTER(m_get_inode, ST_INODE, "getInode")
STAT_GETTER(m_get_size, ST_SIZE, "getSize")
STAT_GETTER(m_get_owner, ST_OWNER, "getOwner")
STAT_GETTER(m_get_group, ST_GROUP, "getGroup")
STAT_GETTER(m_get_atime, ST_ATIME, "getATime")
STAT_GETTER(m_get_mtime, ST_MTIME, "getMTime")
STAT_GETTER(m_get_ctime, ST_CTIME, "getCTime")
STAT_GETTER(m_get_type, ST_TYPE, "getType")

/* The is* tests: what ext/standard's function of that name says of the path name. */
static rt_value_t is_test(rt_value_t self, const char *fn)
{
    rt_value_t name = rt_from_ptr(pathname(self));
    return phpvm_spl_callfn(fn, &name, 1);
}

#define IS_TEST(fn, name)                                                                       \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                           \
    {                                                                                           \
        (void)args, (void)argc;                                                                 \
        return is_test(self, name);                                                             \
    }
IS_TEST(m_is_writable, "is_writable")
IS_TEST(m_is_readable, "is_readable")
IS_TEST(m_is_executable, "is_executable")
IS_TEST(m_is_file, "is_file")
IS_TEST(m_is_dir, "is_dir")
IS_TEST(m_is_link, "is_link")

static rt_value_t m_get_link_target(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_str_t *name = pathname(self);
    char buf[PATH_MAX];
    ssize_t n = readlink(name->data, buf, sizeof buf - 1);
    if (n < 0)
        return phpvm_throw("RuntimeException", "Unable to read link %s, error: %s", name->data,
                           strerror(errno));
    return phpvm_str_value(buf, (size_t)n);
}

static rt_value_t m_get_real_path(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_str_t *name = pathname(self);
    char buf[PATH_MAX];
    if (!realpath(name->len ? name->data : ".", buf))
        return rt_false;
    return phpvm_cstr(buf);
}

/* A new object of class `cls` (by name, or the default `def`), constructed with args. */
static rt_value_t make(rt_value_t cls, phpvm_class_t *def, rt_value_t *args, int argc)
{
    phpvm_class_t *k = def;
    if (phpvm_is_str(cls) && !(k = phpvm_class_lookup(phpvm_str(cls), true)))
        return RT_NOVALUE;
    rt_value_t o = phpvm_object_new(k);
    if (o == RT_NOVALUE)
        return o;
    return phpvm_spl_call(o, "__construct", args, argc) == RT_NOVALUE ? RT_NOVALUE : o;
}

static rt_value_t class_arg(rt_value_t self, rt_value_t *args, int argc, int slot)
{
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none)
        return phpvm_deref(args[0]);
    return get(self, slot);
}

static rt_value_t m_get_file_info(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t name = rt_from_ptr(pathname(self));
    return make(class_arg(self, args, argc, F_INFO_CLASS), info_class, &name, 1);
}

static rt_value_t m_get_path_info(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *name = pathname(self);
    if (name->len == 0)
        return rt_none;
    rt_value_t argv[1] = {rt_from_ptr(name)};
    rt_value_t dir = phpvm_spl_callfn("dirname", argv, 1);
    if (dir == RT_NOVALUE)
        return dir;
    return make(class_arg(self, args, argc, F_INFO_CLASS), info_class, &dir, 1);
}

static rt_value_t m_open_file(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t argv[4] = {rt_from_ptr(pathname(self)), phpvm_cstr("r"), rt_false, rt_none};
    for (int i = 0; i < 3; i++)
        if (phpvm_arg_given(argc, args, i))
            argv[i + 1] = phpvm_deref(args[i]);
    return make(get(self, F_FILE_CLASS), phpvm_class_find_c("SplFileObject"), argv, 4);
}

/* setFileClass / setInfoClass: the class must be SplFileObject's / SplFileInfo's kind. */
static rt_value_t set_class(rt_value_t self, rt_value_t *args, int argc, int slot,
                            const char *base_name, const char *method)
{
    rt_str_t *name = phpvm_arg_given(argc, args, 0) ? phpvm_arg_str(args, argc, 0)
                                                    : rt_str_from_cstr(base_name);
    if (!name)
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_class_lookup(name, false);
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c(base_name)))
        return phpvm_throw("TypeError", "SplFileInfo::%s(): Argument #1 ($class) must be a "
                                        "class name derived from %s, %s given",
                           method, base_name, name->data);
    put(self, slot, rt_from_ptr(k->name));
    return rt_none;
}

static rt_value_t m_set_file_class(rt_value_t self, rt_value_t *args, int argc)
{
    return set_class(self, args, argc, F_FILE_CLASS, "SplFileObject", "setFileClass");
}

static rt_value_t m_set_info_class(rt_value_t self, rt_value_t *args, int argc)
{
    return set_class(self, args, argc, F_INFO_CLASS, "SplFileInfo", "setInfoClass");
}

/* ---- DirectoryIterator ---- */

static rt_value_t dir_construct(rt_value_t self, rt_value_t *args, int argc, int64_t flags,
                                bool glob_mode)
{
    rt_str_t *path = phpvm_arg_str(args, argc, 0);
    if (!path)
        return RT_NOVALUE;
    if (path->len == 0)
        return phpvm_throw("ValueError", "%s::__construct(): Argument #1 ($directory) cannot be "
                                         "empty", phpvm_obj(self)->cls->name->data);
    if (!glob_mode && strncmp(path->data, "glob://", 7) == 0) {
        path = rt_str_new(path->data + 7, (size_t)path->len - 7);
        glob_mode = true;
    }
    return dir_open(self, path, flags, glob_mode) ? rt_none : RT_NOVALUE;
}

static rt_value_t di_construct(rt_value_t self, rt_value_t *args, int argc)
{
    return dir_construct(self, args, argc, 0, false);
}

/* The flags argument of the FilesystemIterator family (default `def`). */
static bool flags_arg(rt_value_t *args, int argc, int64_t def, int64_t *flags)
{
    *flags = def;
    return !phpvm_arg_given(argc, args, 1) || phpvm_arg_long(args, argc, 1, flags);
}

static rt_value_t fsi_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t flags;
    if (!flags_arg(args, argc, SKIP_DOTS, &flags))
        return RT_NOVALUE;
    return dir_construct(self, args, argc, flags, false);
}

static rt_value_t rdi_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t flags;
    if (!flags_arg(args, argc, 0, &flags))
        return RT_NOVALUE;
    return dir_construct(self, args, argc, flags, false);
}

static rt_value_t glob_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t flags;
    if (!flags_arg(args, argc, 0, &flags))
        return RT_NOVALUE;
    return dir_construct(self, args, argc, flags, true);
}

static bool dir_live(rt_value_t self)
{
    if (phpvm_is_array(get(self, F_ENTRIES)))
        return true;
    phpvm_throw("Error", "Object not initialized");
    return false;
}

static rt_value_t di_is_dot(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) ? is_dot(entry(self)) ? rt_true : rt_false : RT_NOVALUE;
}

static rt_value_t di_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) && dir_rewind(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t di_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) ? *entry(self) ? rt_true : rt_false : RT_NOVALUE;
}

static rt_value_t di_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) ? phpvm_int(dir_pos(self)) : RT_NOVALUE;
}

static rt_value_t di_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) ? self : RT_NOVALUE;
}

static rt_value_t di_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!dir_live(self))
        return RT_NOVALUE;
    dir_next(self);
    return rt_none;
}

static rt_value_t di_seek(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t pos;
    if (!dir_live(self) || !phpvm_arg_long(args, argc, 0, &pos))
        return RT_NOVALUE;
    if (dir_pos(self) > pos && phpvm_spl_call(self, "rewind", NULL, 0) == RT_NOVALUE)
        return RT_NOVALUE;
    while (dir_pos(self) < pos) {
        rt_value_t v = phpvm_spl_call(self, "valid", NULL, 0);
        if (v == RT_NOVALUE)
            return v;
        if (!phpvm_to_bool(phpvm_deref(v)))
            return phpvm_throw("OutOfBoundsException", "Seek position %" PRId64 " is out of "
                                                       "range", pos);
        if (phpvm_spl_call(self, "next", NULL, 0) == RT_NOVALUE)
            return RT_NOVALUE;
    }
    return rt_none;
}

/* ---- FilesystemIterator ---- */

static rt_value_t fsi_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!dir_live(self))
        return RT_NOVALUE;
    if (dir_flags(self) & KEY_AS_FILENAME)
        return phpvm_cstr(entry(self));
    return rt_from_ptr(pathname(self));
}

static rt_value_t fsi_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!dir_live(self))
        return RT_NOVALUE;
    int64_t mode = dir_flags(self) & CUR_MASK;
    if (mode == CUR_AS_SELF)
        return self;
    rt_value_t name = rt_from_ptr(pathname(self));
    if (mode == CUR_AS_PATHNAME)
        return name;
    return make(get(self, F_INFO_CLASS), info_class, &name, 1);
}

static rt_value_t fsi_get_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(dir_flags(self) & (KEY_MASK | CUR_MASK | OTHERS_MASK));
}

static rt_value_t fsi_set_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    int64_t mask = KEY_MASK | CUR_MASK | OTHERS_MASK;
    put(self, F_FLAGS, phpvm_int((dir_flags(self) & ~mask) | (f & mask)));
    return rt_none;
}

/* ---- RecursiveDirectoryIterator, GlobIterator ---- */

static rt_value_t rdi_has_children(rt_value_t self, rt_value_t *args, int argc)
{
    bool links = phpvm_arg_given(argc, args, 0) && phpvm_to_bool(phpvm_deref(args[0]));
    if (!dir_live(self))
        return RT_NOVALUE;
    const char *e = entry(self);
    if (!*e || is_dot(e))
        return rt_false;
    rt_str_t *name = pathname(self);
    struct stat st;
    if (!links && !(dir_flags(self) & FOLLOW_SYMLINKS) && lstat(name->data, &st) == 0 &&
        S_ISLNK(st.st_mode))
        return rt_false;
    return stat(name->data, &st) == 0 && S_ISDIR(st.st_mode) ? rt_true : rt_false;
}

static rt_str_t *sub_pathname(rt_value_t self)
{
    rt_value_t sub = get(self, F_SUBPATH);
    if (!phpvm_is_str(sub) || phpvm_str(sub)->len == 0)
        return rt_str_from_cstr(entry(self));
    return join(phpvm_str(sub), entry(self));
}

static rt_value_t rdi_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!dir_live(self))
        return RT_NOVALUE;
    rt_str_t *sub = sub_pathname(self);
    rt_value_t argv[2] = {rt_from_ptr(pathname(self)), phpvm_int(dir_flags(self))};
    rt_value_t kid = make(rt_from_ptr(phpvm_obj(self)->cls->name), NULL, argv, 2);
    if (kid == RT_NOVALUE)
        return kid;
    put(kid, F_SUBPATH, rt_from_ptr(sub));
    put(kid, F_INFO_CLASS, get(self, F_INFO_CLASS));
    put(kid, F_FILE_CLASS, get(self, F_FILE_CLASS));
    phpvm_spl_store(kid, rdi_class, SPL_NAME("subPathName"), rt_from_ptr(sub));
    return kid;
}

static rt_value_t rdi_get_sub_path(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t sub = get(self, F_SUBPATH);
    return phpvm_is_str(sub) ? sub : phpvm_cstr("");
}

static rt_value_t rdi_get_sub_pathname(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return dir_live(self) ? rt_from_ptr(sub_pathname(self)) : RT_NOVALUE;
}

static rt_value_t glob_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t list = get(self, F_ENTRIES);
    return rt_small(phpvm_is_array(list) ? rt_map_count(phpvm_arr(list)) : 0);
}

/* ---- Declarations ---- */

#define END {NULL, NULL, 0, 0, NULL, 0}

static const phpvm_builtin_t info_methods[] = {
    {"__construct", m_construct, 1, 1, "filename", 0},
    {"getPath", m_get_path, 0, 0, "", 0},
    {"getFilename", m_get_filename, 0, 0, "", 0},
    {"getExtension", m_get_extension, 0, 0, "", 0},
    {"getBasename", m_get_basename, 0, 1, "suffix", 0},
    {"getPathname", m_get_pathname, 0, 0, "", 0},
    {"getPerms", m_get_perms, 0, 0, "", 0},
    {"getInode", m_get_inode, 0, 0, "", 0},
    {"getSize", m_get_size, 0, 0, "", 0},
    {"getOwner", m_get_owner, 0, 0, "", 0},
    {"getGroup", m_get_group, 0, 0, "", 0},
    {"getATime", m_get_atime, 0, 0, "", 0},
    {"getMTime", m_get_mtime, 0, 0, "", 0},
    {"getCTime", m_get_ctime, 0, 0, "", 0},
    {"getType", m_get_type, 0, 0, "", 0},
    {"isWritable", m_is_writable, 0, 0, "", 0},
    {"isReadable", m_is_readable, 0, 0, "", 0},
    {"isExecutable", m_is_executable, 0, 0, "", 0},
    {"isFile", m_is_file, 0, 0, "", 0},
    {"isDir", m_is_dir, 0, 0, "", 0},
    {"isLink", m_is_link, 0, 0, "", 0},
    {"getLinkTarget", m_get_link_target, 0, 0, "", 0},
    {"getRealPath", m_get_real_path, 0, 0, "", 0},
    {"getFileInfo", m_get_file_info, 0, 1, "class", 0},
    {"getPathInfo", m_get_path_info, 0, 1, "class", 0},
    {"openFile", m_open_file, 0, 3, "mode,useIncludePath,context", 0},
    {"setFileClass", m_set_file_class, 0, 1, "class", 0},
    {"setInfoClass", m_set_info_class, 0, 1, "class", 0},
    {"__toString", m_get_pathname, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t dir_methods[] = {
    {"__construct", di_construct, 1, 1, "directory", 0},
    {"isDot", di_is_dot, 0, 0, "", 0},
    {"rewind", di_rewind, 0, 0, "", 0},
    {"valid", di_valid, 0, 0, "", 0},
    {"key", di_key, 0, 0, "", 0},
    {"current", di_current, 0, 0, "", 0},
    {"next", di_next, 0, 0, "", 0},
    {"seek", di_seek, 1, 1, "offset", 0},
    {"__toString", m_get_filename, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t fsi_methods[] = {
    {"__construct", fsi_construct, 1, 2, "directory,flags", 0},
    {"key", fsi_key, 0, 0, "", 0},
    {"current", fsi_current, 0, 0, "", 0},
    {"getFlags", fsi_get_flags, 0, 0, "", 0},
    {"setFlags", fsi_set_flags, 1, 1, "flags", 0},
    END,
};
static const phpvm_builtin_t rdi_methods[] = {
    {"__construct", rdi_construct, 1, 2, "directory,flags", 0},
    {"hasChildren", rdi_has_children, 0, 1, "allowLinks", 0},
    {"getChildren", rdi_get_children, 0, 0, "", 0},
    {"getSubPath", rdi_get_sub_path, 0, 0, "", 0},
    {"getSubPathname", rdi_get_sub_pathname, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t glob_methods[] = {
    {"__construct", glob_construct, 1, 2, "pattern,flags", 0},
    {"count", glob_count, 0, 0, "", 0},
    END,
};

static void add_prop(phpvm_class_t *c, const char *name, size_t n, rt_value_t def)
{
    phpvm_class_add_prop(c, phpvm_spl_name(name, n), PHPVM_F_PRIVATE, def);
}

void phpvm_spl_fileinfo_init(void)
{
    n_state = phpvm_spl_name(SPL_NAME("\0fs"));
    phpvm_class_t *c = phpvm_spl_class("SplFileInfo", NULL, "Stringable", info_methods);
    add_prop(c, SPL_NAME("pathName"), phpvm_cstr(""));
    add_prop(c, SPL_NAME("fileName"), phpvm_cstr(""));
    phpvm_class_add_prop(c, n_state, PHPVM_F_PRIVATE, phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_class_declare(c);
    info_class = c;
    c = phpvm_spl_class("DirectoryIterator", "SplFileInfo", "SeekableIterator", dir_methods);
    add_prop(c, SPL_NAME("glob"), rt_false);
    phpvm_class_declare(c);
    dir_class = c;
    c = phpvm_spl_class("FilesystemIterator", "DirectoryIterator", NULL, fsi_methods);
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){
                            {"CURRENT_MODE_MASK", CUR_MASK}, {"CURRENT_AS_PATHNAME", CUR_AS_PATHNAME},
                            {"CURRENT_AS_FILEINFO", CUR_AS_FILEINFO}, {"CURRENT_AS_SELF", CUR_AS_SELF},
                            {"KEY_MODE_MASK", KEY_MASK}, {"KEY_AS_PATHNAME", 0},
                            {"FOLLOW_SYMLINKS", FOLLOW_SYMLINKS}, {"KEY_AS_FILENAME", KEY_AS_FILENAME},
                            {"NEW_CURRENT_AND_KEY", KEY_AS_FILENAME | CUR_AS_FILEINFO},
                            {"OTHER_MODE_MASK", OTHERS_MASK}, {"SKIP_DOTS", SKIP_DOTS},
                            {"UNIX_PATHS", UNIX_PATHS}, {NULL, 0}});
    phpvm_class_declare(c);
    fsi_class = c;
    c = phpvm_spl_class("RecursiveDirectoryIterator", "FilesystemIterator", "RecursiveIterator",
                        rdi_methods);
    add_prop(c, SPL_NAME("subPathName"), phpvm_cstr(""));
    phpvm_class_declare(c);
    rdi_class = c;
    phpvm_class_declare(phpvm_spl_class("GlobIterator", "FilesystemIterator", "Countable",
                                        glob_methods));
}
