/*
** mod_sys.c: the native `sys` module and Python file objects for the standard streams
** (object.h): argv, stdout/stderr (write, flush), exit, setrecursionlimit/getrecursionlimit
** (the runtime's Python frame limit), maxsize, version_info, and what import reads: path (the
** script's directory, then PYTHONPATH) and modules (module.c's table).
*/
#include <errno.h>
#include <float.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "pyvm/modules/modules.h"

rt_value_t pyvm_sys_stdout, pyvm_sys_stderr;
/* The sys module's dict once made: print() and input() find sys.stdout there, as rebound. */
static rt_map_t *sys_dict;
static rt_value_t sys_argv, sys_path;

/* Where Debian's CPython 3.11 keeps the standard library and the python3-* packages. */
static const char *const stdlib_dirs[] = {"/usr/lib/python3.11", "/usr/lib/python3/dist-packages"};

typedef struct file_obj {
    rt_obj_t hdr;
    FILE *fp;
} file_t;

static rt_type_t file_type = RT_TYPE_INIT("TextIOWrapper", NULL, NULL, 0);

/* The errno of a failed sys.stdout.flush(): CPython keeps the bytes it could not write, so its
** flush at exit fails again; glibc drops them, so the failure is remembered here. */
static int stdout_unflushed;

/* A write or flush of a standard stream failed (EPIPE: its reader went away): the OSError for
** errno. A failed write drops what the stream held, as CPython's text layer drops its pending
** chunk; a failed flush() is remembered for the exit (stdout_unflushed). */
static bool stream_failed(FILE *fp, bool flushing)
{
    int err = errno;
    __fpurge(fp);
    clearerr(fp);
    if (flushing && fp == stdout)
        stdout_unflushed = err;
    pyvm_raise_errno(err, 0);
    return false;
}

bool pyvm_sys_flush_at_exit(void)
{
    int err = fflush(stdout) != 0 ? errno : stdout_unflushed;
    if (!err)
        return true;
    fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n",
          stderr);
    pyvm_raise_errno(err, 0); /* the OSError subclass CPython reports, as the writes raise it */
    pyvm_exc_print(rt_exc_fetch(NULL), NULL, stderr);
    return false;
}

bool pyvm_write(rt_value_t file, rt_str_t *text)
{
    if (rt_is_ptr(file) && rt_obj_type(rt_ptr(file)) == &file_type) {
        file_t *f = rt_ptr(file);
        if (fwrite(text->data, 1, (size_t)text->len, f->fp) != (size_t)text->len ||
            (f->fp == stderr && fflush(stderr) != 0))
            return stream_failed(f->fp, false);
        return true;
    }
    rt_value_t w = pyvm_getattr(file, pyvm_name(write));
    return w && pyvm_call1(w, rt_from_ptr(text));
}

static rt_value_t f_write(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "write() argument must be str, not %s", pyvm_type_name(a[0]));
    if (!pyvm_write(self, rt_ptr(a[0])))
        return RT_NOVALUE;
    return rt_small(rt_str_cp_len(rt_ptr(a[0])));
}

static rt_value_t f_flush(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    FILE *fp = ((file_t *)rt_ptr(self))->fp;
    if (fflush(fp) != 0 && !stream_failed(fp, true))
        return RT_NOVALUE;
    return rt_none;
}

static rt_value_t f_enter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return self;
}

static rt_value_t f_fileno(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_small(fileno(((file_t *)rt_ptr(self))->fp));
}

static rt_value_t f_isatty(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_bool(isatty(fileno(((file_t *)rt_ptr(self))->fp)));
}

static rt_value_t f_true(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_true;
}

