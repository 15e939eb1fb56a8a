/*
** mod_socket.c: the native `_socket` module (modules.h) over the BSD socket API, for Debian's
** socket.py (whose socket class derives from _socket.socket), selectors, socketserver,
** http.client and http.server. The socket type: AF_INET, AF_INET6 and AF_UNIX addresses,
** stream and datagram I/O, options, and CPython's timeout model: a socket with a timeout keeps
** its descriptor non-blocking and waits with poll(2) for readiness, raising TimeoutError
** ("timed out") at the deadline; timeout None blocks, 0.0 never waits. Calls a signal interrupts
** are retried (PEP 475). Names and numbers go through getaddrinfo / getnameinfo
** (mod_socket_net.c); errors are OSError subclasses by errno (pyvm_raise_errno).
*/
#define _GNU_SOURCE /* accept4 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "pyvm/modules/netaddr.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

typedef struct sock {
    rt_obj_t hdr;
    int fd; /* -1 once closed or detached */
    int family, type, proto;
    double timeout; /* < 0: None (blocking) */
} sock_t;

/* An unreachable open socket is closed. */
static void sock_finalize(void *obj)
{
    sock_t *s = obj;
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
}

static rt_type_t sock_type = RT_TYPE_INIT("_socket.socket", NULL, sock_finalize, 0);
static pyvm_class_t *sock_cls;
static double default_timeout = -1;

#define SOCK(v) ((sock_t *)rt_ptr(pyvm_unwrap(v)))

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

static rt_value_t os_error(void) { return pyvm_raise_errno(errno, RT_NOVALUE); }

static rt_value_t timed_out(void) { return pyvm_raise_cls(pyvm_exc_TimeoutError, "timed out"); }

/* The descriptor's O_NONBLOCK follows the timeout: set for any timeout, clear for None. */
static bool apply_timeout(sock_t *s)
{
    int flags = fcntl(s->fd, F_GETFL);
    if (flags < 0)
        return false;
    int want = s->timeout >= 0 ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    return want == flags || fcntl(s->fd, F_SETFL, want) == 0;
}

/* Waits until s is readable (or writable) before the deadline: 1 ready, 0 timed out, -1 error
** (errno set). */
static int wait_ready(sock_t *s, bool writing, double deadline)
{
    struct pollfd p = {.fd = s->fd, .events = writing ? POLLOUT : POLLIN};
    for (;;) {
        double left = deadline - now();
        if (left <= 0)
            return 0;
        int r;
        RT_ALLOW_THREADS(r = poll(&p, 1, (int)ceil(left * 1000)));
        if (r >= 0 || errno != EINTR)
            return r > 0 ? 1 : r;
    }
}

/* One system call of a socket operation: its result, < 0 with errno set. */
typedef struct io {
    char *buf;
    size_t len;
    int flags;
    struct sockaddr_storage addr;
    socklen_t addrlen;
} io_t;
typedef ssize_t (*sock_op_t)(sock_t *s, io_t *io);

/* Runs op as CPython's sock_call: retried after EINTR; with a timeout, EAGAIN waits for
** readiness until the deadline (TimeoutError then). Returns op's result, -1 with the error
** pending. */
static ssize_t sock_call(sock_t *s, bool writing, sock_op_t op, io_t *io, double deadline)
{
    for (;;) {
        ssize_t r;
        RT_ALLOW_THREADS(r = op(s, io));
        if (r >= 0)
            return r;
        if (errno == EINTR)
            continue;
        if (s->timeout > 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            int w = wait_ready(s, writing, deadline);
            if (w > 0)
                continue;
            if (w == 0)
                timed_out();
            else
                os_error();
            return -1;
        }
        os_error();
        return -1;
    }
}

static double deadline_of(sock_t *s) { return s->timeout > 0 ? now() + s->timeout : 0; }

static ssize_t op_recv(sock_t *s, io_t *io) { return recv(s->fd, io->buf, io->len, io->flags); }
static ssize_t op_send(sock_t *s, io_t *io) { return send(s->fd, io->buf, io->len, io->flags); }

