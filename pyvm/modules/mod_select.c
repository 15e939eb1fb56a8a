/*
** mod_select.c: the native `select` module (modules.h) over poll(2): select.select (with
** select(2)'s FD_SETSIZE limit, as CPython), poll objects (register, modify, unregister, poll)
** and the POLL* constants. Without epoll or kqueue, Debian's selectors module picks its
** PollSelector, and subprocess its poll-based communicate. Waits that a signal interrupts are
** resumed with the time left (PEP 475); select.error is OSError.
*/
#define _GNU_SOURCE /* POLLRDHUP */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <time.h>

#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

int pyvm_mod_select_fileno(rt_value_t v)
{
    rt_value_t u = pyvm_unwrap(v);
    int64_t fd;
    if (!pyvm_is_intlike(u)) {
        rt_value_t meth = pyvm_getattr_opt(v, rt_str_intern_cstr("fileno"));
        if (!meth) {
            if (!rt_exc_pending())
                rt_raise(RT_EXC_TYPE, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        u = pyvm_call0(meth);
        if (!u)
            return -1;
        if (!pyvm_is_intlike(pyvm_unwrap(u))) {
            rt_raise(RT_EXC_TYPE, "fileno() returned a non-integer");
            return -1;
        }
    }
    if (!pyvm_index_i64(u, &fd))
        return -1;
    if (fd < 0 || fd > INT_MAX) {
        rt_raise(RT_EXC_VALUE, "file descriptor cannot be a negative integer (%lld)",
                 (long long)fd);
        return -1;
    }
    return (int)fd;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

/* ---- select.select ---- */

/* The fds of one of select's lists, with the objects they came from (objs). */
static bool fd_list(rt_value_t seq, rt_vec_t **objs, fd_set *set, int *maxfd)
{
    FD_ZERO(set);
    *objs = pyvm_seq_to_vec(seq);
    if (!*objs)
        return false;
    for (int64_t i = 0; i < rt_vec_len(*objs); i++) {
        int fd = pyvm_mod_select_fileno(rt_vec_get(*objs, i));
        if (fd < 0)
            return false;
        if (fd >= FD_SETSIZE) {
            rt_raise(RT_EXC_VALUE, "filedescriptor out of range in select()");
            return false;
        }
        FD_SET(fd, set);
        if (fd > *maxfd)
            *maxfd = fd;
    }
    return true;
}

/* The objects of objs whose fd is in set. */
static rt_value_t ready(rt_vec_t *objs, fd_set *set)
{
    rt_vec_t *out = pyvm_list_new(0);
    for (int64_t i = 0; i < rt_vec_len(objs); i++) {
        int fd = pyvm_mod_select_fileno(rt_vec_get(objs, i));
        if (fd < 0)
            return RT_NOVALUE;
        if (FD_ISSET(fd, set))
            rt_vec_append(out, rt_vec_get(objs, i));
    }
    return rt_from_ptr(out);
}

/* A timeout argument in seconds: *out < 0 for None (wait for ever). */
static bool timeout_arg(rt_value_t v, double *out, const char *what)
{
    *out = -1;
    if (!v || v == rt_none)
        return true;
    bool err = false;
    if (!pyvm_num_to_double(v, out, &err)) {
        if (!err)
            rt_raise(RT_EXC_TYPE, "%s", what);
        return false;
    }
    if (isnan(*out)) {
        rt_raise(RT_EXC_VALUE, "Invalid value NaN (not a number)");
        return false;
    }
    return true;
}

FN(s_select)
{
    (void)self, (void)kw;
    double timeout;
    if (!timeout_arg(n > 3 ? a[3] : RT_NOVALUE, &timeout, "timeout must be a float or None"))
        return RT_NOVALUE;
    if (timeout < 0 && n > 3 && a[3] != rt_none)
        return rt_raise(RT_EXC_VALUE, "timeout must be non-negative");
    fd_set sets[3], in[3];
    rt_vec_t *objs[3];
    int maxfd = -1;
    for (int k = 0; k < 3; k++)
        if (!fd_list(a[k], &objs[k], &in[k], &maxfd))
            return RT_NOVALUE;
    double deadline = now() + timeout;
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = fmax(0, deadline - now());
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        for (int k = 0; k < 3; k++)
            sets[k] = in[k];
        int r;
        RT_ALLOW_THREADS(r = select(maxfd + 1, &sets[0], &sets[1], &sets[2], tvp));
        if (r >= 0)
            break;
        if (errno != EINTR)
            return pyvm_raise_errno(errno, RT_NOVALUE);
    }
    rt_value_t r[3];
    for (int k = 0; k < 3; k++)
        if (!(r[k] = ready(objs[k], &sets[k])))
            return RT_NOVALUE;
    return pyvm_tuple_from(r, 3);
}

/* ---- poll objects ---- */

typedef struct poll_obj {
    rt_obj_t hdr;
    rt_map_t *fds; /* a dict: fd -> event mask */
    bool polling;
} poll_obj_t;

static void poll_trace(gc_tracer_t *tracer, void *obj) { gc_visit_ptr(tracer, ((poll_obj_t *)obj)->fds); }

static rt_type_t poll_type = RT_TYPE_INIT("select.poll", poll_trace, NULL, 0);
static pyvm_class_t *poll_cls;

#define POLLP(v) ((poll_obj_t *)rt_ptr(v))

static bool mask_arg(rt_value_t v, int64_t dflt, int64_t *out)
{
    *out = dflt;
    if (!v)
        return true;
    if (!pyvm_index_i64(v, out))
        return false;
    if (*out < 0 || *out > 0xFFFF) {
        rt_raise(RT_EXC_OVERFLOW, "Python int too large for C unsigned short");
        return false;
    }
    return true;
}

/* register(fd, eventmask=POLLIN|POLLPRI|POLLOUT) */
FN(p_register)
{
    (void)kw;
    int fd = pyvm_mod_select_fileno(a[0]);
    int64_t mask;
    if (fd < 0 || !mask_arg(n > 1 ? a[1] : RT_NOVALUE, POLLIN | POLLPRI | POLLOUT, &mask))
        return RT_NOVALUE;
    return pyvm_dict_set(POLLP(self)->fds, rt_small(fd), rt_small(mask)) ? rt_none : RT_NOVALUE;
}

FN(p_modify)
{
    (void)n, (void)kw;
    int fd = pyvm_mod_select_fileno(a[0]);
    int64_t mask;
    if (fd < 0 || !mask_arg(a[1], 0, &mask))
        return RT_NOVALUE;
    if (!pyvm_dict_get(POLLP(self)->fds, rt_small(fd)))
        return rt_exc_pending() ? RT_NOVALUE : pyvm_raise_errno(ENOENT, RT_NOVALUE);
    return pyvm_dict_set(POLLP(self)->fds, rt_small(fd), rt_small(mask)) ? rt_none : RT_NOVALUE;
}

FN(p_unregister)
{
    (void)n, (void)kw;
    int fd = pyvm_mod_select_fileno(a[0]);
    if (fd < 0)
        return RT_NOVALUE;
    int r = pyvm_dict_del(POLLP(self)->fds, rt_small(fd));
    if (r == 0) {
        rt_value_t key = rt_small(fd);
        return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyError, &key, 1));
    }
    return r < 0 ? RT_NOVALUE : rt_none;
}

