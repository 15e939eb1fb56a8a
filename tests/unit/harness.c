/*
** harness.c: main() of every CUnit test program.
** Runs the suites that UNIT_SUITE registered (optionally only those named on the command line),
** prints each failure, and ends with "N passed, N failed" for tools/run-tests to add up.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

#include "tests/unit/unit.h"

enum { MAX_SUITES = 256 };

static struct {
    const char *name;
    const unit_test_t *tests;
    CU_InitializeFunc setup;
    CU_CleanupFunc teardown;
} suites[MAX_SUITES];
static int nsuites;

void unit_suite_add(const char *name, const unit_test_t *tests, CU_InitializeFunc setup,
                    CU_CleanupFunc teardown)
{
    if (nsuites == MAX_SUITES) {
        fprintf(stderr, "harness: more than %d suites\n", MAX_SUITES);
        exit(2);
    }
    suites[nsuites].name = name;
    suites[nsuites].tests = tests;
    suites[nsuites].setup = setup;
    suites[nsuites].teardown = teardown;
    nsuites++;
}

static int selected(const char *name, int argc, char **argv)
{
    if (argc < 2)
        return 1;
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return 0;
}

static int register_suites(int argc, char **argv)
{
    for (int i = 0; i < nsuites; i++) {
        if (!selected(suites[i].name, argc, argv))
            continue;
        CU_pSuite s = CU_add_suite(suites[i].name, suites[i].setup, suites[i].teardown);
        if (!s)
            return -1;
        for (const unit_test_t *t = suites[i].tests; t->name; t++)
            if (!CU_add_test(s, t->name, t->fn))
                return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (CU_initialize_registry() != CUE_SUCCESS || register_suites(argc, argv) != 0) {
        fprintf(stderr, "harness: %s\n", CU_get_error_msg());
        return 2;
    }
    CU_basic_set_mode(CU_BRM_NORMAL);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_tests_failed();
    unsigned run = CU_get_number_of_tests_run();
    unsigned suite_failures = CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    printf("\n%u passed, %u failed\n", run - failed, failed + suite_failures);
    return failed || suite_failures ? 1 : 0;
}
