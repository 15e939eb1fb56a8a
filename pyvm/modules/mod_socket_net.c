/*
** mod_socket_net.c: the addressing half of `_socket` (mod_socket.c): Python addresses to and
** from sockaddrs (AF_INET (host, port), AF_INET6 (host, port, flowinfo, scope_id), AF_UNIX
** paths, with CPython's checks and messages), the resolver functions on getaddrinfo /
** getnameinfo / gethostbyname_r (getaddrinfo, gethostbyname[_ex], gethostbyaddr, getnameinfo,
** getservbyname, getservbyport, getprotobyname, gethostname), the inet_* and byte-order
** helpers, the herror and gaierror classes, and the module's constants, which socket.py turns
** into its AddressFamily, SocketKind, MsgFlag and AddressInfo enums.
*/
#define _GNU_SOURCE /* gethostbyname_r */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "pyvm/modules/netaddr.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static pyvm_class_t *herror_cls, *gaierror_cls;

static rt_value_t raise_with(pyvm_class_t *cls, int code, const char *msg)
{
    rt_value_t args[2] = {rt_small(code), pyvm_str_cstr(msg)};
    rt_value_t e = pyvm_exc_new(cls, args, 2);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* The error of a failed getaddrinfo / getnameinfo call. */
static rt_value_t gai_failure(int code)
{
    if (code == EAI_SYSTEM)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return raise_with(gaierror_cls, code, gai_strerror(code));
}

static bool is_bytes(rt_value_t v) { return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_bytes; }

/* The C string of a host name: a str (non-ASCII ones through the idna codec) or bytes; NULL
** for None (*ok still true). */
static const char *host_arg(rt_value_t v, bool *ok)
{
    *ok = true;
    v = pyvm_unwrap(v);
    if (v == rt_none)
        return NULL;
    if (pyvm_is_str(v) && !rt_str_is_ascii(pyvm_str_of(v)))
        v = pyvm_codec_encode(pyvm_str_of(v), "idna", "strict");
    if (v && (pyvm_is_str(v) || is_bytes(v))) {
        rt_str_t *s = rt_ptr(v);
        if (!memchr(s->data, 0, (size_t)s->len))
            return s->data;
        rt_raise(RT_EXC_VALUE, "embedded null character");
    } else if (v) {
        rt_raise(RT_EXC_TYPE, "str, bytes or bytearray expected, not %s", pyvm_type_name(v));
    }
    *ok = false;
    return NULL;
}

/* CPython's setipaddr: a host name to an address of family af (AF_UNSPEC: any). */
static bool resolve(const char *name, int af, struct sockaddr_storage *out, socklen_t *len)
{
    memset(out, 0, sizeof *out);
    if (name[0] == 0 || strcmp(name, "<broadcast>") == 0) {
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        if (name[0] == 0 && af == AF_INET6) {
            ((struct sockaddr_in6 *)out)->sin6_family = AF_INET6;
            *len = sizeof(struct sockaddr_in6);
            return true;
        }
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = name[0] ? htonl(INADDR_BROADCAST) : htonl(INADDR_ANY);
        *len = sizeof *sin;
        return true;
    }
    struct addrinfo hints = {.ai_family = af}, *res;
    int err = getaddrinfo(name, NULL, &hints, &res);
    if (err) {
        gai_failure(err);
        return false;
    }
    memcpy(out, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return true;
}

static bool port_arg(rt_value_t v, const char *fn, int *port)
{
    int64_t p;
    if (!pyvm_is_intlike(pyvm_unwrap(v))) {
        rt_raise(RT_EXC_TYPE, "'%s' object cannot be interpreted as an integer",
                 pyvm_type_name(v));
        return false;
    }
    if (!pyvm_index_i64(v, &p))
        return false;
    if (p < 0 || p > 0xffff) {
        rt_raise(RT_EXC_OVERFLOW, "%s(): port must be 0-65535.", fn);
        return false;
    }
    *port = (int)p;
    return true;
}

static bool addr_unix(rt_value_t v, const char *fn, struct sockaddr_storage *out, socklen_t *len)
{
    const char *d;
    int64_t n;
    v = pyvm_unwrap(v);
    if (pyvm_is_str(v)) {
        d = pyvm_str_of(v)->data;
        n = pyvm_str_of(v)->len;
    } else if (!pyvm_bytes_like(v, &d, &n)) {
        rt_raise(RT_EXC_TYPE, "%s(): AF_UNIX address must be str or bytes, not %s", fn,
                 pyvm_type_name(v));
        return false;
    }
    struct sockaddr_un *sun = (struct sockaddr_un *)out;
    /* a leading NUL is Linux's abstract namespace: no terminator then */
    if ((size_t)n > sizeof sun->sun_path - (n > 0 && d[0] == 0 ? 0 : 1)) {
        pyvm_raise_cls(pyvm_exc_OSError, "AF_UNIX path too long");
        return false;
    }
    memset(out, 0, sizeof *out);
    sun->sun_family = AF_UNIX;
    memcpy(sun->sun_path, d, (size_t)n);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n);
    return true;
}

bool pyvm_mod_socket_addr_in(int family, rt_value_t v, const char *fn,
                             struct sockaddr_storage *out, socklen_t *len)
{
    if (family == AF_UNIX)
        return addr_unix(v, fn, out, len);
    if (family != AF_INET && family != AF_INET6) {
        pyvm_raise_cls(pyvm_exc_OSError, "%s(): bad family", fn);
        return false;
    }
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!pyvm_is_tuple(v)) {
        rt_raise(RT_EXC_TYPE, "%s(): %s address must be tuple, not %s", fn, fam,
                 pyvm_type_name(v));
        return false;
    }
    rt_tuple_t *t = rt_ptr(v);
    int64_t nt = rt_tuple_len(t);
    if (family == AF_INET ? nt != 2 : nt < 2 || nt > 4) {
        rt_raise(RT_EXC_TYPE, family == AF_INET
                                  ? "AF_INET address must be a pair (host, port)"
                                  : "AF_INET6 address must be a tuple (host, port[, flowinfo[, "
                                    "scopeid]])");
        return false;
    }
    bool ok;
    int port;
    const char *host = host_arg(rt_tuple_get(t, 0), &ok);
    if (!ok || !port_arg(rt_tuple_get(t, 1), fn, &port))
        return false;
    if (!host) {
        rt_raise(RT_EXC_TYPE, "str, bytes or bytearray expected, not NoneType");
        return false;
    }
    if (!resolve(host, family, out, len))
        return false;
    if (family == AF_INET) {
        ((struct sockaddr_in *)out)->sin_port = htons((uint16_t)port);
        return true;
    }
    int64_t flow = 0, scope = 0;
    if ((nt > 2 && !pyvm_index_i64(rt_tuple_get(t, 2), &flow)) ||
        (nt > 3 && !pyvm_index_i64(rt_tuple_get(t, 3), &scope)))
        return false;
    if (flow < 0 || flow > 0xfffff) {
        rt_raise(RT_EXC_OVERFLOW, "%s(): flowinfo must be 0-1048575.", fn);
        return false;
    }
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)out;
    sin6->sin6_port = htons((uint16_t)port);
    sin6->sin6_flowinfo = htonl((uint32_t)flow);
    sin6->sin6_scope_id = (uint32_t)scope;
    return true;
}

