/*
** network.c: ext/standard's name-service and address functions (gethostbyname(l),
** gethostbyaddr, getprotobyname/number, getservbyname/port, ip2long/long2ip,
** inet_pton/inet_ntop) on the C library's resolver, and the system logger (openlog, syslog,
** closelog and the LOG_* constants) with PHP's line splitting and control-character escapes.
** Sockets themselves are socket.c's.
*/
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#include <arpa/inet.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { MAX_HOST = 255 }; /* PHP's MAXFQDNLEN */

/* The hostname argument: NULL with an error pending; *too_long (after PHP's warning) when it
** is longer than a name can be. */
static rt_str_t *host_arg(rt_value_t *args, int argc, bool *too_long)
{
    rt_str_t *host = phpvm_arg_str(args, argc, 0);
    *too_long = host && host->len > MAX_HOST;
    if (*too_long)
        phpvm_error(PHPVM_E_WARNING, "%s(): Host name cannot be longer than %d characters",
                    phpvm_cur_builtin, MAX_HOST);
    return host;
}

/* The IPv4 addresses of host in a new array (none: empty). */
static phpvm_array_t *ipv4_addresses(const char *host)
{
    phpvm_array_t *out = phpvm_array_new(0);
    struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *list;
    if (getaddrinfo(host, NULL, &hints, &list) != 0)
        return out;
    char buf[INET_ADDRSTRLEN];
    for (struct addrinfo *ai = list; ai; ai = ai->ai_next) {
        inet_ntop(AF_INET, &((struct sockaddr_in *)ai->ai_addr)->sin_addr, buf, sizeof buf);
        phpvm_array_append(out, phpvm_cstr(buf));
    }
    freeaddrinfo(list);
    return out;
}

/* gethostbyname: the first IPv4 address, or the name itself when it has none (or is too long,
** after the warning). */
static rt_value_t fn_gethostbyname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool too_long;
    rt_str_t *host = host_arg(args, argc, &too_long);
    if (!host)
        return RT_NOVALUE;
    phpvm_array_t *all = too_long ? NULL : ipv4_addresses(host->data);
    return all && rt_map_count(all) > 0 ? phpvm_array_val_at(all, phpvm_array_first(all))
                                        : rt_from_ptr(host);
}

static rt_value_t fn_gethostbynamel(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool too_long;
    rt_str_t *host = host_arg(args, argc, &too_long);
    if (!host)
        return RT_NOVALUE;
    if (too_long)
        return rt_false;
    phpvm_array_t *all = ipv4_addresses(host->data);
    return rt_map_count(all) > 0 ? rt_from_ptr(all) : rt_false;
}

/* gethostbyaddr: the name of an IPv4 or IPv6 address, the address itself when it has none. */
static rt_value_t fn_gethostbyaddr(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *ip = phpvm_arg_str(args, argc, 0);
    if (!ip)
        return RT_NOVALUE;
    struct sockaddr_storage ss = {0};
    struct sockaddr_in *in = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    socklen_t len;
    if (inet_pton(AF_INET, ip->data, &in->sin_addr) == 1) {
        in->sin_family = AF_INET, len = sizeof *in;
    } else if (inet_pton(AF_INET6, ip->data, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6, len = sizeof *in6;
    } else {
        phpvm_error(PHPVM_E_WARNING, "gethostbyaddr(): Address is not a valid IPv4 or IPv6 "
                    "address");
        return rt_false;
    }
    char name[NI_MAXHOST];
    if (getnameinfo((struct sockaddr *)&ss, len, name, sizeof name, NULL, 0, NI_NAMEREQD) != 0)
        return rt_from_ptr(ip);
    return phpvm_cstr(name);
}

static rt_value_t fn_ip2long(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *ip = phpvm_arg_str(args, argc, 0);
    if (!ip)
        return RT_NOVALUE;
    struct in_addr a;
    if (ip->len == 0 || inet_pton(AF_INET, ip->data, &a) != 1)
        return rt_false;
    return phpvm_int((int64_t)ntohl(a.s_addr));
}

static rt_value_t fn_long2ip(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    struct in_addr a = {.s_addr = htonl((uint32_t)n)};
    char buf[INET_ADDRSTRLEN];
    return phpvm_cstr(inet_ntop(AF_INET, &a, buf, sizeof buf));
}

static rt_value_t fn_inet_pton(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *ip = phpvm_arg_str(args, argc, 0);
    if (!ip)
        return RT_NOVALUE;
    unsigned char buf[sizeof(struct in6_addr)];
    if (inet_pton(AF_INET, ip->data, buf) == 1)
        return phpvm_str_value((const char *)buf, 4);
    if (strchr(ip->data, ':') && inet_pton(AF_INET6, ip->data, buf) == 1)
        return phpvm_str_value((const char *)buf, 16);
    return rt_false;
}

static rt_value_t fn_inet_ntop(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *packed = phpvm_arg_str(args, argc, 0);
    if (!packed)
        return RT_NOVALUE;
    char buf[INET6_ADDRSTRLEN];
    int family = packed->len == 4 ? AF_INET : packed->len == 16 ? AF_INET6 : 0;
    if (!family || !inet_ntop(family, packed->data, buf, sizeof buf))
        return rt_false;
    return phpvm_cstr(buf);
}

static rt_value_t fn_getprotobyname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    struct protoent *p = getprotobyname(name->data);
    return p ? phpvm_int(p->p_proto) : rt_false;
}

static rt_value_t fn_getprotobynumber(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    struct protoent *p = n >= 0 && n <= 0xffff ? getprotobynumber((int)n) : NULL;
    return p ? phpvm_cstr(p->p_name) : rt_false;
}

