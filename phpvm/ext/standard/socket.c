/*
** socket.c: ext/standard's network streams. fsockopen/pfsockopen and the stream_socket_*
** family (client, server, accept, get_name, shutdown, pair, sendto, recvfrom) over tcp://,
** udp://, unix:// and udg:// addresses; stream_set_blocking and stream_set_timeout; the
** default_socket_timeout ini setting. A socket is a stream resource (stream.h) whose FILE only
** reads: writes go to the descriptor at once with send(2), so the FILE never switches direction
** (which a socket cannot seek to do). A read returns what has arrived, waiting up to the
** stream's timeout, as PHP's socket reads do. Names resolve through getaddrinfo. TLS transports
** (ssl://, tls://) are not offered yet, though stream_get_transports lists them as php-cli does.
*/
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <arpa/inet.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/ext/standard/stream.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { SERVER_BIND = 4, SERVER_LISTEN = 8, BACKLOG = 32 };

static char default_timeout[32] = "60"; /* default_socket_timeout, as php -n has it */

static double default_seconds(void) { return strtod(default_timeout, NULL); }

/* A transport PHP names in an address ("tcp://..."): its socket family and type and the
** stream_type stream_get_meta_data reports. */
typedef struct transport {
    const char *name;
    int family, type;
    const char *stype;
} transport_t;

static const transport_t transports[] = {{"tcp", AF_UNSPEC, SOCK_STREAM, "tcp_socket/ssl"},
                                         {"udp", AF_UNSPEC, SOCK_DGRAM, "udp_socket"},
                                         {"unix", AF_UNIX, SOCK_STREAM, "unix_socket"},
                                         {"udg", AF_UNIX, SOCK_DGRAM, "udg_socket"}};

/* What went wrong with a socket call, for the warning and the $error_code/$error_message
** arguments: errno (0 when it was not a system call) and the message. */
typedef struct failure {
    int code;
    char msg[512];
} failure_t;

static void fail_errno(failure_t *f, int code)
{
    f->code = code;
    snprintf(f->msg, sizeof f->msg, "%s", strerror(code));
}

/* ---- reads and writes of socket streams (stream.h) ---- */

bool phpvm_socket_wait(phpvm_stream_t *s)
{
    s->timed_out = false;
    if (phpvm_stream_buffered(s) > 0)
        return true;
    struct pollfd p = {.fd = fileno(s->fp), .events = POLLIN};
    int ms = !s->blocking ? 0 : s->timeout < 0 ? -1 : (int)(s->timeout * 1000.0 + 0.5);
    int n;
    do
        n = poll(&p, 1, ms);
    while (n < 0 && errno == EINTR);
    if (n == 0 && s->blocking)
        s->timed_out = true;
    return n > 0;
}

size_t phpvm_socket_read(phpvm_stream_t *s, char *buf, size_t n)
{
    size_t have = phpvm_stream_buffered(s), got = fread(buf, 1, have < n ? have : n, s->fp);
    if (got == n || (s->kind == PHPVM_SK_SOCKET && !phpvm_socket_wait(s)))
        return got;
    ssize_t r;
    do
        r = read(fileno(s->fp), buf + got, n - got);
    while (r < 0 && errno == EINTR);
    if (r == 0)
        s->eof = true;
    return got + (r > 0 ? (size_t)r : 0);
}

int64_t phpvm_socket_write(phpvm_stream_t *s, const char *p, size_t n)
{
    size_t sent = 0;
    int fd = fileno(s->fp);
    fflush(s->fp); /* what C code (PHP's output, on STDOUT) left in a pipe's FILE goes first */
    while (sent < n) {
        ssize_t w = s->kind == PHPVM_SK_SOCKET ? send(fd, p + sent, n - sent, MSG_NOSIGNAL)
                                               : write(fd, p + sent, n - sent);
        if (w >= 0) {
            sent += (size_t)w;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            break; /* a non-blocking descriptor takes what fits */
        } else if (errno != EINTR) {
            phpvm_error(PHPVM_E_NOTICE, "%s(): %s of %zu bytes failed with errno=%d %s",
                        phpvm_cur_builtin, s->kind == PHPVM_SK_SOCKET ? "Send" : "Write", n,
                        errno, strerror(errno));
            return -1;
        }
    }
    return (int64_t)sent;
}

