/*
** test_requests.c: the request layer against php-cgi 8.2. Every case of requests.txt is run
** through cgi/ (env, query, cookie, post, multipart, response) and printed in the text that
** tools/record-cgi recorded from php-cgi into requests.expect; the two must be equal.
** Known, deliberate difference: without REDIRECT_STATUS php-cgi prints its page with no header
** block at all; we send the same page with "Status: 403 Forbidden" (only the page is compared).
*/
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cgi/cgi.h"
#include "tests/unit/cgi/dump.h"
#include "tests/unit/unit.h"

#ifndef CGI_TESTS_DIR
#define CGI_TESTS_DIR "tests/unit/cgi"
#endif

static const char *server_keys[] = {"SCRIPT_FILENAME", "SCRIPT_NAME", "PATH_INFO",
                                    "PATH_TRANSLATED", "PHP_SELF", "DOCUMENT_ROOT",
                                    "REQUEST_URI", "QUERY_STRING", "ORIG_PATH_INFO", "argv",
                                    "argc"};

static char work[] = "/tmp/pyhyp-cgi-XXXXXX";
static char root[64], tmp[64];

static int make_root(void)
{
    if (!mkdtemp(work))
        return -1;
    snprintf(root, sizeof root, "%s/root", work);
    snprintf(tmp, sizeof tmp, "%s/tmp", work);
    char path[128];
    mkdir(root, 0700);
    mkdir(tmp, 0700);
    snprintf(path, sizeof path, "%s/sub", root);
    mkdir(path, 0700);
    const char *files[] = {"d.php", "h.php", "up.jpg"};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", root, files[i]);
        FILE *f = fopen(path, "w");
        if (!f)
            return -1;
        fputs("<?php\n", f);
        fclose(f);
    }
    return 0;
}

static int remove_root(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
    return system(cmd) == 0 ? 0 : -1;
}

/* ---- reading requests.txt and requests.expect ---- */

static char *read_file(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", CGI_TESTS_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&buf, &size);
    int c;
    while ((c = fgetc(f)) != EOF)
        fputc(c, mem);
    fclose(f);
    fclose(mem);
    return buf;
}

/* Python's unicode_escape subset the cases use: \r \n \\ \xHH. Returns the decoded length. */
static size_t unescape(char *s)
{
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] != '\\' || !s[i + 1]) {
            s[o++] = s[i];
            continue;
        }
        char c = s[++i];
        if (c == 'x') {
            unsigned v;
            sscanf(s + i + 1, "%2x", &v);
            s[o++] = (char)v;
            i += 2;
        } else {
            s[o++] = c == 'r' ? '\r' : c == 'n' ? '\n' : c;
        }
    }
    s[o] = '\0';
    return o;
}

/* Replaces every @ROOT@ and @TMP@ (malloc'ed result). */
static char *substitute(const char *s)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    while (*s) {
        if (strncmp(s, "@ROOT@", 6) == 0) {
            fputs(root, out);
            s += 6;
        } else if (strncmp(s, "@TMP@", 5) == 0) {
            fputs(tmp, out);
            s += 5;
        } else {
            fputc(*s++, out);
        }
    }
    fclose(out);
    return buf;
}

typedef struct tcase {
    char name[64];
    cgi_config_t cfg;
    char *env[32];
    int nenv;
    char body[8192];
    size_t body_len;
    char *ops[16];
    int nops;
    bool noredirect;
} tcase_t;

static bool has_env(const tcase_t *c, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < c->nenv; i++)
        if (strncmp(c->env[i], name, n) == 0 && c->env[i][n] == '=')
            return true;
    return false;
}

static void add_env(tcase_t *c, const char *fmt, const char *a)
{
    char buf[4096];
    snprintf(buf, sizeof buf, fmt, a);
    c->env[c->nenv++] = substitute(buf);
}

