/*
** main.c: the `pyhyp` executable: parse the command line, then run, print help or the version.
*/
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "cli/cli.h"

int main(int argc, char **argv, char **envp)
{
    cli_options_t opts;
    if (!cli_options_parse(argc, argv, &opts)) {
        free(opts.ini);
        return CLI_EXIT_USAGE;
    }
    int status = CLI_EXIT_OK;
    switch (opts.action) {
    case CLI_SHOW_HELP:
        cli_options_print_help();
        break;
    case CLI_SHOW_VERSION:
        printf("pyhyp %s (Python 3.11 and PHP 8.2 on one VM)\n", PACKAGE_VERSION);
        break;
    case CLI_RUN_FILE:
    case CLI_RUN_CODE:
    case CLI_RUN_MODULE:
        status = cli_run(&opts);
        break;
    case CLI_SERVE_CGI:
    case CLI_SERVE_FASTCGI:
        status = cli_serve(&opts, envp);
        break;
    }
    free(opts.ini);
    return status;
}