static ssize_t op_recvfrom(sock_t *s, io_t *io)
{
    io->addrlen = sizeof io->addr;
    return recvfrom(s->fd, io->buf, io->len, io->flags, (struct sockaddr *)&io->addr,
                    &io->addrlen);
}

static ssize_t op_sendto(sock_t *s, io_t *io)
{
    return sendto(s->fd, io->buf, io->len, io->flags, (struct sockaddr *)&io->addr, io->addrlen);
}

static ssize_t op_accept(sock_t *s, io_t *io)
{
    io->addrlen = sizeof io->addr;
    return accept4(s->fd, (struct sockaddr *)&io->addr, &io->addrlen, SOCK_CLOEXEC);
}

/* ---- construction ---- */

static sock_t *sock_alloc(void)
{
    sock_t *s = rt_alloc(&sock_type, sizeof *s);
    s->fd = -1;
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    s->timeout = -1;
    return s;
}

/* Sets up s over fd (family/type/proto < 0: asked from the kernel). */
static bool sock_setup(sock_t *s, int fd, int64_t family, int64_t type, int64_t proto)
{
    int v;
    socklen_t len = sizeof v;
    if (family < 0)
        family = getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &len) == 0 ? v : AF_INET;
    if (type < 0 && (len = sizeof v, getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len) == 0))
        type = v;
    if (proto < 0)
        proto = (len = sizeof v, getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len) == 0) ? v : 0;
    s->fd = fd;
    s->family = (int)family;
    s->type = (int)(type < 0 ? SOCK_STREAM : type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC));
    s->proto = (int)proto;
    s->timeout = type >= 0 && (type & SOCK_NONBLOCK) ? 0 : default_timeout;
    if (!apply_timeout(s)) {
        os_error();
        return false;
    }
    return true;
}

/* socket.__init__(family=-1, type=-1, proto=-1, fileno=None) */
static rt_value_t s_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    rt_value_t v[4];
    int64_t num[3] = {-1, -1, -1};
    if (!pyvm_parse_args("socket", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    for (int k = 0; k < 3; k++)
        if (v[k] && !pyvm_index_i64(v[k], &num[k]))
            return RT_NOVALUE;
    sock_t *s = SOCK(self);
    if (v[3] && v[3] != rt_none) {
        int64_t fd;
        if (!pyvm_index_i64(v[3], &fd))
            return RT_NOVALUE;
        if (fd < 0)
            return rt_raise(RT_EXC_VALUE, "negative file descriptor");
        if (fcntl((int)fd, F_GETFD) < 0)
            return os_error();
        return sock_setup(s, (int)fd, num[0], num[1], num[2]) ? rt_none : RT_NOVALUE;
    }
    int family = num[0] < 0 ? AF_INET : (int)num[0];
    int type = num[1] < 0 ? SOCK_STREAM : (int)num[1];
    int fd = socket(family, type | SOCK_CLOEXEC, num[2] < 0 ? 0 : (int)num[2]);
    if (fd < 0)
        return os_error();
    return sock_setup(s, fd, family, type, num[2] < 0 ? 0 : num[2]) ? rt_none : RT_NOVALUE;
}

/* _socket.socket(...) itself; a subclass gets an empty socket its __init__ opens. */
static rt_value_t sock_ctor(pyvm_class_t *cls, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)cls;
    rt_value_t s = rt_from_ptr(sock_alloc());
    if (n == 0 && !kw)
        return s;
    return s_init(s, a, n, kw) ? s : RT_NOVALUE;
}

static rt_value_t sock_new(int fd, int family, int type, int proto)
{
    sock_t *s = sock_alloc();
    return sock_setup(s, fd, family, type, proto) ? rt_from_ptr(s) : RT_NOVALUE;
}

/* ---- methods ---- */

FN(s_fileno)
{
    (void)a, (void)n, (void)kw;
    return rt_small(SOCK(self)->fd);
}

