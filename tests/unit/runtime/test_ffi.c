/*
** test_ffi.c: the foreign-function core (runtime/ffi.c): struct layout against the C compiler's
** own (offsetof/sizeof/_Alignof are the reference), calls into libc and libm through libffi
** (fixed and variadic), a callback handed to qsort, memory blocks and collection.
*/
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/ffi.h"
#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

static rt_ffi_type_t *T(rt_ffi_kind_t k) { return rt_ffi_type_basic(k); }

struct mixed {
    char c;
    int i;
    double d;
    short s;
};

static void test_ffi_layout(void)
{
    rt_ffi_type_t *st = rt_ffi_type_struct(rt_str_from_cstr("struct mixed"), false);
    const char *err = NULL;
    CU_ASSERT_TRUE(rt_ffi_struct_add(st, rt_str_from_cstr("c"), T(RT_FFI_CHAR), &err));
    CU_ASSERT_TRUE(rt_ffi_struct_add(st, rt_str_from_cstr("i"), T(RT_FFI_INT32), &err));
    gc_collect(GC_MAJOR);
    CU_ASSERT_TRUE(rt_ffi_struct_add(st, rt_str_from_cstr("d"), T(RT_FFI_DOUBLE), &err));
    CU_ASSERT_TRUE(rt_ffi_struct_add(st, rt_str_from_cstr("s"), T(RT_FFI_INT16), &err));
    CU_ASSERT_FALSE(rt_ffi_struct_add(st, rt_str_from_cstr("s"), T(RT_FFI_INT8), &err));
    CU_ASSERT_FALSE(rt_ffi_struct_add(st, rt_str_from_cstr("v"), T(RT_FFI_VOID), &err));
    rt_ffi_struct_finish(st, 0);
    CU_ASSERT_EQUAL(st->size, sizeof(struct mixed));
    CU_ASSERT_EQUAL(st->align, _Alignof(struct mixed));
    CU_ASSERT_EQUAL(rt_ffi_struct_field(st, "d", 1)->offset, offsetof(struct mixed, d));
    CU_ASSERT_EQUAL(rt_ffi_struct_field(st, "s", 1)->offset, offsetof(struct mixed, s));
    CU_ASSERT_PTR_NULL(rt_ffi_struct_field(st, "x", 1));

    rt_ffi_type_t *arr = rt_ffi_type_array(T(RT_FFI_INT32), 4);
    rt_ffi_type_t *arr2 = rt_ffi_type_array(arr, 3);
    CU_ASSERT_EQUAL(arr2->size, sizeof(int[3][4]));
    CU_ASSERT_STRING_EQUAL(arr2->name->data, "int32_t[3][4]");
    CU_ASSERT_STRING_EQUAL(rt_ffi_type_pointer(st)->name->data, "struct mixed*");

    rt_ffi_type_t *un = rt_ffi_type_struct(NULL, true);
    rt_ffi_struct_add(un, rt_str_from_cstr("b"), T(RT_FFI_UINT8), &err);
    rt_ffi_struct_add(un, rt_str_from_cstr("a"), arr, &err);
    rt_ffi_struct_finish(un, 0);
    CU_ASSERT_EQUAL(un->size, sizeof(union { unsigned char b; int a[4]; }));
    CU_ASSERT_EQUAL(rt_ffi_struct_field(un, "a", 1)->offset, 0);
}

static void test_ffi_scalars(void)
{
    uint8_t buf[8];
    rt_ffi_write_int(T(RT_FFI_INT8), buf, 300);
    CU_ASSERT_EQUAL(rt_ffi_read_int(T(RT_FFI_INT8), buf), (int8_t)300);
    rt_ffi_write_int(T(RT_FFI_UINT16), buf, -1);
    CU_ASSERT_EQUAL(rt_ffi_read_int(T(RT_FFI_UINT16), buf), 65535);
    rt_ffi_write_int(T(RT_FFI_BOOL), buf, 42);
    CU_ASSERT_EQUAL(rt_ffi_read_int(T(RT_FFI_BOOL), buf), 1);
    rt_ffi_write_float(T(RT_FFI_FLOAT), buf, 0.1);
    CU_ASSERT_EQUAL(rt_ffi_read_float(T(RT_FFI_FLOAT), buf), (double)0.1f);
    CU_ASSERT_TRUE(rt_ffi_is_unsigned(T(RT_FFI_UINT32)));
    CU_ASSERT_FALSE(rt_ffi_is_unsigned(T(RT_FFI_CHAR)));
}

