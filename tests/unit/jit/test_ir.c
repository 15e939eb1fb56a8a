/*
** test_ir.c: the IR buffer and emission-time optimization (jit/ir.c, fold.c, opt_mem.c,
** opt_guard.c): constants interned below the base, constant folding, algebraic identities, CSE
** along the opcode chains, load forwarding and its invalidation by calls, and overflow checks
** removed by integer bounds.
*/
#include "jit/trace.h"
#include "tests/unit/jit/testvm.h"
#include "tests/unit/unit.h"

static jit_field_t fd_x = {"testvm_obj_t.x", offsetof(testvm_obj_t, x), 8, JIT_F_REF, JIT_T_VAL, 0};

static int ir_setup(void)
{
    rt_init(NULL);
    jit_init(NULL);
    return 0;
}

static void test_constants(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    jit_ref_t a = jit_ir_kint(&ir, 42), b = jit_ir_kint(&ir, 42), c = jit_ir_kint(&ir, -7);
    CU_ASSERT_EQUAL(a, b);
    CU_ASSERT_NOT_EQUAL(a, c);
    CU_ASSERT_TRUE(jit_ref_isk(a));
    CU_ASSERT_EQUAL(jit_ir_kval(&ir, c), -7);
    jit_ref_t d = jit_ir_knum(&ir, 1.5);
    CU_ASSERT_EQUAL(jit_ir_ins(&ir, d)->o, JIT_IR_KNUM);
    CU_ASSERT_EQUAL(jit_ir_kval(&ir, jit_ir_kval(&ir, d) ? d : d), jit_w_of_JF(1.5));
    /* a value constant and an integer constant of the same bits are different constants */
    CU_ASSERT_NOT_EQUAL(jit_ir_kv(&ir, rt_small(3)), jit_ir_kint(&ir, (int64_t)rt_small(3)));
    jit_ir_free(&ir);
}

static void test_fold_constants(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    jit_ref_t k = jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, jit_ir_kint(&ir, 40), jit_ir_kint(&ir, 2));
    CU_ASSERT_TRUE(jit_ref_isk(k));
    CU_ASSERT_EQUAL(jit_ir_kval(&ir, k), 42);
    k = jit_fold_emit(&ir, JIT_IR_MUL, JIT_T_INT, jit_ir_kint(&ir, -6), jit_ir_kint(&ir, 7));
    CU_ASSERT_EQUAL(jit_ir_kval(&ir, k), -42);
    /* an overflowing ADDOV of constants is not folded: it must exit */
    jit_ref_t ov = jit_fold_emit(&ir, JIT_IR_ADDOV, JIT_T_INT | JIT_T_GUARD,
                                 jit_ir_kint(&ir, INT64_MAX), jit_ir_kint(&ir, 1));
    CU_ASSERT_FALSE(jit_ref_isk(ov));
    /* a guard on constants that holds disappears */
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_LT, JIT_T_GUARD, jit_ir_kint(&ir, 1),
                                  jit_ir_kint(&ir, 2)), JIT_REF_NONE);
    jit_ir_free(&ir);
}

static void test_identities_and_cse(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    jit_ref_t x = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 0, 0);
    jit_ref_t y = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 1, 0);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 0, 0), x);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, x, jit_ir_kint(&ir, 0)), x);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_MUL, JIT_T_INT, x, jit_ir_kint(&ir, 1)), x);
    jit_ref_t z = jit_fold_emit(&ir, JIT_IR_SUB, JIT_T_INT, x, x);
    CU_ASSERT_TRUE(jit_ref_isk(z) && jit_ir_kval(&ir, z) == 0);
    jit_ref_t s1 = jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, x, y);
    jit_ref_t s2 = jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, y, x);
    jit_ref_t s3 = jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, x, y);
    CU_ASSERT_EQUAL(s1, s3);
    CU_ASSERT_NOT_EQUAL(s1, s2); /* no operand sorting beyond constants-right */
    /* a constant on the left of a commutative op moves right, then CSEs */
    jit_ref_t a = jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, x, jit_ir_kint(&ir, 5));
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_ADD, JIT_T_INT, jit_ir_kint(&ir, 5), x), a);
    /* a duplicate guard is dropped */
    jit_ref_t g = jit_fold_emit(&ir, JIT_IR_LT, JIT_T_GUARD, x, y);
    CU_ASSERT_NOT_EQUAL(g, JIT_REF_NONE);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_LT, JIT_T_GUARD, x, y), JIT_REF_NONE);
    /* the tag test of a freshly tagged value folds */
    jit_ref_t t = jit_fold_emit(&ir, JIT_IR_BOR, JIT_T_VAL, s1, jit_ir_kint(&ir, 1));
    jit_ref_t tag = jit_fold_emit(&ir, JIT_IR_BAND, JIT_T_INT, t, jit_ir_kint(&ir, 1));
    CU_ASSERT_TRUE(jit_ref_isk(tag) && jit_ir_kval(&ir, tag) == 1);
    jit_ir_free(&ir);
}