bool phpvm_socket_closed(phpvm_stream_t *s)
{
    if (phpvm_stream_buffered(s) > 0)
        return false;
    struct pollfd p = {.fd = fileno(s->fp), .events = POLLIN};
    char c;
    return poll(&p, 1, 0) > 0 && recv(p.fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
}

/* ---- addresses ---- */

/* A parsed address: its transport and, for inet ones, host and port; for unix ones the path
** (in host). */
typedef struct address {
    const transport_t *t;
    char host[256];
    char port[16];
} address_t;

/* Parses "tcp://host:port", "[::1]:80", "unix:///path"...; false with the failure set. */
static bool parse_address(const char *spec, address_t *a, failure_t *f)
{
    const char *sep = strstr(spec, "://"), *rest = sep ? sep + 3 : spec;
    a->t = &transports[0];
    if (sep) {
        size_t len = (size_t)(sep - spec);
        a->t = NULL;
        for (size_t i = 0; i < sizeof transports / sizeof *transports; i++)
            if (strlen(transports[i].name) == len && strncmp(spec, transports[i].name, len) == 0)
                a->t = &transports[i];
        if (!a->t) {
            f->code = 0;
            snprintf(f->msg, sizeof f->msg, "Unable to find the socket transport \"%.*s\" - did "
                     "you forget to enable it when you configured PHP?", (int)len, spec);
            return false;
        }
    }
    if (a->t->family == AF_UNIX) {
        snprintf(a->host, sizeof a->host, "%s", rest);
        a->port[0] = 0;
        return true;
    }
    const char *colon = strrchr(rest, ':');
    const char *host = rest, *host_end = colon;
    if (rest[0] == '[') { /* [v6]:port */
        const char *close = strchr(rest, ']');
        colon = close && close[1] == ':' ? close + 1 : NULL;
        host = rest + 1, host_end = close;
    }
    if (!colon || (size_t)(host_end - host) >= sizeof a->host) {
        f->code = 0;
        snprintf(f->msg, sizeof f->msg, "Failed to parse address \"%s\"", rest);
        return false;
    }
    snprintf(a->host, sizeof a->host, "%.*s", (int)(host_end - host), host);
    /* the port is the number that follows, as PHP's atoi takes it ("80/path" is 80) */
    snprintf(a->port, sizeof a->port, "%ld", strtol(colon + 1, NULL, 10) & 0xffff);
    return true;
}

/* The addresses of an inet address for socket type `type`; NULL with the failure set (and
** PHP's separate warning for a name that does not resolve). */
static struct addrinfo *resolve(const address_t *a, bool passive, failure_t *f)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = a->t->type,
                             .ai_flags = passive ? AI_PASSIVE : 0};
    struct addrinfo *list = NULL;
    const char *host = a->host[0] || !passive ? a->host : NULL;
    int rc = getaddrinfo(host, a->port, &hints, &list);
    if (rc != 0) {
        f->code = 0;
        snprintf(f->msg, sizeof f->msg, "php_network_getaddresses: getaddrinfo for %s failed: "
                 "%s", a->host, gai_strerror(rc));
        phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, f->msg);
        return NULL;
    }
    return list;
}

/* sockaddr of a unix address; false (with the failure) for a path too long. */
static bool unix_addr(const address_t *a, struct sockaddr_un *sun, failure_t *f)
{
    memset(sun, 0, sizeof *sun);
    sun->sun_family = AF_UNIX;
    if (strlen(a->host) >= sizeof sun->sun_path) {
        fail_errno(f, ENAMETOOLONG);
        return false;
    }
    memcpy(sun->sun_path, a->host, strlen(a->host));
    return true;
}

