/*
** mod_stat.c: the native `_stat` module (modules.h) that Debian's stat.py imports over its
** pure-Python definitions: the file-type and permission bits of <sys/stat.h>, the BSD file flags
** CPython defines for every platform, the S_IS* predicates, S_IMODE, S_IFMT and filemode.
*/
#include <sys/stat.h>

#include "pyvm/modules/modules.h"

/* X(name, value): the integer constants, with CPython's values where Linux has none (the BSD
** flags, and 0 for the file types Linux lacks). */
#define STAT_CONSTANTS(X)                                                                          \
    X(S_IFDIR, S_IFDIR) X(S_IFCHR, S_IFCHR) X(S_IFBLK, S_IFBLK)               \
    X(S_IFREG, S_IFREG) X(S_IFIFO, S_IFIFO) X(S_IFLNK, S_IFLNK) X(S_IFSOCK, S_IFSOCK)            \
    X(S_IFDOOR, 0) X(S_IFPORT, 0) X(S_IFWHT, 0)                                                   \
    X(S_ISUID, S_ISUID) X(S_ISGID, S_ISGID) X(S_ISVTX, S_ISVTX) X(S_ENFMT, S_ISGID)              \
    X(S_IRWXU, S_IRWXU) X(S_IRUSR, S_IRUSR) X(S_IWUSR, S_IWUSR) X(S_IXUSR, S_IXUSR)               \
    X(S_IRWXG, S_IRWXG) X(S_IRGRP, S_IRGRP) X(S_IWGRP, S_IWGRP) X(S_IXGRP, S_IXGRP)               \
    X(S_IRWXO, S_IRWXO) X(S_IROTH, S_IROTH) X(S_IWOTH, S_IWOTH) X(S_IXOTH, S_IXOTH)               \
    X(S_IREAD, S_IRUSR) X(S_IWRITE, S_IWUSR) X(S_IEXEC, S_IXUSR)                                  \
    X(UF_NODUMP, 0x1) X(UF_IMMUTABLE, 0x2) X(UF_APPEND, 0x4) X(UF_OPAQUE, 0x8)                    \
    X(UF_NOUNLINK, 0x10) X(UF_COMPRESSED, 0x20) X(UF_HIDDEN, 0x8000) X(SF_ARCHIVED, 0x10000)      \
    X(SF_IMMUTABLE, 0x20000) X(SF_APPEND, 0x40000) X(SF_NOUNLINK, 0x100000)                       \
    X(SF_SNAPSHOT, 0x200000)                                                                       \
    X(ST_MODE, 0) X(ST_INO, 1) X(ST_DEV, 2) X(ST_NLINK, 3) X(ST_UID, 4) X(ST_GID, 5)             \
    X(ST_SIZE, 6) X(ST_ATIME, 7) X(ST_MTIME, 8) X(ST_CTIME, 9)

/* A mode argument: an int that fits mode_t, with CPython's errors. */
static bool arg_mode(rt_value_t v, mode_t *out)
{
    int64_t m;
    if (!pyvm_is_intlike(pyvm_unwrap(v))) {
        rt_raise(RT_EXC_TYPE, "an integer is required");
        return false;
    }
    if (!pyvm_index_i64(v, &m))
        return false;
    if (m < 0) {
        rt_raise(RT_EXC_OVERFLOW, "can't convert negative value to unsigned int");
        return false;
    }
    if (m > (int64_t)UINT32_MAX) {
        rt_raise(RT_EXC_OVERFLOW, "mode out of range");
        return false;
    }
    *out = (mode_t)m;
    return true;
}

/* X(name, test over the file-type bits t) */
#define TYPE_TESTS(X)                                                                              \
    X(S_ISDIR, t == S_IFDIR) X(S_ISCHR, t == S_IFCHR) X(S_ISBLK, t == S_IFBLK)                   \
    X(S_ISREG, t == S_IFREG) X(S_ISFIFO, t == S_IFIFO) X(S_ISLNK, t == S_IFLNK)                  \
    X(S_ISSOCK, t == S_IFSOCK) X(S_ISDOOR, false) X(S_ISPORT, false) X(S_ISWHT, false)

#define TYPE_TEST(name, test)                                                                      \
    static rt_value_t m_##name(rt_value_t s, const rt_value_t *a, size_t n, rt_tuple_t *kw)       \
    {                                                                                              \
        (void)s, (void)n, (void)kw;                                                                \
        mode_t t;                                                                                  \
        if (!arg_mode(a[0], &t))                                                                   \
            return RT_NOVALUE;                                                                     \
        t &= S_IFMT;                                                                               \
        return rt_bool(test);                                                                      \
    }
TYPE_TESTS(TYPE_TEST)
#undef TYPE_TEST

static rt_value_t m_S_IMODE(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    mode_t m;
    return arg_mode(a[0], &m) ? rt_small(m & 07777) : RT_NOVALUE;
}

static rt_value_t m_S_IFMT(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    mode_t m;
    return arg_mode(a[0], &m) ? rt_small(m & S_IFMT) : RT_NOVALUE;
}

/* The letter of ls -l for the file type. */
static char type_letter(mode_t m)
{
    switch (m & S_IFMT) {
    case S_IFDIR: return 'd';
    case S_IFCHR: return 'c';
    case S_IFBLK: return 'b';
    case S_IFREG: return '-';
    case S_IFIFO: return 'p';
    case S_IFLNK: return 'l';
    case S_IFSOCK: return 's';
    default: return '?';
    }
}

/* One rwx triple; `special` (setuid, setgid, sticky) turns x into s/t, or S/T without x. */
static void triple(char *out, mode_t m, mode_t r, mode_t w, mode_t x, mode_t special, char mark)
{
    out[0] = m & r ? 'r' : '-';
    out[1] = m & w ? 'w' : '-';
    if (m & special)
        out[2] = m & x ? mark : (char)(mark - 'a' + 'A');
    else
        out[2] = m & x ? 'x' : '-';
}

/* filemode(mode): "-rwxr-xr-x" as ls -l writes it. */
static rt_value_t m_filemode(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    mode_t m;
    if (!arg_mode(a[0], &m))
        return RT_NOVALUE;
    char s[11];
    s[0] = type_letter(m);
    triple(s + 1, m, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's');
    triple(s + 4, m, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's');
    triple(s + 7, m, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't');
    s[10] = 0;
    return pyvm_str_cstr(s);
}

static const pyvm_cfunc_def_t stat_functions[] = {
#define TYPE_DEF(name, test) {#name, m_##name, 1, 1, 0, 0},
    TYPE_TESTS(TYPE_DEF)
#undef TYPE_DEF
    {"S_IMODE", m_S_IMODE, 1, 1, 0, 0},
    {"S_IFMT", m_S_IFMT, 1, 1, 0, 0},
    {"filemode", m_filemode, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_stat_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, stat_functions);
#define CONSTANT_PUT(name, value) pyvm_mod_put(d, #name, rt_small(value));
    STAT_CONSTANTS(CONSTANT_PUT)
#undef CONSTANT_PUT
    return d;
}
