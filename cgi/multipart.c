/*
** multipart.c: a streaming multipart/form-data parser (RFC 7578, RFC 2046) with the behaviour of
** PHP 8.2's rfc1867.c: boundary lines, part headers, Content-Disposition name/filename, values
** into $_POST, files into temporary files "phpXXXXXX" in the upload directory with their $_FILES
** fields (name, full_path, type, tmp_name, error, size), and the limits max_input_vars,
** max_file_uploads, upload_max_filesize, MAX_FILE_SIZE and max_multipart_body_parts. Input may
** come in chunks of any size; memory stays bounded by the longest header or form value.
*/
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cgi/cgi.h"

enum { MAX_BOUNDARY = 2048, MAX_HEADER_BLOCK = 65536, MAX_LINE = 8192 };

typedef enum state { S_BOUNDARY, S_HEADERS, S_BODY, S_DONE } state_t;

typedef enum part_kind { P_SKIP, P_VALUE, P_FILE } part_kind_t;

struct cgi_multipart {
    cgi_config_t cfg;
    cgi_sink_t sink;
    char delim[MAX_BOUNDARY + 4]; /* "\n--" boundary */
    size_t delim_len;
    state_t state;
    char *buf; /* unconsumed input */
    size_t len, cap;
    /* headers of the current part */
    char *headers;
    size_t headers_len;
    /* the current part */
    part_kind_t kind;
    char *name, *filename, *type;
    char *value; /* P_VALUE: the value so far */
    size_t value_len, value_cap;
    int fd; /* P_FILE: the temporary file, -1 if none */
    char *tmp_name;
    int64_t size;
    int error;
    /* request-wide counters */
    int64_t nvars, nparts, uploads_left, max_file_size;
    bool skip_uploads; /* once a badly bracketed upload name is seen, PHP skips later files too */
    unsigned anonymous;
    char **tmp_files; /* created and not cancelled: removed at the end unless forgotten */
    int ntmp;
};

static void warn(cgi_multipart_t *mp, const char *msg)
{
    if (mp->sink.warning)
        mp->sink.warning(mp->sink.ctx, msg);
}

static void stop(cgi_multipart_t *mp)
{
    mp->state = S_DONE;
}

/* The boundary parameter of Content-Type as PHP finds it: after "boundary" and '=', quoted or up
** to ',' or ';'. */
static bool find_boundary(cgi_multipart_t *mp, const char *content_type)
{
    const char *b = content_type ? strstr(content_type, "boundary") : NULL;
    if (!b || !(b = strchr(b, '='))) {
        warn(mp, "Missing boundary in multipart/form-data POST data");
        return false;
    }
    b++;
    size_t len;
    if (*b == '"') {
        const char *end = strchr(++b, '"');
        if (!end) {
            warn(mp, "Invalid boundary in multipart/form-data POST data");
            return false;
        }
        len = (size_t)(end - b);
    } else {
        len = strcspn(b, ",;");
    }
    if (len > MAX_BOUNDARY) {
        warn(mp, "Invalid boundary in multipart/form-data POST data");
        return false;
    }
    memcpy(mp->delim, "\n--", 3);
    memcpy(mp->delim + 3, b, len);
    mp->delim_len = len + 3;
    return true;
}

cgi_multipart_t *cgi_multipart_new(const cgi_config_t *cfg, const cgi_sink_t *sink,
                                   const char *content_type)
{
    cgi_multipart_t *mp = calloc(1, sizeof *mp);
    if (!mp)
        return NULL;
    mp->cfg = *cfg;
    mp->sink = *sink;
    mp->fd = -1;
    mp->uploads_left = cfg->max_file_uploads;
    if (!find_boundary(mp, content_type)) {
        free(mp);
        return NULL;
    }
    return mp;
}

static void consume(cgi_multipart_t *mp, size_t n)
{
    memmove(mp->buf, mp->buf + n, mp->len - n);
    mp->len -= n;
}

