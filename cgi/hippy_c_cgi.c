/*
** hippy_c_cgi.c: the `hippy-c-cgi` executable, the CGI/1.1 entry point web servers run for .php
** files (ARCHITECTURE.md section 7). Until the CGI front end lands (issue 9) it only explains itself
** and refuses to serve a request rather than half-serve it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

static void print_usage(FILE *out)
{
    fprintf(out,
            "usage: hippy-c-cgi           run as a CGI/1.1 program (behind lighttpd's cgi.assign)\n"
            "       hippy-c-cgi --version\n"
            "\n"
            "pyhyp %s: the CGI front end (cgi/) is not built yet; this program serves no requests.\n",
            PACKAGE_VERSION);
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        printf("hippy-c-cgi (pyhyp %s)\n", PACKAGE_VERSION);
        return 0;
    }
    if (getenv("GATEWAY_INTERFACE")) {
        /* A web server ran us: answer with a clean HTTP error instead of nothing. */
        fputs("Status: 503 Service Unavailable\r\nContent-type: text/plain\r\n\r\n"
              "hippy-c-cgi: the CGI front end is not built yet\n",
              stdout);
        return 1;
    }
    print_usage(argc == 2 && strcmp(argv[1], "--help") == 0 ? stdout : stderr);
    return argc == 2 && strcmp(argv[1], "--help") == 0 ? 0 : 2;
}