/* poll(timeout=None): [(fd, events)...]; timeout in milliseconds, None or negative: for ever. */
FN(p_poll)
{
    (void)kw;
    double ms;
    if (!timeout_arg(n ? a[0] : RT_NOVALUE, &ms, "timeout must be an integer or None"))
        return RT_NOVALUE;
    poll_obj_t *p = POLLP(self);
    if (p->polling)
        return rt_raise(RT_EXC_RUNTIME, "concurrent poll() invocation");
    int64_t count = rt_map_count(p->fds), k = 0;
    struct pollfd *pfd = calloc((size_t)count + 1, sizeof *pfd);
    if (!pfd)
        return rt_raise(RT_EXC_MEMORY, "out of memory");
    for (int64_t pos = rt_map_next(p->fds, 0); pos >= 0; pos = rt_map_next(p->fds, pos + 1), k++) {
        pfd[k].fd = (int)rt_map_key_at(p->fds, pos).i;
        pfd[k].events = (short)rt_small_value(rt_map_value_at(p->fds, pos));
    }
    double deadline = now() + ms / 1000;
    int r;
    p->polling = true;
    for (;;) {
        int wait = ms < 0 ? -1 : (int)fmin(INT_MAX, ceil(fmax(0, deadline - now()) * 1000));
        RT_ALLOW_THREADS(r = poll(pfd, (nfds_t)count, wait));
        if (r >= 0 || errno != EINTR)
            break;
    }
    p->polling = false;
    int err = errno;
    rt_vec_t *out = pyvm_list_new(r > 0 ? r : 0);
    for (k = 0; r > 0 && k < count; k++)
        if (pfd[k].revents) {
            rt_value_t t[2] = {rt_small(pfd[k].fd), rt_small(pfd[k].revents & 0xFFFF)};
            rt_vec_append(out, pyvm_tuple_from(t, 2));
        }
    free(pfd);
    return r < 0 ? pyvm_raise_errno(err, RT_NOVALUE) : rt_from_ptr(out);
}

static const pyvm_cfunc_def_t poll_methods[] = {
    {"register", p_register, 1, 2, PYVM_CFUNC_METHOD, 0},
    {"modify", p_modify, 2, 2, PYVM_CFUNC_METHOD, 0},
    {"unregister", p_unregister, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"poll", p_poll, 0, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t poll_slots = {.cls = &poll_cls};

FN(s_poll)
{
    (void)self, (void)a, (void)n, (void)kw;
    poll_obj_t *p = rt_alloc(&poll_type, sizeof *p);
    rt_map_t *fds = pyvm_dict_new();
    RT_STORE(p, fds, fds);
    return rt_from_ptr(p);
}

static const pyvm_cfunc_def_t select_functions[] = {
    {"select", s_select, 3, 4, 0, 0},
    {"poll", s_poll, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

#define POLL_CONSTANTS(X)                                                                          \
    X(POLLIN) X(POLLPRI) X(POLLOUT) X(POLLERR) X(POLLHUP) X(POLLNVAL) X(POLLRDNORM)               \
    X(POLLRDBAND) X(POLLWRNORM) X(POLLWRBAND) X(POLLMSG) X(POLLRDHUP) X(PIPE_BUF)

rt_map_t *pyvm_mod_select_dict(void)
{
    if (!poll_cls) {
        gc_root_add(&poll_cls, 1);
        poll_type.py = &poll_slots;
        poll_cls = pyvm_type_new_builtin("poll", &poll_type, pyvm_cls_object);
        pyvm_cfunc_install(poll_cls, poll_methods);
        pyvm_type_setattr(poll_cls, pyvm_name(module), pyvm_str_cstr("select"));
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, select_functions);
#define CONST_PUT(name) pyvm_mod_put(d, #name, rt_small(name));
    POLL_CONSTANTS(CONST_PUT)
#undef CONST_PUT
    pyvm_mod_put(d, "error", rt_from_ptr(pyvm_exc_OSError));
    return d;
}