/* Fills c from the block of requests.txt named `name`; false if there is none. */
static bool load_case(const char *cases, const char *name, tcase_t *c)
{
    char marker[96];
    snprintf(marker, sizeof marker, "\n=== %s\n", name);
    const char *p = strstr(cases, marker);
    if (!p)
        return false;
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    cgi_config_init(&c->cfg);
    snprintf(c->cfg.upload_tmp_dir, sizeof c->cfg.upload_tmp_dir, "%s", tmp);
    for (p += strlen(marker); *p && strncmp(p, "=== ", 4) != 0;) {
        size_t len = strcspn(p, "\n");
        char *line = strndup(p, len);
        p += len + (p[len] == '\n');
        if (strncmp(line, "ini ", 4) == 0) {
            char *eq = strchr(line + 4, '=');
            cgi_config_set(&c->cfg, line + 4, (size_t)(eq - line - 4), eq + 1);
        } else if (strncmp(line, "env ", 4) == 0) {
            unescape(line + 4);
            add_env(c, "%s", line + 4);
        } else if (strncmp(line, "body ", 5) == 0) {
            size_t n = unescape(line + 5);
            memcpy(c->body + c->body_len, line + 5, n);
            c->body_len += n;
        } else if (strncmp(line, "op ", 3) == 0) {
            c->ops[c->nops++] = strdup(line + 3);
        } else if (strcmp(line, "flag noredirect") == 0) {
            c->noredirect = true;
        }
        free(line);
    }
    /* The same defaults as tools/record-cgi. */
    add_env(c, "GATEWAY_INTERFACE=%s", "CGI/1.1");
    if (!has_env(c, "REQUEST_METHOD"))
        add_env(c, "REQUEST_METHOD=%s", "GET");
    if (!has_env(c, "SCRIPT_FILENAME"))
        add_env(c, "SCRIPT_FILENAME=@ROOT@/%s", c->nops ? "h.php" : "d.php");
    if (!c->noredirect)
        add_env(c, "REDIRECT_STATUS=%s", "200");
    if (c->body_len) {
        char n[24];
        snprintf(n, sizeof n, "%zu", c->body_len);
        add_env(c, "CONTENT_LENGTH=%s", n);
    }
    c->env[c->nenv] = NULL;
    return true;
}

static void free_case(tcase_t *c)
{
    for (int i = 0; i < c->nenv; i++)
        free(c->env[i]);
    for (int i = 0; i < c->nops; i++)
        free(c->ops[i]);
}

/* The recorded result of `name` with @ROOT@/@TMP@ substituted (malloc'ed). */
static char *expected(const char *expect, const char *name)
{
    char marker[96];
    snprintf(marker, sizeof marker, "\n=== %s\n", name);
    const char *p = strstr(expect, marker);
    if (!p)
        return NULL;
    p += strlen(marker);
    const char *end = strstr(p, "\n=== ");
    char *block = strndup(p, end ? (size_t)(end - p) + 1 : strlen(p));
    char *result = substitute(block);
    free(block);
    return result;
}

/* ---- running a case through cgi/ ---- */

typedef struct membody {
    const char *data;
    size_t len, pos;
} membody_t;

static size_t mem_read(void *ctx, char *buf, size_t len)
{
    membody_t *m = ctx;
    /* Small, uneven chunks exercise the streaming parsers. */
    size_t n = m->len - m->pos < len ? m->len - m->pos : len;
    if (n > 7)
        n = 7;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return n;
}

static bool out_write(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len;
}

static void print_server(FILE *out, const cgi_request_t *req)
{
    fputs("SERVER\n", out);
    for (size_t k = 0; k < sizeof server_keys / sizeof server_keys[0]; k++) {
        const char *v = cgi_env_get(req, server_keys[k]);
        if (!v)
            continue;
        fprintf(out, "  \"%s\"", server_keys[k]);
        if (strcmp(server_keys[k], "argv") == 0) {
            fputs(" {\n", out);
            for (int i = 0; i < req->argc; i++) {
                fprintf(out, "    %d = ", i);
                dump_escape(out, req->argv[i], strlen(req->argv[i]));
                fputc('\n', out);
            }
            fputs("  }\n", out);
        } else if (strcmp(server_keys[k], "argc") == 0) {
            fprintf(out, " = %s\n", v);
        } else {
            fputs(" = ", out);
            dump_escape(out, v, strlen(v));
            fputc('\n', out);
        }
    }
}