/* A line of the buffer (without "\r\n"), or NULL when no full line is there yet. */
static char *next_line(cgi_multipart_t *mp, size_t *line_len, size_t *consumed)
{
    char *nl = memchr(mp->buf, '\n', mp->len);
    if (!nl)
        return NULL;
    *consumed = (size_t)(nl - mp->buf) + 1;
    *line_len = (size_t)(nl - mp->buf);
    if (*line_len > 0 && mp->buf[*line_len - 1] == '\r')
        --*line_len;
    return mp->buf;
}

/* Skips lines until one that starts with "--boundary"; "--boundary--" ends the body. */
static bool step_boundary(cgi_multipart_t *mp)
{
    const char *bnd = mp->delim + 1;
    size_t blen = mp->delim_len - 1;
    size_t len, used;
    char *line = next_line(mp, &len, &used);
    if (!line) {
        if (mp->len > MAX_LINE + blen)
            consume(mp, mp->len - blen); /* a long preamble line: keep only a possible start */
        return false;
    }
    bool is_boundary = len >= blen && memcmp(line, bnd, blen) == 0;
    bool closing = is_boundary && len >= blen + 2 && memcmp(line + blen, "--", 2) == 0;
    consume(mp, used);
    if (closing)
        stop(mp);
    else if (is_boundary)
        mp->state = S_HEADERS, mp->headers_len = 0;
    return true;
}

/* The value of header `name` in the part's header block (NUL-separated "Name: value" lines). */
static const char *header_value(const cgi_multipart_t *mp, const char *name)
{
    size_t nl = strlen(name);
    if (!mp->headers)
        return NULL;
    for (const char *h = mp->headers; h < mp->headers + mp->headers_len; h += strlen(h) + 1) {
        if (strncasecmp(h, name, nl) == 0 && h[nl] == ':') {
            h += nl + 1;
            while (isspace((unsigned char)*h))
                h++;
            return h;
        }
    }
    return NULL;
}

/* A parameter value: quoted ('"' or '\'', a backslash escapes the quote or itself) or a bare
** word up to whitespace; returns a malloc'ed string. */
static char *param_value(const char *s, size_t len)
{
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t i = 0, o = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    if (i < len && (s[i] == '"' || s[i] == '\'')) {
        char q = s[i++];
        for (; i < len && s[i] != q; i++) {
            if (s[i] == '\\' && i + 1 < len && (s[i + 1] == q || s[i + 1] == '\\'))
                i++;
            out[o++] = s[i];
        }
    } else {
        while (i < len && !isspace((unsigned char)s[i]))
            out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

/* Splits Content-Disposition at ';' (outside quotes) and picks name= and filename=. */
static bool parse_disposition(cgi_multipart_t *mp, const char *cd)
{
    const char *p = cd;
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && *p != ';') {
            char q = *p;
            if (q == '"' || q == '\'') {
                for (p++; *p && *p != q; p++)
                    if (*p == '\\' && p[1] == q)
                        p++;
                if (*p)
                    p++;
            } else {
                p++;
            }
        }
        const char *eq = memchr(start, '=', (size_t)(p - start));
        if (eq) {
            size_t klen = (size_t)(eq - start);
            char **slot = klen == 4 && strncasecmp(start, "name", 4) == 0       ? &mp->name
                          : klen == 8 && strncasecmp(start, "filename", 8) == 0 ? &mp->filename
                                                                                : NULL;
            if (slot) {
                free(*slot);
                if (!(*slot = param_value(eq + 1, (size_t)(p - eq - 1))))
                    return false;
            }
        }
        if (*p == ';')
            p++;
    }
    return true;
}

