/*
** test_options.c: the `pyhyp` command-line contract (cli/options.c, issue 2): language by
** extension or flag, -r/-c code, -f file, -m module, -d ini settings, --jit, script arguments, and
** usage errors.
*/
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli/cli.h"
#include "tests/unit/unit.h"

static char php_file[] = "/tmp/pyhyp-cli-XXXXXX.php";
static char py_file[] = "/tmp/pyhyp-cli-XXXXXX.py";
static char txt_file[] = "/tmp/pyhyp-cli-XXXXXX.txt";

static int make_files(void)
{
    char *files[] = {php_file, py_file, txt_file};
    for (int i = 0; i < 3; i++) {
        int fd = mkstemps(files[i], i == 1 ? 3 : 4);
        if (fd < 0)
            return -1;
        close(fd);
    }
    return 0;
}

static int remove_files(void)
{
    unlink(php_file);
    unlink(py_file);
    unlink(txt_file);
    return 0;
}

/* Parses a NULL-terminated argument list after "pyhyp"; stderr is silenced for error cases. */
static bool parse(cli_options_t *opts, char **args)
{
    char *argv[16] = {"pyhyp"};
    int argc = 1;
    while (*args)
        argv[argc++] = *args++;
    argv[argc] = NULL;
    fflush(stderr);
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    bool ok = cli_options_parse(argc, argv, opts);
    fclose(stderr);
    stderr = saved;
    return ok;
}

static void test_language_from_extension(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){php_file, NULL}));
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PHP);
    CU_ASSERT_EQUAL(o.action, CLI_RUN_FILE);
    CU_ASSERT_FALSE(o.jit); /* off unless --jit=on, until traces compile to machine code */
    CU_ASSERT_TRUE(parse(&o, (char *[]){py_file, NULL}));
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PYTHON);
    CU_ASSERT_FALSE(parse(&o, (char *[]){txt_file, NULL}));
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--php", txt_file, NULL}));
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PHP);
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--python", php_file, NULL}));
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PYTHON);
    CU_ASSERT_EQUAL(cli_options_lang_of_path("dir.py/script"), CLI_LANG_NONE);
}

/* A file without a known extension: its "#!" line or its "<?php" tells. */
static void test_lang_of_content(void)
{
    static const struct {
        const char *text;
        cli_lang_t lang;
    } cases[] = {
        {"#!/usr/bin/php\n<?php echo 1;\n", CLI_LANG_PHP},
        {"#!/usr/bin/env php\n", CLI_LANG_PHP},
        {"#! /usr/local/bin/php8.2 -q\n", CLI_LANG_PHP},
        {"#!/usr/bin/env  python3\nprint(1)\n", CLI_LANG_PYTHON},
        {"#!/usr/bin/python3 -u", CLI_LANG_PYTHON},
        {"<?php\necho 1;\n", CLI_LANG_PHP},
        {"#!/bin/sh\n<?php\n", CLI_LANG_PHP},
        {"#!/bin/sh\necho php\n", CLI_LANG_NONE},
        {"print('<?php')\n", CLI_LANG_NONE},
        {"", CLI_LANG_NONE},
    };
    char path[] = "/tmp/pyhyp-cli-XXXXXX";
    int fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    close(fd);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        FILE *f = fopen(path, "w");
        fputs(cases[i].text, f);
        fclose(f);
        CU_ASSERT_EQUAL(cli_options_lang_of_content(path), cases[i].lang);
    }
    unlink(path);
    CU_ASSERT_EQUAL(cli_options_lang_of_content("/nonexistent/script"), CLI_LANG_NONE);
}

static void test_script_arguments_are_the_scripts(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--jit=off", py_file, "-d", "--php", NULL}));
    CU_ASSERT_FALSE(o.jit);
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PYTHON);
    CU_ASSERT_EQUAL(o.script_argc, 3);
    CU_ASSERT_STRING_EQUAL(o.script_argv[0], py_file);
    CU_ASSERT_STRING_EQUAL(o.script_argv[2], "--php");
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--", php_file, NULL}));
    CU_ASSERT_STRING_EQUAL(o.file, php_file);
}

