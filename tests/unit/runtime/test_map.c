/*
** test_map.c: the ordered hash map (runtime/map.c). A property test against a reference model
** (insertion-ordered array) with collections in between; the packed-to-hash conversions; positions
** under modification; PHP's next free key and internal pointer (expected values from php -n 8.2);
** copies; keys with caller callbacks, including a failing and a map-mutating equality.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

static bool gc_stress(void)
{
    const char *s = getenv("PYHYP_GC_STRESS");
    return s && *s && strcmp(s, "0") != 0;
}

static rt_str_t *str(const char *s) { return rt_str_from_cstr(s); }

static int64_t ival(rt_value_t v) { return rt_small_value(v); }

/* ---- The reference model ---------------------------------------------------------------- */

typedef struct mkey {
    bool is_str;
    int64_t i;
    char s[16];
} mkey_t;

/* Values: even ids are stored as small ints, odd ones as heap strings "v<id>" that only the map
** references, so a collection that lost them shows. */
typedef struct ment {
    mkey_t k;
    int64_t v;
    int64_t pos; /* where the map put it (checked while the map is pinned) */
} ment_t;

typedef struct model {
    ment_t *e;
    int64_t n, cap;
    int64_t next_free;
} model_t;

static bool mkey_eq(const mkey_t *a, const mkey_t *b)
{
    return a->is_str == b->is_str && (a->is_str ? strcmp(a->s, b->s) == 0 : a->i == b->i);
}

static int64_t model_find(const model_t *md, const mkey_t *k)
{
    for (int64_t j = 0; j < md->n; j++)
        if (mkey_eq(&md->e[j].k, k))
            return j;
    return -1;
}

static void model_del(model_t *md, int64_t j)
{
    memmove(md->e + j, md->e + j + 1, (size_t)(md->n - j - 1) * sizeof(ment_t));
    md->n--;
}

static void model_set(model_t *md, const mkey_t *k, int64_t v)
{
    int64_t j = model_find(md, k);
    if (j >= 0) {
        md->e[j].v = v;
        return;
    }
    if (md->n == md->cap) {
        md->cap = md->cap ? md->cap * 2 : 64;
        md->e = realloc(md->e, (size_t)md->cap * sizeof(ment_t));
    }
    md->e[md->n++] = (ment_t){*k, v, -1};
    if (!k->is_str && k->i >= md->next_free)
        md->next_free = k->i == INT64_MAX ? INT64_MAX : k->i + 1;
}

static rt_value_t make_value(int64_t v)
{
    if (v % 2 == 0)
        return rt_small(v);
    char buf[32];
    snprintf(buf, sizeof buf, "v%lld", (long long)v);
    return rt_from_ptr(str(buf));
}

static bool value_is(rt_value_t got, int64_t v)
{
    if (v % 2 == 0)
        return got == rt_small(v);
    char buf[32];
    snprintf(buf, sizeof buf, "v%lld", (long long)v);
    const rt_str_t *s = rt_ptr(got);
    return rt_is_ptr(got) && rt_obj_type(s) == &rt_type_str && strcmp(s->data, buf) == 0;
}

static rt_value_t map_get(rt_map_t *m, const mkey_t *k)
{
    return k->is_str ? rt_map_get_str(m, str(k->s)) : rt_map_get_int(m, k->i);
}

/* The layout invariants of map.c, read through the public structs. */
static bool check_structure(const rt_map_t *m)
{
    const rt_map_store_t *st = m->store;
    int64_t live = 0;
    for (int64_t p = 0; p < st->used; p++)
        live += rt_map_live_at(m, p);
    if (live != m->count || (m->count > 0 && !rt_map_live_at(m, st->used - 1)))
        return false;
    if (m->ipos < 0 || m->ipos > st->used || (m->ipos < st->used && !rt_map_live_at(m, m->ipos)))
        return false;
    if (st->index == NULL)
        return st->used <= st->cap;
    int64_t fill = 0, refs = 0;
    for (uint64_t i = 0; i <= st->mask; i++) {
        uint64_t s = st->index[i];
        fill += s != 0;
        if (s == 0 || s == RT_MAP_DUMMY)
            continue;
        int64_t pos = rt_map_slot_pos(s);
        const rt_map_entry_t *e = &rt_map_entries(st)[pos];
        if (pos >= st->used || e->value == RT_NOVALUE)
            return false;
        /* a short string key keeps its short key in place of the hash, and its slot says so */
        uint64_t sk = rt_is_ptr(e->key) ? rt_map_short_key(rt_ptr(e->key)) : 0;
        uint64_t h = sk ? rt_str_hash(rt_ptr(e->key)) : e->hash;
        if (rt_map_tag(h) != (s & RT_MAP_TAG_MASK) || !(s & RT_MAP_SHORT) != !sk ||
            (sk && e->hash != sk))
            return false;
        refs++;
    }
    return fill == st->fill && fill <= st->cap && refs == m->count && st->used <= st->cap;
}

/* Checks m against the model: count, order, keys, values, lookups, next free key; while pinned,
** that every key kept the position it was given. */
static bool model_check(rt_map_t *m, const model_t *md)
{
    if (rt_map_count(m) != md->n || m->next_free != md->next_free || !check_structure(m))
        return false;
    int64_t j = 0;
    for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1), j++) {
        if (j >= md->n)
            return false;
        rt_map_key_t k = rt_map_key_at(m, p);
        const ment_t *e = &md->e[j];
        if (e->k.is_str) {
            const rt_str_t *s = rt_ptr(k.obj);
            if (k.obj == 0 || strcmp(s->data, e->k.s) != 0)
                return false;
        } else if (k.obj != 0 || k.i != e->k.i) {
            return false;
        }
        if (!value_is(rt_map_value_at(m, p), e->v) || !value_is(map_get(m, &e->k), e->v))
            return false;
        if (m->pins > 0 && e->pos >= 0 && e->pos != p)
            return false;
    }
    return j == md->n;
}