rt_value_t pyvm_mod_socket_addr_out(const struct sockaddr *sa, socklen_t len)
{
    char host[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        rt_value_t t[2] = {pyvm_str_cstr(host), rt_small(ntohs(sin->sin_port))};
        return pyvm_tuple_from(t, 2);
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &sin6->sin6_addr, host, sizeof host);
        rt_value_t t[4] = {pyvm_str_cstr(host), rt_small(ntohs(sin6->sin6_port)),
                           rt_int_from_u64(ntohl(sin6->sin6_flowinfo)),
                           rt_int_from_u64(sin6->sin6_scope_id)};
        return pyvm_tuple_from(t, 4);
    }
    case AF_UNIX: {
        const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
        size_t max = len > offsetof(struct sockaddr_un, sun_path)
                         ? len - offsetof(struct sockaddr_un, sun_path)
                         : 0;
        if (max > 0 && sun->sun_path[0] == 0)
            return rt_from_ptr(rt_bytes_new(sun->sun_path, max));
        return rt_from_ptr(rt_str_new(sun->sun_path, strnlen(sun->sun_path, max)));
    }
    default: {
        rt_value_t t[2] = {rt_small(sa->sa_family),
                           rt_from_ptr(rt_bytes_new(sa->sa_data, sizeof sa->sa_data))};
        return pyvm_tuple_from(t, 2);
    }
    }
}

