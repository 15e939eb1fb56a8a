/*
** test_code.c: code objects and their builder (runtime/code.h): line tables against random
** pc -> line maps, instruction indexes and depths, liveness over loops and handlers, back-edge
** counters, constants and names, and a VM code type that embeds rt_code_t.
*/
#include <stdlib.h>
#include <string.h>

#include "tests/unit/runtime/exectest.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

int exectest_setup(void)
{
    rt_init(NULL);
    return 0;
}

rt_code_t *exectest_code(rt_lang_t lang, const char *name, uint32_t nlocals, uint32_t nstack,
                         uint32_t ninsns, int32_t firstline)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, lang, nlocals);
    for (uint32_t i = 0; i < ninsns; i++) {
        rt_code_builder_insn(&b, firstline + (int32_t)i, 0, i + 1 == ninsns ? RT_INSN_NOFALL : 0);
        rt_code_builder_emit_u8(&b, (uint8_t)i);
    }
    rt_code_builder_reserve_stack(&b, nstack);
    rt_code_desc_t desc = {
        .name = rt_str_from_cstr(name),
        .filename = rt_str_from_cstr(lang == RT_LANG_PHP ? "test.php" : "test.py"),
        .firstline = firstline,
    };
    rt_code_t *c = rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);
    return c;
}

/* Random instruction lengths and lines (repeats, jumps back, zero "no line"), then every pc of
** every instruction must map back to its instruction's line, index and depth. */
static void test_line_roundtrip(void)
{
    strtest_rng_t rng = {42};
    for (int round = 0; round < 200; round++) {
        uint32_t n = 1 + strtest_below(&rng, round < 100 ? 40 : 2000);
        int32_t *lines = malloc(n * sizeof *lines);
        uint32_t *pcs = malloc((n + 1) * sizeof *pcs);
        rt_arena_t arena;
        rt_arena_init(&arena);
        rt_code_builder_t b;
        rt_code_builder_init(&b, &arena, RT_LANG_PY, 0);
        int32_t line = 1 + (int32_t)strtest_below(&rng, 100000);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t r = strtest_below(&rng, 10);
            if (r < 4)
                line += (int32_t)strtest_below(&rng, 3);
            else if (r < 6)
                line -= (int32_t)strtest_below(&rng, 50);
            else if (r < 7)
                line += (int32_t)strtest_below(&rng, 100000);
            if (line < 0 || r == 9)
                line = 0;
            lines[i] = line;
            pcs[i] = rt_code_builder_pc(&b);
            rt_code_builder_insn(&b, line, i % 7, 0);
            uint32_t len = 1 + strtest_below(&rng, 6);
            for (uint32_t k = 0; k < len; k++)
                rt_code_builder_emit_u8(&b, (uint8_t)k);
        }
        pcs[n] = rt_code_builder_pc(&b);
        rt_code_desc_t desc = {.name = rt_str_from_cstr("f")};
        rt_code_t *c = rt_code_builder_finish(&b, &desc);
        rt_arena_free(&arena);
        CU_ASSERT_EQUAL_FATAL(c->ninsns, n);
        CU_ASSERT_EQUAL(c->len, pcs[n]);
        bool ok = true;
        for (uint32_t i = 0; i < n; i++) {
            for (uint32_t pc = pcs[i]; pc < pcs[i + 1]; pc++) {
                ok &= rt_code_line(c, pc) == lines[i];
                ok &= rt_code_insn_index(c, pc) == (pc == pcs[i] ? (int64_t)i : -1);
            }
            ok &= rt_code_depth_at(c, pcs[i]) == i % 7;
        }
        CU_ASSERT(ok);
        CU_ASSERT_EQUAL(c->nstack, n < 7 ? n - 1 : 6);
        free(lines);
        free(pcs);
    }
}

/* A typical function: two-byte instructions, a new line every third one. CPython 3.11 spends
** about 2 bytes per line change on such code; so must we. */
static void test_line_compact(void)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, RT_LANG_PHP, 0);
    for (uint32_t i = 0; i < 3000; i++) {
        rt_code_builder_insn(&b, 10 + (int32_t)(i / 3), 0, 0);
        rt_code_builder_emit(&b, "\x01\x02", 2);
    }
    rt_code_desc_t desc = {.name = rt_str_from_cstr("g")};
    rt_code_t *c = rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);
    CU_ASSERT(c->nlinebytes <= 2 * 1000);
    CU_ASSERT_EQUAL(rt_code_line(c, 0), 10);
    CU_ASSERT_EQUAL(rt_code_line(c, 5999), 10 + 999);
}

static bool live(const rt_code_t *c, uint32_t pc, uint32_t slot)
{
    return rt_code_local_live(c, pc, slot);
}

