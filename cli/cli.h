/*
** cli.h: the `pyhyp` command's internal interface (cli/ sits on top of every other layer).
** options.c turns argv into a cli_options_t; run.c hands the chosen program to its interpreter.
*/
#ifndef PYHYP_CLI_H
#define PYHYP_CLI_H

#include <stdbool.h>

/* Exit statuses: 2 for a bad command line, as the contract and most Unix tools say. */
enum { CLI_EXIT_OK = 0, CLI_EXIT_ERROR = 1, CLI_EXIT_USAGE = 2 };

typedef enum cli_lang { CLI_LANG_NONE, CLI_LANG_PHP, CLI_LANG_PYTHON } cli_lang_t;

typedef enum cli_action {
    CLI_RUN_FILE,
    CLI_RUN_CODE,
    CLI_RUN_MODULE, /* -m MODULE (Python) */
    CLI_SHOW_HELP,
    CLI_SHOW_VERSION,
    CLI_SERVE_CGI,     /* --cgi: one CGI/1.1 request from the environment */
    CLI_SERVE_FASTCGI, /* --fastcgi[=ADDR] */
} cli_action_t;

typedef struct cli_ini {
    const char *key; /* points into argv: the first key_len bytes are the key */
    int key_len;
    const char *value; /* after the '=', or "1" for a bare -d KEY */
} cli_ini_t;

typedef struct cli_options {
    cli_action_t action;
    cli_lang_t lang;      /* forced by --php/--python, -r/-c, or the file's extension */
    const char *file;     /* CLI_RUN_FILE */
    const char *code;     /* CLI_RUN_CODE */
    const char *module;   /* CLI_RUN_MODULE */
    const char *bind;     /* CLI_SERVE_FASTCGI: host:port or socket path; NULL: fd 0 */
    bool jit;             /* --jit=on|off */
    cli_ini_t *ini;       /* -d key=value, in command-line order */
    int nini;
    int script_argc;      /* the script's arguments, its name first: FILE, or for -r/-c the CODE, */
    char **script_argv;   /* which each VM shows under its own name ("Standard input code", "-c") */
} cli_options_t;

/* Parses argv. On a usage error prints one line "pyhyp: ..." to stderr and returns false.
** The caller frees opts->ini. */
bool cli_options_parse(int argc, char **argv, cli_options_t *opts);

/* Prints the --help text to stdout. */
void cli_options_print_help(void);

/* Language of a file from its extension (.php, .phtml, .py, .pyw); CLI_LANG_NONE otherwise. */
cli_lang_t cli_options_lang_of_path(const char *path);

/* Language of a file without one of those extensions (an installed script: /usr/bin/composer)
** from its first bytes: a "#!" line naming php or python, or "<?php" at the start (after such a
** line); CLI_LANG_NONE otherwise, or if it cannot be read. */
cli_lang_t cli_options_lang_of_content(const char *path);

/* Runs what opts describe; returns the process exit status. */
int cli_run(const cli_options_t *opts);

/* Serves CGI or FastCGI requests (CLI_SERVE_*) through cgi/; returns the process exit status. */
int cli_serve(const cli_options_t *opts, char **envp);

#endif