/* ---- resolver functions ---- */

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
FN(m_getaddrinfo)
{
    (void)self;
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    rt_value_t v[6];
    int64_t num[4] = {0, 0, 0, 0};
    if (!pyvm_parse_args("getaddrinfo", a, n, kw, names, 2, v))
        return RT_NOVALUE;
    for (int k = 0; k < 4; k++)
        if (v[2 + k] && !pyvm_index_i64(v[2 + k], &num[k]))
            return RT_NOVALUE;
    bool ok;
    const char *host = host_arg(v[0], &ok), *port = NULL;
    if (!ok)
        return RT_NOVALUE;
    char pbuf[24];
    rt_value_t p = pyvm_unwrap(v[1]);
    if (pyvm_is_intlike(p)) {
        int64_t pi;
        if (!pyvm_index_i64(p, &pi))
            return RT_NOVALUE;
        snprintf(pbuf, sizeof pbuf, "%lld", (long long)pi);
        port = pbuf;
    } else if (pyvm_is_str(p) || is_bytes(p)) {
        port = ((rt_str_t *)rt_ptr(p))->data;
    } else if (p != rt_none) {
        return pyvm_raise_cls(pyvm_exc_OSError, "Int or String expected");
    }
    struct addrinfo hints = {.ai_family = (int)num[0], .ai_socktype = (int)num[1],
                             .ai_protocol = (int)num[2], .ai_flags = (int)num[3]}, *res;
    int err = getaddrinfo(host, port, &hints, &res);
    if (err)
        return gai_failure(err);
    rt_vec_t *out = pyvm_list_new(0);
    for (struct addrinfo *r = res; r; r = r->ai_next) {
        rt_value_t addr = pyvm_mod_socket_addr_out(r->ai_addr, r->ai_addrlen);
        rt_value_t t[5] = {rt_small(r->ai_family), rt_small(r->ai_socktype),
                           rt_small(r->ai_protocol), pyvm_str_cstr(r->ai_canonname ? r->ai_canonname : ""),
                           addr};
        rt_vec_append(out, pyvm_tuple_from(t, 5));
    }
    freeaddrinfo(res);
    return rt_from_ptr(out);
}

/* getnameinfo(sockaddr, flags): (host, port) as names or numbers. */
FN(m_getnameinfo)
{
    (void)self, (void)n, (void)kw;
    int64_t flags;
    if (!pyvm_is_tuple(a[0]))
        return rt_raise(RT_EXC_TYPE, "getnameinfo() argument 1 must be a tuple");
    rt_tuple_t *t = rt_ptr(a[0]);
    if (!pyvm_index_i64(a[1], &flags))
        return RT_NOVALUE;
    if (rt_tuple_len(t) < 2 || rt_tuple_len(t) > 4)
        return rt_raise(RT_EXC_TYPE, "getnameinfo(): illegal sockaddr argument");
    bool ok;
    int port;
    const char *host = host_arg(rt_tuple_get(t, 0), &ok);
    if (!ok || !port_arg(rt_tuple_get(t, 1), "getnameinfo", &port))
        return RT_NOVALUE;
    char pbuf[8];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_DGRAM,
                             .ai_flags = AI_NUMERICHOST}, *res;
    int err = getaddrinfo(host ? host : "", pbuf, &hints, &res);
    if (err)
        return gai_failure(err);
    if (res->ai_next) {
        freeaddrinfo(res);
        return pyvm_raise_cls(pyvm_exc_OSError, "sockaddr resolved to multiple addresses");
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    err = getnameinfo(res->ai_addr, res->ai_addrlen, hbuf, sizeof hbuf, sbuf, sizeof sbuf,
                      (int)flags);
    freeaddrinfo(res);
    if (err)
        return gai_failure(err);
    rt_value_t r[2] = {pyvm_str_cstr(hbuf), pyvm_str_cstr(sbuf)};
    return pyvm_tuple_from(r, 2);
}