/* `with sys.stdout:` (json.tool does it) flushes at the end; the stream stays open for the
** runtime's own output. */
static const pyvm_cfunc_def_t file_methods[] = {
    {"write", f_write, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"flush", f_flush, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__enter__", f_enter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__exit__", f_flush, 0, 3, PYVM_CFUNC_METHOD, 0},
    {"fileno", f_fileno, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"isatty", f_isatty, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"writable", f_true, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static pyvm_class_t *file_cls;
static const rt_pyslots_t file_slots = {.cls = &file_cls};

static rt_value_t file_new(FILE *fp)
{
    file_t *f = rt_alloc(&file_type, sizeof *f);
    f->fp = fp;
    return rt_from_ptr(f);
}

static rt_value_t s_exit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    rt_value_t e = pyvm_exc_new(pyvm_exc_SystemExit, a, n);
    return e ? rt_exc_set(e) : e;
}

static rt_value_t s_setrecursionlimit(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    int64_t lim;
    if (!pyvm_index_i64(a[0], &lim))
        return RT_NOVALUE;
    if (lim < 1)
        return rt_raise(RT_EXC_VALUE, "recursion limit must be greater or equal than 1");
    rt_ts->limit[RT_LANG_PY] = (uint32_t)lim;
    return rt_none;
}

static rt_value_t s_getrecursionlimit(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(rt_ts->limit[RT_LANG_PY]);
}

/* getswitchinterval() / setswitchinterval(interval): the interpreter lock's (runtime/gil.h). */
static rt_value_t s_getswitchinterval(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_float_new(rt_gil_interval());
}

static rt_value_t s_setswitchinterval(rt_value_t self, const rt_value_t *a, size_t n,
                                      rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    double secs;
    bool err = false;
    if (!pyvm_num_to_double(a[0], &secs, &err))
        return err ? RT_NOVALUE : rt_raise(RT_EXC_TYPE, "must be real number, not %s",
                                           pyvm_type_name(a[0]));
    if (!(secs > 0))
        return rt_raise(RT_EXC_VALUE, "switch interval must be strictly positive");
    rt_gil_set_interval(secs);
    return rt_none;
}

static rt_value_t s_is_finalizing(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_bool(rt_gil_finalizing());
}

/* gettrace(): None, as nothing can install a trace function here (no settrace). */
static rt_value_t s_gettrace(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_none;
}

static rt_value_t s_intern(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "intern() argument must be str, not %s",
                        pyvm_type_name(a[0]));
    return rt_from_ptr(rt_str_intern(pyvm_str_of(a[0])));
}

static rt_value_t s_utf8(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_str_cstr("utf-8");
}

static rt_value_t s_surrogateescape(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    return pyvm_str_cstr("surrogateescape");
}

/* exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
static rt_value_t s_exc_info(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t e = pyvm_interp_handled();
    rt_value_t t[3] = {rt_none, rt_none, rt_none};
    if (e) {
        t[0] = rt_from_ptr(pyvm_type_of(e));
        t[1] = e;
        t[2] = pyvm_exc_getattr(e, pyvm_name(traceback));
        if (!t[2])
            return RT_NOVALUE;
    }
    return pyvm_tuple_from(t, 3);
}

static rt_value_t s_exception(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t e = pyvm_interp_handled();
    return e ? e : rt_none;
}

/* excepthook(type, value, traceback): prints as an uncaught exception prints. */
static rt_value_t s_excepthook(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    rt_value_t tb = a[2];
    fflush(stdout);
    pyvm_exc_print(a[1], rt_is_ptr(tb) && rt_obj_type(rt_ptr(tb)) == &rt_type_tb ? rt_ptr(tb) : NULL,
                   stderr);
    return rt_none;
}

/* displayhook(value): prints repr(value) and keeps it as builtins._ unless it is None. */
static rt_value_t s_displayhook(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (a[0] == rt_none)
        return rt_none;
    rt_value_t r = pyvm_repr(a[0]), out = pyvm_sys_get(pyvm_name(stdout));
    if (!out || out == rt_none)
        return rt_raise(RT_EXC_RUNTIME, "lost sys.stdout");
    if (!r || !pyvm_write(out, pyvm_str_of(r)) ||
        !pyvm_write(out, pyvm_str_of(pyvm_str_cstr("\n"))))
        return RT_NOVALUE;
    rt_map_set_str(pyvm_builtins, rt_str_intern_cstr("_"), a[0]);
    return rt_none;
}

/* _getframe(depth=0): the frame object depth Python calls up. */
static rt_value_t s_getframe(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)kw;
    int64_t depth = 0;
    if (n && !pyvm_index_i64(a[0], &depth))
        return RT_NOVALUE;
    rt_frame_t *f = rt_ts->frame;
    while (f && (f->lang != RT_LANG_PY || depth-- > 0))
        f = f->prev;
    if (!f)
        return rt_raise(RT_EXC_VALUE, "call stack is not deep enough");
    return rt_from_ptr(rt_frame_escape(rt_ts, f));
}