/* PHP refuses to repair an upload's name: brackets must balance and a ']' may only be followed
** by '['. */
static bool upload_name_ok(const char *name)
{
    long depth = 0;
    for (const char *t = name; *t; t++) {
        if (*t == '[') {
            depth++;
        } else if (*t == ']') {
            depth--;
            if (t[1] && t[1] != '[')
                return false;
        }
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

static void clear_part(cgi_multipart_t *mp)
{
    free(mp->name);
    free(mp->filename);
    free(mp->type);
    free(mp->value);
    free(mp->tmp_name);
    if (mp->fd >= 0)
        close(mp->fd);
    mp->name = mp->filename = mp->type = mp->value = mp->tmp_name = NULL;
    mp->value_len = mp->value_cap = 0;
    mp->fd = -1;
    mp->size = 0;
    mp->error = 0;
    mp->kind = P_SKIP;
}

static bool open_upload(cgi_multipart_t *mp)
{
    const char *dir = cgi_config_tmp_dir(&mp->cfg);
    size_t n = strlen(dir) + 16;
    mp->tmp_name = malloc(n);
    if (!mp->tmp_name)
        return false;
    snprintf(mp->tmp_name, n, "%s/phpXXXXXX", dir);
    mp->fd = mkstemp(mp->tmp_name);
    mp->uploads_left--;
    if (mp->fd < 0) {
        warn(mp, "File upload error - unable to create a temporary file");
        mp->error = CGI_UPLOAD_ERR_NO_TMP_DIR;
        free(mp->tmp_name);
        mp->tmp_name = NULL;
    }
    return true;
}

/* Decides what the part whose headers were just read is. Returns false to stop parsing. */
static bool start_part(cgi_multipart_t *mp)
{
    if (mp->cfg.max_multipart_body_parts != 0) {
        int64_t limit = mp->cfg.max_multipart_body_parts > 0
                            ? mp->cfg.max_multipart_body_parts
                            : mp->cfg.max_input_vars + mp->cfg.max_file_uploads;
        if (++mp->nparts > limit) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "Multipart body parts limit exceeded %lld. To increase the limit change "
                     "max_multipart_body_parts in php.ini.",
                     (long long)limit);
            warn(mp, msg);
            return false;
        }
    }
    const char *cd = header_value(mp, "Content-Disposition");
    mp->kind = P_SKIP;
    if (!cd)
        return true;
    if (!parse_disposition(mp, cd))
        return false;
    if (!mp->filename) {
        if (!mp->name) {
            warn(mp, "File Upload Mime headers garbled");
            return false;
        }
        mp->kind = P_VALUE;
        return true;
    }
    if (!mp->name) {
        char anon[16];
        snprintf(anon, sizeof anon, "%u", mp->anonymous++);
        if (!(mp->name = strdup(anon)))
            return false;
    }
    if (!mp->cfg.file_uploads)
        return true;
    if (mp->uploads_left <= 0) {
        if (mp->uploads_left == 0) {
            mp->uploads_left--;
            warn(mp, "Maximum number of allowable file uploads has been exceeded");
        }
        return true;
    }
    if (mp->skip_uploads || !upload_name_ok(mp->name)) {
        mp->skip_uploads = true;
        return true;
    }
    const char *type = header_value(mp, "Content-Type");
    if (!(mp->type = strdup(type ? type : "")))
        return false;
    mp->kind = P_FILE;
    if (!*mp->filename) {
        mp->error = CGI_UPLOAD_ERR_NO_FILE;
        return true;
    }
    return open_upload(mp);
}

/* Reads the part's header lines up to the blank line (folded lines join the previous one). */
static bool step_headers(cgi_multipart_t *mp)
{
    size_t len, used;
    char *line = next_line(mp, &len, &used);
    if (!line) {
        if (mp->len > MAX_HEADER_BLOCK)
            stop(mp);
        return false;
    }
    if (len == 0) {
        consume(mp, used);
        mp->state = S_BODY;
        if (!start_part(mp))
            stop(mp);
        return true;
    }
    bool folded = (line[0] == ' ' || line[0] == '\t') && mp->headers_len > 0;
    if (mp->headers_len + len + 2 > MAX_HEADER_BLOCK) {
        stop(mp);
        return true;
    }
    char *grown = realloc(mp->headers, mp->headers_len + len + 2);
    if (!grown) {
        stop(mp);
        return true;
    }
    mp->headers = grown;
    if (folded)
        mp->headers[mp->headers_len - 1] = ' '; /* join: replace the previous NUL */
    else if (!memchr(line, ':', len)) {
        consume(mp, used);
        return true; /* not a header: ignored, as PHP does */
    }
    memcpy(mp->headers + mp->headers_len, line, len);
    mp->headers_len += len;
    mp->headers[mp->headers_len++] = '\0';
    consume(mp, used);
    return true;
}

