/*
** options.c: the `pyhyp` command line, declared once as a table that drives both parsing and --help.
** Contract (issue 2): FILE.php / FILE.py pick the language by extension, --php/--python force it,
** -r CODE runs PHP, -c CODE runs Python, -m MODULE runs a Python module as __main__, -d key=value
** sets a PHP ini value, --jit=on|off, --version, --help; -f FILE and -n as php-cli takes them
** (programs, php-src's tests among them, start PHP_BINARY so). The first non-option argument is
** the script; everything after it belongs to the script. Unknown options and missing files give a
** one-line error and exit status 2.
*/
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

typedef enum opt_id { OPT_PHP, OPT_PYTHON, OPT_PHP_CODE, OPT_PY_CODE, OPT_PY_MODULE, OPT_INI, OPT_JIT, OPT_CGI,
                      OPT_FASTCGI, OPT_VERSION, OPT_HELP, OPT_PY_XOPTION, OPT_PHP_FILE,
                      OPT_PHP_NO_INI } opt_id_t;

/* ARG_OPTIONAL: --fastcgi alone, or --fastcgi=ADDR. */
typedef enum opt_arg { ARG_NONE, ARG_SEPARATE, ARG_ATTACHED, ARG_OPTIONAL } opt_arg_t;

static const struct option_spec {
    opt_id_t id;
    const char *short_name; /* "-r", or NULL */
    const char *long_name;  /* "--jit", or NULL */
    opt_arg_t arg;          /* -r CODE takes the next argument; --jit=on takes it after '=' */
    const char *arg_name;
    const char *help;
} option_specs[] = {
    {OPT_PHP, NULL, "--php", ARG_NONE, NULL, "run FILE as PHP whatever its extension"},
    {OPT_PYTHON, NULL, "--python", ARG_NONE, NULL, "run FILE as Python whatever its extension"},
    {OPT_PHP_CODE, "-r", NULL, ARG_SEPARATE, "CODE", "run PHP CODE (without <?php)"},
    {OPT_PHP_FILE, "-f", NULL, ARG_SEPARATE, "FILE", "run FILE as PHP (php -f FILE [args...])"},
    {OPT_PHP_NO_INI, "-n", NULL, ARG_NONE, NULL,
     "accepted for php-cli's command lines (pyhyp reads no php.ini) and ignored"},
    {OPT_PY_CODE, "-c", NULL, ARG_SEPARATE, "CODE", "run Python CODE"},
    {OPT_PY_MODULE, "-m", NULL, ARG_SEPARATE, "MODULE", "run Python library MODULE as a script"},
    {OPT_PY_XOPTION, "-X", NULL, ARG_SEPARATE, "OPTION",
     "accepted for CPython's command lines (-X faulthandler, ...) and ignored"},
    {OPT_INI, "-d", NULL, ARG_SEPARATE, "KEY=VALUE", "set a PHP ini value (KEY alone sets it to 1)"},
    {OPT_JIT, NULL, "--jit", ARG_ATTACHED, "on|off", "turn the tracing JIT on or off (default: off; see README)"},
    {OPT_CGI, NULL, "--cgi", ARG_NONE, NULL,
     "serve one CGI/1.1 request (the web server's environment names the script)"},
    {OPT_FASTCGI, NULL, "--fastcgi", ARG_OPTIONAL, "ADDR",
     "serve FastCGI on host:port, a socket path, or (alone) fd 0"},
    {OPT_VERSION, "-V", "--version", ARG_NONE, NULL, "print the version and exit"},
    {OPT_HELP, "-h", "--help", ARG_NONE, NULL, "print this help and exit"},
};

enum { NOPTIONS = sizeof option_specs / sizeof option_specs[0] };

static bool usage_error(const char *fmt, const char *what)
{
    fputs("pyhyp: ", stderr);
    fprintf(stderr, fmt, what);
    fputs(" (see pyhyp --help)\n", stderr);
    return false;
}