/* Records where the map holds k (for the pinned runs). */
static void note_pos(rt_map_t *m, model_t *md, const mkey_t *k)
{
    int64_t j = model_find(md, k);
    if (md->e[j].pos < 0)
        md->e[j].pos = k->is_str ? rt_map_find_str(m, str(k->s)) : rt_map_find_int(m, k->i);
}

static mkey_t random_key(strtest_rng_t *r, int64_t count)
{
    mkey_t k = {0};
    uint32_t c = strtest_below(r, 10);
    if (c < 4) {
        k.i = (int64_t)strtest_below(r, (uint32_t)count + 2);
    } else if (c < 7) {
        k.i = (int64_t)strtest_below(r, 320) - 20;
    } else {
        k.is_str = true;
        snprintf(k.s, sizeof k.s, "s%u", strtest_below(r, 150));
    }
    return k;
}

/* One random operation on both m and the model; returns false on a disagreement. */
static bool random_step(rt_map_t *m, model_t *md, strtest_rng_t *r, int64_t step)
{
    uint32_t op = strtest_below(r, 100);
    mkey_t k = random_key(r, md->n);
    if (op < 30) { /* set */
        bool was_new = model_find(md, &k) < 0;
        bool fresh = k.is_str ? rt_map_set_str(m, str(k.s), make_value(step))
                              : rt_map_set_int(m, k.i, make_value(step));
        model_set(md, &k, step);
        note_pos(m, md, &k);
        return fresh == was_new;
    }
    if (op < 40) { /* append */
        mkey_t a = {.i = md->next_free == INT64_MIN ? 0 : md->next_free};
        bool ok = rt_map_append(m, make_value(step));
        if (ok != (model_find(md, &a) < 0))
            return false;
        if (ok) {
            model_set(md, &a, step);
            note_pos(m, md, &a);
        }
        return true;
    }
    if (op < 60) { /* delete */
        int64_t j = model_find(md, &k);
        bool gone = k.is_str ? rt_map_del_str(m, str(k.s)) : rt_map_del_int(m, k.i);
        if (j >= 0)
            model_del(md, j);
        return gone == (j >= 0);
    }
    if (op < 80) { /* lookup */
        int64_t j = model_find(md, &k);
        rt_value_t v = map_get(m, &k);
        return j < 0 ? v == RT_NOVALUE : value_is(v, md->e[j].v);
    }
    if (op < 85) { /* pop */
        rt_map_key_t pk;
        rt_value_t pv;
        bool ok = rt_map_pop(m, &pk, &pv);
        if (ok != (md->n > 0))
            return false;
        if (!ok)
            return true;
        ment_t last = md->e[md->n - 1];
        md->n--;
        if (!last.k.is_str && md->next_free != INT64_MIN && last.k.i == md->next_free - 1)
            md->next_free--;
        bool key_ok = last.k.is_str ? pk.obj != 0 : pk.obj == 0 && pk.i == last.k.i;
        return key_ok && value_is(pv, last.v);
    }
    if (op < 90 && md->n > 0) { /* delete or update by position: the j-th live entry */
        int64_t j = strtest_below(r, (uint32_t)md->n), p = rt_map_next(m, 0);
        for (int64_t i = 0; i < j; i++)
            p = rt_map_next(m, p + 1);
        if (op < 87) {
            rt_map_del_at(m, p);
            model_del(md, j);
        } else {
            rt_map_set_at(m, p, make_value(step));
            md->e[j].v = step;
        }
        return true;
    }
    if (op == 99 && strtest_below(r, 8) == 0) {
        rt_map_clear(m);
        md->n = 0;
        md->next_free = INT64_MIN;
    }
    return true;
}

/* With pinned, the map stays pinned throughout, so positions must never move. */
static void run_property(uint64_t seed, int64_t steps, bool pinned)
{
    strtest_rng_t r = {seed};
    model_t md = {.next_free = INT64_MIN};
    rt_map_t *m = rt_map_new(0);
    if (pinned)
        rt_map_pin(m);
    bool ok = true;
    /* Start packed: a run of appends, then anything. */
    for (int64_t s = 0; s < 40; s++) {
        ok &= rt_map_append(m, make_value(s));
        model_set(&md, &(mkey_t){.i = s}, s);
    }
    ok &= rt_map_is_packed(m);
    for (int64_t s = 40; s < steps && ok; s++) {
        ok &= random_step(m, &md, &r, s);
        if (s % 97 == 0)
            ok &= model_check(m, &md);
        if (s % 500 == 0)
            gc_collect(GC_MAJOR);
        else if (s % 250 == 0)
            gc_collect(GC_MINOR);
        if (s % 1000 == 0) {
            rt_map_t *c = rt_map_copy(m);
            ok &= model_check(c, &md);
        }
        if (!ok)
            fprintf(stderr, "map property (seed %llu): mismatch at step %lld\n",
                    (unsigned long long)seed, (long long)s);
    }
    gc_collect(GC_MAJOR);
    CU_ASSERT_TRUE(ok && model_check(m, &md));
    free(md.e);
}

static void test_property(void)
{
    int64_t steps = 40000;
    run_property(1, steps, false);
    run_property(42, steps, false);
    run_property(20240607, steps / 2, true);
}

/* A large map of string keys, collected while only it holds them. */
static void test_many_strings(void)
{
    int64_t n = gc_stress() ? 5000 : 50000;
    rt_map_t *m = rt_map_new(0);
    char buf[32];
    for (int64_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "key-%lld", (long long)i);
        CU_ASSERT_TRUE(rt_map_set_str(m, str(buf), rt_small(i)));
    }
    gc_collect(GC_MAJOR);
    bool ok = rt_map_count(m) == n;
    for (int64_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "key-%lld", (long long)i);
        ok &= rt_map_get_str(m, str(buf)) == rt_small(i);
        if (i % 2)
            ok &= rt_map_del_str(m, str(buf));
    }
    for (int64_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "key-%lld", (long long)i);
        ok &= rt_map_get_str(m, str(buf)) == (i % 2 ? RT_NOVALUE : rt_small(i));
    }
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(rt_map_count(m), n - n / 2);
    /* bytes and str with the same bytes are different keys */
    rt_map_set_str(m, rt_str_new("dup", 3), rt_small(1));
    rt_map_set_str(m, rt_bytes_new("dup", 3), rt_small(2));
    CU_ASSERT_EQUAL(rt_map_get_str(m, rt_str_new("dup", 3)), rt_small(1));
    CU_ASSERT_EQUAL(rt_map_get_str(m, rt_bytes_new("dup", 3)), rt_small(2));
}

