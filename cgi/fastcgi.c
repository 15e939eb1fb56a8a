/*
** fastcgi.c: the front ends that carry requests to a runner (cgi.h): FastCGI on libfcgi
** (`--fastcgi=host:port|/path.sock`, or the listening socket on fd 0 that lighttpd's bin-path and
** spawn-fcgi pass), PHP_FCGI_CHILDREN pre-forked workers respawned by a supervisor,
** PHP_FCGI_MAX_REQUESTS recycling, a graceful stop on SIGTERM/SIGINT; and one CGI/1.1 request on
** stdin/stdout. The runner (phpvm's, or the tests' echo runner) does the request itself.
*/
#include <errno.h>
#include <fcgiapp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cgi/cgi.h"

static volatile sig_atomic_t stopping;

static void on_stop(int sig)
{
    (void)sig;
    stopping = 1;
    FCGX_ShutdownPending();
}

/* SIGTERM/SIGINT without SA_RESTART, so a worker blocked in accept() wakes up and leaves. */
static void install_stop_handlers(void)
{
    struct sigaction sa = {.sa_handler = on_stop};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

void cgi_fastcgi_opts_init(cgi_fastcgi_opts_t *opts, const char *bind)
{
    const char *children = getenv("PHP_FCGI_CHILDREN");
    const char *max = getenv("PHP_FCGI_MAX_REQUESTS");
    *opts = (cgi_fastcgi_opts_t){
        .bind = bind,
        .children = children ? atoi(children) : 0,
        .max_requests = max ? atol(max) : 500,
        .backlog = 128,
    };
}

static size_t fcgi_read(void *ctx, char *buf, size_t len)
{
    FCGX_Request *req = ctx;
    int n = FCGX_GetStr(buf, (int)len, req->in);
    return n > 0 ? (size_t)n : 0;
}

static bool fcgi_write(void *ctx, const char *data, size_t len)
{
    FCGX_Request *req = ctx;
    return FCGX_PutStr(data, (int)len, req->out) == (int)len;
}

static void fcgi_log(void *ctx, const char *msg)
{
    FCGX_Request *req = ctx;
    FCGX_FPrintF(req->err, "%s\n", msg);
}

static void fcgi_flush(void *ctx)
{
    FCGX_Request *req = ctx;
    FCGX_FFlush(req->out);
}

/* A worker: accepts requests until stopped or max_requests are served. */
static int worker(int sock, const cgi_fastcgi_opts_t *opts, cgi_runner_t run, void *runner_ctx)
{
    FCGX_Request req;
    if (FCGX_InitRequest(&req, sock, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
        return 1;
    long served = 0;
    while (!stopping && (opts->max_requests <= 0 || served < opts->max_requests)) {
        if (FCGX_Accept_r(&req) < 0)
            break;
        cgi_io_t io = {&req, fcgi_read, fcgi_write, fcgi_log, fcgi_flush};
        int status = run(runner_ctx, req.envp, &io);
        FCGX_Finish_r(&req);
        served++;
        if (status == CGI_RUN_RETIRE)
            break;
    }
    FCGX_Free(&req, 1);
    return 0;
}

static pid_t spawn(int sock, const cgi_fastcgi_opts_t *opts, cgi_runner_t run, void *runner_ctx)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(worker(sock, opts, run, runner_ctx));
    return pid;
}

/* The supervisor: keeps `children` workers alive; on a stop signal passes it on and waits. */
static int supervise(int sock, const cgi_fastcgi_opts_t *opts, cgi_runner_t run, void *runner_ctx)
{
    pid_t *pids = calloc((size_t)opts->children, sizeof *pids);
    if (!pids)
        return 1;
    for (int i = 0; i < opts->children; i++)
        pids[i] = spawn(sock, opts, run, runner_ctx);
    while (!stopping) {
        int status;
        pid_t dead = waitpid(-1, &status, 0);
        if (dead < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < opts->children && !stopping; i++)
            if (pids[i] == dead)
                pids[i] = spawn(sock, opts, run, runner_ctx);
    }
    for (int i = 0; i < opts->children; i++)
        if (pids[i] > 0)
            kill(pids[i], SIGTERM);
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR)
        ;
    free(pids);
    return 0;
}

int cgi_fastcgi_serve(const cgi_fastcgi_opts_t *opts, cgi_runner_t run, void *runner_ctx)
{
    if (FCGX_Init() != 0)
        return 1;
    int sock = 0;
    if (opts->bind) {
        sock = FCGX_OpenSocket(opts->bind, opts->backlog);
        if (sock < 0) {
            fprintf(stderr, "cannot listen on %s: %s\n", opts->bind, strerror(errno));
            return 1;
        }
    }
    install_stop_handlers();
    return opts->children > 0 ? supervise(sock, opts, run, runner_ctx)
                              : worker(sock, opts, run, runner_ctx);
}

bool cgi_fastcgi_on_stdin(void)
{
    struct sockaddr_storage sa;
    socklen_t len = sizeof sa;
    return getsockname(0, (struct sockaddr *)&sa, &len) == 0;
}

static size_t stdio_read(void *ctx, char *buf, size_t len)
{
    return fread(buf, 1, len, stdin);
}

static bool stdio_write(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, stdout) == len;
}

static void stdio_log(void *ctx, const char *msg)
{
    fprintf(stderr, "%s\n", msg);
}

static void stdio_flush(void *ctx)
{
    (void)ctx;
    fflush(stdout);
}

int cgi_fastcgi_serve_cgi(char *const *envp, cgi_runner_t run, void *runner_ctx)
{
    cgi_io_t io = {NULL, stdio_read, stdio_write, stdio_log, stdio_flush};
    int status = run(runner_ctx, envp, &io);
    fflush(stdout);
    return status;
}