void cli_options_print_help(void)
{
    puts("usage: pyhyp [options] FILE [args...]      run FILE.php as PHP, FILE.py as Python\n"
         "       pyhyp [options] -r CODE [args...]   run PHP code\n"
         "       pyhyp [options] -c CODE [args...]   run Python code\n"
         "       pyhyp [options] -m MODULE [args...] run a Python library module as __main__\n"
         "\n"
         "PHP and Python share one process, one heap and one JIT; either can call the other.\n"
         "\n"
         "options:");
    for (int i = 0; i < NOPTIONS; i++) {
        const struct option_spec *o = &option_specs[i];
        char names[64];
        int n = snprintf(names, sizeof names, "%s%s%s", o->short_name ? o->short_name : "",
                         o->short_name && o->long_name ? ", " : "", o->long_name ? o->long_name : "");
        if (o->arg_name)
            snprintf(names + n, sizeof names - n, o->arg == ARG_OPTIONAL ? "[=%s]"
                                                  : o->arg == ARG_ATTACHED ? "=%s" : " %s",
                     o->arg_name);
        printf("  %-22s %s\n", names, o->help);
    }
    puts("  --                     end of options: the next argument is FILE\n"
         "\n"
         "environment:\n"
         "  PYHYPLOG=cat,...[:FILE]  write log sections (gc-minor, gc-major, jit-log-opt, ...)\n"
         "  PYHYP_GC_STRESS=1        collect at every allocation\n"
         "  PHP_FCGI_CHILDREN=N      --fastcgi: pre-forked workers (default: serve in-process)\n"
         "  PHP_FCGI_MAX_REQUESTS=N  --fastcgi: requests per worker before it is recycled\n"
         "\n"
         "exit status: the program's own; 2 for a bad command line or a file that cannot be read.");
}

cli_lang_t cli_options_lang_of_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return CLI_LANG_NONE;
    if (strcmp(dot, ".php") == 0 || strcmp(dot, ".phtml") == 0)
        return CLI_LANG_PHP;
    if (strcmp(dot, ".py") == 0 || strcmp(dot, ".pyw") == 0)
        return CLI_LANG_PYTHON;
    return CLI_LANG_NONE;
}

cli_lang_t cli_options_lang_of_content(const char *path)
{
    char head[256];
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(head, 1, sizeof head - 1, f) : 0;
    if (f)
        fclose(f);
    head[n] = '\0';
    const char *body = head;
    if (strncmp(head, "#!", 2) == 0) {
        char *eol = strchr(head, '\n');
        body = eol ? eol + 1 : head + n;
        if (eol)
            *eol = '\0';
        /* the interpreter: the last path component ("#!/usr/bin/php"), or env's argument */
        const char *prog = strrchr(head, '/');
        prog = prog ? prog + 1 : head + 2;
        if (strncmp(prog, "env ", 4) == 0)
            prog += strspn(prog + 4, " ") + 4;
        if (strncmp(prog, "php", 3) == 0)
            return CLI_LANG_PHP;
        if (strncmp(prog, "python", 6) == 0)
            return CLI_LANG_PYTHON;
    }
    return strncmp(body, "<?php", 5) == 0 ? CLI_LANG_PHP : CLI_LANG_NONE;
}

static const struct option_spec *find_option(const char *arg, const char **attached)
{
    *attached = NULL;
    for (int i = 0; i < NOPTIONS; i++) {
        const struct option_spec *o = &option_specs[i];
        if (o->short_name && strcmp(arg, o->short_name) == 0)
            return o;
        if (!o->long_name)
            continue;
        size_t len = strlen(o->long_name);
        if (strncmp(arg, o->long_name, len) != 0)
            continue;
        if (arg[len] == '\0' && o->arg != ARG_ATTACHED)
            return o;
        if (arg[len] == '=' && (o->arg == ARG_ATTACHED || o->arg == ARG_OPTIONAL)) {
            *attached = arg + len + 1;
            return o;
        }
    }
    return NULL;
}

static bool add_ini(cli_options_t *opts, const char *setting)
{
    const char *eq = strchr(setting, '=');
    int key_len = eq ? (int)(eq - setting) : (int)strlen(setting);
    /* php -d reads an ini line: blanks around '=' belong to neither side. */
    while (key_len > 0 && isblank((unsigned char)setting[key_len - 1]))
        key_len--;
    const char *value = eq ? eq + 1 : "1";
    while (isblank((unsigned char)*value))
        value++;
    if (key_len == 0)
        return usage_error("-d needs KEY=VALUE, got '%s'", setting);
    cli_ini_t *grown = realloc(opts->ini, (size_t)(opts->nini + 1) * sizeof *grown);
    if (!grown) {
        fputs("pyhyp: out of memory\n", stderr);
        return false;
    }
    opts->ini = grown;
    opts->ini[opts->nini++] = (cli_ini_t){setting, key_len, value};
    return true;
}