/* "1.2.3.4:80", "[::1]:80" or a unix path: how PHP spells a socket's address. */
static rt_value_t name_value(const struct sockaddr_storage *ss, socklen_t len)
{
    char host[INET6_ADDRSTRLEN], buf[INET6_ADDRSTRLEN + 16];
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        snprintf(buf, sizeof buf, "%s:%u", host, ntohs(in->sin_port));
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        snprintf(buf, sizeof buf, "[%s]:%u", host, ntohs(in6->sin6_port));
    } else if (ss->ss_family == AF_UNIX && len > offsetof(struct sockaddr_un, sun_path)) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)ss;
        return phpvm_str_value(un->sun_path, strnlen(un->sun_path, sizeof un->sun_path));
    } else {
        return phpvm_str_value("", 0);
    }
    return phpvm_cstr(buf);
}

/* ---- opening ---- */

/* The timeout argument i in seconds (null or absent: default_socket_timeout; negative: none);
** false with an error pending. */
static bool timeout_arg(rt_value_t *args, int argc, int i, double *out)
{
    *out = default_seconds();
    if (phpvm_arg_given(argc, args, i) && phpvm_deref(args[i]) != rt_none &&
        !phpvm_arg_double(args, argc, i, out))
        return false;
    if (*out < 0 || isnan(*out))
        *out = -1;
    return true;
}

/* A socket stream over fd (taken over): mode "r+", reads timing out after `timeout`. */
static rt_value_t socket_stream(int fd, const char *stype, double timeout)
{
    FILE *fp = fdopen(fd, "r");
    if (!fp) {
        close(fd);
        return rt_false;
    }
    rt_value_t v = phpvm_stream_wrap(fp, PHPVM_SK_SOCKET, true, true, true);
    phpvm_stream_t *s = ((phpvm_resource_t *)rt_ptr(v))->data;
    s->stype = stype;
    s->timeout = timeout;
    snprintf(s->mode, sizeof s->mode, "r+");
    return v;
}

/* connect(2) that gives up after `timeout` seconds (negative: never); 0 or an errno. */
static int connect_within(int fd, const struct sockaddr *sa, socklen_t len, double timeout)
{
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int err = connect(fd, sa, len) == 0 ? 0 : errno;
    if (err == EINPROGRESS) {
        struct pollfd p = {.fd = fd, .events = POLLOUT};
        int n;
        do
            n = poll(&p, 1, timeout < 0 ? -1 : (int)(timeout * 1000.0 + 0.5));
        while (n < 0 && errno == EINTR);
        socklen_t elen = sizeof err;
        if (n == 0)
            err = ETIMEDOUT;
        else if (n < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen) != 0)
            err = errno;
    }
    fcntl(fd, F_SETFL, flags);
    return err;
}