FN(m_gethostname)
{
    (void)self, (void)a, (void)n, (void)kw;
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    buf[sizeof buf - 1] = 0;
    return pyvm_str_cstr(buf);
}

static rt_value_t numeric_host(const struct sockaddr_storage *ss)
{
    char host[INET6_ADDRSTRLEN];
    const void *src = ss->ss_family == AF_INET
                          ? (const void *)&((const struct sockaddr_in *)ss)->sin_addr
                          : (const void *)&((const struct sockaddr_in6 *)ss)->sin6_addr;
    inet_ntop(ss->ss_family, src, host, sizeof host);
    return pyvm_str_cstr(host);
}

FN(m_gethostbyname)
{
    (void)self, (void)n, (void)kw;
    bool ok;
    const char *host = host_arg(a[0], &ok);
    struct sockaddr_storage ss;
    socklen_t len;
    if (!ok || !resolve(host ? host : "", AF_INET, &ss, &len))
        return RT_NOVALUE;
    return numeric_host(&ss);
}

/* (name, aliases, addresses) of a hostent. */
static rt_value_t hostent_value(const struct hostent *h)
{
    rt_vec_t *aliases = pyvm_list_new(0), *addrs = pyvm_list_new(0);
    for (char **p = h->h_aliases; p && *p; p++)
        rt_vec_append(aliases, pyvm_str_cstr(*p));
    for (char **p = h->h_addr_list; p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(h->h_addrtype, *p, buf, sizeof buf);
        rt_vec_append(addrs, pyvm_str_cstr(buf));
    }
    rt_value_t t[3] = {pyvm_str_cstr(h->h_name), rt_from_ptr(aliases), rt_from_ptr(addrs)};
    return pyvm_tuple_from(t, 3);
}

static rt_value_t host_failure(int code)
{
    return raise_with(herror_cls, code, hstrerror(code));
}

/* gethostbyname_ex(name) / gethostbyaddr(ip): (name, aliases, addresses) from the resolver,
** after the host was checked as gethostbyname does (gaierror), herror when it has no entry. */
static rt_value_t host_entry(rt_value_t v, bool by_addr)
{
    bool ok;
    const char *host = host_arg(v, &ok);
    struct sockaddr_storage ss;
    socklen_t len;
    if (!ok || !resolve(host ? host : "", by_addr ? AF_UNSPEC : AF_INET, &ss, &len))
        return RT_NOVALUE;
    struct hostent he, *h = NULL;
    char buf[16384];
    int herr = 0, r;
    if (by_addr) {
        bool v4 = ss.ss_family == AF_INET;
        const void *addr = v4 ? (const void *)&((struct sockaddr_in *)&ss)->sin_addr
                              : (const void *)&((struct sockaddr_in6 *)&ss)->sin6_addr;
        r = gethostbyaddr_r(addr, v4 ? 4 : 16, ss.ss_family, &he, buf, sizeof buf, &h, &herr);
    } else {
        r = gethostbyname_r(host, &he, buf, sizeof buf, &h, &herr);
    }
    if (r != 0 || !h)
        return host_failure(herr ? herr : HOST_NOT_FOUND);
    return hostent_value(h);
}

FN(m_gethostbyname_ex)
{
    (void)self, (void)n, (void)kw;
    return host_entry(a[0], false);
}

FN(m_gethostbyaddr)
{
    (void)self, (void)n, (void)kw;
    return host_entry(a[0], true);
}

static bool cstr_arg(rt_value_t v, const char *fn, const char **out)
{
    v = pyvm_unwrap(v);
    if (!pyvm_is_str(v)) {
        rt_raise(RT_EXC_TYPE, "%s() argument must be str, not %s", fn, pyvm_type_name(v));
        return false;
    }
    *out = pyvm_str_of(v)->data;
    return true;
}