static bool apply_option(cli_options_t *opts, const struct option_spec *o, const char *arg)
{
    switch (o->id) {
    case OPT_PHP:
        opts->lang = CLI_LANG_PHP;
        return true;
    case OPT_PYTHON:
        opts->lang = CLI_LANG_PYTHON;
        return true;
    case OPT_PHP_CODE:
    case OPT_PY_CODE:
        opts->action = CLI_RUN_CODE;
        opts->code = arg;
        opts->lang = o->id == OPT_PHP_CODE ? CLI_LANG_PHP : CLI_LANG_PYTHON;
        return true;
    case OPT_PY_MODULE:
        opts->action = CLI_RUN_MODULE;
        opts->module = arg;
        opts->lang = CLI_LANG_PYTHON;
        return true;
    case OPT_INI:
        return add_ini(opts, arg);
    case OPT_JIT:
        if (strcmp(arg, "on") == 0 || strcmp(arg, "off") == 0) {
            opts->jit = arg[1] == 'n';
            return true;
        }
        return usage_error("--jit takes on or off, not '%s'", arg);
    case OPT_CGI:
        opts->action = CLI_SERVE_CGI;
        return true;
    case OPT_FASTCGI:
        opts->action = CLI_SERVE_FASTCGI;
        opts->bind = arg;
        return true;
    case OPT_VERSION:
        opts->action = CLI_SHOW_VERSION;
        return true;
    case OPT_HELP:
        opts->action = CLI_SHOW_HELP;
        return true;
    case OPT_PHP_FILE:
        opts->lang = CLI_LANG_PHP;
        opts->file = arg;
        return true;
    case OPT_PY_XOPTION:
    case OPT_PHP_NO_INI:
        return true;
    }
    return false;
}

static bool check_file(cli_options_t *opts)
{
    struct stat st;
    if (stat(opts->file, &st) != 0) {
        fprintf(stderr, "pyhyp: can't open file '%s': %s\n", opts->file, strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "pyhyp: can't open file '%s': Is a directory\n", opts->file);
        return false;
    }
    if (opts->lang == CLI_LANG_NONE)
        opts->lang = cli_options_lang_of_path(opts->file);
    if (opts->lang == CLI_LANG_NONE)
        opts->lang = cli_options_lang_of_content(opts->file);
    if (opts->lang == CLI_LANG_NONE)
        return usage_error("can't tell the language of '%s': name it .php or .py, or pass --php "
                           "or --python", opts->file);
    return true;
}

bool cli_options_parse(int argc, char **argv, cli_options_t *opts)
{
    *opts = (cli_options_t){.action = CLI_RUN_FILE, .lang = CLI_LANG_NONE, .jit = false};
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        const char *arg;
        const struct option_spec *o = find_option(argv[i], &arg);
        if (!o)
            return usage_error("unknown option '%s'", argv[i]);
        if (o->arg == ARG_SEPARATE) {
            if (i + 1 >= argc)
                return usage_error("%s needs an argument", argv[i]);
            arg = argv[++i];
        }
        if (!apply_option(opts, o, arg))
            return false;
        if (opts->action == CLI_SHOW_HELP || opts->action == CLI_SHOW_VERSION)
            return true;
        if (opts->action == CLI_RUN_CODE || opts->action == CLI_RUN_MODULE || opts->file) {
            i++;
            break;
        }
    }
    if (opts->action == CLI_SERVE_CGI || opts->action == CLI_SERVE_FASTCGI) {
        /* The web server names the script per request; no other argument makes sense. */
        if (i < argc)
            return usage_error("--cgi and --fastcgi take no FILE ('%s')", argv[i]);
        return true;
    }
    if (opts->action == CLI_RUN_CODE || opts->action == CLI_RUN_MODULE) {
        /* As php -r, python -c and -m: the remaining arguments are the script's, after a name. */
        opts->script_argc = argc - i + 1;
        opts->script_argv = argv + i - 1;
        return true;
    }
    if (opts->file) { /* php -f FILE: the script's arguments follow it */
        opts->script_argc = argc - i + 1;
        opts->script_argv = argv + i - 1;
        return check_file(opts);
    }
    if (i >= argc)
        return usage_error("no FILE to run%s", "");
    opts->file = argv[i];
    opts->script_argc = argc - i;
    opts->script_argv = argv + i;
    return check_file(opts);
}