FN(s_close)
{
    (void)a, (void)n, (void)kw;
    sock_t *s = SOCK(self);
    int fd = s->fd;
    s->fd = -1;
    /* ECONNRESET means the peer closed first: not an error for close() */
    if (fd >= 0 && close(fd) < 0 && errno != ECONNRESET)
        return os_error();
    return rt_none;
}

FN(s_detach)
{
    (void)a, (void)n, (void)kw;
    sock_t *s = SOCK(self);
    int fd = s->fd;
    s->fd = -1;
    return rt_small(fd);
}

FN(s_bind)
{
    (void)n, (void)kw;
    sock_t *s = SOCK(self);
    io_t io;
    if (!pyvm_mod_socket_addr_in(s->family, a[0], "bind", &io.addr, &io.addrlen))
        return RT_NOVALUE;
    return bind(s->fd, (struct sockaddr *)&io.addr, io.addrlen) == 0 ? rt_none : os_error();
}

FN(s_listen)
{
    (void)kw;
    int64_t backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (n && !pyvm_index_i64(a[0], &backlog))
        return RT_NOVALUE;
    if (backlog < 0)
        backlog = 0;
    return listen(SOCK(self)->fd, (int)backlog) == 0 ? rt_none : os_error();
}

/* _accept(): (fd, address) of a new connection. */
FN(s_accept)
{
    (void)a, (void)n, (void)kw;
    sock_t *s = SOCK(self);
    io_t io;
    ssize_t fd = sock_call(s, false, op_accept, &io, deadline_of(s));
    if (fd < 0)
        return RT_NOVALUE;
    rt_value_t addr = pyvm_mod_socket_addr_out((struct sockaddr *)&io.addr, io.addrlen);
    if (!addr) {
        close((int)fd);
        return RT_NOVALUE;
    }
    rt_value_t t[2] = {rt_small(fd), addr};
    return pyvm_tuple_from(t, 2);
}

/* connect / connect_ex: 0 or an errno; with raise, the error raised instead. */
static rt_value_t do_connect(rt_value_t self, rt_value_t address, bool raise)
{
    sock_t *s = SOCK(self);
    io_t io;
    if (!pyvm_mod_socket_addr_in(s->family, address, "connect", &io.addr, &io.addrlen))
        return RT_NOVALUE;
    int err = 0, r;
    RT_ALLOW_THREADS(r = connect(s->fd, (struct sockaddr *)&io.addr, io.addrlen));
    if (r < 0)
        err = errno;
    if (err == EINTR || (s->timeout > 0 && err == EINPROGRESS)) {
        /* the connection goes on: wait for its outcome, then ask for it */
        int w = wait_ready(s, true, s->timeout > 0 ? now() + s->timeout : INFINITY);
        socklen_t len = sizeof err;
        if (w == 0) {
            if (raise)
                return timed_out();
            err = EWOULDBLOCK;
        } else if (w < 0 || getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) {
            err = errno;
        }
    }
    if (err && raise)
        return pyvm_raise_errno(err, RT_NOVALUE);
    return raise ? rt_none : rt_small(err);
}

FN(s_connect)
{
    (void)n, (void)kw;
    return do_connect(self, a[0], true);
}

FN(s_connect_ex)
{
    (void)n, (void)kw;
    return do_connect(self, a[0], false);
}

static bool size_arg(rt_value_t v, const char *what, int64_t *out)
{
    if (!pyvm_index_i64(v, out))
        return false;
    if (*out < 0) {
        rt_raise(RT_EXC_VALUE, "negative buffersize in %s", what);
        return false;
    }
    return true;
}

static bool flags_arg(const rt_value_t *a, size_t n, size_t at, int *flags)
{
    int64_t f = 0;
    if (n > at && !pyvm_index_i64(a[at], &f))
        return false;
    *flags = (int)f;
    return true;
}