/*
** Locals: 0 = i, 1 = n, 2 = t, 3 = never read, 4 = read by the handler only.
**   0: x = ...           def 3
**   1: i = 0             def 0
**   head:
**   2: if i >= n: exit   use 0, use 1, jump exit
**   3: t = i + 1         use 0, def 2          (inside a handler region)
**   4: i = t             use 2, def 0          (inside a handler region)
**   5: goto head         NOFALL, backward
**   exit:
**   6: return i          use 0, NOFALL
**   handler:
**   7: return h          use 4, NOFALL
*/
static void test_liveness(void)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, RT_LANG_PY, 5);
    uint32_t head = rt_code_builder_label(&b), exit = rt_code_builder_label(&b),
             handler = rt_code_builder_label(&b);
    rt_code_builder_insn(&b, 1, 0, 0);
    rt_code_builder_def(&b, 3);
    rt_code_builder_emit_u8(&b, 0);
    rt_code_builder_insn(&b, 1, 0, 0);
    rt_code_builder_def(&b, 0);
    rt_code_builder_emit_u8(&b, 1);
    rt_code_builder_bind(&b, head);
    rt_code_builder_insn(&b, 2, 0, 0);
    rt_code_builder_use(&b, 0);
    rt_code_builder_use(&b, 1);
    CU_ASSERT_EQUAL(rt_code_builder_jump(&b, exit), RT_CODE_NO_COUNTER);
    rt_code_builder_emit(&b, "\x02\x00", 2);
    rt_code_builder_handler(&b, handler);
    rt_code_builder_insn(&b, 3, 0, 0);
    rt_code_builder_use(&b, 0);
    rt_code_builder_def(&b, 2);
    rt_code_builder_emit_u8(&b, 3);
    rt_code_builder_insn(&b, 3, 0, 0);
    rt_code_builder_use(&b, 2);
    rt_code_builder_def(&b, 0);
    rt_code_builder_emit_u8(&b, 4);
    rt_code_builder_handler(&b, RT_CODE_NO_LABEL);
    rt_code_builder_insn(&b, 4, 0, RT_INSN_NOFALL);
    CU_ASSERT_EQUAL(rt_code_builder_jump(&b, head), 0);
    rt_code_builder_emit(&b, "\x05\x00", 2);
    rt_code_builder_bind(&b, exit);
    rt_code_builder_insn(&b, 5, 0, RT_INSN_NOFALL);
    rt_code_builder_use(&b, 0);
    rt_code_builder_emit_u8(&b, 6);
    rt_code_builder_bind(&b, handler);
    rt_code_builder_insn(&b, 6, 0, RT_INSN_NOFALL);
    rt_code_builder_use(&b, 4);
    rt_code_builder_emit_u8(&b, 7);
    uint32_t head_pc = rt_code_builder_label_pc(&b, head);
    rt_code_desc_t desc = {.name = rt_str_from_cstr("loop")};
    rt_code_t *c = rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);

    static const uint32_t pcs[8] = {0, 1, 2, 4, 5, 6, 8, 9};
    /* Local 4 is live from the start: the handler reads it and the loop body may throw. */
    static const char *expect[8] = {"01001", "01001", "11001", "11001", "01101", "11001", "10000",
                                    "00001"};
    for (int i = 0; i < 8; i++) {
        char got[6];
        for (uint32_t s = 0; s < 5; s++)
            got[s] = live(c, pcs[i], s) ? '1' : '0';
        got[5] = 0;
        CU_ASSERT_STRING_EQUAL(got, expect[i]);
    }
    CU_ASSERT_EQUAL(head_pc, 2);
    CU_ASSERT_EQUAL(c->nbackedges, 1);
    CU_ASSERT_PTR_EQUAL(rt_code_backedge_find(c, head_pc), &c->backedges[0]);
    CU_ASSERT_PTR_NULL(rt_code_backedge_find(c, 0));
    c->backedges[0].count++;
    CU_ASSERT_EQUAL(rt_code_backedge_find(c, 2)->count, 1);
}

/* Pinned locals stay live everywhere, even where they are dead. */
static void test_pinned(void)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, RT_LANG_PY, 70);
    rt_code_builder_pin(&b, 60, 10);
    rt_code_builder_insn(&b, 1, 0, 0);
    rt_code_builder_def(&b, 65);
    rt_code_builder_emit_u8(&b, 0);
    rt_code_builder_insn(&b, 1, 0, RT_INSN_NOFALL);
    rt_code_builder_use(&b, 1);
    rt_code_builder_emit_u8(&b, 1);
    rt_code_desc_t desc = {.name = rt_str_from_cstr("pins")};
    rt_code_t *c = rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);
    CU_ASSERT_EQUAL(c->lwords, 2);
    CU_ASSERT(live(c, 0, 65) && live(c, 1, 65) && live(c, 0, 60) && live(c, 1, 69));
    CU_ASSERT(!live(c, 0, 59) && !live(c, 1, 70 - 11));
    CU_ASSERT(live(c, 0, 1) && live(c, 1, 1) && !live(c, 0, 2));
}

