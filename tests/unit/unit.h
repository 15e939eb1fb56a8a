/*
** unit.h: how a CUnit test file declares its suite.
** Each source directory has one test program (tests/unit/<dir>/test-<dir>); every test file in it
** declares one suite with UNIT_SUITE, which registers itself before main() runs (harness.c).
*/
#ifndef PYHYP_UNIT_H
#define PYHYP_UNIT_H

#include <CUnit/CUnit.h>

typedef struct unit_test {
    const char *name;
    CU_TestFunc fn;
} unit_test_t;

/* Called by UNIT_SUITE; `tests` ends with a {NULL, NULL} entry. setup/teardown may be NULL. */
void unit_suite_add(const char *name, const unit_test_t *tests, CU_InitializeFunc setup,
                    CU_CleanupFunc teardown);

#define UNIT_TEST(fn) {#fn, fn}

/* UNIT_SUITE(name, setup, teardown, UNIT_TEST(a), UNIT_TEST(b), ...) */
#define UNIT_SUITE(sname, setup, teardown, ...)                                                   \
    static const unit_test_t sname##_tests[] = {__VA_ARGS__, {NULL, NULL}};                       \
    __attribute__((constructor)) static void sname##_register(void)                               \
    {                                                                                              \
        unit_suite_add(#sname, sname##_tests, setup, teardown);                                   \
    }

#endif