static rt_value_t fn_getservbyname(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *service = phpvm_arg_str(args, argc, 0);
    rt_str_t *proto = service ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!proto)
        return RT_NOVALUE;
    struct servent *s = getservbyname(service->data, proto->data);
    return s ? phpvm_int(ntohs((uint16_t)s->s_port)) : rt_false;
}

static rt_value_t fn_getservbyport(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t port;
    rt_str_t *proto = phpvm_arg_long(args, argc, 0, &port) ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!proto)
        return RT_NOVALUE;
    struct servent *s = getservbyport(htons((uint16_t)port), proto->data);
    return s ? phpvm_cstr(s->s_name) : rt_false;
}

/* ---- the system logger ---- */

static char *log_ident; /* openlog keeps the pointer: ours lives until the next openlog */

static rt_value_t fn_openlog(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *prefix = phpvm_arg_str(args, argc, 0);
    int64_t flags, facility;
    if (!prefix || !phpvm_arg_long(args, argc, 1, &flags) ||
        !phpvm_arg_long(args, argc, 2, &facility))
        return RT_NOVALUE;
    closelog();
    free(log_ident);
    log_ident = strdup(prefix->data);
    openlog(log_ident, (int)flags, (int)facility);
    return rt_true;
}

static rt_value_t fn_closelog(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    closelog();
    return rt_true;
}

/* syslog: a line a message line, control characters spelled \xNN (syslog.filter=no-ctrl). */
static rt_value_t fn_syslog(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t priority;
    rt_str_t *msg = phpvm_arg_long(args, argc, 0, &priority) ? phpvm_arg_str(args, argc, 1)
                                                              : NULL;
    if (!msg)
        return RT_NOVALUE;
    static const char hex[] = "0123456789abcdef";
    rt_strbuf_t line;
    rt_strbuf_init(&line, 128);
    for (int64_t i = 0; i <= msg->len; i++) {
        unsigned char c = i < msg->len ? (unsigned char)msg->data[i] : '\n';
        if (c == '\n') {
            rt_strbuf_append_char(&line, 0);
            syslog((int)priority, "%s", line.data);
            line.len = 0;
        } else if (c >= 0x20 && c != 0x7f) {
            rt_strbuf_append_char(&line, (char)c);
        } else {
            char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            rt_strbuf_append(&line, esc, sizeof esc);
        }
    }
    return rt_true;
}

static const phpvm_intconst_t constants[] = {
    {"LOG_EMERG", LOG_EMERG},       {"LOG_ALERT", LOG_ALERT},     {"LOG_CRIT", LOG_CRIT},
    {"LOG_ERR", LOG_ERR},           {"LOG_WARNING", LOG_WARNING}, {"LOG_NOTICE", LOG_NOTICE},
    {"LOG_INFO", LOG_INFO},         {"LOG_DEBUG", LOG_DEBUG},     {"LOG_KERN", LOG_KERN},
    {"LOG_USER", LOG_USER},         {"LOG_MAIL", LOG_MAIL},       {"LOG_DAEMON", LOG_DAEMON},
    {"LOG_AUTH", LOG_AUTH},         {"LOG_SYSLOG", LOG_SYSLOG},   {"LOG_LPR", LOG_LPR},
    {"LOG_NEWS", LOG_NEWS},         {"LOG_UUCP", LOG_UUCP},       {"LOG_CRON", LOG_CRON},
    {"LOG_AUTHPRIV", LOG_AUTHPRIV}, {"LOG_LOCAL0", LOG_LOCAL0},   {"LOG_LOCAL1", LOG_LOCAL1},
    {"LOG_LOCAL2", LOG_LOCAL2},     {"LOG_LOCAL3", LOG_LOCAL3},   {"LOG_LOCAL4", LOG_LOCAL4},
    {"LOG_LOCAL5", LOG_LOCAL5},     {"LOG_LOCAL6", LOG_LOCAL6},   {"LOG_LOCAL7", LOG_LOCAL7},
    {"LOG_PID", LOG_PID},           {"LOG_CONS", LOG_CONS},       {"LOG_ODELAY", LOG_ODELAY},
    {"LOG_NDELAY", LOG_NDELAY},     {"LOG_NOWAIT", LOG_NOWAIT},   {"LOG_PERROR", LOG_PERROR},
    {NULL, 0}};

static const phpvm_builtin_t functions[] = {
    {"gethostbyname", fn_gethostbyname, 1, 1, "hostname", 0},
    {"gethostbynamel", fn_gethostbynamel, 1, 1, "hostname", 0},
    {"gethostbyaddr", fn_gethostbyaddr, 1, 1, "ip", 0},
    {"ip2long", fn_ip2long, 1, 1, "ip", 0},
    {"long2ip", fn_long2ip, 1, 1, "ip", 0},
    {"inet_pton", fn_inet_pton, 1, 1, "ip", 0},
    {"inet_ntop", fn_inet_ntop, 1, 1, "ip", 0},
    {"getprotobyname", fn_getprotobyname, 1, 1, "protocol", 0},
    {"getprotobynumber", fn_getprotobynumber, 1, 1, "protocol", 0},
    {"getservbyname", fn_getservbyname, 2, 2, "service,protocol", 0},
    {"getservbyport", fn_getservbyport, 2, 2, "port,protocol", 0},
    {"openlog", fn_openlog, 3, 3, "prefix,flags,facility", 0},
    {"syslog", fn_syslog, 2, 2, "priority,message", 0},
    {"closelog", fn_closelog, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0}};

const phpvm_ext_t phpvm_ext_network = {"standard", functions, constants, NULL, NULL, NULL};