static void test_int_extremes(void)
{
    rt_map_t *m = rt_map_new(0);
    int64_t keys[] = {INT64_MIN, INT64_MAX, -1, 0, 1, (int64_t)1 << 62, -((int64_t)1 << 62) - 1};
    int n = (int)(sizeof keys / sizeof keys[0]);
    for (int i = 0; i < n; i++)
        CU_ASSERT_TRUE(rt_map_set_int(m, keys[i], rt_small(i)));
    for (int i = 0; i < n; i++)
        CU_ASSERT_EQUAL(rt_map_get_int(m, keys[i]), rt_small(i));
    /* keys that collide in the low bits */
    for (int64_t i = 1; i <= 2000; i++)
        rt_map_set_int(m, i << 20, rt_small(i));
    bool ok = true;
    for (int64_t i = 1; i <= 2000; i++)
        ok &= rt_map_get_int(m, i << 20) == rt_small(i);
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(rt_map_count(m), n + 2000);
}

/* ---- Packed layout ---------------------------------------------------------------------- */

/* A packed map [10, 20, 30, 40] with the internal pointer on key 2. */
static rt_map_t *packed4(void)
{
    rt_map_t *m = rt_map_new(0);
    for (int i = 1; i <= 4; i++)
        rt_map_append(m, rt_small(10 * i));
    rt_map_ptr_next(m);
    rt_map_ptr_next(m);
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    return m;
}

/* The keys of m in order, as "k,k,..." ("s" for a string key). */
static const char *keys_of(const rt_map_t *m)
{
    static char buf[512];
    size_t n = 0;
    buf[0] = 0;
    for (int64_t p = rt_map_next(m, 0); p >= 0 && n < sizeof buf - 32; p = rt_map_next(m, p + 1)) {
        rt_map_key_t k = rt_map_key_at(m, p);
        if (k.obj)
            n += (size_t)snprintf(buf + n, sizeof buf - n, n ? ",%s" : "%s",
                                  ((rt_str_t *)rt_ptr(k.obj))->data);
        else
            n += (size_t)snprintf(buf + n, sizeof buf - n, n ? ",%lld" : "%lld", (long long)k.i);
    }
    return buf;
}

/* After conversion: same order, values, positions and internal pointer. */
static void check_converted(rt_map_t *m, const char *keys)
{
    CU_ASSERT_FALSE(rt_map_is_packed(m));
    CU_ASSERT_STRING_EQUAL(keys_of(m), keys);
    CU_ASSERT_EQUAL(rt_map_get_int(m, 0), rt_small(10));
    CU_ASSERT_EQUAL(rt_map_get_int(m, 3), rt_small(40));
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(30));
}

static rt_map_eq_t never_eq(void *ctx, rt_value_t a, rt_value_t b) { return RT_MAP_EQ_FALSE; }

static void test_packed_conversions(void)
{
    rt_map_t *m = packed4();
    rt_map_set_int(m, 2, rt_small(30)); /* update in place */
    rt_map_set_int(m, 4, rt_small(50)); /* append position */
    rt_map_del_int(m, 4);               /* last: stays packed */
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    rt_map_key_t k;
    rt_value_t v;
    CU_ASSERT_TRUE(rt_map_pop(m, &k, &v)); /* pop: stays packed */
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    CU_ASSERT_EQUAL(v, rt_small(40));

    m = packed4();
    rt_map_set_int(m, 6, rt_small(7)); /* past the append position */
    check_converted(m, "0,1,2,3,6");
    m = packed4();
    rt_map_set_int(m, -1, rt_small(7)); /* negative */
    check_converted(m, "0,1,2,3,-1");
    m = packed4();
    rt_map_set_str(m, str("x"), rt_small(7)); /* string key */
    check_converted(m, "0,1,2,3,x");
    m = packed4();
    rt_str_t *ok = str("obj");
    /* a key through the callback path */
    rt_map_set_obj(m, rt_from_ptr(ok), rt_str_hash(ok), never_eq, NULL, rt_small(7));
    check_converted(m, "0,1,2,3,obj");
    m = packed4();
    rt_map_del_int(m, 1); /* a hole: still packed */
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "0,2,3");
    CU_ASSERT_EQUAL(rt_map_get_int(m, 1), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_find_int(m, 1), -1);
    CU_ASSERT_FALSE(rt_map_del_int(m, 1));
    /* php -n: $a=[10,20,30,40]; unset($a[1]); $a[1]=5; -> keys [0,2,3,1]: filling a hole
    ** converts */
    rt_map_set_int(m, 1, rt_small(20));
    check_converted(m, "0,2,3,1");
    /* a full packed store less than half live converts instead of growing */
    m = rt_map_new(0);
    for (int i = 0; i < 8; i++)
        rt_map_append(m, rt_small(i));
    for (int i = 0; i < 6; i++)
        rt_map_del_int(m, i);
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    rt_map_append(m, rt_small(8));
    CU_ASSERT_FALSE(rt_map_is_packed(m));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "6,7,8");
    /* deleting everything from the front keeps it packed */
    m = packed4();
    for (int i = 0; i < 4; i++)
        rt_map_del_int(m, i);
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    CU_ASSERT_EQUAL(rt_map_count(m), 0);
    CU_ASSERT_EQUAL(rt_map_end(m), 0);
    m = packed4();
    rt_map_del_int(m, 3); /* the last one: packed, but next_free stays 4 ... */
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    rt_map_append(m, rt_small(40)); /* ... so $a[] = ... writes key 4: not the append position */
    CU_ASSERT_FALSE(rt_map_is_packed(m));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "0,1,2,4");
    m = packed4();
    rt_map_set_int(m, 1, rt_small(5));
    rt_map_set_str(m, str("y"), rt_small(6));
    rt_map_del_int(m, 2); /* the pointer was on it: it moves to the next entry */
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(40));
    /* empty maps pick their layout at the first insertion */
    m = rt_map_new(0);
    rt_map_set_int(m, 0, rt_small(1));
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    m = rt_map_new(0);
    rt_map_set_int(m, 1, rt_small(1));
    CU_ASSERT_FALSE(rt_map_is_packed(m));
    m = rt_map_new_of(&rt_type_map, 100, true);
    for (int i = 0; i < 100; i++)
        rt_map_append(m, rt_small(i));
    CU_ASSERT_TRUE(rt_map_is_packed(m));
    CU_ASSERT_EQUAL(rt_map_get_int(m, 99), rt_small(99));
}