static void test_code_options(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-r", "echo 1;", "a", "b", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_RUN_CODE);
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PHP);
    CU_ASSERT_STRING_EQUAL(o.code, "echo 1;");
    CU_ASSERT_EQUAL(o.script_argc, 3);
    CU_ASSERT_STRING_EQUAL(o.script_argv[1], "a");
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-c", "print(1)", NULL}));
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PYTHON);
    CU_ASSERT_EQUAL(o.script_argc, 1);
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-r", NULL}));
    /* CPython's test helpers run sys.executable with -X faulthandler: accepted, ignored */
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-X", "faulthandler", "-c", "print(1)", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_RUN_CODE);
    CU_ASSERT_STRING_EQUAL(o.code, "print(1)");
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-X", NULL}));
}

/* php-cli's -f FILE (PHP whatever the name; the rest are the script's) and -n (ignored). */
static void test_php_file_option(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-n", "-f", txt_file, "-x", "y", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_RUN_FILE);
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PHP);
    CU_ASSERT_STRING_EQUAL(o.file, txt_file);
    CU_ASSERT_EQUAL(o.script_argc, 3);
    CU_ASSERT_STRING_EQUAL(o.script_argv[0], txt_file);
    CU_ASSERT_STRING_EQUAL(o.script_argv[1], "-x");
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-n", php_file, NULL}));
    CU_ASSERT_EQUAL(o.script_argc, 1);
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-f", NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-f", "/nonexistent/pyhyp.php", NULL}));
}

/* -m MODULE as python -m: Python, the options end, the rest are the module's arguments. */
static void test_module_option(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--jit=off", "-m", "unittest", "-v", "x", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_RUN_MODULE);
    CU_ASSERT_EQUAL(o.lang, CLI_LANG_PYTHON);
    CU_ASSERT_FALSE(o.jit);
    CU_ASSERT_STRING_EQUAL(o.module, "unittest");
    CU_ASSERT_EQUAL_FATAL(o.script_argc, 3);
    CU_ASSERT_STRING_EQUAL(o.script_argv[1], "-v");
    CU_ASSERT_STRING_EQUAL(o.script_argv[2], "x");
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-m", NULL}));
}

static void test_ini_settings(void)
{
    cli_options_t o;
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-d", "precision=10", "-d", "display_errors", php_file,
                                        NULL}));
    CU_ASSERT_EQUAL_FATAL(o.nini, 2);
    CU_ASSERT_EQUAL(o.ini[0].key_len, 9);
    CU_ASSERT_NSTRING_EQUAL(o.ini[0].key, "precision", 9);
    CU_ASSERT_STRING_EQUAL(o.ini[0].value, "10");
    CU_ASSERT_STRING_EQUAL(o.ini[1].value, "1");
    free(o.ini);
    CU_ASSERT_FALSE(parse(&o, (char *[]){"-d", "=5", php_file, NULL}));
    free(o.ini);
}

static void test_usage_errors(void)
{
    cli_options_t o;
    CU_ASSERT_FALSE(parse(&o, (char *[]){"--bogus", php_file, NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){"--jit=maybe", php_file, NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){"--jit", php_file, NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){"/nonexistent/x.py", NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){"/tmp", NULL}));
    CU_ASSERT_FALSE(parse(&o, (char *[]){NULL}));
    CU_ASSERT_TRUE(parse(&o, (char *[]){"--help", "--bogus", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_SHOW_HELP);
    CU_ASSERT_TRUE(parse(&o, (char *[]){"-V", NULL}));
    CU_ASSERT_EQUAL(o.action, CLI_SHOW_VERSION);
}

UNIT_SUITE(options, make_files, remove_files, UNIT_TEST(test_language_from_extension),
           UNIT_TEST(test_lang_of_content),
           UNIT_TEST(test_script_arguments_are_the_scripts), UNIT_TEST(test_code_options),
           UNIT_TEST(test_php_file_option), UNIT_TEST(test_module_option), UNIT_TEST(test_ini_settings), UNIT_TEST(test_usage_errors))
