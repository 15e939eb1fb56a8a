/*
** response.c: the response header buffer of one request, with the semantics of PHP 8.2's SAPI
** layer as php-cgi shows them: header() with replace and a response code, "HTTP/1.x NNN Reason"
** lines, Location's implied 302, WWW-Authenticate's 401, text/ content types getting the default
** charset, header_remove(), http_response_code(), and the CGI header block (a "Status:" line
** unless the code is 200, the headers, the default Content-type, a blank line) written once
** before the first body byte.
*/
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cgi/cgi.h"

/* php-cgi's reason phrases; a code missing here gets a bare "Status: NNN". */
static const struct reason {
    int code;
    const char *text;
} reasons[] = {
    {100, "Continue"}, {101, "Switching Protocols"}, {200, "OK"}, {201, "Created"},
    {202, "Accepted"}, {203, "Non-Authoritative Information"}, {204, "No Content"},
    {205, "Reset Content"}, {206, "Partial Content"}, {300, "Multiple Choices"},
    {301, "Moved Permanently"}, {302, "Found"}, {303, "See Other"}, {304, "Not Modified"},
    {305, "Use Proxy"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"},
    {400, "Bad Request"}, {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"},
    {404, "Not Found"}, {405, "Method Not Allowed"}, {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"}, {408, "Request Timeout"}, {409, "Conflict"},
    {410, "Gone"}, {411, "Length Required"}, {412, "Precondition Failed"},
    {413, "Request Entity Too Large"}, {414, "Request-URI Too Long"},
    {415, "Unsupported Media Type"}, {416, "Requested Range Not Satisfiable"},
    {417, "Expectation Failed"}, {426, "Upgrade Required"}, {428, "Precondition Required"},
    {429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons"}, {500, "Internal Server Error"},
    {501, "Not Implemented"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
    {504, "Gateway Timeout"}, {505, "HTTP Version Not Supported"},
    {511, "Network Authentication Required"},
};

const char *cgi_response_reason(int code)
{
    for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
        if (reasons[i].code == code)
            return reasons[i].text;
    return NULL;
}

void cgi_response_init(cgi_response_t *r)
{
    *r = (cgi_response_t){.status = 200, .default_content_type = true, .charset = "UTF-8"};
}

void cgi_response_free(cgi_response_t *r)
{
    for (int i = 0; i < r->nheaders; i++)
        free(r->headers[i].line);
    free(r->headers);
    free(r->status_line);
    *r = (cgi_response_t){0};
}

/* A new code forgets a status line given earlier, as sapi_update_response_code does. */
static void update_code(cgi_response_t *r, int code)
{
    if (r->status == code)
        return;
    free(r->status_line);
    r->status_line = NULL;
    r->status = code;
}

static bool name_is(const char *line, size_t name_len, const char *name)
{
    return strlen(name) == name_len && strncasecmp(line, name, name_len) == 0;
}

/* Removes the headers named name[0..len) (name NULL: all of them). */
static void remove_named(cgi_response_t *r, const char *name, size_t len)
{
    int o = 0;
    for (int i = 0; i < r->nheaders; i++) {
        cgi_header_t *h = &r->headers[i];
        if (!name || (h->name_len == len && strncasecmp(h->line, name, len) == 0))
            free(h->line);
        else
            r->headers[o++] = *h;
    }
    r->nheaders = o;
}

void cgi_response_remove(cgi_response_t *r, const char *name)
{
    remove_named(r, name, name ? strlen(name) : 0);
}

static bool append(cgi_response_t *r, char *line, size_t name_len)
{
    if (r->nheaders == r->cap) {
        int cap = r->cap ? 2 * r->cap : 8;
        cgi_header_t *grown = realloc(r->headers, (size_t)cap * sizeof *grown);
        if (!grown)
            return false;
        r->headers = grown;
        r->cap = cap;
    }
    r->headers[r->nheaders++] = (cgi_header_t){line, name_len};
    return true;
}

static bool has_charset(const cgi_response_t *r) { return r->charset && *r->charset; }

/* Does a Content-Type value get PHP's default charset (text/..., no charset given)? */
static bool wants_charset(const cgi_response_t *r, const char *value, size_t len)
{
    while (len > 0 && *value == ' ') {
        value++;
        len--;
    }
    return has_charset(r) && len >= 5 && strncasecmp(value, "text/", 5) == 0
           && !memmem(value, len, "charset", 7);
}

/* "Content-Type: text/x" becomes "Content-type: text/x;charset=UTF-8". */
static char *content_type_line(const cgi_response_t *r, const char *value, size_t len)
{
    while (len > 0 && *value == ' ') {
        value++;
        len--;
    }
    size_t size = len + strlen(r->charset) + 32;
    char *line = malloc(size);
    if (line)
        snprintf(line, size, "Content-type: %.*s;charset=%s", (int)len, value, r->charset);
    return line;
}

const char *cgi_response_default_type(const cgi_response_t *r)
{
    static char line[128];
    snprintf(line, sizeof line, "Content-type: text/html%s%.80s",
             has_charset(r) ? "; charset=" : "", has_charset(r) ? r->charset : "");
    return line;
}

static char *already_sent(const cgi_response_t *r)
{
    static char msg[512];
    if (r->sent_file)
        snprintf(msg, sizeof msg,
                 "Cannot modify header information - headers already sent by (output started at "
                 "%s:%d)",
                 r->sent_file, r->sent_line);
    else
        snprintf(msg, sizeof msg, "Cannot modify header information - headers already sent");
    return msg;
}

bool cgi_response_header(cgi_response_t *r, const char *line, bool replace, int code,
                         const char **err)
{
    if (r->sent) {
        *err = already_sent(r);
        return false;
    }
    size_t len = strlen(line);
    while (len > 0 && isspace((unsigned char)line[len - 1]))
        len--;
    if (memchr(line, '\n', len) || memchr(line, '\r', len)) {
        *err = "Header may not contain more than a single header, new line detected";
        return false;
    }
    if (len >= 5 && strncasecmp(line, "HTTP/", 5) == 0) {
        const char *sp = memchr(line, ' ', len);
        int status = sp ? atoi(sp + 1) : 0;
        if (status)
            update_code(r, status);
        free(r->status_line);
        r->status_line = strndup(line, len);
        if (code)
            update_code(r, code);
        return r->status_line != NULL;
    }
    const char *colon = memchr(line, ':', len);
    size_t name_len = colon ? (size_t)(colon - line) : len;
    bool is_ct = colon && name_is(line, name_len, "Content-Type");
    char *copy = is_ct && wants_charset(r, colon + 1, len - name_len - 1)
                     ? content_type_line(r, colon + 1, len - name_len - 1)
                     : strndup(line, len);
    if (!copy) {
        *err = "out of memory";
        return false;
    }
    if (is_ct) {
        r->default_content_type = false;
    } else if (colon && name_is(line, name_len, "Location")) {
        if ((r->status < 300 || r->status > 399) && r->status != 201)
            update_code(r, code ? code : 302);
    } else if (colon && name_is(line, name_len, "WWW-Authenticate")) {
        update_code(r, 401);
    }
    if (code)
        update_code(r, code);
    if (replace && colon)
        remove_named(r, copy, name_len);
    if (!append(r, copy, name_len)) {
        free(copy);
        *err = "out of memory";
        return false;
    }
    return true;
}

int cgi_response_code(cgi_response_t *r, int code)
{
    int old = r->status;
    if (code)
        update_code(r, code);
    return old;
}

/* The reason after "HTTP/1.1 NNN " of a status line, when the code is still its own. */
static const char *status_line_reason(const cgi_response_t *r)
{
    if (!r->status_line)
        return NULL;
    const char *sp = strchr(r->status_line, ' ');
    if (!sp || atoi(sp + 1) != r->status)
        return NULL;
    sp = strchr(sp + 1, ' ');
    return sp && sp[1] ? sp + 1 : NULL;
}

bool cgi_response_send(cgi_response_t *r, bool (*write)(void *ctx, const char *data, size_t len),
                       void *ctx, const char *file, int line)
{
    if (r->sent)
        return true;
    r->sent = true;
    r->sent_file = file;
    r->sent_line = line;
    bool has_status = false;
    for (int i = 0; i < r->nheaders; i++)
        has_status |= name_is(r->headers[i].line, r->headers[i].name_len, "Status");
    char buf[256];
    bool ok = true;
    if (r->status != 200 && !has_status) {
        const char *reason = status_line_reason(r);
        if (!reason)
            reason = cgi_response_reason(r->status);
        int n = reason ? snprintf(buf, sizeof buf, "Status: %d %s\r\n", r->status, reason)
                       : snprintf(buf, sizeof buf, "Status: %d\r\n", r->status);
        ok = write(ctx, buf, (size_t)n);
    }
    bool status_done = false;
    for (int i = 0; ok && i < r->nheaders; i++) {
        const cgi_header_t *h = &r->headers[i];
        if (name_is(h->line, h->name_len, "Status")) {
            if (status_done)
                continue; /* only the first Status header counts */
            status_done = true;
        } else if (r->status == 304 && name_is(h->line, h->name_len, "Content-type")) {
            continue;
        }
        ok = write(ctx, h->line, strlen(h->line)) && write(ctx, "\r\n", 2);
    }
    if (ok && r->default_content_type && r->status != 304) {
        const char *ct = cgi_response_default_type(r);
        ok = write(ctx, ct, strlen(ct)) && write(ctx, "\r\n", 2);
    }
    return ok && write(ctx, "\r\n", 2);
}