/* ---- Positions -------------------------------------------------------------------------- */

static void test_positions(void)
{
    rt_map_t *m = rt_map_new(0);
    for (int i = 0; i < 6; i++)
        rt_map_set_str(m, rt_str_from_cstr((char[]){(char)('a' + i), 0}), rt_small(i));
    /* delete while iterating: the deleted ones are skipped, the others keep their positions */
    int64_t seen = 0;
    for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1)) {
        seen = seen * 10 + ival(rt_map_value_at(m, p));
        if (p == 1)
            rt_map_del_str(m, str("e"));
        if (p == 2)
            rt_map_del_at(m, p);
    }
    CU_ASSERT_EQUAL(seen, 123 * 10 + 5);
    CU_ASSERT_STRING_EQUAL(keys_of(m), "a,b,d,f");
    /* insert while iterating: the new keys come at the end and are visited */
    uint64_t gen = m->gen;
    int visits = 0;
    for (int64_t p = rt_map_next(m, 0); p >= 0; p = rt_map_next(m, p + 1))
        if (++visits == 1)
            rt_map_set_int(m, 100, rt_small(100));
    CU_ASSERT_EQUAL(visits, 5);
    CU_ASSERT_NOT_EQUAL(m->gen, gen);
    /* pinned: growth keeps the tombstones, so a held position stays valid */
    rt_map_pin(m);
    int64_t pos = rt_map_find_str(m, str("d"));
    int64_t end = rt_map_end(m);
    for (int i = 0; i < 500; i++)
        rt_map_set_int(m, 1000 + i, rt_small(i));
    CU_ASSERT_EQUAL(rt_map_find_str(m, str("d")), pos);
    CU_ASSERT_EQUAL(rt_map_find_int(m, 1000), end);
    rt_map_unpin(m);
    /* unpinned: growth compacts and renumbers, and the generation says so */
    gen = m->gen;
    for (int i = 0; i < 600; i++)
        rt_map_del_int(m, 1000 + i / 2 * 2);
    for (int i = 0; i < 2000; i++)
        rt_map_set_int(m, 5000 + i, rt_small(i));
    CU_ASSERT_NOT_EQUAL(m->gen, gen);
    CU_ASSERT_TRUE(rt_map_find_str(m, str("d")) < pos);
    CU_ASSERT_EQUAL(rt_map_end(m), rt_map_count(m));
    CU_ASSERT_EQUAL(rt_map_get_int(m, 1001), rt_small(1));
    /* value updates do not change the generation */
    gen = m->gen;
    rt_map_set_int(m, 1001, rt_small(7));
    rt_map_set_at(m, rt_map_find_str(m, str("a")), rt_small(8));
    CU_ASSERT_EQUAL(m->gen, gen);
}

/* ---- PHP: next free key and the internal pointer ----------------------------------------- */

static rt_map_t *list3(void)
{
    rt_map_t *m = rt_map_new(0);
    for (int i = 1; i <= 3; i++)
        rt_map_append(m, rt_small(10 * i));
    return m;
}