FN(m_getservbyname)
{
    (void)self, (void)kw;
    const char *name, *proto = NULL;
    if (!cstr_arg(a[0], "getservbyname", &name) ||
        (n > 1 && !cstr_arg(a[1], "getservbyname", &proto)))
        return RT_NOVALUE;
    struct servent *s = getservbyname(name, proto);
    return s ? rt_small(ntohs((uint16_t)s->s_port))
             : pyvm_raise_cls(pyvm_exc_OSError, "service/proto not found");
}

FN(m_getservbyport)
{
    (void)self, (void)kw;
    int64_t port;
    const char *proto = NULL;
    if (!pyvm_index_i64(a[0], &port) || (n > 1 && !cstr_arg(a[1], "getservbyport", &proto)))
        return RT_NOVALUE;
    if (port < 0 || port > 0xffff)
        return rt_raise(RT_EXC_OVERFLOW, "getservbyport: port must be 0-65535.");
    struct servent *s = getservbyport(htons((uint16_t)port), proto);
    return s ? pyvm_str_cstr(s->s_name)
             : pyvm_raise_cls(pyvm_exc_OSError, "port/proto not found");
}

FN(m_getprotobyname)
{
    (void)self, (void)n, (void)kw;
    const char *name;
    if (!cstr_arg(a[0], "getprotobyname", &name))
        return RT_NOVALUE;
    struct protoent *p = getprotobyname(name);
    return p ? rt_small(p->p_proto) : pyvm_raise_cls(pyvm_exc_OSError, "protocol not found");
}

/* ---- inet_* and byte order ---- */

FN(m_inet_aton)
{
    (void)self, (void)n, (void)kw;
    const char *s;
    struct in_addr in;
    if (!cstr_arg(a[0], "inet_aton", &s))
        return RT_NOVALUE;
    if (!inet_aton(s, &in))
        return pyvm_raise_cls(pyvm_exc_OSError, "illegal IP address string passed to inet_aton");
    return rt_from_ptr(rt_bytes_new((const char *)&in, 4));
}

FN(m_inet_ntoa)
{
    (void)self, (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[0]));
    if (len != 4)
        return pyvm_raise_cls(pyvm_exc_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, d, buf, sizeof buf);
    return pyvm_str_cstr(buf);
}

FN(m_inet_pton)
{
    (void)self, (void)n, (void)kw;
    int64_t af;
    const char *s;
    unsigned char buf[16];
    if (!pyvm_index_i64(a[0], &af) || !cstr_arg(a[1], "inet_pton", &s))
        return RT_NOVALUE;
    int r = inet_pton((int)af, s, buf);
    if (r < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    if (r == 0)
        return pyvm_raise_cls(pyvm_exc_OSError, "illegal IP address string passed to inet_pton");
    return rt_from_ptr(rt_bytes_new((const char *)buf, af == AF_INET ? 4 : 16));
}

FN(m_inet_ntop)
{
    (void)self, (void)n, (void)kw;
    int64_t af, len;
    const char *d;
    if (!pyvm_index_i64(a[0], &af))
        return RT_NOVALUE;
    if (!pyvm_bytes_like(a[1], &d, &len))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required, not '%s'",
                        pyvm_type_name(a[1]));
    if (af != AF_INET && af != AF_INET6)
        return rt_raise(RT_EXC_VALUE, "unknown address family %lld", (long long)af);
    if (len != (af == AF_INET ? 4 : 16))
        return rt_raise(RT_EXC_VALUE, "invalid length of packed IP address string");
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop((int)af, d, buf, sizeof buf))
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return pyvm_str_cstr(buf);
}