/* The header block as the recorder prints it ("  line" each), then the body. */
static void print_headers(FILE *out, const char *block, size_t len, const char *body,
                          size_t body_len)
{
    fputs("HEADERS\n", out);
    const char *p = block, *end = block + len;
    while (p < end) {
        const char *crlf = memmem(p, (size_t)(end - p), "\r\n", 2);
        if (!crlf)
            break;
        if (crlf > p)
            fprintf(out, "  %.*s\n", (int)(crlf - p), p);
        p = crlf + 2;
    }
    fputs("BODY ", out);
    dump_escape(out, body, body_len);
    fputc('\n', out);
}

/* setcookie()/setrawcookie() of "raw|name|value|expires|path|domain|secure|httponly|samesite". */
static void add_cookie(cgi_response_t *r, const char *spec, cgi_sink_t sink)
{
    char *copy = strdup(spec), *f[9] = {0}, *p = copy;
    for (int k = 0; k < 9; k++) {
        f[k] = p;
        p = strchr(p, '|');
        if (!p)
            break;
        *p++ = '\0';
    }
    cgi_cookie_t ck = {.raw = atoi(f[0]), .name = f[1], .value = f[2], .expires = atoll(f[3]),
                       .path = f[4], .domain = f[5], .secure = atoi(f[6]), .httponly = atoi(f[7]),
                       .samesite = f[8]};
    const char *err = NULL;
    char *line = cgi_cookie_format(&ck, 1700000000, &err);
    if (line)
        cgi_response_header(r, line, false, 0, &err);
    else
        sink.warning(sink.ctx, err);
    free(line);
    free(copy);
}

/* Applies the header() operations of an h.php case. */
static void run_ops(FILE *out, const tcase_t *c, dump_t *d)
{
    cgi_response_t r;
    cgi_response_init(&r);
    cgi_sink_t sink = dump_sink(d);
    char *results = NULL;
    size_t rsize = 0;
    FILE *rs = open_memstream(&results, &rsize);
    for (int i = 0; i < c->nops; i++) {
        char *op = strdup(c->ops[i]);
        char *f[4] = {op, "", "0", "0"};
        for (int k = 1; k < 4; k++) {
            char *bar = strchr(f[k - 1], '|');
            if (!bar)
                break;
            *bar = '\0';
            f[k] = bar + 1;
        }
        const char *err = NULL;
        if (strcmp(f[0], "h") == 0) {
            unescape(f[1]);
            if (!cgi_response_header(&r, f[1], atoi(f[2]) != 0, atoi(f[3]), &err))
                sink.warning(sink.ctx, err);
        } else if (strcmp(f[0], "c") == 0) {
            fprintf(rs, "%s%d", ftell(rs) ? "\n" : "", cgi_response_code(&r, atoi(f[1])));
        } else if (strcmp(f[0], "r") == 0) {
            cgi_response_remove(&r, f[1]);
        } else if (strcmp(f[0], "ra") == 0) {
            cgi_response_remove(&r, NULL);
        } else if (strcmp(f[0], "k") == 0) {
            add_cookie(&r, c->ops[i] + 2, sink);
        }
        free(op);
    }
    fputc('\n', rs);
    fclose(rs);
    char *block = NULL;
    size_t bsize = 0;
    FILE *bs = open_memstream(&block, &bsize);
    cgi_response_send(&r, out_write, bs, "h.php", 1);
    fclose(bs);
    print_headers(out, block, bsize, results, rsize);
    free(block);
    free(results);
    cgi_response_free(&r);
}

static void run_refused(FILE *out, const cgi_request_t *req)
{
    cgi_response_t r;
    cgi_response_init(&r);
    cgi_response_code(&r, req->status);
    char *block = NULL;
    size_t bsize = 0;
    FILE *bs = open_memstream(&block, &bsize);
    cgi_response_send(&r, out_write, bs, NULL, 0);
    fclose(bs);
    /* php-cgi sends its security page without headers (see the file comment). */
    size_t shown = req->status == 403 && strstr(req->error_body, "Security Alert") ? 0 : bsize;
    print_headers(out, block, shown, req->error_body, strlen(req->error_body));
    free(block);
    cgi_response_free(&r);
}