/* A connected (client) or bound (server: listening when `listening`) socket for address a:
** its descriptor, or -1 with the failure set. */
static int open_socket(const address_t *a, bool server, bool listening, double timeout,
                       failure_t *f)
{
    if (a->t->family == AF_UNIX) {
        struct sockaddr_un sun;
        if (!unix_addr(a, &sun, f))
            return -1;
        int fd = socket(AF_UNIX, a->t->type, 0), err;
        if (fd < 0) {
            fail_errno(f, errno);
            return -1;
        }
        if (server)
            err = bind(fd, (struct sockaddr *)&sun, sizeof sun) == 0 &&
                          (!listening || listen(fd, BACKLOG) == 0)
                      ? 0
                      : errno;
        else
            err = connect_within(fd, (struct sockaddr *)&sun, sizeof sun, timeout);
        if (err) {
            close(fd);
            fail_errno(f, err);
            return -1;
        }
        return fd;
    }
    struct addrinfo *list = resolve(a, server, f);
    if (!list)
        return -1;
    int fd = -1, err = ECONNREFUSED;
    for (struct addrinfo *ai = list; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        if (server) {
            int on = 1;
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
            err = bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 &&
                          (!listening || listen(fd, BACKLOG) == 0)
                      ? 0
                      : errno;
        } else {
            err = connect_within(fd, ai->ai_addr, ai->ai_addrlen, timeout);
        }
        if (err) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(list);
    if (fd < 0)
        fail_errno(f, err);
    return fd;
}

/* What stream_socket_client, stream_socket_server and fsockopen share: opens `spec`, or warns
** "Unable to connect to <shown> (<why>)"; sets the error-code/message references at args[ref]
** and args[ref + 1] either way. */
static rt_value_t open_stream(const char *spec, const char *shown, bool server, bool listening,
                              double timeout, rt_value_t *args, int argc, int ref)
{
    failure_t f = {0, ""};
    address_t a;
    int fd = parse_address(spec, &a, &f) ? open_socket(&a, server, listening, timeout, &f) : -1;
    /* PHP reports no code for a server's failures (bind, listen): only the message */
    phpvm_arg_set_ref(args, argc, ref, phpvm_int(fd < 0 && !server ? f.code : 0));
    phpvm_arg_set_ref(args, argc, ref + 1, phpvm_cstr(fd < 0 ? f.msg : ""));
    if (fd < 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Unable to connect to %s (%s)", phpvm_cur_builtin,
                    shown, f.msg);
        return rt_false;
    }
    return socket_stream(fd, a.t->stype, default_seconds());
}

static rt_value_t fn_stream_socket_client(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *addr = phpvm_arg_str(args, argc, 0);
    double timeout;
    int64_t flags = 4;
    if (!addr || !timeout_arg(args, argc, 3, &timeout) ||
        (phpvm_arg_given(argc, args, 4) && !phpvm_arg_long(args, argc, 4, &flags)))
        return RT_NOVALUE;
    return open_stream(addr->data, addr->data, false, false, timeout, args, argc, 1);
}

static rt_value_t fn_stream_socket_server(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *addr = phpvm_arg_str(args, argc, 0);
    int64_t flags = SERVER_BIND | SERVER_LISTEN;
    if (!addr || (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &flags)))
        return RT_NOVALUE;
    return open_stream(addr->data, addr->data, true, (flags & SERVER_LISTEN) != 0, -1, args,
                       argc, 1);
}

/* fsockopen/pfsockopen: hostname and port (port <= 0: the hostname says it all). */
static rt_value_t fn_fsockopen(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *host = phpvm_arg_str(args, argc, 0);
    int64_t port = -1;
    double timeout;
    if (!host || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &port)) ||
        !timeout_arg(args, argc, 4, &timeout))
        return RT_NOVALUE;
    char spec[600], shown[600];
    snprintf(shown, sizeof shown, "%s:%" PRId64, host->data, port);
    snprintf(spec, sizeof spec, port > 0 ? "%s:%" PRId64 : "%s", host->data, port);
    return open_stream(spec, shown, false, false, timeout, args, argc, 2);
}

/* The socket stream of args[i] and its descriptor; NULL with an error pending. */
static phpvm_stream_t *socket_arg(rt_value_t *args, int i, int *fd)
{
    phpvm_stream_t *s = phpvm_stream_arg(args, i);
    if (!s)
        return NULL;
    *fd = s->fp ? fileno(s->fp) : -1;
    return s;
}

static rt_value_t fn_stream_socket_accept(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    double timeout;
    phpvm_stream_t *s = socket_arg(args, 0, &fd);
    if (!s || !timeout_arg(args, argc, 1, &timeout))
        return RT_NOVALUE;
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int n;
    do
        n = poll(&p, 1, timeout < 0 ? -1 : (int)(timeout * 1000.0 + 0.5));
    while (n < 0 && errno == EINTR);
    struct sockaddr_storage peer;
    socklen_t len = sizeof peer;
    int conn = n > 0 ? accept(fd, (struct sockaddr *)&peer, &len) : -1;
    if (conn < 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_socket_accept(): Accept failed: %s",
                    strerror(n == 0 ? ETIMEDOUT : errno));
        return rt_false;
    }
    phpvm_arg_set_ref(args, argc, 2, name_value(&peer, len));
    return socket_stream(conn, s->stype, default_seconds());
}

