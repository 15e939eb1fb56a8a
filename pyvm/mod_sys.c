/*
** mod_sys.c: the native `sys` module and Python file objects for the standard streams
** (object.h): argv, stdout/stderr (write, flush), exit, setrecursionlimit/getrecursionlimit
** (the runtime's Python frame limit), maxsize, version_info, and what import reads: path (the
** script's directory, then PYTHONPATH) and modules (module.c's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/code.h"

rt_value_t pyvm_sys_stdout, pyvm_sys_stderr;
static rt_value_t sys_argv, sys_path;

typedef struct file_obj {
    rt_obj_t hdr;
    FILE *fp;
} file_t;

static rt_type_t file_type = RT_TYPE_INIT("TextIOWrapper", NULL, NULL, 0);

bool pyvm_write(rt_value_t file, rt_str_t *text)
{
    if (rt_is_ptr(file) && rt_obj_type(rt_ptr(file)) == &file_type) {
        file_t *f = rt_ptr(file);
        fwrite(text->data, 1, (size_t)text->len, f->fp);
        if (f->fp == stderr)
            fflush(stderr);
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
    pyvm_write(self, rt_ptr(a[0]));
    return rt_small(rt_str_cp_len(rt_ptr(a[0])));
}

static rt_value_t f_flush(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    fflush(((file_t *)rt_ptr(self))->fp);
    return rt_none;
}

static const pyvm_cfunc_def_t file_methods[] = {
    {"write", f_write, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"flush", f_flush, 0, 0, PYVM_CFUNC_METHOD, 0},
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

static const pyvm_cfunc_def_t sys_functions[] = {
    {"exit", s_exit, 0, 1, 0, 0},
    {"setrecursionlimit", s_setrecursionlimit, 1, 1, 0, 0},
    {"getrecursionlimit", s_getrecursionlimit, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* sys.path: path0, then PYTHONPATH's non-empty entries (':'-separated) made absolute. */
static rt_value_t make_path(const char *path0)
{
    rt_vec_t *path = pyvm_list_new(4);
    rt_vec_append(path, pyvm_str_cstr(path0));
    const char *pp = getenv("PYTHONPATH");
    for (const char *p = pp; p && *p;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 0) {
            char *entry = strndup(p, n), *abs = entry ? pyvm_import_abspath(entry) : NULL;
            if (abs)
                rt_vec_append(path, pyvm_str_cstr(abs));
            free(entry);
            free(abs);
        }
        p += n + (e != NULL);
    }
    return rt_from_ptr(path);
}

void pyvm_sys_init(int argc, char **argv, const char *path0)
{
    gc_root_add(&pyvm_sys_stdout, 1);
    gc_root_add(&pyvm_sys_stderr, 1);
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

rt_map_t *pyvm_mod_sys_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, sys_functions);
    rt_map_set_str(d, pyvm_name(argv), sys_argv);
    rt_map_set_str(d, pyvm_name(sys_path), sys_path);
    rt_map_set_str(d, pyvm_name(modules), rt_from_ptr(pyvm_module_table()));
    rt_map_set_str(d, pyvm_name(stdout), pyvm_sys_stdout);
    rt_map_set_str(d, pyvm_name(stderr), pyvm_sys_stderr);
    rt_map_set_str(d, rt_str_intern_cstr("maxsize"), rt_int_from_i64(INT64_MAX));
    rt_value_t vi[3] = {rt_small(3), rt_small(11), rt_small(0)};
    rt_map_set_str(d, rt_str_intern_cstr("version_info"), pyvm_tuple_from(vi, 3));
    rt_map_set_str(d, rt_str_intern_cstr("platform"), pyvm_str_cstr("linux"));
    return d;
}