/* audit(event, *args): no audit hooks can be added, so events go nowhere. */
static rt_value_t s_audit(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self, (void)n, (void)kw;
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "expected str for argument 'event', not %s",
                        pyvm_type_name(a[0]));
    return rt_none;
}

static const pyvm_cfunc_def_t sys_functions[] = {
    {"audit", s_audit, 1, -1, 0, 0},
    {"excepthook", s_excepthook, 3, 3, 0, 0},
    {"__excepthook__", s_excepthook, 3, 3, 0, 0},
    {"displayhook", s_displayhook, 1, 1, 0, 0},
    {"__displayhook__", s_displayhook, 1, 1, 0, 0},
    {"_getframe", s_getframe, 0, 1, 0, 0},
    {"intern", s_intern, 1, 1, 0, 0},
    {"getdefaultencoding", s_utf8, 0, 0, 0, 0},
    {"getfilesystemencoding", s_utf8, 0, 0, 0, 0},
    {"getfilesystemencodeerrors", s_surrogateescape, 0, 0, 0, 0},
    {"exc_info", s_exc_info, 0, 0, 0, 0},
    {"exception", s_exception, 0, 0, 0, 0},
    {"exit", s_exit, 0, 1, 0, 0},
    {"setrecursionlimit", s_setrecursionlimit, 1, 1, 0, 0},
    {"getrecursionlimit", s_getrecursionlimit, 0, 0, 0, 0},
    {"getswitchinterval", s_getswitchinterval, 0, 0, 0, 0},
    {"setswitchinterval", s_setswitchinterval, 1, 1, 0, 0},
    {"is_finalizing", s_is_finalizing, 0, 0, 0, 0},
    {"gettrace", s_gettrace, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Appends the absolute form of a path entry to a sys.path list under construction. */
static void path_append(rt_vec_t *path, const char *entry)
{
    char *abs = pyvm_import_abspath(entry);
    if (abs)
        rt_vec_append(path, pyvm_str_cstr(abs));
    free(abs);
}

/* sys.path as CPython builds it without site-packages of its own: path0, then PYTHONPATH's
** non-empty entries (':'-separated) made absolute, then Debian's standard library and its
** pure-Python packages. */
static rt_value_t make_path(const char *path0)
{
    rt_vec_t *path = pyvm_list_new(4);
    rt_vec_append(path, pyvm_str_cstr(path0));
    const char *pp = getenv("PYTHONPATH");
    for (const char *p = pp; p && *p;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *entry = n > 0 ? strndup(p, n) : NULL;
        if (entry)
            path_append(path, entry);
        free(entry);
        p += n + (e != NULL);
    }
    for (size_t i = 0; i < sizeof stdlib_dirs / sizeof stdlib_dirs[0]; i++)
        path_append(path, stdlib_dirs[i]);
    return rt_from_ptr(path);
}

void pyvm_sys_init(int argc, char **argv, const char *path0)
{
    gc_root_add(&pyvm_sys_stdout, 1);
    gc_root_add(&pyvm_sys_stderr, 1);
    gc_root_add(&sys_dict, 1);
    gc_root_add(&sys_argv, 1);
    gc_root_add(&sys_path, 1);
    gc_root_add(&file_cls, 1);
    file_type.py = &file_slots;
    file_cls = pyvm_type_new_builtin("TextIOWrapper", &file_type, pyvm_cls_object);
    pyvm_cfunc_install(file_cls, file_methods);
    pyvm_sys_stdout = file_new(stdout);
    pyvm_sys_stderr = file_new(stderr);
    rt_vec_t *av = pyvm_list_new(argc);
    for (int i = 0; i < argc; i++)
        rt_vec_append(av, pyvm_str_cstr(argv[i]));
    sys_argv = rt_from_ptr(av);
    sys_path = make_path(path0);
}

static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static pyvm_structseq_t version_info_desc = {"sys", "version_info", vi_fields, 5, 5, NULL};
static const char *const flag_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"};
static pyvm_structseq_t flags_desc = {"sys", "flags", flag_fields, 18, 18, NULL};
static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                        "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                        "rounds"};
static pyvm_structseq_t float_info_desc = {"sys", "float_info", fi_fields, 11, 11, NULL};

static const char *const hi_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                        "hash_bits", "seed_bits", "cutoff"};
static pyvm_structseq_t hash_info_desc = {"sys", "hash_info", hi_fields, 9, 9, NULL};
static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit",
                                        "default_max_str_digits", "str_digits_check_threshold"};