static void test_next_free(void)
{
    rt_map_key_t k;
    rt_value_t v;
    /* php -n: unset($x); $x[-5]=1; $x[]=2; -> keys [-5,-4] (a fresh array starts at none) */
    rt_map_t *m = rt_map_new(0);
    rt_map_set_int(m, -5, rt_small(1));
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "-5,-4");
    /* php -n: $a=[]; $a[-5]=1; $a[]=2; -> [-5,0]: the empty literal's next free key is 0 */
    m = rt_map_new(0);
    m->next_free = 0;
    rt_map_set_int(m, -5, rt_small(1));
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "-5,0");
    /* php -n: $a=[5=>1]; $a[-10]=2; $a[]=3; -> [5,-10,6] */
    m = rt_map_new(0);
    rt_map_set_int(m, 5, rt_small(1));
    rt_map_set_int(m, -10, rt_small(2));
    rt_map_append(m, rt_small(3));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "5,-10,6");
    /* php -n: $a=[3=>'x']; unset($a[3]); $a[]='y'; -> [4] */
    m = rt_map_new(0);
    rt_map_set_int(m, 3, rt_small(1));
    rt_map_del_int(m, 3);
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "4");
    /* php -n: $a=[1]; array_pop($a); $a[]=2; -> [0] */
    m = rt_map_new(0);
    rt_map_append(m, rt_small(1));
    rt_map_pop(m, &k, &v);
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "0");
    /* php -n: $a=[-5=>1]; array_pop($a); $a[]=2; -> [-5] */
    m = rt_map_new(0);
    rt_map_set_int(m, -5, rt_small(1));
    rt_map_pop(m, &k, &v);
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "-5");
    /* php -n: $a=[1,2,3]; unset($a[2]); array_pop($a); $a[]=9; -> [0,3] */
    m = rt_map_new(0);
    for (int i = 1; i <= 3; i++)
        rt_map_append(m, rt_small(i));
    rt_map_del_int(m, 2);
    rt_map_pop(m, &k, &v);
    rt_map_append(m, rt_small(9));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "0,3");
    /* php -n: $b=[1,2,3]; unset($b[0]); unset($b[1]); unset($b[2]); $b[]=4; -> [3] */
    m = list3();
    for (int i = 0; i < 3; i++)
        rt_map_del_int(m, i);
    rt_map_append(m, rt_small(4));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "3");
    /* php -n: $a=[PHP_INT_MAX=>1]; $a[]=2; -> Error "Cannot add element to the array as the next
    ** element is already occupied"; after unset($a[PHP_INT_MAX]) the append takes PHP_INT_MAX. */
    m = rt_map_new(0);
    rt_map_set_int(m, INT64_MAX, rt_small(1));
    CU_ASSERT_FALSE(rt_map_append(m, rt_small(2)));
    CU_ASSERT_EQUAL(rt_map_count(m), 1);
    rt_map_del_int(m, INT64_MAX);
    CU_ASSERT_TRUE(rt_map_append(m, rt_small(2)));
    CU_ASSERT_EQUAL(rt_map_get_int(m, INT64_MAX), rt_small(2));
    /* php -n: $a=['x'=>1]; $a[]=2; -> ["x",0];  $a=[-3=>1,-7=>2]; $a[]=3; -> [-3,-7,-2] */
    m = rt_map_new(0);
    rt_map_set_str(m, str("x"), rt_small(1));
    rt_map_append(m, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "x,0");
    m = rt_map_new(0);
    rt_map_set_int(m, -3, rt_small(1));
    rt_map_set_int(m, -7, rt_small(2));
    rt_map_append(m, rt_small(3));
    CU_ASSERT_STRING_EQUAL(keys_of(m), "-3,-7,-2");
    /* php -n: $a=[PHP_INT_MIN=>1]; $a[]=2; -> [PHP_INT_MIN, PHP_INT_MIN+1] */
    m = rt_map_new(0);
    rt_map_set_int(m, INT64_MIN, rt_small(1));
    rt_map_append(m, rt_small(2));
    CU_ASSERT_EQUAL(rt_map_get_int(m, INT64_MIN + 1), rt_small(2));
    /* php -n: $b=[7=>1]; $c=$b; unset($c[7]); $c[]=2; -> [8]: copies keep the next free key */
    m = rt_map_new(0);
    rt_map_set_int(m, 7, rt_small(1));
    rt_map_t *c = rt_map_copy(m);
    rt_map_del_int(c, 7);
    rt_map_append(c, rt_small(2));
    CU_ASSERT_STRING_EQUAL(keys_of(c), "8");
}

static void test_internal_pointer(void)
{
    rt_map_key_t k;
    rt_value_t v;
    /* php -n: $a=[1,2]; end($a); next($a); current($a) -> false; $a[]=3; current -> 3, key -> 2 */
    rt_map_t *m = rt_map_new(0);
    rt_map_append(m, rt_small(1));
    rt_map_append(m, rt_small(2));
    CU_ASSERT_EQUAL(rt_map_ptr_end(m), rt_small(2));
    CU_ASSERT_EQUAL(rt_map_ptr_next(m), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_current(m), RT_NOVALUE);
    CU_ASSERT_FALSE(rt_map_current_key(m, &k));
    rt_map_append(m, rt_small(3));
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(3));
    CU_ASSERT_TRUE(rt_map_current_key(m, &k) && k.obj == 0 && k.i == 2);
    /* php -n: $a=[10,20,30]; next($a); unset($a[1]); current -> 30, key -> 2 */
    m = list3();
    rt_map_ptr_next(m);
    rt_map_del_int(m, 1);
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(30));
    /* php -n: $a=[10,20,30]; end($a); unset($a[2]); current -> false, key -> NULL;
    ** $a[]=40; current -> 40, key -> 3 */
    m = list3();
    rt_map_ptr_end(m);
    rt_map_del_int(m, 2);
    CU_ASSERT_EQUAL(rt_map_current(m), RT_NOVALUE);
    rt_map_append(m, rt_small(40));
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(40));
    CU_ASSERT_TRUE(rt_map_current_key(m, &k) && k.i == 3);
    /* php -n: $a=[10,20,30]; next($a); array_pop($a); current -> 10, key -> 0 */
    m = list3();
    rt_map_ptr_next(m);
    rt_map_pop(m, &k, &v);
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(10));
    /* php -n: $a=[10,20,30]; prev($a) -> false, current -> false; $a[]=5; current -> 5 */
    m = list3();
    CU_ASSERT_EQUAL(rt_map_ptr_prev(m), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_current(m), RT_NOVALUE);
    rt_map_append(m, rt_small(5));
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(5));
    /* php -n: $a=[10,20,30]; end($a); prev -> 20, prev -> 10, prev -> false, current -> false */
    m = list3();
    rt_map_ptr_end(m);
    CU_ASSERT_EQUAL(rt_map_ptr_prev(m), rt_small(20));
    CU_ASSERT_EQUAL(rt_map_ptr_prev(m), rt_small(10));
    CU_ASSERT_EQUAL(rt_map_ptr_prev(m), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_current(m), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_ptr_reset(m), rt_small(10));
    /* php -n: $a=[]; current, key, reset, end -> false, NULL, false, false */
    m = rt_map_new(0);
    CU_ASSERT_EQUAL(rt_map_current(m), RT_NOVALUE);
    CU_ASSERT_FALSE(rt_map_current_key(m, &k));
    CU_ASSERT_EQUAL(rt_map_ptr_reset(m), RT_NOVALUE);
    CU_ASSERT_EQUAL(rt_map_ptr_end(m), RT_NOVALUE);
    /* php -n: $a=[1,2,3,4]; next; next; $b=$a; current($b) -> 3; unset($b[0]); current($b) -> 3 */
    m = rt_map_new(0);
    for (int i = 1; i <= 4; i++)
        rt_map_append(m, rt_small(i));
    rt_map_ptr_next(m);
    rt_map_ptr_next(m);
    rt_map_t *c = rt_map_copy(m);
    CU_ASSERT_EQUAL(rt_map_current(c), rt_small(3));
    rt_map_del_int(c, 0);
    CU_ASSERT_EQUAL(rt_map_current(c), rt_small(3));
    /* php -n: $a=[10,20,30]; end($a); next($a); $b=$a; $b[]=1; current($b) -> 10 (the copy made by
    ** the write restarts an invalid pointer at 0) */
    m = list3();
    rt_map_ptr_end(m);
    rt_map_ptr_next(m);
    c = rt_map_copy(m);
    rt_map_append(c, rt_small(1));
    CU_ASSERT_EQUAL(rt_map_current(c), rt_small(10));
    /* php -n: $a=['a'=>1,'b'=>2,'c'=>3]; next($a); unset($a['b']); key -> "c";
    ** unset($a['c']); key -> NULL; $a['d']=4; key -> "d" */
    m = rt_map_new(0);
    rt_map_set_str(m, str("a"), rt_small(1));
    rt_map_set_str(m, str("b"), rt_small(2));
    rt_map_set_str(m, str("c"), rt_small(3));
    rt_map_ptr_next(m);
    rt_map_del_str(m, str("b"));
    CU_ASSERT_TRUE(rt_map_current_key(m, &k) && k.obj &&
                   strcmp(((rt_str_t *)rt_ptr(k.obj))->data, "c") == 0);
    rt_map_del_str(m, str("c"));
    CU_ASSERT_FALSE(rt_map_current_key(m, &k));
    rt_map_set_str(m, str("d"), rt_small(4));
    CU_ASSERT_TRUE(rt_map_current_key(m, &k) && k.obj &&
                   strcmp(((rt_str_t *)rt_ptr(k.obj))->data, "d") == 0);
    /* compaction carries the pointer along */
    m = rt_map_new(0);
    for (int i = 0; i < 8; i++)
        rt_map_set_int(m, 100 + i, rt_small(i));
    for (int i = 0; i < 5; i++)
        rt_map_ptr_next(m);
    for (int i = 0; i < 4; i++)
        rt_map_del_int(m, 100 + i);
    for (int i = 0; i < 20; i++)
        rt_map_set_int(m, 200 + i, rt_small(i));
    CU_ASSERT_EQUAL(rt_map_current(m), rt_small(5));
}