/* htons / ntohs (16 bits) and htonl / ntohl (32 bits), with CPython's range errors. */
static rt_value_t byte_order(const char *fn, rt_value_t v, bool wide)
{
    int64_t x;
    if (!pyvm_is_intlike(pyvm_unwrap(v)))
        return rt_raise(RT_EXC_TYPE, wide ? "expected int, %s found"
                                          : "'%s' object cannot be interpreted as an integer",
                        pyvm_type_name(v));
    if (!pyvm_index_i64(v, &x))
        return RT_NOVALUE;
    if (x < 0)
        return wide ? rt_raise(RT_EXC_OVERFLOW, "can't convert negative value to unsigned int")
                    : rt_raise(RT_EXC_OVERFLOW, "%s: can't convert negative Python int to C "
                                                "16-bit unsigned integer", fn);
    if (x > (wide ? 0xffffffffLL : 0xffffLL))
        return wide ? rt_raise(RT_EXC_OVERFLOW, "int larger than 32 bits")
                    : rt_raise(RT_EXC_OVERFLOW, "%s: Python int too large to convert to C "
                                                "16-bit unsigned integer", fn);
    return wide ? rt_int_from_u64(htonl((uint32_t)x)) : rt_small(htons((uint16_t)x));
}

FN(m_htons)
{
    (void)self, (void)n, (void)kw;
    return byte_order("htons", a[0], false);
}

FN(m_ntohs)
{
    (void)self, (void)n, (void)kw;
    return byte_order("ntohs", a[0], false);
}

FN(m_htonl)
{
    (void)self, (void)n, (void)kw;
    return byte_order("htonl", a[0], true);
}

FN(m_ntohl)
{
    (void)self, (void)n, (void)kw;
    return byte_order("ntohl", a[0], true);
}