/* recv(bufsize[, flags]) and recvfrom(bufsize[, flags]) */
static rt_value_t do_recv(rt_value_t self, const rt_value_t *a, size_t n, bool from)
{
    sock_t *s = SOCK(self);
    int64_t size;
    io_t io;
    if (!size_arg(a[0], from ? "recvfrom" : "recv", &size) || !flags_arg(a, n, 1, &io.flags))
        return RT_NOVALUE;
    rt_str_t *buf = rt_str_alloc(&rt_type_bytes, (size_t)size);
    io.buf = buf->data;
    io.len = (size_t)size;
    ssize_t got = sock_call(s, false, from ? op_recvfrom : op_recv, &io, deadline_of(s));
    if (got < 0)
        return RT_NOVALUE;
    rt_value_t data = rt_from_ptr(got == size ? buf : rt_bytes_new(buf->data, (size_t)got));
    if (!from)
        return data;
    rt_value_t addr = io.addrlen ? pyvm_mod_socket_addr_out((struct sockaddr *)&io.addr,
                                                            io.addrlen)
                                 : rt_none;
    if (!addr)
        return RT_NOVALUE;
    rt_value_t t[2] = {data, addr};
    return pyvm_tuple_from(t, 2);
}

FN(s_recv)
{
    (void)kw;
    return do_recv(self, a, n, false);
}

FN(s_recvfrom)
{
    (void)kw;
    return do_recv(self, a, n, true);
}

/* recv_into(buffer[, nbytes[, flags]]) / recvfrom_into: the count received (and the address). */
static rt_value_t do_recv_into(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                               bool from)
{
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    rt_value_t v[3];
    const char *fn = from ? "recvfrom_into" : "recv_into";
    if (!pyvm_parse_args(fn, a, n, kw, names, 1, v))
        return RT_NOVALUE;
    sock_t *s = SOCK(self);
    char *data;
    int64_t len, want = 0;
    io_t io = {.flags = 0};
    if (!pyvm_buffer_writable(v[0], &data, &len))
        return rt_raise(RT_EXC_TYPE, "%s() argument 'buffer' must be read-write bytes-like "
                                     "object, not %s", fn, pyvm_type_name(v[0]));
    if (v[1] && !pyvm_index_i64(v[1], &want))
        return RT_NOVALUE;
    if (want < 0)
        return rt_raise(RT_EXC_VALUE, "negative buffersize in %s", fn);
    if (want > len)
        return rt_raise(RT_EXC_VALUE, "buffer too small for requested bytes");
    if (v[2] && !flags_arg(v, 3, 2, &io.flags))
        return RT_NOVALUE;
    io.buf = data;
    io.len = (size_t)(want ? want : len);
    ssize_t got = sock_call(s, false, from ? op_recvfrom : op_recv, &io, deadline_of(s));
    if (got < 0)
        return RT_NOVALUE;
    if (!from)
        return rt_small(got);
    rt_value_t addr = io.addrlen ? pyvm_mod_socket_addr_out((struct sockaddr *)&io.addr,
                                                            io.addrlen)
                                 : rt_none;
    rt_value_t t[2] = {rt_small(got), addr};
    return addr ? pyvm_tuple_from(t, 2) : RT_NOVALUE;
}

FN(s_recv_into)
{
    return do_recv_into(self, a, n, kw, false);
}

FN(s_recvfrom_into)
{
    return do_recv_into(self, a, n, kw, true);
}

static bool data_arg(rt_value_t v, io_t *io)
{
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(v, &d, &len)) {
        rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'", pyvm_type_name(v));
        return false;
    }
    io->buf = (char *)d;
    io->len = (size_t)len;
    return true;
}

FN(s_send)
{
    (void)kw;
    sock_t *s = SOCK(self);
    io_t io;
    if (!data_arg(a[0], &io) || !flags_arg(a, n, 1, &io.flags))
        return RT_NOVALUE;
    ssize_t r = sock_call(s, true, op_send, &io, deadline_of(s));
    return r < 0 ? RT_NOVALUE : rt_small(r);
}