/* ---- Copies ----------------------------------------------------------------------------- */

static void test_copy(void)
{
    rt_map_t *m = rt_map_new(0);
    for (int i = 0; i < 100; i++)
        rt_map_set_int(m, i * 3, rt_small(i));
    for (int i = 0; i < 100; i += 2)
        rt_map_del_int(m, i * 3);
    m->hdr.gc.rt_flags |= RT_OBJ_SHARED;
    rt_map_t *c = rt_map_copy(m);
    CU_ASSERT_FALSE(c->hdr.gc.rt_flags & RT_OBJ_SHARED);
    CU_ASSERT_PTR_EQUAL(rt_obj_type(c), &rt_type_map);
    CU_ASSERT_EQUAL(rt_map_count(c), 50);
    CU_ASSERT_EQUAL(rt_map_end(c), 50); /* compacted */
    CU_ASSERT_STRING_EQUAL(keys_of(c), keys_of(m));
    rt_map_set_int(c, 3, rt_small(-1));
    rt_map_del_int(c, 9);
    rt_map_set_str(c, str("new"), rt_small(0));
    CU_ASSERT_EQUAL(rt_map_get_int(m, 3), rt_small(1));
    CU_ASSERT_EQUAL(rt_map_get_int(m, 9), rt_small(3));
    CU_ASSERT_EQUAL(rt_map_get_str(m, str("new")), RT_NOVALUE);
    rt_map_set_int(m, 15, rt_small(-5));
    CU_ASSERT_EQUAL(rt_map_get_int(c, 15), rt_small(5));
    /* packed and tombstone-free hash copies */
    rt_map_t *p = list3(), *pc = rt_map_copy(p);
    rt_map_set_int(pc, 0, rt_small(0));
    CU_ASSERT_EQUAL(rt_map_get_int(p, 0), rt_small(10));
    CU_ASSERT_TRUE(rt_map_is_packed(pc));
    rt_map_t *h = rt_map_new(0);
    rt_map_set_str(h, str("k"), rt_small(1));
    rt_map_t *hc = rt_map_copy(h);
    gc_collect(GC_MAJOR);
    rt_map_set_str(hc, str("k"), rt_small(2));
    CU_ASSERT_EQUAL(rt_map_get_str(h, str("k")), rt_small(1));
    CU_ASSERT_EQUAL(rt_map_get_str(hc, str("k")), rt_small(2));
    /* clear empties the map but keeps it usable */
    rt_map_clear(c);
    CU_ASSERT_EQUAL(rt_map_count(c), 0);
    CU_ASSERT_EQUAL(rt_map_next(c, 0), -1);
    rt_map_append(c, rt_small(1));
    CU_ASSERT_STRING_EQUAL(keys_of(c), "0");
    CU_ASSERT_EQUAL(rt_map_count(rt_map_copy(rt_map_new(0))), 0);
}

/* ---- Keys with callbacks ---------------------------------------------------------------- */

/* A test key object: plain keys are equal when their ids are; an "intlike" key instead equals
** the int `id` (and int-like keys of that id), as Python's True equals 1. The hash is chosen by
** the test, to force collisions. */
typedef struct tkey {
    rt_obj_t hdr;
    int64_t id;
    uint64_t hash;
    bool intlike;
} tkey_t;

static rt_type_t tkey_type = RT_TYPE_INIT("tkey", NULL, NULL, 0);

