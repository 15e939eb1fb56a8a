/*
** post.c: the request body. Chooses the parser by Content-Type as PHP's SAPI layer does
** (urlencoded and multipart bodies of a POST become $_POST/$_FILES, anything else stays raw for
** php://input), enforces post_max_size from CONTENT_LENGTH before reading a byte, and never
** reads past CONTENT_LENGTH.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cgi/cgi.h"

enum { CHUNK = 16384 };

/* Does the media type of content_type (before ';', ',' or a space, any case) equal type? */
static bool media_type_is(const char *content_type, const char *type)
{
    if (!content_type)
        return false;
    size_t n = strcspn(content_type, ";, ");
    return n == strlen(type) && strncasecmp(content_type, type, n) == 0;
}

/* Reads up to limit bytes into a malloc'ed buffer; a multipart parser gets them as they come. */
static bool read_body(const cgi_io_t *io, int64_t limit, cgi_multipart_t *mp, cgi_body_t *body)
{
    char chunk[CHUNK];
    size_t cap = 0;
    int64_t left = limit;
    while (left > 0) {
        size_t want = left < CHUNK ? (size_t)left : CHUNK;
        size_t got = io->read(io->ctx, chunk, want);
        if (got == 0)
            break;
        left -= (int64_t)got;
        if (mp) {
            cgi_multipart_feed(mp, chunk, got);
            continue;
        }
        if (body->raw_len + got + 1 > cap) {
            cap = (body->raw_len + got + 1) * 2;
            char *grown = realloc(body->raw, cap);
            if (!grown)
                return false;
            body->raw = grown;
        }
        memcpy(body->raw + body->raw_len, chunk, got);
        body->raw_len += got;
    }
    if (body->raw)
        body->raw[body->raw_len] = '\0';
    return true;
}

bool cgi_post_read(const cgi_config_t *cfg, const cgi_sink_t *sink, const cgi_request_t *req,
                   const cgi_io_t *io, cgi_body_t *body)
{
    *body = (cgi_body_t){0};
    int64_t length = req->content_length;
    if (length <= 0)
        return true;
    if (cfg->post_max_size > 0 && length > cfg->post_max_size) {
        if (sink->warning) {
            char msg[128];
            snprintf(msg, sizeof msg, "POST Content-Length of %lld bytes exceeds the limit of %lld bytes",
                     (long long)length, (long long)cfg->post_max_size);
            sink->warning(sink->ctx, msg);
        }
        return true;
    }
    bool is_post = strcmp(req->method, "POST") == 0;
    if (is_post && media_type_is(req->content_type, "multipart/form-data")) {
        body->uploads = cgi_multipart_new(cfg, sink, req->content_type);
        if (!body->uploads)
            return true; /* no usable boundary: PHP warned and ignores the body */
        if (!read_body(io, length, body->uploads, body))
            return false;
        cgi_multipart_finish(body->uploads);
        return true;
    }
    if (!read_body(io, length, NULL, body))
        return false;
    if (is_post && media_type_is(req->content_type, "application/x-www-form-urlencoded"))
        return cgi_query_parse(cfg, sink, CGI_TRACK_POST, body->raw ? body->raw : "", body->raw_len);
    return true;
}

void cgi_post_free(cgi_body_t *body)
{
    free(body->raw);
    cgi_multipart_free(body->uploads);
    *body = (cgi_body_t){0};
}