static const pyvm_cfunc_def_t net_functions[] = {
    {"getaddrinfo", m_getaddrinfo, 2, 6, 0, 1},
    {"getnameinfo", m_getnameinfo, 2, 2, 0, 0},
    {"gethostname", m_gethostname, 0, 0, 0, 0},
    {"gethostbyname", m_gethostbyname, 1, 1, 0, 0},
    {"gethostbyname_ex", m_gethostbyname_ex, 1, 1, 0, 0},
    {"gethostbyaddr", m_gethostbyaddr, 1, 1, 0, 0},
    {"getservbyname", m_getservbyname, 1, 2, 0, 0},
    {"getservbyport", m_getservbyport, 1, 2, 0, 0},
    {"getprotobyname", m_getprotobyname, 1, 1, 0, 0},
    {"inet_aton", m_inet_aton, 1, 1, 0, 0},
    {"inet_ntoa", m_inet_ntoa, 1, 1, 0, 0},
    {"inet_pton", m_inet_pton, 2, 2, 0, 0},
    {"inet_ntop", m_inet_ntop, 2, 2, 0, 0},
    {"htons", m_htons, 1, 1, 0, 0},
    {"ntohs", m_ntohs, 1, 1, 0, 0},
    {"htonl", m_htonl, 1, 1, 0, 0},
    {"ntohl", m_ntohl, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* X(name) for each C constant of the same name that _socket exports. */
#define SOCKET_CONSTANTS(X)                                                                        \
    X(AF_UNSPEC) X(AF_INET) X(AF_INET6) X(AF_UNIX) X(AF_PACKET) X(AF_NETLINK)                      \
    X(SOCK_STREAM) X(SOCK_DGRAM) X(SOCK_RAW) X(SOCK_RDM) X(SOCK_SEQPACKET) X(SOCK_NONBLOCK)       \
    X(SOCK_CLOEXEC) X(SOL_SOCKET) X(SOL_IP) X(SOL_TCP) X(SOMAXCONN)                    \
    X(SO_DEBUG) X(SO_ACCEPTCONN) X(SO_REUSEADDR) X(SO_REUSEPORT) X(SO_KEEPALIVE)                  \
    X(SO_DONTROUTE) X(SO_BROADCAST) X(SO_LINGER) X(SO_OOBINLINE) X(SO_SNDBUF) X(SO_RCVBUF)       \
    X(SO_SNDLOWAT) X(SO_RCVLOWAT) X(SO_SNDTIMEO) X(SO_RCVTIMEO) X(SO_ERROR) X(SO_TYPE)           \
    X(SO_PASSCRED) X(SO_PEERCRED) X(SO_BINDTODEVICE) X(SO_PRIORITY) X(SO_MARK) X(SO_DOMAIN)      \
    X(SO_PROTOCOL) X(SCM_RIGHTS) X(SCM_CREDENTIALS) X(MSG_OOB) X(MSG_PEEK) X(MSG_DONTROUTE)      \
    X(MSG_DONTWAIT) X(MSG_EOR) X(MSG_TRUNC) X(MSG_CTRUNC) X(MSG_WAITALL) X(MSG_NOSIGNAL)         \
    X(MSG_CMSG_CLOEXEC) X(MSG_ERRQUEUE) X(MSG_CONFIRM) X(MSG_MORE)                               \
    X(IPPROTO_IP) X(IPPROTO_ICMP) X(IPPROTO_TCP) X(IPPROTO_UDP) X(IPPROTO_IPV6)                   \
    X(IPPROTO_RAW) X(IPPROTO_ICMPV6) X(IPPORT_RESERVED) X(IPPORT_USERRESERVED)                    \
    X(INADDR_ANY) X(INADDR_BROADCAST) X(INADDR_LOOPBACK) X(INADDR_NONE)                          \
    X(IP_TOS) X(IP_TTL) X(IP_HDRINCL) X(IP_OPTIONS) X(IP_RECVOPTS) X(IP_MULTICAST_IF)            \
    X(IP_MULTICAST_TTL) X(IP_MULTICAST_LOOP) X(IP_ADD_MEMBERSHIP) X(IP_DROP_MEMBERSHIP)          \
    X(IPV6_V6ONLY) X(IPV6_JOIN_GROUP) X(IPV6_LEAVE_GROUP) X(IPV6_MULTICAST_HOPS)                 \
    X(IPV6_MULTICAST_IF) X(IPV6_MULTICAST_LOOP) X(IPV6_UNICAST_HOPS)                             \
    X(TCP_NODELAY) X(TCP_MAXSEG) X(TCP_CORK) X(TCP_KEEPIDLE) X(TCP_KEEPINTVL) X(TCP_KEEPCNT)     \
    X(TCP_FASTOPEN) X(TCP_QUICKACK) X(TCP_USER_TIMEOUT)                                          \
    X(SHUT_RD) X(SHUT_WR) X(SHUT_RDWR)                                                           \
    X(AI_PASSIVE) X(AI_CANONNAME) X(AI_NUMERICHOST) X(AI_NUMERICSERV) X(AI_V4MAPPED) X(AI_ALL)   \
    X(AI_ADDRCONFIG) X(NI_NUMERICHOST) X(NI_NUMERICSERV) X(NI_NOFQDN) X(NI_NAMEREQD) X(NI_DGRAM) \
    X(NI_MAXHOST) X(NI_MAXSERV) X(EAI_ADDRFAMILY) X(EAI_AGAIN) X(EAI_BADFLAGS) X(EAI_FAIL)       \
    X(EAI_FAMILY) X(EAI_MEMORY) X(EAI_NODATA) X(EAI_NONAME) X(EAI_OVERFLOW) X(EAI_SERVICE)       \
    X(EAI_SOCKTYPE) X(EAI_SYSTEM)

static pyvm_class_t *error_class(const char *name)
{
    rt_value_t base = rt_from_ptr(pyvm_exc_OSError);
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("socket"));
    return pyvm_type_new(rt_str_intern_cstr(name), rt_ptr(pyvm_tuple_from(&base, 1)), ns);
}

bool pyvm_mod_socket_net_install(rt_map_t *d)
{
    if (!herror_cls) {
        gc_root_add(&herror_cls, 1);
        gc_root_add(&gaierror_cls, 1);
        herror_cls = error_class("herror");
        gaierror_cls = error_class("gaierror");
        if (!herror_cls || !gaierror_cls)
            return false;
    }
    pyvm_cfunc_install_dict(d, net_functions);
#define CONST_PUT(name) pyvm_mod_put(d, #name, rt_int_from_i64((int64_t)(name)));
    SOCKET_CONSTANTS(CONST_PUT)
#undef CONST_PUT
    pyvm_mod_put(d, "herror", rt_from_ptr(herror_cls));
    pyvm_mod_put(d, "gaierror", rt_from_ptr(gaierror_cls));
    pyvm_mod_put(d, "has_ipv6", rt_true);
    return true;
}