static void test_ffi_calls(void)
{
    const char *err = NULL;
    void *libc = rt_ffi_dlopen(NULL, 0, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(libc);
    CU_ASSERT_PTR_NULL(rt_ffi_dlopen("libnothere-pyhyp.so", 0, &err));
    CU_ASSERT_PTR_NOT_NULL(err);
    CU_ASSERT_PTR_NULL(rt_ffi_dlsym(libc, "no_such_symbol_pyhyp", &err));

    void *fn = rt_ffi_dlsym(libc, "strlen", &err);
    rt_ffi_type_t *ptr = rt_ffi_type_pointer(T(RT_FFI_CHAR));
    const char *s = "hello, world";
    void *values[4] = {&s};
    uint64_t n = 0;
    CU_ASSERT_TRUE(rt_ffi_call(fn, T(RT_FFI_UINT64), &ptr, 1, 1, values, &n, &err));
    CU_ASSERT_EQUAL(n, 12);

    int32_t x = -7, r32 = 0;
    rt_ffi_type_t *i32 = T(RT_FFI_INT32);
    values[0] = &x;
    CU_ASSERT_TRUE(rt_ffi_call(rt_ffi_dlsym(libc, "abs", &err), i32, &i32, 1, 1, values, &r32,
                               &err));
    CU_ASSERT_EQUAL(r32, 7);

    void *libm = rt_ffi_dlopen("libm.so.6", 0, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(libm);
    double a = 2.0, b = 10.0, d = 0;
    rt_ffi_type_t *dd[2] = {T(RT_FFI_DOUBLE), T(RT_FFI_DOUBLE)};
    void *dv[2] = {&a, &b};
    CU_ASSERT_TRUE(rt_ffi_call(rt_ffi_dlsym(libm, "pow", &err), dd[0], dd, 2, 2, dv, &d, &err));
    CU_ASSERT_EQUAL(d, 1024.0);

    /* snprintf(buf, 32, "%d-%s-%.2f", 42, "x", 1.5): variadic after three fixed parameters */
    char out[32];
    char *outp = out;
    uint64_t size = sizeof out;
    const char *fmt = "%d-%s-%.2f", *xs = "x";
    int32_t i = 42;
    double f = 1.5;
    rt_ffi_type_t *types[6] = {ptr, T(RT_FFI_UINT64), ptr, i32, ptr, T(RT_FFI_DOUBLE)};
    void *vals[6] = {&outp, &size, &fmt, &i, &xs, &f};
    CU_ASSERT_TRUE(rt_ffi_call(rt_ffi_dlsym(libc, "snprintf", &err), i32, types, 6, 3, vals, &r32,
                               &err));
    CU_ASSERT_EQUAL(r32, 9);
    CU_ASSERT_STRING_EQUAL(out, "42-x-1.50");
}

/* The callback qsort calls: compares two ints through their pointers. */
static void compare(rt_ffi_closure_t *c, void *result, void **args)
{
    CU_ASSERT_EQUAL(c->target, rt_small(99));
    const int *a = *(int **)args[0], *b = *(int **)args[1];
    rt_ffi_write_int(c->sig->elem, result, *a < *b ? -1 : *a > *b);
}

static void test_ffi_closure(void)
{
    const char *err = NULL;
    rt_ffi_type_t *vp = rt_ffi_type_pointer(NULL);
    rt_ffi_type_t *params[2] = {vp, vp};
    rt_ffi_type_t *sig = rt_ffi_type_func(T(RT_FFI_INT32), params, 2, false);
    rt_ffi_closure_t *c = rt_ffi_closure_new(sig, compare, rt_small(99), &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    gc_collect(GC_MAJOR);
    int data[6] = {5, -3, 9, 0, 2, -8};
    qsort(data, 6, sizeof(int), (int (*)(const void *, const void *))c->code);
    int want[6] = {-8, -3, 0, 2, 5, 9};
    CU_ASSERT_EQUAL(memcmp(data, want, sizeof want), 0);
}

static void test_ffi_memory(void)
{
    rt_ffi_mem_t *m = rt_ffi_mem_new(64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_EQUAL(m->ptr[63], 0);
    CU_ASSERT_EQUAL((uintptr_t)m->ptr % 16, 0);
    rt_ffi_mem_t *view = rt_ffi_mem_wrap(m->ptr + 8, 8, rt_from_ptr(m));
    rt_ffi_mem_keep(view, rt_from_ptr(rt_str_from_cstr("a")));
    rt_ffi_mem_keep(view, rt_from_ptr(rt_str_from_cstr("b")));
    m = NULL;
    for (int i = 0; i < 100; i++) /* dead blocks go with the collection */
        rt_ffi_mem_new(1000);
    gc_collect(GC_MAJOR);
    memset(view->ptr, 1, 8); /* the owner is kept alive by the view */
    CU_ASSERT_FALSE(rt_ffi_mem_free(view));
    rt_ffi_mem_t *own = rt_ptr(rt_vec_get(rt_ptr(view->keep), 0));
    CU_ASSERT_TRUE(rt_ffi_mem_free(own));
    CU_ASSERT_FALSE(rt_ffi_mem_free(own));
    CU_ASSERT_PTR_NULL(own->ptr);
}

UNIT_SUITE(ffi, strtest_setup, NULL, UNIT_TEST(test_ffi_layout), UNIT_TEST(test_ffi_scalars),
           UNIT_TEST(test_ffi_calls), UNIT_TEST(test_ffi_closure), UNIT_TEST(test_ffi_memory))