static pyvm_structseq_t int_info_desc = {"sys", "int_info", ii_fields, 4, 4, NULL};

/* The values the standard library reads to learn which Python it runs on. */
static void put_version(rt_map_t *d)
{
    rt_value_t vi[5] = {rt_small(3), rt_small(11), rt_small(7), pyvm_str_cstr("final"),
                        rt_small(0)};
    rt_value_t version_info = pyvm_structseq_new(&version_info_desc, vi);
    pyvm_mod_put(d, "version_info", version_info);
    pyvm_mod_put(d, "version", pyvm_str_cstr("3.11.7 (main) [pyhyp]"));
    pyvm_mod_put(d, "hexversion", rt_small(0x030b07f0));
    pyvm_mod_put(d, "api_version", rt_small(1013));
    /* _multiarch: Debian's triplet, which names sysconfig's data module */
#if defined(__x86_64__)
#define MULTIARCH "x86_64-linux-gnu"
#elif defined(__aarch64__)
#define MULTIARCH "aarch64-linux-gnu"
#else
#define MULTIARCH ""
#endif
    static const char *const impl_fields[] = {"name", "cache_tag", "version", "hexversion",
                                              "_multiarch"};
    rt_value_t impl[5] = {pyvm_str_cstr("pyhyp"), rt_none, version_info, rt_small(0x030b07f0),
                          pyvm_str_cstr(MULTIARCH)};
    rt_value_t ns = pyvm_call0(rt_from_ptr(pyvm_cls_namespace));
    for (size_t i = 0; ns && i < 5; i++)
        pyvm_setattr(ns, rt_str_intern_cstr(impl_fields[i]), impl[i]);
    pyvm_mod_put(d, "implementation", ns);
    enum { NFLAGS = sizeof flag_fields / sizeof flag_fields[0] };
    rt_value_t flags[NFLAGS];
    for (size_t i = 0; i < NFLAGS; i++)
        flags[i] = rt_small(0);
    flags[4] = flags[5] = flags[6] = rt_small(1); /* no bytecode files, no site */
    flags[NFLAGS - 1] = rt_small(-1);
    pyvm_mod_put(d, "flags", pyvm_structseq_new(&flags_desc, flags));
    rt_value_t fi[11] = {rt_float_new(DBL_MAX), rt_small(DBL_MAX_EXP), rt_small(DBL_MAX_10_EXP),
                         rt_float_new(DBL_MIN), rt_small(DBL_MIN_EXP), rt_small(DBL_MIN_10_EXP),
                         rt_small(DBL_DIG), rt_small(DBL_MANT_DIG), rt_float_new(DBL_EPSILON),
                         rt_small(FLT_RADIX), rt_small(1)};
    pyvm_mod_put(d, "float_info", pyvm_structseq_new(&float_info_desc, fi));
    /* the parameters of Python's numeric hash, which runtime/ implements (modulus 2**61 - 1) */
    rt_value_t hi[9] = {rt_small(64), rt_int_from_i64(((int64_t)1 << 61) - 1), rt_small(314159),
                        rt_small(0), rt_small(1000003), pyvm_str_cstr("siphash13"), rt_small(64),
                        rt_small(128), rt_small(0)};
    pyvm_mod_put(d, "hash_info", pyvm_structseq_new(&hash_info_desc, hi));
    rt_value_t ii[4] = {rt_small(30), rt_small(4), rt_small(4300), rt_small(640)};
    pyvm_mod_put(d, "int_info", pyvm_structseq_new(&int_info_desc, ii));
}

