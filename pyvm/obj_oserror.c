/*
** obj_oserror.c: OSError as CPython defines it (object.h). OSError(errno, strerror[, filename
** [, winerror[, filename2]]]) sets those attributes, prints "[Errno N] message: 'file'", and
** constructing OSError itself with a known errno gives the matching subclass
** (FileNotFoundError for ENOENT...). pyvm_raise_errno is how native modules report failures.
*/
#include <errno.h>
#include <string.h>

#include "pyvm/code.h"

static const struct {
    int err;
    pyvm_class_t **cls;
} errno_classes[] = {
    {EAGAIN, &pyvm_exc_BlockingIOError},        {EALREADY, &pyvm_exc_BlockingIOError},
    {EINPROGRESS, &pyvm_exc_BlockingIOError},   {ECHILD, &pyvm_exc_ChildProcessError},
    {EPIPE, &pyvm_exc_BrokenPipeError},         {ESHUTDOWN, &pyvm_exc_BrokenPipeError},
    {ECONNABORTED, &pyvm_exc_ConnectionAbortedError},
    {ECONNREFUSED, &pyvm_exc_ConnectionRefusedError},
    {ECONNRESET, &pyvm_exc_ConnectionResetError}, {EEXIST, &pyvm_exc_FileExistsError},
    {ENOENT, &pyvm_exc_FileNotFoundError},      {EINTR, &pyvm_exc_InterruptedError},
    {EISDIR, &pyvm_exc_IsADirectoryError},      {ENOTDIR, &pyvm_exc_NotADirectoryError},
    {EACCES, &pyvm_exc_PermissionError},        {EPERM, &pyvm_exc_PermissionError},
    {ESRCH, &pyvm_exc_ProcessLookupError},      {ETIMEDOUT, &pyvm_exc_TimeoutError},
};

static pyvm_class_t *class_for(int64_t err)
{
    for (size_t i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++)
        if (errno_classes[i].err == err)
            return *errno_classes[i].cls;
    return pyvm_exc_OSError;
}

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* OSError.__new__(cls, *args): the errno's subclass when cls is OSError itself. */
METHOD(os_new)
{
    (void)self;
    pyvm_class_t *cls = rt_ptr(a[0]);
    int64_t err;
    if (cls == pyvm_exc_OSError && n >= 3 && rt_is_small(a[1]) && pyvm_index_i64(a[1], &err))
        cls = class_for(err);
    (void)kw;
    return rt_from_ptr(pyvm_instance_new(cls));
}

static void put(rt_value_t self, const char *name, rt_value_t v)
{
    pyvm_exc_put(self, rt_str_intern_cstr(name), v);
}

METHOD(os_init)
{
    (void)kw;
    pyvm_exc_put(self, pyvm_name(args), pyvm_tuple_from(a, n >= 2 && n <= 5 ? 2 : (int64_t)n));
    bool full = n >= 2 && n <= 5;
    put(self, "errno", full ? a[0] : rt_none);
    put(self, "strerror", full ? a[1] : rt_none);
    put(self, "filename", full && n >= 3 ? a[2] : rt_none);
    put(self, "filename2", full && n >= 5 ? a[4] : rt_none);
    return rt_none;
}

METHOD(os_str)
{
    (void)a, (void)n, (void)kw;
    rt_value_t err = pyvm_exc_get(self, rt_str_intern_cstr("errno"));
    rt_value_t msg = pyvm_exc_get(self, rt_str_intern_cstr("strerror"));
    rt_value_t file = pyvm_exc_get(self, rt_str_intern_cstr("filename"));
    rt_value_t file2 = pyvm_exc_get(self, rt_str_intern_cstr("filename2"));
    if (!err || err == rt_none || !msg) {
        rt_value_t str = rt_map_get_str(pyvm_exc_BaseException->dict, pyvm_name(str));
        return pyvm_call1(str, self);
    }
    rt_value_t parts[4] = {pyvm_str(err), pyvm_str(msg), RT_NOVALUE, RT_NOVALUE};
    if (file && file != rt_none && !(parts[2] = pyvm_repr(file)))
        return RT_NOVALUE;
    if (file2 && file2 != rt_none && !(parts[3] = pyvm_repr(file2)))
        return RT_NOVALUE;
    if (!parts[0] || !parts[1])
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_appendf(&b, "[Errno %s] %s", pyvm_str_of(parts[0])->data,
                      pyvm_str_of(parts[1])->data);
    if (parts[2])
        rt_strbuf_appendf(&b, ": %s", pyvm_str_of(parts[2])->data);
    if (parts[3])
        rt_strbuf_appendf(&b, " -> %s", pyvm_str_of(parts[3])->data);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static const pyvm_cfunc_def_t oserror_methods[] = {
    {"__new__", os_new, 1, -1, PYVM_CFUNC_STATIC, 1},
    {"__init__", os_init, 0, -1, PYVM_CFUNC_METHOD, 0},
    {"__str__", os_str, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_value_t pyvm_raise_errno(int err, rt_value_t filename)
{
    rt_value_t args[3] = {rt_small(err), pyvm_str_cstr(strerror(err)), filename};
    rt_value_t e = pyvm_exc_new(pyvm_exc_OSError, args, filename ? 3 : 2);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

void pyvm_oserror_init(void) { pyvm_cfunc_install(pyvm_exc_OSError, oserror_methods); }