/* sendall(data[, flags]): sends everything; the timeout bounds the whole call. */
FN(s_sendall)
{
    (void)kw;
    sock_t *s = SOCK(self);
    io_t io;
    if (!data_arg(a[0], &io) || !flags_arg(a, n, 1, &io.flags))
        return RT_NOVALUE;
    double deadline = deadline_of(s);
    while (io.len > 0) {
        ssize_t r = sock_call(s, true, op_send, &io, deadline);
        if (r < 0)
            return RT_NOVALUE;
        /* the data may move when a collection runs: re-read it */
        size_t done = (size_t)r, left = io.len - done;
        if (!data_arg(a[0], &io))
            return RT_NOVALUE;
        io.buf += io.len - left;
        io.len = left;
    }
    return rt_none;
}

/* sendto(data[, flags], address) */
FN(s_sendto)
{
    (void)kw;
    sock_t *s = SOCK(self);
    io_t io;
    if (!data_arg(a[0], &io) || !flags_arg(a, n == 3 ? 2 : 0, 1, &io.flags) ||
        !pyvm_mod_socket_addr_in(s->family, a[n - 1], "sendto", &io.addr, &io.addrlen))
        return RT_NOVALUE;
    if (!data_arg(a[0], &io))
        return RT_NOVALUE;
    ssize_t r = sock_call(s, true, op_sendto, &io, deadline_of(s));
    return r < 0 ? RT_NOVALUE : rt_small(r);
}

FN(s_shutdown)
{
    (void)n, (void)kw;
    int64_t how;
    if (!pyvm_index_i64(a[0], &how))
        return RT_NOVALUE;
    return shutdown(SOCK(self)->fd, (int)how) == 0 ? rt_none : os_error();
}

static rt_value_t name_of(rt_value_t self, bool peer)
{
    struct sockaddr_storage addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    int r = peer ? getpeername(SOCK(self)->fd, (struct sockaddr *)&addr, &len)
                 : getsockname(SOCK(self)->fd, (struct sockaddr *)&addr, &len);
    return r < 0 ? os_error() : pyvm_mod_socket_addr_out((struct sockaddr *)&addr, len);
}

FN(s_getsockname)
{
    (void)a, (void)n, (void)kw;
    return name_of(self, false);
}

FN(s_getpeername)
{
    (void)a, (void)n, (void)kw;
    return name_of(self, true);
}

/* setsockopt(level, option, value): value an int, a bytes-like, or None with an optlen. */
FN(s_setsockopt)
{
    (void)kw;
    int64_t level, opt, iv;
    if (!pyvm_index_i64(a[0], &level) || !pyvm_index_i64(a[1], &opt))
        return RT_NOVALUE;
    const char *d;
    int64_t len;
    int r;
    if (n == 4) {
        if (a[2] != rt_none || !pyvm_index_i64(a[3], &len))
            return rt_exc_pending() ? RT_NOVALUE
                                    : rt_raise(RT_EXC_TYPE, "setsockopt() takes exactly 4 "
                                                            "arguments (3 given)");
        r = setsockopt(SOCK(self)->fd, (int)level, (int)opt, NULL, (socklen_t)len);
    } else if (pyvm_bytes_like(a[2], &d, &len)) {
        r = setsockopt(SOCK(self)->fd, (int)level, (int)opt, d, (socklen_t)len);
    } else {
        if (!pyvm_index_i64(a[2], &iv))
            return RT_NOVALUE;
        int v = (int)iv;
        r = setsockopt(SOCK(self)->fd, (int)level, (int)opt, &v, sizeof v);
    }
    return r == 0 ? rt_none : os_error();
}

/* getsockopt(level, option[, buflen]): an int, or buflen bytes. */
FN(s_getsockopt)
{
    (void)kw;
    int64_t level, opt, buflen = 0;
    if (!pyvm_index_i64(a[0], &level) || !pyvm_index_i64(a[1], &opt) ||
        (n > 2 && !pyvm_index_i64(a[2], &buflen)))
        return RT_NOVALUE;
    if (n <= 2) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(SOCK(self)->fd, (int)level, (int)opt, &v, &len) < 0)
            return os_error();
        return rt_small(v);
    }
    if (buflen <= 0 || buflen > 1024)
        return pyvm_raise_cls(pyvm_exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, (int)level, (int)opt, buf, &len) < 0)
        return os_error();
    return rt_from_ptr(rt_bytes_new(buf, len));
}

