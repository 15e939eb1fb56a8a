/*
** cookie.c: the request's HTTP_COOKIE into $_COOKIE, and the Set-Cookie header line of
** setcookie()/setrawcookie(), both as PHP 8.2 does them (php_default_treat_data, php_setcookie).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cgi/cgi.h"

bool cgi_cookie_parse(const cgi_config_t *cfg, const cgi_sink_t *sink, const char *header)
{
    const char *p = header;
    int64_t count = 0;
    while (*p) {
        while (*p == ';')
            p++;
        if (!*p)
            break;
        size_t len = strcspn(p, ";");
        const char *next = p + len;
        /* Leading spaces come from "; " between cookies; a piece with no name is skipped
        ** without counting towards max_input_vars. */
        while (len > 0 && isspace((unsigned char)*p)) {
            p++;
            len--;
        }
        const char *eq = memchr(p, '=', len);
        if (len == 0 || eq == p) {
            p = next;
            continue;
        }
        if (++count > cfg->max_input_vars) {
            if (sink->warning) {
                char msg[128];
                snprintf(msg, sizeof msg,
                         "Input variables exceeded %lld. To increase the limit change "
                         "max_input_vars in php.ini.",
                         (long long)cfg->max_input_vars);
                sink->warning(sink->ctx, msg);
            }
            break;
        }
        size_t klen = eq ? (size_t)(eq - p) : len;
        size_t vlen = eq ? len - klen - 1 : 0;
        char *val = malloc(vlen + 1);
        if (!val)
            return false;
        memcpy(val, eq ? eq + 1 : "", vlen);
        vlen = cgi_query_urldecode(val, vlen, false);
        cgi_var_t proto = {.track = CGI_TRACK_COOKIE, .value = val, .value_len = vlen,
                           .keep_existing = true};
        bool ok = cgi_query_register(cfg, sink, &proto, p, klen);
        free(val);
        if (!ok)
            return false;
        p = next;
    }
    return true;
}

/* Characters a cookie name (with '=') and a raw value, path or domain must not hold. */
static const char forbidden[] = ",; \t\r\n\013\014";

/* RFC 3986 unreserved characters pass, every other byte is %XX: PHP's rawurlencode(). */
static size_t raw_url_encode(char *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out[o++] = (char)c;
        } else {
            out[o++] = '%';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        }
    }
    return o;
}

/* "Thu, 01 Jan 1970 00:00:01 GMT", PHP's date format "D, d M Y H:i:s \G\M\T". */
static void format_date(char *buf, size_t size, int64_t t)
{
    static const char days[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    snprintf(buf, size, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday], tm.tm_mday,
             months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static const char *check_cookie(const cgi_cookie_t *c)
{
    if (!c->name || !*c->name)
        return "Argument #1 ($name) cannot be empty";
    if (strpbrk(c->name, "=,; \t\r\n\013\014"))
        return "Argument #1 ($name) cannot contain \"=\", \",\", \";\", \" \", \"\\t\", \"\\r\", "
               "\"\\n\", \"\\013\", or \"\\014\"";
    if (c->raw && c->value && strpbrk(c->value, forbidden))
        return "Argument #2 ($value) cannot contain \",\", \";\", \" \", \"\\t\", \"\\r\", "
               "\"\\n\", \"\\013\", or \"\\014\"";
    if (c->path && strpbrk(c->path, forbidden))
        return "\"path\" option cannot contain \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", "
               "\"\\013\", or \"\\014\"";
    if (c->domain && strpbrk(c->domain, forbidden))
        return "\"domain\" option cannot contain \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", "
               "\"\\013\", or \"\\014\"";
    if (c->expires >= INT64_C(253402300800))
        return "\"expires\" option cannot have a year greater than 9999";
    return NULL;
}

char *cgi_cookie_format(const cgi_cookie_t *c, int64_t now, const char **err)
{
    const char *problem = check_cookie(c);
    if (problem) {
        if (err)
            *err = problem;
        return NULL;
    }
    size_t vlen = c->value ? strlen(c->value) : 0;
    size_t size = 160 + strlen(c->name) + 3 * vlen + (c->path ? strlen(c->path) : 0) +
                  (c->domain ? strlen(c->domain) : 0) + (c->samesite ? strlen(c->samesite) : 0);
    char *out = malloc(size);
    if (!out) {
        if (err)
            *err = "out of memory";
        return NULL;
    }
    size_t o = (size_t)snprintf(out, size, "Set-Cookie: %s=", c->name);
    char date[64];
    if (vlen == 0) {
        /* An empty value deletes: a date in the past, as PHP picks for old browsers. */
        format_date(date, sizeof date, 1);
        o += (size_t)snprintf(out + o, size - o, "deleted; expires=%s; Max-Age=0", date);
    } else {
        if (c->raw) {
            memcpy(out + o, c->value, vlen);
            o += vlen;
        } else {
            o += raw_url_encode(out + o, c->value);
        }
        out[o] = '\0';
        if (c->expires > 0) {
            format_date(date, sizeof date, c->expires);
            int64_t diff = c->expires > now ? c->expires - now : 0;
            o += (size_t)snprintf(out + o, size - o, "; expires=%s; Max-Age=%lld", date,
                                  (long long)diff);
        }
    }
    if (c->path && *c->path)
        o += (size_t)snprintf(out + o, size - o, "; path=%s", c->path);
    if (c->domain && *c->domain)
        o += (size_t)snprintf(out + o, size - o, "; domain=%s", c->domain);
    if (c->secure)
        o += (size_t)snprintf(out + o, size - o, "; secure");
    if (c->httponly)
        o += (size_t)snprintf(out + o, size - o, "; HttpOnly");
    if (c->samesite && *c->samesite)
        snprintf(out + o, size - o, "; SameSite=%s", c->samesite);
    return out;
}