static rt_value_t fn_stream_socket_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    if (!socket_arg(args, 0, &fd))
        return RT_NOVALUE;
    bool remote = phpvm_arg_bool(args, argc, 1);
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int rc = remote ? getpeername(fd, (struct sockaddr *)&ss, &len)
                    : getsockname(fd, (struct sockaddr *)&ss, &len);
    return rc == 0 ? name_value(&ss, len) : rt_false;
}

static rt_value_t fn_stream_socket_shutdown(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    int64_t how;
    if (!socket_arg(args, 0, &fd) || !phpvm_arg_long(args, argc, 1, &how))
        return RT_NOVALUE;
    if (how < SHUT_RD || how > SHUT_RDWR)
        return phpvm_throw("ValueError", "stream_socket_shutdown(): Argument #2 ($mode) must be "
                           "one of STREAM_SHUT_RD, STREAM_SHUT_WR, or STREAM_SHUT_RDWR");
    return rt_bool(shutdown(fd, (int)how) == 0);
}

static rt_value_t fn_stream_socket_pair(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t domain, type, proto;
    if (!phpvm_arg_long(args, argc, 0, &domain) || !phpvm_arg_long(args, argc, 1, &type) ||
        !phpvm_arg_long(args, argc, 2, &proto))
        return RT_NOVALUE;
    int fds[2];
    if (socketpair((int)domain, (int)type, (int)proto, fds) != 0) {
        phpvm_error(PHPVM_E_WARNING, "stream_socket_pair(): Failed to create sockets: [%d]: %s",
                    errno, strerror(errno));
        return rt_false;
    }
    phpvm_array_t *pair = phpvm_array_new(2);
    double timeout = default_seconds();
    for (int i = 0; i < 2; i++)
        phpvm_array_append(pair, socket_stream(fds[i], "generic_socket", timeout));
    return rt_from_ptr(pair);
}

static rt_value_t fn_stream_socket_recvfrom(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    int64_t len, flags = 0;
    phpvm_stream_t *s = socket_arg(args, 0, &fd);
    if (!s || !phpvm_arg_long(args, argc, 1, &len) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags)))
        return RT_NOVALUE;
    if (len <= 0)
        return phpvm_throw("ValueError", "stream_socket_recvfrom(): Argument #2 ($length) must "
                           "be greater than 0");
    rt_str_t *out = rt_str_alloc(&rt_type_str, (size_t)len); /* waits as recvfrom(2) does */
    struct sockaddr_storage from;
    socklen_t flen = sizeof from;
    ssize_t got = recvfrom(fd, out->data, (size_t)len, (int)flags, (struct sockaddr *)&from,
                           &flen);
    if (got < 0)
        return rt_false;
    if (flen > 0)
        phpvm_arg_set_ref(args, argc, 3, name_value(&from, flen));
    return phpvm_str_value(out->data, (size_t)got);
}

static rt_value_t fn_stream_socket_sendto(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    int64_t flags = 0;
    rt_str_t *data = socket_arg(args, 0, &fd) ? phpvm_arg_str(args, argc, 1) : NULL;
    rt_str_t *to = NULL;
    if (!data || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags)) ||
        (phpvm_arg_given(argc, args, 3) && !(to = phpvm_arg_str(args, argc, 3))))
        return RT_NOVALUE;
    if (!to || to->len == 0)
        return phpvm_int(send(fd, data->data, data->len, (int)flags | MSG_NOSIGNAL));
    failure_t f;
    address_t a;
    struct addrinfo *list = NULL;
    if (!parse_address(to->data, &a, &f) || a.t->family == AF_UNIX ||
        !(list = resolve(&a, false, &f))) {
        phpvm_error(PHPVM_E_WARNING, "stream_socket_sendto(): Failed to parse `%s' into a valid "
                    "network address", to->data);
        return rt_false;
    }
    ssize_t w = sendto(fd, data->data, data->len, (int)flags | MSG_NOSIGNAL, list->ai_addr,
                       list->ai_addrlen);
    freeaddrinfo(list);
    return phpvm_int(w);
}