/* A timeout value: None gives -1; ValueError when negative. */
static bool timeout_arg(rt_value_t v, double *out)
{
    *out = -1;
    if (v == rt_none)
        return true;
    bool err = false;
    if (!pyvm_num_to_double(v, out, &err)) {
        if (!err)
            rt_raise(RT_EXC_TYPE, "Timeout value must be int, float or None");
        return false;
    }
    if (*out < 0 || isnan(*out)) {
        rt_raise(RT_EXC_VALUE, "Timeout value out of range");
        return false;
    }
    return true;
}

static rt_value_t set_timeout(rt_value_t self, double t)
{
    sock_t *s = SOCK(self);
    s->timeout = t;
    return s->fd < 0 || apply_timeout(s) ? rt_none : os_error();
}

FN(s_settimeout)
{
    (void)n, (void)kw;
    double t;
    return timeout_arg(a[0], &t) ? set_timeout(self, t) : RT_NOVALUE;
}

static rt_value_t timeout_value(double t) { return t < 0 ? rt_none : rt_float_new(t); }

FN(s_gettimeout)
{
    (void)a, (void)n, (void)kw;
    return timeout_value(SOCK(self)->timeout);
}

FN(s_setblocking)
{
    (void)n, (void)kw;
    int on = pyvm_truth(a[0]);
    return on < 0 ? RT_NOVALUE : set_timeout(self, on ? -1 : 0);
}

FN(s_getblocking)
{
    (void)a, (void)n, (void)kw;
    return rt_bool(SOCK(self)->timeout != 0);
}

static rt_value_t sock_repr(rt_value_t self)
{
    sock_t *s = SOCK(self);
    char buf[96];
    snprintf(buf, sizeof buf, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd,
             s->family, s->type, s->proto);
    return pyvm_str_cstr(buf);
}

/* The read-only attributes family, type, proto, timeout (properties: socket.py reaches them
** through super()). */
FN(g_family)
{
    (void)self, (void)n, (void)kw;
    return rt_small(SOCK(a[0])->family);
}

FN(g_type)
{
    (void)self, (void)n, (void)kw;
    return rt_small(SOCK(a[0])->type);
}

FN(g_proto)
{
    (void)self, (void)n, (void)kw;
    return rt_small(SOCK(a[0])->proto);
}

FN(g_timeout)
{
    (void)self, (void)n, (void)kw;
    return timeout_value(SOCK(a[0])->timeout);
}

