/*
** fcgi_echo.c: a FastCGI (or CGI) program built from cgi/ with an echo runner instead of phpvm:
** it answers each request with the parsed $_GET/$_POST/$_COOKIE/$_FILES in the canonical text of
** tests/unit/cgi/dump.c. tests/cgi/lighttpd.sh runs it behind a real lighttpd.
**   fcgi-echo                 a CGI/1.1 request on stdin/stdout
**   fcgi-echo --fastcgi       serve the FastCGI socket on fd 0 (lighttpd bin-path, spawn-fcgi)
**   fcgi-echo --fastcgi=ADDR  listen on host:port or a Unix socket path
*/
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "cgi/cgi.h"
#include "tests/unit/cgi/dump.h"

static bool fastcgi;

static int echo_runner(void *ctx, char *const *envp, const cgi_io_t *io)
{
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    cfg.force_redirect = !fastcgi; /* php-cgi checks REDIRECT_STATUS only in CGI mode */
    struct timeval tv;
    gettimeofday(&tv, NULL);
    cgi_request_t req;
    if (!cgi_env_read(&cfg, envp, (double)tv.tv_sec + tv.tv_usec / 1e6, &req))
        return 1;
    cgi_response_t r;
    cgi_response_init(&r);
    if (req.status) {
        cgi_response_code(&r, req.status);
        cgi_response_send(&r, io->write, io->ctx, NULL, 0);
        io->write(io->ctx, req.error_body, strlen(req.error_body));
        cgi_response_free(&r);
        cgi_env_free(&req);
        return 0;
    }
    char prefix[300];
    snprintf(prefix, sizeof prefix, "%s/php", cgi_config_tmp_dir(&cfg));
    dump_t *d = dump_new(prefix);
    cgi_sink_t sink = dump_sink(d);
    if (req.query_string)
        cgi_query_parse(&cfg, &sink, CGI_TRACK_GET, req.query_string, strlen(req.query_string));
    cgi_body_t body;
    cgi_post_read(&cfg, &sink, &req, io, &body);
    if (req.cookie)
        cgi_cookie_parse(&cfg, &sink, req.cookie);
    const char *err;
    cgi_response_header(&r, "Content-Type: text/plain", true, 0, &err);
    cgi_response_header(&r, "X-Script: fcgi-echo", true, 0, &err);
    cgi_response_send(&r, io->write, io->ctx, __FILE__, __LINE__);
    char *text = dump_text(d), *warnings = dump_warnings(d);
    io->write(io->ctx, text, strlen(text));
    io->write(io->ctx, warnings, strlen(warnings));
    char line[600];
    snprintf(line, sizeof line, "SCRIPT_FILENAME %s\nPID %d\n", req.script_filename, (int)getpid());
    io->write(io->ctx, line, strlen(line));
    free(text);
    free(warnings);
    dump_free(d);
    cgi_post_free(&body);
    cgi_response_free(&r);
    cgi_env_free(&req);
    return 0;
}

int main(int argc, char **argv, char **envp)
{
    if (argc >= 2 && strncmp(argv[1], "--fastcgi", 9) == 0) {
        fastcgi = true;
        cgi_fastcgi_opts_t opts;
        cgi_fastcgi_opts_init(&opts, argv[1][9] == '=' ? argv[1] + 10 : NULL);
        return cgi_fastcgi_serve(&opts, echo_runner, NULL);
    }
    return cgi_fastcgi_serve_cgi(envp, echo_runner, NULL);
}