static tkey_t *tkey(int64_t id, uint64_t hash, bool intlike)
{
    tkey_t *k = rt_alloc(&tkey_type, sizeof(tkey_t));
    k->id = id;
    k->hash = intlike ? (uint64_t)id : hash;
    k->intlike = intlike;
    return k;
}

static bool is_tkey(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &tkey_type;
}

/* The integer a small int or an int-like tkey stands for. */
static bool as_int(rt_value_t v, int64_t *out)
{
    if (rt_is_small(v)) {
        *out = rt_small_value(v);
        return true;
    }
    if (!is_tkey(v) || !((const tkey_t *)rt_ptr(v))->intlike)
        return false;
    *out = ((const tkey_t *)rt_ptr(v))->id;
    return true;
}

/* What the callbacks do besides comparing, set by each test. */
typedef struct eqctx {
    int calls;
    int fail_at;        /* the call number that fails, 0 for none */
    int mutate_at;      /* the call number that changes the map, 0 for none */
    rt_map_t *map;
    int64_t mutate_key; /* an int key to add, many if mutate_grow */
    bool mutate_grow;
    int64_t delete_id;  /* instead, when > 0: delete this tkey (hash 5) */
    bool clear;         /* instead: clear the map */
    bool add_str;       /* instead: add the string key "added" (leaves the packed layout) */
} eqctx_t;

static rt_map_eq_t tkey_eq(void *ctx, rt_value_t stored, rt_value_t probe)
{
    eqctx_t *c = ctx;
    c->calls++;
    if (c->calls == c->fail_at)
        return RT_MAP_EQ_ERROR;
    if (c->calls == c->mutate_at && c->clear) {
        rt_map_clear(c->map);
    } else if (c->calls == c->mutate_at && c->add_str) {
        rt_map_set_str(c->map, str("added"), rt_small(0));
    } else if (c->calls == c->mutate_at && c->delete_id > 0) {
        tkey_t *k = tkey(c->delete_id, 5, false);
        rt_map_del_obj(c->map, rt_from_ptr(k), 5, tkey_eq, c);
    } else if (c->calls == c->mutate_at) {
        for (int i = 0; i < (c->mutate_grow ? 100 : 1); i++)
            rt_map_set_int(c->map, c->mutate_key + i, rt_small(0));
    }
    int64_t a, b;
    if (as_int(stored, &a) && as_int(probe, &b))
        return a == b ? RT_MAP_EQ_TRUE : RT_MAP_EQ_FALSE;
    if (!is_tkey(stored) || !is_tkey(probe))
        return RT_MAP_EQ_FALSE;
    const tkey_t *x = rt_ptr(stored), *y = rt_ptr(probe);
    return x->id == y->id && !x->intlike && !y->intlike ? RT_MAP_EQ_TRUE : RT_MAP_EQ_FALSE;
}

static rt_map_status_t tget(rt_map_t *m, int64_t id, uint64_t hash, eqctx_t *c, rt_value_t *out)
{
    tkey_t *k = tkey(id, hash, false);
    int64_t pos;
    rt_map_status_t r = rt_map_find_obj(m, rt_from_ptr(k), k->hash, tkey_eq, c, &pos);
    if (r == RT_MAP_FOUND)
        *out = rt_map_value_at(m, pos);
    return r;
}

static void test_callback_keys(void)
{
    eqctx_t c = {0};
    rt_map_t *m = rt_map_new(0);
    int n = 400;
    /* all in 4 hash classes: long collision runs */
    for (int i = 0; i < n; i++) {
        tkey_t *k = tkey(i, (uint64_t)(i % 4), false);
        CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_from_ptr(k), k->hash, tkey_eq, &c, rt_small(i)),
                        RT_MAP_MISSING);
    }
    CU_ASSERT_TRUE(m->flags & RT_MAP_OBJKEYS);
    gc_collect(GC_MAJOR);
    bool ok = true;
    for (int i = 0; i < n; i++) {
        rt_value_t v = 0;
        ok &= tget(m, i, (uint64_t)(i % 4), &c, &v) == RT_MAP_FOUND && v == rt_small(i);
    }
    CU_ASSERT_TRUE(ok);
    rt_value_t v;
    CU_ASSERT_EQUAL(tget(m, n, 1, &c, &v), RT_MAP_MISSING);
    for (int i = 0; i < n; i += 2) {
        tkey_t *k = tkey(i, (uint64_t)(i % 4), false);
        ok &= rt_map_del_obj(m, rt_from_ptr(k), k->hash, tkey_eq, &c) == RT_MAP_FOUND;
    }
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(rt_map_count(m), n / 2);
    CU_ASSERT_EQUAL(tget(m, 2, 2, &c, &v), RT_MAP_MISSING);
    CU_ASSERT_EQUAL(tget(m, 3, 3, &c, &v), RT_MAP_FOUND);

    /* int keys and int-like objects are one key, whichever came first */
    tkey_t *t1 = tkey(1, 0, true);
    rt_map_set_int(m, 1, rt_small(10));
    CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_from_ptr(t1), 1, tkey_eq, &c, rt_small(11)), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(rt_map_get_int(m, 1), rt_small(11));
    tkey_t *t7 = tkey(7, 0, true);
    CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_from_ptr(t7), 7, tkey_eq, &c, rt_small(70)),
                    RT_MAP_MISSING);
    int64_t pos;
    CU_ASSERT_EQUAL(rt_map_find_obj(m, rt_small(7), 7, tkey_eq, &c, &pos), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(rt_map_value_at(m, pos), rt_small(70));
    CU_ASSERT_EQUAL(rt_map_key_at(m, pos).obj, rt_from_ptr(t7)); /* the first key stays */
    CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_small(7), 7, tkey_eq, &c, rt_small(71)), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(rt_map_del_obj(m, rt_small(7), 7, tkey_eq, &c), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(rt_map_find_obj(m, rt_from_ptr(t7), 7, tkey_eq, &c, &pos), RT_MAP_MISSING);
    /* and in the packed layout */
    rt_map_t *p = list3();
    CU_ASSERT_EQUAL(rt_map_find_obj(p, rt_from_ptr(tkey(2, 0, true)), 2, tkey_eq, &c, &pos),
                    RT_MAP_FOUND);
    CU_ASSERT_EQUAL(pos, 2);
    CU_ASSERT_EQUAL(rt_map_find_obj(p, rt_from_ptr(tkey(5, 0, true)), 5, tkey_eq, &c, &pos),
                    RT_MAP_MISSING);
    CU_ASSERT_EQUAL(rt_map_del_obj(p, rt_from_ptr(tkey(2, 0, true)), 2, tkey_eq, &c), RT_MAP_FOUND);
    CU_ASSERT_STRING_EQUAL(keys_of(p), "0,1");
    CU_ASSERT_TRUE(rt_map_is_packed(p));
}