/* ---- options ---- */

/* stream_set_blocking/socket_set_blocking: O_NONBLOCK on the descriptor of a stream that has
** one; socket and pipe reads then return what is there. */
static rt_value_t fn_stream_set_blocking(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    phpvm_stream_t *s = socket_arg(args, 0, &fd);
    if (!s)
        return RT_NOVALUE;
    bool on = phpvm_arg_bool(args, argc, 1);
    if (fd >= 0 && s->kind != PHPVM_SK_USER) {
        int flags = fcntl(fd, F_GETFL);
        if (flags < 0 || fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) != 0)
            return rt_false;
    }
    s->blocking = on;
    return rt_true;
}

/* stream_set_timeout/socket_set_timeout: sockets take it; other streams answer false. */
static rt_value_t fn_stream_set_timeout(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int fd;
    int64_t secs, usecs = 0;
    phpvm_stream_t *s = socket_arg(args, 0, &fd);
    if (!s || !phpvm_arg_long(args, argc, 1, &secs) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &usecs)))
        return RT_NOVALUE;
    if (s->kind != PHPVM_SK_SOCKET)
        return rt_false;
    s->timeout = (double)secs + (double)usecs / 1e6;
    s->timed_out = false;
    return rt_true;
}

static const char *socket_ini(const char *key, const char *value)
{
    if (strcmp(key, "default_socket_timeout") != 0)
        return NULL;
    static char old[sizeof default_timeout];
    snprintf(old, sizeof old, "%s", default_timeout);
    if (value)
        snprintf(default_timeout, sizeof default_timeout, "%s", value);
    return old;
}

static const phpvm_builtin_t functions[] = {
    {"fsockopen", fn_fsockopen, 1, 5, "hostname,port,error_code,error_message,timeout", 12},
    {"pfsockopen", fn_fsockopen, 1, 5, "hostname,port,error_code,error_message,timeout", 12},
    {"stream_socket_client", fn_stream_socket_client, 1, 6,
     "address,error_code,error_message,timeout,flags,context", 6},
    {"stream_socket_server", fn_stream_socket_server, 1, 5,
     "address,error_code,error_message,flags,context", 6},
    {"stream_socket_accept", fn_stream_socket_accept, 1, 3, "socket,timeout,peer_name", 4},
    {"stream_socket_get_name", fn_stream_socket_get_name, 2, 2, "socket,remote", 0},
    {"stream_socket_shutdown", fn_stream_socket_shutdown, 2, 2, "stream,mode", 0},
    {"stream_socket_pair", fn_stream_socket_pair, 3, 3, "domain,type,protocol", 0},
    {"stream_socket_recvfrom", fn_stream_socket_recvfrom, 2, 4, "socket,length,flags,address",
     8},
    {"stream_socket_sendto", fn_stream_socket_sendto, 2, 4, "socket,data,flags,address", 0},
    {"stream_set_blocking", fn_stream_set_blocking, 2, 2, "stream,enable", 0},
    {"socket_set_blocking", fn_stream_set_blocking, 2, 2, "stream,enable", 0},
    {"stream_set_timeout", fn_stream_set_timeout, 2, 3, "stream,seconds,microseconds", 0},
    {"socket_set_timeout", fn_stream_set_timeout, 2, 3, "stream,seconds,microseconds", 0},
    {NULL, NULL, 0, 0, NULL, 0}};

const phpvm_ext_t phpvm_ext_socket = {"standard", functions, NULL, NULL, socket_ini, NULL};