static char *run_case(const tcase_t *c)
{
    char prefix[96];
    snprintf(prefix, sizeof prefix, "%s/php", tmp);
    dump_t *d = dump_new(prefix);
    cgi_sink_t sink = dump_sink(d);
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    cgi_request_t req;
    CU_ASSERT_FATAL(cgi_env_read(&c->cfg, c->env, 1700000000.25, &req));
    if (req.status) {
        run_refused(out, &req);
    } else if (c->nops) {
        run_ops(out, c, d);
    } else {
        if (req.query_string)
            cgi_query_parse(&c->cfg, &sink, CGI_TRACK_GET, req.query_string,
                            strlen(req.query_string));
        membody_t mb = {c->body, c->body_len, 0};
        cgi_io_t io = {&mb, mem_read, NULL, NULL, NULL};
        cgi_body_t body;
        CU_ASSERT_FATAL(cgi_post_read(&c->cfg, &sink, &req, &io, &body));
        if (req.cookie)
            cgi_cookie_parse(&c->cfg, &sink, req.cookie);
        char *text = dump_text(d);
        fputs(text, out);
        free(text);
        print_server(out, &req);
        cgi_post_free(&body);
    }
    char *warnings = dump_warnings(d);
    fputs(warnings, out);
    free(warnings);
    fclose(out);
    dump_free(d);
    cgi_env_free(&req);
    return buf;
}

/* Runs every case whose name starts with prefix; returns how many ran. */
static int run_cases(const char *prefix)
{
    char *cases = read_file("requests.txt");
    char *expect = read_file("requests.expect");
    CU_ASSERT_PTR_NOT_NULL_FATAL(cases);
    CU_ASSERT_PTR_NOT_NULL_FATAL(expect);
    int ran = 0;
    size_t plen = strlen(prefix);
    for (const char *p = strstr(cases, "\n=== "); p; p = strstr(p + 1, "\n=== ")) {
        char name[64];
        sscanf(p + 5, "%63s", name);
        if (strncmp(name, prefix, plen) != 0)
            continue;
        tcase_t *c = malloc(sizeof *c);
        CU_ASSERT_FATAL(load_case(cases, name, c));
        char *want = expected(expect, name);
        char *got = run_case(c);
        CU_ASSERT_PTR_NOT_NULL(want);
        if (want && strcmp(want, got) != 0) {
            fprintf(stderr, "\n--- case %s: expected (php-cgi)\n%s--- got\n%s", name, want, got);
            CU_FAIL("request differs from php-cgi");
        }
        /* Uploads not moved are gone once the request ends. */
        char cmd[128];
        snprintf(cmd, sizeof cmd, "ls '%s' | grep -q '^php'", tmp);
        CU_ASSERT_NOT_EQUAL(system(cmd), 0);
        free(want);
        free(got);
        free_case(c);
        free(c);
        ran++;
    }
    free(cases);
    free(expect);
    return ran;
}

static void test_get(void)
{
    CU_ASSERT(run_cases("get_") >= 6);
}

static void test_post(void)
{
    CU_ASSERT(run_cases("post_") >= 5);
}

static void test_cookies(void)
{
    CU_ASSERT(run_cases("cookie") >= 2);
}

static void test_multipart(void)
{
    CU_ASSERT(run_cases("multipart_") >= 10);
}

static void test_server(void)
{
    CU_ASSERT(run_cases("server_") + run_cases("no_") + run_cases("directory_") >= 7);
}

static void test_headers(void)
{
    CU_ASSERT(run_cases("headers_") >= 10);
}

UNIT_SUITE(cgi_requests, make_root, remove_root, UNIT_TEST(test_get), UNIT_TEST(test_post),
           UNIT_TEST(test_cookies), UNIT_TEST(test_multipart), UNIT_TEST(test_server),
           UNIT_TEST(test_headers))
