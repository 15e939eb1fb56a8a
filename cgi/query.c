/*
** query.c: query strings and application/x-www-form-urlencoded bodies, and PHP's variable-name
** syntax, as php_default_treat_data, the POST reader and php_register_variable_ex of PHP 8.2 do.
** The result goes to a cgi_sink_t (cgi.h) as (name, bracket segments, value), so phpvm builds the
** arrays; cookie.c and multipart.c register their variables through cgi_query_register too.
*/
#include <stdlib.h>
#include <string.h>

#include "cgi/cgi.h"

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

size_t cgi_query_urldecode(char *s, size_t len, bool plus)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        int hi, lo;
        if (plus && s[i] == '+') {
            s[o++] = ' ';
        } else if (s[i] == '%' && i + 2 < len && (hi = hexval((unsigned char)s[i + 1])) >= 0 &&
                   (lo = hexval((unsigned char)s[i + 2])) >= 0) {
            s[o++] = (char)(hi << 4 | lo);
            i += 2;
        } else {
            s[o++] = s[i];
        }
    }
    return o;
}

static bool is_index_space(char c)
{
    return c == ' ' || c == '\r' || c == '\n' || c == '\t';
}

/* Parses the bracket segments of name[start..len) (name[start] is '['), filling segs. Returns the
** number of segments, or -1 when the nesting limit drops the variable. *name_len grows when the
** first '[' is unterminated: PHP then keeps the whole text as a plain name. */
static int parse_segments(char *name, size_t len, size_t start, size_t *name_len, int64_t max_level,
                          cgi_seg_t *segs)
{
    int nsegs = 0;
    size_t ip = start;
    for (;;) {
        if (nsegs + 1 > max_level)
            return -1;
        ip++;
        size_t index_s = ip;
        if (ip < len && is_index_space(name[ip]))
            ip++;
        if (ip < len && name[ip] == ']') {
            segs[nsegs++] = (cgi_seg_t){NULL, 0};
        } else {
            char *close = memchr(name + ip, ']', len - ip);
            if (!close) {
                if (nsegs == 0) {
                    /* Not an index after all: the '[' and the rest become part of the name. */
                    name[index_s - 1] = '_';
                    for (size_t p = index_s; p < len; p++)
                        if (name[p] == ' ' || name[p] == '.' || name[p] == '[')
                            name[p] = '_';
                    *name_len = len;
                }
                return nsegs;
            }
            ip = (size_t)(close - name);
            segs[nsegs++] = (cgi_seg_t){name + index_s, ip - index_s};
        }
        ip++;
        if (ip >= len || name[ip] != '[')
            return nsegs; /* text after "]" that does not open a new index is ignored */
    }
}

bool cgi_query_register(const cgi_config_t *cfg, const cgi_sink_t *sink, const cgi_var_t *proto,
                        const char *raw_name, size_t raw_len)
{
    const char *nul = memchr(raw_name, '\0', raw_len);
    size_t len = nul ? (size_t)(nul - raw_name) : raw_len;
    while (len > 0 && *raw_name == ' ') {
        raw_name++;
        len--;
    }
    size_t name_len = 0;
    while (name_len < len && raw_name[name_len] != '[')
        name_len++;
    if (name_len == 0)
        return true; /* empty names (and "[x]=1") are dropped */

    /* Each segment takes at least two bytes, so len/2+1 bounds their number. */
    size_t max_segs = len / 2 + 1;
    char *name = malloc(len + 1);
    cgi_seg_t *segs = malloc(max_segs * sizeof *segs);
    bool ok = false;
    if (!name || !segs)
        goto fail;
    memcpy(name, raw_name, len);
    name[len] = '\0';
    for (size_t i = 0; i < name_len; i++)
        if (name[i] == ' ' || name[i] == '.')
            name[i] = '_';
    int nsegs = 0;
    if (name_len < len) {
        int64_t max_level = cfg->max_input_nesting_level;
        nsegs = parse_segments(name, len, name_len, &name_len, max_level, segs);
        if (nsegs < 0) {
            if (sink->drop)
                sink->drop(sink->ctx, proto->track, name, name_len);
            if (sink->warning) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "Input variable nesting level exceeded %lld. To increase the limit "
                         "change max_input_nesting_level in php.ini.",
                         (long long)max_level);
                sink->warning(sink->ctx, msg);
            }
            ok = true;
            goto fail;
        }
    }
    cgi_var_t var = *proto;
    var.name = name;
    var.name_len = name_len;
    var.segs = segs;
    var.nsegs = nsegs;
    /* PHP's first-cookie-wins rule only applies to plain top-level names. */
    var.keep_existing = proto->keep_existing && nsegs == 0;
    ok = sink->set(sink->ctx, &var);
fail:
    free(name);
    free(segs);
    return ok;
}

static void warn_too_many(const cgi_config_t *cfg, const cgi_sink_t *sink)
{
    if (!sink->warning)
        return;
    char msg[128];
    snprintf(msg, sizeof msg,
             "Input variables exceeded %lld. To increase the limit change max_input_vars in php.ini.",
             (long long)cfg->max_input_vars);
    sink->warning(sink->ctx, msg);
}

/* Decodes and registers one "name=value" (or "name") pair of a query or body. */
static bool register_pair(const cgi_config_t *cfg, const cgi_sink_t *sink, cgi_track_t track,
                          const char *pair, size_t len)
{
    const char *eq = memchr(pair, '=', len);
    size_t klen = eq ? (size_t)(eq - pair) : len;
    size_t vlen = eq ? len - klen - 1 : 0;
    char *buf = malloc(len + 1);
    if (!buf)
        return false;
    memcpy(buf, pair, len);
    buf[len] = '\0';
    klen = cgi_query_urldecode(buf, klen, true);
    char *val = buf + (eq ? (size_t)(eq - pair) + 1 : len);
    vlen = cgi_query_urldecode(val, vlen, true);
    cgi_var_t proto = {.track = track, .value = val, .value_len = vlen};
    bool ok = cgi_query_register(cfg, sink, &proto, buf, klen);
    free(buf);
    return ok;
}

bool cgi_query_parse(const cgi_config_t *cfg, const cgi_sink_t *sink, cgi_track_t track,
                     const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    int64_t count = 0;
    if (track == CGI_TRACK_POST) {
        /* The body reader: every '&'-separated piece counts, empty ones too, and the limit is
        ** checked after the piece is registered. */
        while (p < end) {
            const char *amp = memchr(p, '&', (size_t)(end - p));
            const char *stop = amp ? amp : end;
            if (!register_pair(cfg, sink, track, p, (size_t)(stop - p)))
                return false;
            p = amp ? amp + 1 : end;
            if (++count > cfg->max_input_vars) {
                warn_too_many(cfg, sink);
                break;
            }
        }
        return true;
    }
    /* The query string: strtok() semantics (empty pieces skipped), limit checked before. The
    ** environment cannot hold a NUL, so the string ends at the first one as in C. */
    const char *nul = memchr(data, '\0', len);
    if (nul)
        end = nul;
    while (p < end) {
        while (p < end && *p == '&')
            p++;
        if (p == end)
            break;
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *stop = amp ? amp : end;
        if (++count > cfg->max_input_vars) {
            warn_too_many(cfg, sink);
            break;
        }
        if (!register_pair(cfg, sink, track, p, (size_t)(stop - p)))
            return false;
        p = stop;
    }
    return true;
}