static void test_consts_names(void)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, RT_LANG_PHP, 0);
    rt_code_builder_insn(&b, 7, 0, RT_INSN_NOFALL);
    rt_code_builder_emit_u8(&b, 0);
    CU_ASSERT_EQUAL(rt_code_builder_const(&b, rt_small(5)), 0);
    CU_ASSERT_EQUAL(rt_code_builder_const(&b, rt_from_ptr(rt_str_from_cstr("a constant"))), 1);
    CU_ASSERT_EQUAL(rt_code_builder_const(&b, rt_small(5)), 2); /* the compiler dedupes */
    CU_ASSERT_EQUAL(rt_code_builder_name(&b, rt_str_from_cstr("strlen")), 0);
    CU_ASSERT_EQUAL(rt_code_builder_name(&b, rt_str_from_cstr("count")), 1);
    CU_ASSERT_EQUAL(rt_code_builder_name(&b, rt_str_from_cstr("strlen")), 0);
    gc_collect(GC_MAJOR);
    rt_code_desc_t desc = {.name = rt_str_from_cstr("main"),
                           .filename = rt_str_from_cstr("/srv/index.php"),
                           .firstline = 7,
                           .flags = 1u << RT_CODE_LANG_SHIFT};
    rt_code_t *c = rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);
    gc_collect(GC_MAJOR);
    CU_ASSERT_EQUAL(c->lang, RT_LANG_PHP);
    CU_ASSERT_EQUAL(rt_tuple_len(c->consts), 3);
    CU_ASSERT_EQUAL(rt_tuple_get(c->consts, 0), rt_small(5));
    rt_str_t *k = rt_ptr(rt_tuple_get(c->consts, 1));
    CU_ASSERT_STRING_EQUAL(k->data, "a constant");
    CU_ASSERT_EQUAL(rt_tuple_len(c->names), 2);
    CU_ASSERT_PTR_EQUAL(rt_ptr(rt_tuple_get(c->names, 1)), rt_str_intern_cstr("count"));
    CU_ASSERT_PTR_EQUAL(c->qualname, c->name);
    rt_code_loc_t loc = rt_code_location(c, 0);
    CU_ASSERT_STRING_EQUAL(loc.filename->data, "/srv/index.php");
    CU_ASSERT_STRING_EQUAL(loc.name->data, "main");
    CU_ASSERT_EQUAL(loc.line, 7);
    CU_ASSERT_EQUAL(c->flags >> RT_CODE_LANG_SHIFT, 1);
}

/* A VM's code type: rt_code_t first, its extras after, traced by its own function. */
typedef struct vm_code {
    rt_code_t base;
    rt_value_t defaults;
    uint32_t argcount;
} vm_code_t;

static void vm_code_trace(gc_tracer_t *tracer, void *obj)
{
    rt_code_trace(tracer, obj);
    gc_visit(tracer, ((vm_code_t *)obj)->defaults);
}

static rt_type_t vm_code_type = RT_TYPE_INIT("vm-code", vm_code_trace, NULL, 0);

static void test_embedding(void)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    rt_code_builder_t b;
    rt_code_builder_init(&b, &arena, RT_LANG_PY, 1);
    rt_code_builder_insn(&b, 3, 0, 0);
    rt_code_builder_emit_u8(&b, 0);
    rt_code_builder_insn(&b, 4, 1, RT_INSN_NOFALL);
    rt_code_builder_emit_u8(&b, 1);
    rt_code_desc_t desc = {.type = &vm_code_type,
                           .size = sizeof(vm_code_t),
                           .name = rt_str_from_cstr("f"),
                           .qualname = rt_str_from_cstr("C.f")};
    vm_code_t *c = (vm_code_t *)rt_code_builder_finish(&b, &desc);
    rt_arena_free(&arena);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(c), &vm_code_type);
    CU_ASSERT_EQUAL(c->defaults, 0);
    CU_ASSERT_EQUAL(c->argcount, 0);
    RT_STORE(c, defaults, rt_from_ptr(rt_str_from_cstr("default value")));
    c->argcount = 1;
    gc_collect(GC_MAJOR);
    for (int i = 0; i < 100; i++)
        rt_str_from_cstr("garbage to reuse freed lines");
    gc_collect(GC_MAJOR);
    CU_ASSERT_STRING_EQUAL(((rt_str_t *)rt_ptr(c->defaults))->data, "default value");
    CU_ASSERT_STRING_EQUAL(c->base.qualname->data, "C.f");
    CU_ASSERT_EQUAL(c->base.nslots, 2);
    CU_ASSERT_EQUAL(rt_code_line(&c->base, 1), 4);
}

UNIT_SUITE(code, exectest_setup, NULL, UNIT_TEST(test_line_roundtrip), UNIT_TEST(test_line_compact),
           UNIT_TEST(test_liveness), UNIT_TEST(test_pinned), UNIT_TEST(test_consts_names),
           UNIT_TEST(test_embedding))
