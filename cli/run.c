/*
** run.c: hands the program the command line chose to the interpreter of its language
** (pyvm/ or phpvm/), translating the parsed options into each VM's entry-point arguments, with
** the bridge installed so that either language can call the other; or hands --cgi / --fastcgi
** to the web front ends (cgi/).
*/
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "bridge/bridge.h"
#include "cgi/cgi.h"
#include "cli/cli.h"
#include "phpvm/phpvm.h"
#include "pyvm/pyvm.h"

static int run_python(const cli_options_t *o)
{
    if (o->action == CLI_RUN_FILE)
        return pyvm_run_file(o->file, o->script_argc, o->script_argv);
    if (o->action == CLI_RUN_MODULE)
        return pyvm_run_module(o->module, o->script_argc, o->script_argv);
    return pyvm_run_code(o->code, o->script_argc, o->script_argv);
}

/* The -d settings in phpvm's terms. */
static int run_php(const cli_options_t *o)
{
    phpvm_ini_t *ini = calloc((size_t)o->nini + 1, sizeof *ini);
    if (!ini) {
        fputs("pyhyp: out of memory\n", stderr);
        return CLI_EXIT_ERROR;
    }
    for (int i = 0; i < o->nini; i++)
        ini[i] = (phpvm_ini_t){o->ini[i].key, o->ini[i].key_len, o->ini[i].value};
    int status = o->action == CLI_RUN_FILE
                     ? phpvm_run_file(o->file, ini, o->nini, o->script_argc, o->script_argv)
                     : phpvm_run_code(o->code, ini, o->nini, o->script_argc, o->script_argv);
    free(ini);
    return status;
}

int cli_run(const cli_options_t *opts)
{
    /* As CPython and php-cli: a write to a closed pipe fails with EPIPE (BrokenPipeError, PHP's
    ** aborted connection) instead of killing the process. */
    signal(SIGPIPE, SIG_IGN);
    bridge_install(opts->script_argc, opts->script_argv);
    pyvm_set_jit(opts->jit); /* either VM may start the JIT (a composed program starts both) */
    phpvm_set_jit(opts->jit);
    switch (opts->lang) {
    case CLI_LANG_PHP:
        return run_php(opts);
    case CLI_LANG_PYTHON:
        return run_python(opts);
    case CLI_LANG_NONE:
        break;
    }
    fputs("pyhyp: no language chosen\n", stderr);
    return CLI_EXIT_USAGE;
}

int cli_serve(const cli_options_t *opts, char **envp)
{
    cgi_php_ini_t *ini = calloc((size_t)opts->nini + 1, sizeof *ini);
    if (!ini) {
        fputs("pyhyp: out of memory\n", stderr);
        return CLI_EXIT_ERROR;
    }
    for (int i = 0; i < opts->nini; i++)
        ini[i] = (cgi_php_ini_t){opts->ini[i].key, opts->ini[i].key_len, opts->ini[i].value};
    int status = cgi_php_main(opts->action == CLI_SERVE_FASTCGI, opts->bind, ini, opts->nini, envp);
    free(ini);
    return status;
}
