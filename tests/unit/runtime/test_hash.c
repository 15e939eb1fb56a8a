/*
** test_hash.c: SipHash-1-3 and the string hash (runtime/hash.c, rt_str_hash in runtime/str.c).
** The vectors are CPython 3.11's hash() of the same bytes objects (CPython hashes bytes with
** SipHash-1-3): under PYTHONHASHSEED=0 its key is (0, 0); under PYTHONHASHSEED=1 it is the one its
** LCG derives from the seed, computed in Python as CPython's lcg_urandom does. Values printed with
** `PYTHONHASHSEED=N python3 -c 'print(hash(b"...") & (2**64 - 1))'`.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/unit/runtime/strtest.h"
#include "tests/unit/unit.h"

typedef struct hash_vector {
    const char *bytes;
    size_t len;
    uint64_t seed0, seed1; /* hash under PYTHONHASHSEED=0 and =1 */
} hash_vector_t;

static const hash_vector_t vectors[] = {
    {"a", 1, 4644417185603328019u, 15433848885072367219u},
    {"ab", 2, 6148830537548944441u, 13282838126261547366u},
    {"abc", 3, 13851880170939887858u, 13779435337733863029u},
    {"abcd", 4, 16416137402921954953u, 17888333574675425069u},
    {"abcde", 5, 2674923165546153122u, 16478137852685261172u},
    {"abcdef", 6, 7070790388344807208u, 5893354522627647535u},
    {"abcdefg", 7, 7904145750247929094u, 3226643804905820176u},
    {"abcdefgh", 8, 4574395652268504554u, 18244101878353225716u},
    {"abcdefghi", 9, 17913969820989044453u, 7871229953815684364u},
    {"hello, world", 12, 15533755107840727033u, 17280103757027382832u},
    {"0123456789abcdef", 16, 2108444454683020324u, 3673576830174574914u},
    {"0123456789abcdefg", 17, 3684970308279301995u, 8244069654254898507u},
    {"h\xc3\xa9llo \xe4\xb8\xad", 10, 11642079106718477591u, 1450898703158595248u},
};

/* CPython's key for PYTHONHASHSEED=1: the first 16 bytes of its LCG stream, little-endian. */
#define SEED1_K0 0xaed66ce184be2329u
#define SEED1_K1 0xebe9bbf1f1499052u

static void test_siphash13_vectors(void)
{
    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        const hash_vector_t *v = &vectors[i];
        CU_ASSERT_EQUAL(rt_hash_siphash13(v->bytes, v->len, 0, 0), v->seed0);
        CU_ASSERT_EQUAL(rt_hash_siphash13(v->bytes, v->len, SEED1_K0, SEED1_K1), v->seed1);
    }
    /* bytes(range(63)): every byte value of a 7-byte tail, under PYTHONHASHSEED=0 and =1 */
    unsigned char all[63];
    for (int i = 0; i < 63; i++)
        all[i] = (unsigned char)i;
    CU_ASSERT_EQUAL(rt_hash_siphash13(all, 63, 0, 0), 4061470857350050649u);
    CU_ASSERT_EQUAL(rt_hash_siphash13(all, 63, SEED1_K0, SEED1_K1), 6061935483272200820u);
}

/* Every tail length, alone and after whole words (the tail is read with overlapping loads): the
** prefixes bytes(range(1, n + 1)), n = 1..24, under PYTHONHASHSEED=0, printed by CPython 3.11 as
** `hash(bytes(range(1, n + 1))) & (2**64 - 1)`. */
static void test_siphash13_lengths(void)
{
    static const uint64_t want[24] = {
        4952851536318644461u, 2119833762097967943u, 6984003033159075747u, 16695301654492981716u,
        16026110843934391359u, 1349627827365081474u, 12812043627018688250u, 9821449770987577264u,
        179815269749075123u, 14663171095138323780u, 1658899057201172713u, 13125051579705150728u,
        9036609299467671207u, 8320040149803698978u, 8495034928831206736u, 16167098718497198179u,
        9647082329926644276u, 15315125589214404876u, 13084677447277943276u, 17330328360910610146u,
        16208078262709035325u, 5052161655176314238u, 15047999166564048388u, 8889728454526222515u,
    };
    unsigned char buf[24];
    for (int i = 0; i < 24; i++)
        buf[i] = (unsigned char)(i + 1);
    for (size_t n = 1; n <= 24; n++)
        CU_ASSERT_EQUAL(rt_hash_siphash13(buf, n, 0, 0), want[n - 1]);
}

