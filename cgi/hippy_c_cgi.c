/*
** hippy_c_cgi.c: the `hippy-c-cgi` executable, the PHP front end web servers run (ARCHITECTURE.md
** section 7), deciding its mode as php-cgi does:
**   - GATEWAY_INTERFACE set: one CGI/1.1 request (lighttpd's cgi.assign). The command line is
**     never looked at then, so a query string a server passes as arguments ("?-s", "?-d+...")
**     cannot become options.
**   - fd 0 is a socket: a FastCGI server on it (lighttpd's bin-path, spawn-fcgi).
**   - otherwise the command line: -d KEY=VALUE, --fastcgi[=ADDR] / -b ADDR, --version, --help.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "cgi/cgi.h"

static void print_usage(FILE *out)
{
    fprintf(out,
            "usage: hippy-c-cgi                    a CGI/1.1 request (GATEWAY_INTERFACE set), or\n"
            "                                      FastCGI on the socket on fd 0\n"
            "       hippy-c-cgi [-d KEY=VALUE]... --fastcgi[=ADDR] | -b ADDR\n"
            "                                      FastCGI on host:port or a Unix socket path\n"
            "       hippy-c-cgi --version | --help\n"
            "environment: PHP_FCGI_CHILDREN (workers), PHP_FCGI_MAX_REQUESTS (per worker)\n");
}

int main(int argc, char **argv, char **envp)
{
    if (getenv("GATEWAY_INTERFACE"))
        return cgi_php_main(false, NULL, NULL, 0, envp);
    cgi_php_ini_t *ini = calloc((size_t)argc, sizeof *ini);
    int nini = 0;
    bool fastcgi = cgi_fastcgi_on_stdin();
    const char *bind = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0) {
            printf("hippy-c-cgi (pyhyp %s)\n", PACKAGE_VERSION);
            free(ini);
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            print_usage(stdout);
            free(ini);
            return 0;
        }
        if (strcmp(a, "-d") == 0 && i + 1 < argc) {
            const char *kv = argv[++i];
            const char *eq = strchr(kv, '=');
            int key_len = eq ? (int)(eq - kv) : (int)strlen(kv);
            ini[nini++] = (cgi_php_ini_t){kv, key_len, eq ? eq + 1 : "1"};
        } else if (strcmp(a, "--fastcgi") == 0) {
            fastcgi = true;
        } else if (strncmp(a, "--fastcgi=", 10) == 0) {
            fastcgi = true;
            bind = a + 10;
        } else if (strcmp(a, "-b") == 0 && i + 1 < argc) {
            fastcgi = true;
            bind = argv[++i];
        } else {
            fprintf(stderr, "hippy-c-cgi: unknown argument '%s'\n", a);
            print_usage(stderr);
            free(ini);
            return 2;
        }
    }
    if (!fastcgi) {
        print_usage(stderr);
        free(ini);
        return 2;
    }
    int status = cgi_php_main(true, bind, ini, nini, envp);
    free(ini);
    return status;
}