/* Body bytes of the current part. */
static bool part_data(cgi_multipart_t *mp, const char *data, size_t n)
{
    if (n == 0)
        return true;
    if (mp->kind == P_VALUE) {
        if (mp->value_len + n + 1 > mp->value_cap) {
            size_t cap = (mp->value_len + n + 1) * 2;
            char *grown = realloc(mp->value, cap);
            if (!grown)
                return false;
            mp->value = grown;
            mp->value_cap = cap;
        }
        memcpy(mp->value + mp->value_len, data, n);
        mp->value_len += n;
    } else if (mp->kind == P_FILE && mp->fd >= 0 && !mp->error) {
        if (mp->cfg.upload_max_filesize > 0 && mp->size + (int64_t)n > mp->cfg.upload_max_filesize)
            mp->error = CGI_UPLOAD_ERR_INI_SIZE;
        else if (mp->max_file_size && mp->size + (int64_t)n > mp->max_file_size)
            mp->error = CGI_UPLOAD_ERR_FORM_SIZE;
        else if (write(mp->fd, data, n) != (ssize_t)n)
            mp->error = CGI_UPLOAD_ERR_CANT_WRITE;
        else
            mp->size += (int64_t)n;
    }
    return true;
}

static bool set_post(cgi_multipart_t *mp)
{
    if (++mp->nvars > mp->cfg.max_input_vars) {
        if (mp->nvars == mp->cfg.max_input_vars + 1) {
            char msg[128];
            snprintf(msg, sizeof msg,
                     "Input variables exceeded %lld. To increase the limit change "
                     "max_input_vars in php.ini.",
                     (long long)mp->cfg.max_input_vars);
            warn(mp, msg);
        }
        return true;
    }
    if (strcmp(mp->name, "MAX_FILE_SIZE") == 0)
        mp->max_file_size = strtoll(mp->value ? mp->value : "0", NULL, 10);
    cgi_var_t proto = {.track = CGI_TRACK_POST, .value = mp->value ? mp->value : "",
                       .value_len = mp->value_len};
    return cgi_query_register(&mp->cfg, &mp->sink, &proto, mp->name, strlen(mp->name));
}

/* Registers track[base][field][index...] as PHP spells it for an upload named base[index...]. */
static bool set_file_field(cgi_multipart_t *mp, const char *field, const char *s, int64_t i)
{
    const char *name = mp->name;
    size_t nlen = strlen(name);
    const char *bracket = strchr(name, '[');
    bool is_arr = bracket && name[nlen - 1] == ']';
    size_t base_len = is_arr ? (size_t)(bracket - name) : nlen;
    size_t size = nlen + strlen(field) + 3;
    char *full = malloc(size);
    if (!full)
        return false;
    snprintf(full, size, "%.*s[%s]%s", (int)base_len, name, field, is_arr ? bracket : "");
    cgi_var_t proto = {.track = CGI_TRACK_FILES, .value = s, .value_len = s ? strlen(s) : 0,
                       .is_int = !s, .ivalue = i};
    bool ok = cgi_query_register(&mp->cfg, &mp->sink, &proto, full, strlen(full));
    free(full);
    return ok;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/'), *b = strrchr(path, '\\');
    if (b && (!s || b > s))
        s = b;
    return s ? s + 1 : path;
}

static bool remember_tmp(cgi_multipart_t *mp)
{
    char **grown = realloc(mp->tmp_files, (size_t)(mp->ntmp + 1) * sizeof *grown);
    if (!grown)
        return false;
    mp->tmp_files = grown;
    mp->tmp_files[mp->ntmp++] = mp->tmp_name;
    mp->tmp_name = NULL;
    return true;
}

