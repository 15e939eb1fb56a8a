/*
** run.c: hands the program the command line chose to the interpreter of its language.
** Each language registers its entry points in the table below as its VM lands (pyvm/, phpvm/ via
** the embedding API in include/pyhyp.h); a language this build lacks is a clear error, not a crash.
*/
#include <stdio.h>

#include "cli/cli.h"
#include "phpvm/phpvm.h"
#include "pyvm/pyvm.h"

/* Python's entry points, adapted to the table's signature. */
static int py_run_file(const cli_options_t *o)
{
    return pyvm_run_file(o->file, o->script_argc, o->script_argv);
}

static int py_run_code(const cli_options_t *o)
{
    return pyvm_run_code(o->code, o->script_argc, o->script_argv);
}

/* phpvm's entry points take the -d settings as phpvm_ini_t, which mirrors cli_ini_t. */
static int php_run_file(const cli_options_t *o)
{
    return phpvm_run_file(o->file, (const phpvm_ini_t *)o->ini, o->nini, o->script_argc,
                          o->script_argv);
}

static int php_run_code(const cli_options_t *o)
{
    return phpvm_run_code(o->code, (const phpvm_ini_t *)o->ini, o->nini, o->script_argc,
                          o->script_argv);
}

static const struct language {
    cli_lang_t lang;
    const char *name;
    const char *home; /* where its interpreter lives in the source tree */
    int (*run_file)(const cli_options_t *opts);
    int (*run_code)(const cli_options_t *opts);
} languages[] = {
    {CLI_LANG_PHP, "PHP", "phpvm/", php_run_file, php_run_code},
    {CLI_LANG_PYTHON, "Python", "pyvm/", py_run_file, py_run_code},
};

int cli_run(const cli_options_t *opts)
{
    for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++) {
        const struct language *l = &languages[i];
        if (l->lang != opts->lang)
            continue;
        int (*run)(const cli_options_t *) = opts->action == CLI_RUN_FILE ? l->run_file : l->run_code;
        if (run)
            return run(opts);
        fprintf(stderr, "pyhyp: this build has no %s interpreter yet (%s is not built)\n", l->name,
                l->home);
        return CLI_EXIT_ERROR;
    }
    fputs("pyhyp: no language chosen\n", stderr);
    return CLI_EXIT_USAGE;
}