static void test_str_hash(void)
{
    rt_str_t *a = rt_str_new("some key", 8), *b = rt_str_new("some key", 8);
    uint64_t h = rt_str_hash(a);
    CU_ASSERT_NOT_EQUAL(h, 0);
    CU_ASSERT_EQUAL(a->hash, h); /* cached */
    CU_ASSERT_EQUAL(rt_str_hash(a), h);
    CU_ASSERT_EQUAL(rt_str_hash(b), h);
    CU_ASSERT_EQUAL(rt_hash_bytes("some key", 8), h);
    /* as in CPython, where hash(b'x') == hash('x') */
    CU_ASSERT_EQUAL(rt_str_hash(rt_bytes_new("some key", 8)), h);
    CU_ASSERT_NOT_EQUAL(rt_str_hash(rt_str_new("some kez", 8)), h);
    CU_ASSERT_NOT_EQUAL(rt_str_hash(rt_str_new("", 0)), 0);
    CU_ASSERT_NOT_EQUAL(rt_str_hash(rt_str_new("x", 1)), 0);
}

/*
** 200,000 similar keys: no two share a full 64-bit hash (a collision has probability ~1e-9), and
** both the low and the high bits fill 256 buckets evenly: chi-square with 255 degrees of freedom
** stays under 400 (p < 1e-7 for a uniform hash).
*/
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static double chi_square(const unsigned *counts, int buckets, int n)
{
    double expect = (double)n / buckets, sum = 0;
    for (int i = 0; i < buckets; i++)
        sum += (counts[i] - expect) * (counts[i] - expect) / expect;
    return sum;
}

static void test_distribution(void)
{
    enum { N = 200000, BUCKETS = 256 };
    static uint64_t hashes[N];
    unsigned low[BUCKETS] = {0}, high[BUCKETS] = {0};
    char key[32];
    for (int i = 0; i < N; i++) {
        int n = snprintf(key, sizeof key, "key%d", i);
        hashes[i] = rt_hash_bytes(key, (size_t)n);
        low[hashes[i] % BUCKETS]++;
        high[hashes[i] >> 56]++;
    }
    CU_ASSERT_TRUE(chi_square(low, BUCKETS, N) < 400);
    CU_ASSERT_TRUE(chi_square(high, BUCKETS, N) < 400);
    qsort(hashes, N, sizeof hashes[0], cmp_u64);
    int dups = 0;
    for (int i = 1; i < N; i++)
        dups += hashes[i] == hashes[i - 1];
    CU_ASSERT_EQUAL(dups, 0);
}

/* Flipping any one input bit changes about half of the output bits. */
static void test_avalanche(void)
{
    unsigned char buf[24] = "avalanche test input...";
    uint64_t base = rt_hash_bytes(buf, sizeof buf);
    int total = 0, worst = 64;
    for (size_t bit = 0; bit < 8 * sizeof buf; bit++) {
        buf[bit / 8] ^= (unsigned char)(1u << (bit % 8));
        int flipped = __builtin_popcountll(base ^ rt_hash_bytes(buf, sizeof buf));
        buf[bit / 8] ^= (unsigned char)(1u << (bit % 8));
        total += flipped;
        worst = flipped < worst ? flipped : worst;
    }
    double mean = (double)total / (8 * sizeof buf);
    CU_ASSERT_TRUE(mean > 28 && mean < 36);
    CU_ASSERT_TRUE(worst > 12);
}

UNIT_SUITE(hash, strtest_setup, NULL, UNIT_TEST(test_siphash13_vectors),
           UNIT_TEST(test_siphash13_lengths), UNIT_TEST(test_str_hash),
           UNIT_TEST(test_distribution), UNIT_TEST(test_avalanche))