static void test_callback_failure(void)
{
    eqctx_t c = {0};
    rt_map_t *m = rt_map_new(0);
    for (int i = 0; i < 4; i++) {
        tkey_t *k = tkey(i, 5, false);
        rt_map_set_obj(m, rt_from_ptr(k), 5, tkey_eq, &c, rt_small(i));
    }
    uint64_t gen = m->gen;
    c.calls = 0;
    c.fail_at = 2;
    rt_value_t v;
    CU_ASSERT_EQUAL(tget(m, 3, 5, &c, &v), RT_MAP_ERROR);
    c.calls = 0;
    tkey_t *k = tkey(9, 5, false);
    CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_from_ptr(k), 5, tkey_eq, &c, rt_small(9)), RT_MAP_ERROR);
    c.calls = 0;
    CU_ASSERT_EQUAL(rt_map_del_obj(m, rt_from_ptr(k), 5, tkey_eq, &c), RT_MAP_ERROR);
    CU_ASSERT_EQUAL(m->gen, gen); /* nothing changed */
    CU_ASSERT_EQUAL(rt_map_count(m), 4);
    c.fail_at = 0;
    CU_ASSERT_EQUAL(tget(m, 3, 5, &c, &v), RT_MAP_FOUND);
}

static void test_callback_mutation(void)
{
    int64_t pos;
    eqctx_t c = {0};
    rt_map_t *m = rt_map_new(0);
    for (int i = 0; i < 4; i++) {
        tkey_t *k = tkey(i, 5, false);
        rt_map_set_obj(m, rt_from_ptr(k), 5, tkey_eq, &c, rt_small(i));
    }
    /* the second comparison adds a key: the search restarts and still finds key 3 */
    c = (eqctx_t){.mutate_at = 2, .map = m, .mutate_key = 1000};
    rt_value_t v = 0;
    CU_ASSERT_EQUAL(tget(m, 3, 5, &c, &v), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(v, rt_small(3));
    CU_ASSERT_EQUAL(c.calls, 2 + 4); /* two before the restart, four after */
    CU_ASSERT_EQUAL(rt_map_get_int(m, 1000), rt_small(0));
    /* now it grows the map (a new store) in the middle of an insertion */
    c = (eqctx_t){.mutate_at = 1, .map = m, .mutate_key = 2000, .mutate_grow = true};
    tkey_t *k = tkey(50, 5, false);
    CU_ASSERT_EQUAL(rt_map_set_obj(m, rt_from_ptr(k), 5, tkey_eq, &c, rt_small(50)),
                    RT_MAP_MISSING);
    CU_ASSERT_EQUAL(rt_map_count(m), 4 + 1 + 100 + 1);
    c = (eqctx_t){0};
    CU_ASSERT_EQUAL(tget(m, 50, 5, &c, &v), RT_MAP_FOUND);
    CU_ASSERT_EQUAL(v, rt_small(50));
    for (int i = 0; i < 4; i++)
        CU_ASSERT_TRUE(tget(m, i, 5, &c, &v) == RT_MAP_FOUND && v == rt_small(i));
    /* a deletion whose first comparison deletes the very key being deleted: after the restart
    ** the key is gone, so the outer deletion finds nothing */
    c = (eqctx_t){.mutate_at = 1, .map = m, .delete_id = 2};
    k = tkey(2, 5, false);
    CU_ASSERT_EQUAL(rt_map_del_obj(m, rt_from_ptr(k), 5, tkey_eq, &c), RT_MAP_MISSING);
    c = (eqctx_t){0};
    CU_ASSERT_EQUAL(tget(m, 2, 5, &c, &v), RT_MAP_MISSING);
    CU_ASSERT_EQUAL(rt_map_count(m), 4 + 1 + 100);
    /* a comparison that clears the map: the search starts again on the empty map */
    c = (eqctx_t){.mutate_at = 1, .map = m, .clear = true};
    CU_ASSERT_EQUAL(tget(m, 3, 5, &c, &v), RT_MAP_MISSING);
    CU_ASSERT_EQUAL(rt_map_count(m), 0);
    /* a comparison that moves a packed map to the hash layout: found there after the restart */
    rt_map_t *p = list3();
    c = (eqctx_t){.mutate_at = 1, .map = p, .add_str = true};
    tkey_t *two = tkey(2, 0, true);
    CU_ASSERT_EQUAL(rt_map_find_obj(p, rt_from_ptr(two), 2, tkey_eq, &c, &pos), RT_MAP_FOUND);
    CU_ASSERT_FALSE(rt_map_is_packed(p));
    CU_ASSERT_EQUAL(c.calls, 2);
    CU_ASSERT_EQUAL(rt_map_value_at(p, pos), rt_small(30));
}

UNIT_SUITE(map, strtest_setup, NULL, UNIT_TEST(test_property), UNIT_TEST(test_many_strings),
           UNIT_TEST(test_int_extremes), UNIT_TEST(test_packed_conversions),
           UNIT_TEST(test_positions), UNIT_TEST(test_next_free), UNIT_TEST(test_internal_pointer),
           UNIT_TEST(test_copy), UNIT_TEST(test_callback_keys), UNIT_TEST(test_callback_failure),
           UNIT_TEST(test_callback_mutation))