static const pyvm_cfunc_def_t sock_getters[] = {
    {"family", g_family, 1, 1, 0, 0},
    {"type", g_type, 1, 1, 0, 0},
    {"proto", g_proto, 1, 1, 0, 0},
    {"timeout", g_timeout, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

enum { M = PYVM_CFUNC_METHOD };

static const pyvm_cfunc_def_t sock_methods[] = {
    {"__init__", s_init, 0, 4, M, 1},
    {"fileno", s_fileno, 0, 0, M, 0},
    {"close", s_close, 0, 0, M, 0},
    {"detach", s_detach, 0, 0, M, 0},
    {"bind", s_bind, 1, 1, M, 0},
    {"listen", s_listen, 0, 1, M, 0},
    {"_accept", s_accept, 0, 0, M, 0},
    {"connect", s_connect, 1, 1, M, 0},
    {"connect_ex", s_connect_ex, 1, 1, M, 0},
    {"recv", s_recv, 1, 2, M, 0},
    {"recvfrom", s_recvfrom, 1, 2, M, 0},
    {"recv_into", s_recv_into, 1, 3, M, 1},
    {"recvfrom_into", s_recvfrom_into, 1, 3, M, 1},
    {"send", s_send, 1, 2, M, 0},
    {"sendall", s_sendall, 1, 2, M, 0},
    {"sendto", s_sendto, 2, 3, M, 0},
    {"shutdown", s_shutdown, 1, 1, M, 0},
    {"getsockname", s_getsockname, 0, 0, M, 0},
    {"getpeername", s_getpeername, 0, 0, M, 0},
    {"setsockopt", s_setsockopt, 3, 4, M, 0},
    {"getsockopt", s_getsockopt, 2, 3, M, 0},
    {"settimeout", s_settimeout, 1, 1, M, 0},
    {"gettimeout", s_gettimeout, 0, 0, M, 0},
    {"setblocking", s_setblocking, 1, 1, M, 0},
    {"getblocking", s_getblocking, 0, 0, M, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t sock_slots = {.cls = &sock_cls, .repr = sock_repr};

/* ---- module functions that concern sockets and timeouts ---- */

FN(m_getdefaulttimeout)
{
    (void)self, (void)a, (void)n, (void)kw;
    return timeout_value(default_timeout);
}

FN(m_setdefaulttimeout)
{
    (void)self, (void)n, (void)kw;
    return timeout_arg(a[0], &default_timeout) ? rt_none : RT_NOVALUE;
}

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) */
FN(m_socketpair)
{
    (void)self, (void)kw;
    int64_t v[3] = {AF_UNIX, SOCK_STREAM, 0};
    for (size_t k = 0; k < n; k++)
        if (!pyvm_index_i64(a[k], &v[k]))
            return RT_NOVALUE;
    int fds[2];
    if (socketpair((int)v[0], (int)v[1] | SOCK_CLOEXEC, (int)v[2], fds) < 0)
        return os_error();
    rt_value_t t[2] = {sock_new(fds[0], (int)v[0], (int)v[1], (int)v[2]), 0};
    t[1] = t[0] ? sock_new(fds[1], (int)v[0], (int)v[1], (int)v[2]) : RT_NOVALUE;
    if (!t[1]) {
        close(fds[1]);
        return RT_NOVALUE;
    }
    return pyvm_tuple_from(t, 2);
}

/* dup(fd): a new, non-inheritable descriptor. */
FN(m_dup)
{
    (void)self, (void)n, (void)kw;
    int64_t fd;
    if (!pyvm_index_i64(a[0], &fd))
        return RT_NOVALUE;
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? os_error() : rt_small(r);
}

FN(m_close)
{
    (void)self, (void)n, (void)kw;
    int64_t fd;
    if (!pyvm_index_i64(a[0], &fd))
        return RT_NOVALUE;
    return close((int)fd) < 0 && errno != ECONNRESET ? os_error() : rt_none;
}

static const pyvm_cfunc_def_t socket_functions[] = {
    {"getdefaulttimeout", m_getdefaulttimeout, 0, 0, 0, 0},
    {"setdefaulttimeout", m_setdefaulttimeout, 1, 1, 0, 0},
    {"socketpair", m_socketpair, 0, 3, 0, 0},
    {"dup", m_dup, 1, 1, 0, 0},
    {"close", m_close, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_socket_dict(void)
{
    if (!sock_cls) {
        gc_root_add(&sock_cls, 1);
        sock_type.py = &sock_slots;
        sock_cls = pyvm_type_new_builtin("socket", &sock_type, pyvm_cls_object);
        sock_cls->ctor = sock_ctor;
        pyvm_cfunc_install(sock_cls, sock_methods);
        pyvm_mod_properties(sock_cls, sock_getters);
        pyvm_type_setattr(sock_cls, pyvm_name(module), pyvm_str_cstr("_socket"));
        /* socket.py derives from it: its instances wrap an empty socket __init__ opens */
        pyvm_wrap_install(sock_cls, false);
        sock_cls->flags |= PYVM_CLASS_MUTABLE_VALUE;
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, socket_functions);
    pyvm_mod_put(d, "socket", rt_from_ptr(sock_cls));
    pyvm_mod_put(d, "SocketType", rt_from_ptr(sock_cls));
    pyvm_mod_put(d, "error", rt_from_ptr(pyvm_exc_OSError));
    pyvm_mod_put(d, "timeout", rt_from_ptr(pyvm_exc_TimeoutError));
    if (!pyvm_mod_socket_net_install(d))
        return NULL;
    return d;
}