rt_value_t pyvm_sys_get(rt_str_t *name)
{
    if (sys_dict)
        return rt_map_get_str(sys_dict, name);
    /* sys not made yet (code run through the bridge): the standard streams */
    return name == pyvm_name(stdout) ? pyvm_sys_stdout
           : name == pyvm_name(stderr) ? pyvm_sys_stderr : RT_NOVALUE;
}

rt_map_t *pyvm_mod_sys_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    sys_dict = d;
    pyvm_cfunc_install_dict(d, sys_functions);
    rt_map_set_str(d, pyvm_name(argv), sys_argv);
    rt_map_set_str(d, pyvm_name(sys_path), sys_path);
    rt_map_set_str(d, pyvm_name(modules), rt_from_ptr(pyvm_module_table()));
    rt_map_set_str(d, pyvm_name(stdout), pyvm_sys_stdout);
    rt_map_set_str(d, pyvm_name(stderr), pyvm_sys_stderr);
    pyvm_mod_put(d, "__stdout__", pyvm_sys_stdout);
    pyvm_mod_put(d, "__stderr__", pyvm_sys_stderr);
    /* stdin: a text file on descriptor 0 that closing leaves open */
    rt_value_t in_args[3] = {rt_small(0), pyvm_str_cstr("r"), rt_false};
    rt_tuple_t *in_kw = rt_tuple_new(1);
    rt_tuple_init_item(in_kw, 0, rt_from_ptr(rt_str_intern_cstr("closefd")));
    rt_value_t in = pyvm_mod_io_open(RT_NOVALUE, in_args, 2, in_kw);
    if (!in)
        rt_exc_clear();
    pyvm_mod_put(d, "stdin", in ? in : rt_none);
    pyvm_mod_put(d, "__stdin__", in ? in : rt_none);
    pyvm_mod_put(d, "maxsize", rt_int_from_i64(INT64_MAX));
    pyvm_mod_put(d, "maxunicode", rt_small(0x10ffff));
    pyvm_mod_put(d, "platform", pyvm_str_cstr("linux"));
    pyvm_mod_put(d, "abiflags", pyvm_str_cstr("")); /* Debian's build: sysconfig names its data so */
    pyvm_mod_put(d, "byteorder", pyvm_str_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                               ? "little" : "big"));
    /* the running binary, which subprocess-based code (and CPython's tests) run again */
    char exe[4096];
    ssize_t exe_len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[exe_len > 0 ? exe_len : 0] = 0;
    pyvm_mod_put(d, "executable", pyvm_str_cstr(exe));
    static const char *const prefixes[] = {"prefix", "exec_prefix", "base_prefix",
                                           "base_exec_prefix"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        pyvm_mod_put(d, prefixes[i], pyvm_str_cstr("/usr"));
    pyvm_mod_put(d, "platlibdir", pyvm_str_cstr("lib"));
    pyvm_mod_put(d, "float_repr_style", pyvm_str_cstr("short"));
    pyvm_mod_put(d, "dont_write_bytecode", rt_true);
    pyvm_mod_put(d, "pycache_prefix", rt_none);
    pyvm_mod_put(d, "warnoptions", rt_from_ptr(pyvm_list_new(0)));
    pyvm_mod_put(d, "_xoptions", rt_from_ptr(pyvm_dict_new()));
    rt_vec_t *meta_path = pyvm_list_new(1);
    rt_vec_append(meta_path, pyvm_import_finder());
    pyvm_mod_put(d, "meta_path", rt_from_ptr(meta_path));
    pyvm_mod_put(d, "path_hooks", rt_from_ptr(pyvm_list_new(0)));
    pyvm_mod_put(d, "path_importer_cache", rt_from_ptr(pyvm_dict_new()));
    put_version(d);
    static const char *const natives[] = {
#define PYVM_MOD_NAME(py, c) #py,
        PYVM_NATIVE_MODULES(PYVM_MOD_NAME)
#undef PYVM_MOD_NAME
    };
    enum { NNATIVE = sizeof natives / sizeof natives[0] };
    rt_value_t names[NNATIVE];
    for (size_t i = 0; i < NNATIVE; i++)
        names[i] = pyvm_str_cstr(natives[i]);
    pyvm_mod_put(d, "builtin_module_names", pyvm_tuple_from(names, NNATIVE));
    return d;
}