/* The part ended (complete says whether its closing boundary was seen). */
static bool end_part(cgi_multipart_t *mp, bool complete)
{
    bool ok = true;
    if (mp->kind == P_VALUE) {
        ok = set_post(mp);
    } else if (mp->kind == P_FILE) {
        if (mp->fd >= 0) {
            close(mp->fd);
            mp->fd = -1;
        }
        if (!mp->error && !complete)
            mp->error = CGI_UPLOAD_ERR_PARTIAL;
        if (mp->error && mp->tmp_name) {
            unlink(mp->tmp_name);
            free(mp->tmp_name);
            mp->tmp_name = NULL;
        }
        const char *tmp = mp->tmp_name ? mp->tmp_name : "";
        /* PHP reports the part's Content-Type only for a good or partial upload. */
        if (mp->error && mp->error != CGI_UPLOAD_ERR_PARTIAL)
            mp->type[0] = '\0';
        ok = set_file_field(mp, "name", base_name(mp->filename), 0) &&
             set_file_field(mp, "full_path", mp->filename, 0) &&
             set_file_field(mp, "type", mp->type, 0) && set_file_field(mp, "tmp_name", tmp, 0) &&
             set_file_field(mp, "error", NULL, mp->error) &&
             set_file_field(mp, "size", NULL, mp->error ? 0 : mp->size) &&
             (!mp->tmp_name || remember_tmp(mp));
    }
    clear_part(mp);
    return ok;
}

/* Passes body bytes on, holding back what could be the start of the delimiter. */
static bool step_body(cgi_multipart_t *mp)
{
    const char *hit = memmem(mp->buf, mp->len, mp->delim, mp->delim_len);
    if (hit) {
        size_t n = (size_t)(hit - mp->buf);
        size_t data_len = n > 0 && mp->buf[n - 1] == '\r' ? n - 1 : n;
        if (!part_data(mp, mp->buf, data_len) || !end_part(mp, true)) {
            stop(mp);
            return true;
        }
        consume(mp, n + 1); /* keep "--boundary..." for step_boundary */
        mp->state = S_BOUNDARY;
        return true;
    }
    if (mp->len > mp->delim_len) {
        size_t n = mp->len - mp->delim_len;
        if (!part_data(mp, mp->buf, n))
            stop(mp);
        consume(mp, n);
    }
    return false;
}

bool cgi_multipart_feed(cgi_multipart_t *mp, const char *data, size_t len)
{
    if (mp->state == S_DONE)
        return false;
    if (len == 0)
        return true;
    if (mp->len + len > mp->cap) {
        size_t cap = (mp->len + len) * 2 + 256;
        char *grown = realloc(mp->buf, cap);
        if (!grown) {
            stop(mp);
            return false;
        }
        mp->buf = grown;
        mp->cap = cap;
    }
    memcpy(mp->buf + mp->len, data, len);
    mp->len += len;
    bool progress = true;
    while (progress && mp->state != S_DONE) {
        switch (mp->state) {
        case S_BOUNDARY:
            progress = step_boundary(mp);
            break;
        case S_HEADERS:
            progress = step_headers(mp);
            break;
        case S_BODY:
            progress = step_body(mp);
            break;
        case S_DONE:
            break;
        }
    }
    return mp->state != S_DONE;
}

void cgi_multipart_finish(cgi_multipart_t *mp)
{
    if (mp->state == S_BODY) {
        part_data(mp, mp->buf, mp->len);
        end_part(mp, false);
    }
    clear_part(mp);
    mp->len = 0;
    stop(mp);
}

bool cgi_multipart_is_upload(const cgi_multipart_t *mp, const char *path)
{
    for (int i = 0; i < mp->ntmp; i++)
        if (mp->tmp_files[i] && strcmp(mp->tmp_files[i], path) == 0)
            return true;
    return false;
}

void cgi_multipart_forget(cgi_multipart_t *mp, const char *path)
{
    for (int i = 0; i < mp->ntmp; i++) {
        if (mp->tmp_files[i] && strcmp(mp->tmp_files[i], path) == 0) {
            free(mp->tmp_files[i]);
            mp->tmp_files[i] = NULL;
        }
    }
}

void cgi_multipart_free(cgi_multipart_t *mp)
{
    if (!mp)
        return;
    clear_part(mp);
    for (int i = 0; i < mp->ntmp; i++) {
        if (mp->tmp_files[i])
            unlink(mp->tmp_files[i]);
        free(mp->tmp_files[i]);
    }
    free(mp->tmp_files);
    free(mp->headers);
    free(mp->buf);
    free(mp);
}