static void test_heap_cache(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    uint16_t fid = jit_field_id(&fd_x);
    jit_ref_t o = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 0, 0);
    jit_ref_t p = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 1, 0);
    jit_ref_t l1 = jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid), l1);
    /* a store to the same object and field forwards its value */
    jit_ref_t v = jit_ir_kv(&ir, rt_small(9));
    jit_ref_t fref = jit_fold_emit(&ir, JIT_IR_FREF, JIT_T_PTR, o, fid);
    jit_ir_emit_raw(&ir, JIT_IR_FSTORE, JIT_T_NIL, fref, v);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid), v);
    /* a store to another object that may alias stops forwarding and CSE */
    jit_ref_t fref2 = jit_fold_emit(&ir, JIT_IR_FREF, JIT_T_PTR, p, fid);
    jit_ir_emit_raw(&ir, JIT_IR_FSTORE, JIT_T_NIL, fref2, v);
    jit_ref_t l2 = jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid);
    CU_ASSERT_FALSE(jit_ref_isk(l2));
    CU_ASSERT_NOT_EQUAL(l2, l1);
    /* a fresh allocation does not alias older objects: its zero field and stores forward */
    jit_ref_t n = jit_ir_emit_raw(&ir, JIT_IR_NEW, JIT_T_PTR, jit_ir_kptr(&ir, &testvm_type_obj),
                                  sizeof(testvm_obj_t));
    jit_ref_t z = jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, n, fid);
    CU_ASSERT_TRUE(jit_ref_isk(z) && jit_ir_kval(&ir, z) == 0);
    jit_ref_t nref = jit_fold_emit(&ir, JIT_IR_FREF, JIT_T_PTR, n, fid);
    jit_ir_emit_raw(&ir, JIT_IR_FSTORE, JIT_T_NIL, nref, p);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid), l2);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, n, fid), p);
    /* the class of a NEW is known */
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_GCLASS, JIT_T_NIL | JIT_T_GUARD, n,
                                  jit_ir_kptr(&ir, &testvm_type_obj)), JIT_REF_NONE);
    /* a call with side effects invalidates the cache */
    jit_ir_emit_raw(&ir, JIT_IR_CALLS, JIT_T_INT, o, jit_helper_id(&testvm_h_print_jhd));
    jit_ref_t l3 = jit_fold_emit(&ir, JIT_IR_FLOAD, JIT_T_VAL, o, fid);
    CU_ASSERT_NOT_EQUAL(l3, l2);
    jit_ir_free(&ir);
}

static void test_bounds(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    jit_ref_t i = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 0, 0);
    /* unknown bounds: the overflow check stays */
    jit_ref_t a = jit_fold_emit(&ir, JIT_IR_ADDOV, JIT_T_INT | JIT_T_GUARD, i, jit_ir_kint(&ir, 2));
    CU_ASSERT_EQUAL(jit_ir_ins(&ir, a)->o, JIT_IR_ADDOV);
    /* after i < 1000 holds, i + 2 cannot overflow */
    jit_fold_emit(&ir, JIT_IR_LT, JIT_T_GUARD, i, jit_ir_kint(&ir, 1000));
    jit_ref_t j = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_VAL, 1, 0);
    jit_fold_emit(&ir, JIT_IR_LT, JIT_T_GUARD, j, jit_ir_kint(&ir, 1000));
    jit_ref_t b = jit_fold_emit(&ir, JIT_IR_ADDOV, JIT_T_INT | JIT_T_GUARD, j, jit_ir_kint(&ir, 2));
    CU_ASSERT_EQUAL(jit_ir_ins(&ir, b)->o, JIT_IR_ADD);
    /* a masked value has both bounds */
    jit_ref_t m = jit_fold_emit(&ir, JIT_IR_BAND, JIT_T_INT, i, jit_ir_kint(&ir, 255));
    jit_ref_t c = jit_fold_emit(&ir, JIT_IR_SUBOV, JIT_T_INT | JIT_T_GUARD, m, jit_ir_kint(&ir, 7));
    CU_ASSERT_EQUAL(jit_ir_ins(&ir, c)->o, JIT_IR_SUB);
    jit_ir_free(&ir);
}

/* The unbound-slot test (EQ / NE with 0) of a tagged int BOR(x, 1) or of a NEW folds. */
static void test_tagged_nonzero(void)
{
    jit_ir_t ir;
    jit_ir_init(&ir);
    jit_ref_t x = jit_fold_emit(&ir, JIT_IR_SLOAD, JIT_T_INT, 0, 0);
    jit_ref_t t = jit_fold_emit(&ir, JIT_IR_BOR, JIT_T_VAL, x, jit_ir_kint(&ir, 1));
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_NE, JIT_T_GUARD, t, jit_ir_kint(&ir, 0)),
                    JIT_REF_NONE);
    jit_ref_t e = jit_fold_emit(&ir, JIT_IR_EQ, JIT_T_BOOL, t, jit_ir_kint(&ir, 0));
    CU_ASSERT_TRUE(jit_ref_isk(e));
    CU_ASSERT_EQUAL(jit_ir_kval(&ir, e), 0);
    /* nor is a fresh object null */
    jit_ref_t n = jit_ir_emit_raw(&ir, JIT_IR_NEW, JIT_T_PTR, jit_ir_kptr(&ir, &testvm_type_obj), 24);
    CU_ASSERT_EQUAL(jit_fold_emit(&ir, JIT_IR_NE, JIT_T_GUARD, n, jit_ir_kint(&ir, 0)),
                    JIT_REF_NONE);
    /* BOR with 0 proves nothing */
    jit_ref_t z = jit_fold_emit(&ir, JIT_IR_BOR, JIT_T_VAL, x, jit_ir_kint(&ir, 0));
    CU_ASSERT_FALSE(jit_ref_isk(jit_fold_emit(&ir, JIT_IR_EQ, JIT_T_BOOL, z, jit_ir_kint(&ir, 0))));
    jit_ir_free(&ir);
}

UNIT_SUITE(jit_ir, ir_setup, NULL, UNIT_TEST(test_constants), UNIT_TEST(test_fold_constants),
           UNIT_TEST(test_identities_and_cse), UNIT_TEST(test_heap_cache), UNIT_TEST(test_bounds),
           UNIT_TEST(test_tagged_nonzero))
