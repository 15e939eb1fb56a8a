/*
** checksum.c: the non-cryptographic algorithms of ext/hash (checksum.h). zlib computes crc32b
** and adler32 and libxxhash the xxh family; the rest are a few lines each: the bzip2 CRC
** ("crc32") and the Castagnoli CRC ("crc32c") from tables made once, FNV-1/FNV-1a and Jenkins'
** one-at-a-time hash on one word of state.
*/
#include "phpvm/ext/hash/checksum.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>
#include <zlib.h>

/* The algorithms; the seeded ones (xxHash's) last, those with a secret (xxh3's) after the rest. */
typedef enum {
    A_ADLER32, A_CRC32B, A_CRC32, A_CRC32C, A_FNV1, A_FNV1A, A_JOAAT,
    A_XXH32, A_XXH64, A_XXH3, A_XXH128,
} sum_alg_t;

struct hash_sum_kind {
    const char *name;
    sum_alg_t alg;
    unsigned len; /* digest bytes */
};

/* In php's hash_algos() order. */
static const hash_sum_kind_t kinds[] = {
    {"adler32", A_ADLER32, 4}, {"crc32", A_CRC32, 4}, {"crc32b", A_CRC32B, 4},
    {"crc32c", A_CRC32C, 4},   {"fnv132", A_FNV1, 4},       {"fnv1a32", A_FNV1A, 4},
    {"fnv164", A_FNV1, 8},     {"fnv1a64", A_FNV1A, 8},     {"joaat", A_JOAAT, 4},
    {"xxh32", A_XXH32, 4},     {"xxh64", A_XXH64, 8},       {"xxh3", A_XXH3, 8},
    {"xxh128", A_XXH128, 16},
};

static uint32_t bzip2_table[256], castagnoli_table[256];

/* The bzip2 CRC shifts left (polynomial 0x04C11DB7), the Castagnoli CRC right (reflected
** 0x82F63B78). */
static void make_tables(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t l = i << 24, r = i;
        for (int k = 0; k < 8; k++) {
            l = l & 0x80000000u ? (l << 1) ^ 0x04C11DB7u : l << 1;
            r = r & 1 ? (r >> 1) ^ 0x82F63B78u : r >> 1;
        }
        bzip2_table[i] = l;
        castagnoli_table[i] = r;
    }
}

const hash_sum_kind_t *hash_sum_find(const char *name)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(kinds[i].name, name) == 0)
            return &kinds[i];
    return NULL;
}

bool hash_sum_seeded(const hash_sum_kind_t *k) { return k->alg >= A_XXH32; }

bool hash_sum_has_secret(const hash_sum_kind_t *k) { return k->alg >= A_XXH3; }

const char *hash_sum_name(const hash_sum_kind_t *k) { return k->name; }

/* An xxh3 state reads its secret until it is finished: the secret lives as long as the last
** copy of the state. */
struct hash_sum_secret {
    int refs;
    unsigned char bytes[HASH_SUM_SECRET_MAX];
};

static bool xxh3_reset(hash_sum_t *s, uint64_t seed, const void *secret, size_t len)
{
    if (!(s->xxh = XXH3_createState()))
        return false;
    bool wide = s->kind->alg == A_XXH128;
    if (!secret)
        return (wide ? XXH3_128bits_reset_withSeed : XXH3_64bits_reset_withSeed)(s->xxh, seed) ==
               XXH_OK;
    if (!(s->secret = malloc(sizeof *s->secret)))
        return false;
    s->secret->refs = 1;
    memcpy(s->secret->bytes, secret, len);
    return (wide ? XXH3_128bits_reset_withSecret : XXH3_64bits_reset_withSecret)(
               s->xxh, s->secret->bytes, len) == XXH_OK;
}

static const uint32_t FNV32_BASIS = 0x811c9dc5u, FNV32_PRIME = 0x01000193u;
static const uint64_t FNV64_BASIS = 0xcbf29ce484222325u, FNV64_PRIME = 0x100000001b3u;

bool hash_sum_init(hash_sum_t *s, const hash_sum_kind_t *k, uint64_t seed, const void *secret,
                   size_t secret_len)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_tables);
    s->kind = k;
    s->xxh = NULL;
    s->secret = NULL;
    switch (k->alg) {
    case A_ADLER32: s->word = adler32(0, NULL, 0); return true;
    case A_CRC32B: s->word = crc32(0, NULL, 0); return true;
    case A_CRC32:
    case A_CRC32C: s->word = 0xffffffffu; return true;
    case A_FNV1:
    case A_FNV1A: s->word = k->len == 4 ? FNV32_BASIS : FNV64_BASIS; return true;
    case A_JOAAT: s->word = 0; return true;
    case A_XXH32:
        return (s->xxh = XXH32_createState()) && XXH32_reset(s->xxh, (uint32_t)seed) == XXH_OK;
    case A_XXH64: return (s->xxh = XXH64_createState()) && XXH64_reset(s->xxh, seed) == XXH_OK;
    case A_XXH3:
    case A_XXH128: return xxh3_reset(s, seed, secret, secret_len);
    }
    return false;
}

/* zlib takes uInt lengths. */
static uLong zlib_update(uLong (*f)(uLong, const Bytef *, uInt), uLong sum, const uint8_t *p,
                         size_t n)
{
    for (size_t off = 0; off < n;) {
        uInt k = n - off > 0x40000000u ? 0x40000000u : (uInt)(n - off);
        sum = f(sum, p + off, k);
        off += k;
    }
    return sum;
}

void hash_sum_update(hash_sum_t *s, const void *data, size_t n)
{
    const uint8_t *p = data;
    uint64_t h = s->word;
    bool wide = s->kind->len == 8;
    switch (s->kind->alg) {
    case A_ADLER32: h = zlib_update(adler32, h, p, n); break;
    case A_CRC32B: h = zlib_update(crc32, h, p, n); break;
    case A_CRC32:
        for (size_t i = 0; i < n; i++)
            h = (uint32_t)(h << 8) ^ bzip2_table[((h >> 24) ^ p[i]) & 0xff];
        break;
    case A_CRC32C:
        for (size_t i = 0; i < n; i++)
            h = (h >> 8) ^ castagnoli_table[(h ^ p[i]) & 0xff];
        break;
    case A_FNV1:
        for (size_t i = 0; i < n; i++)
            h = wide ? (h * FNV64_PRIME) ^ p[i] : (uint32_t)(h * FNV32_PRIME) ^ p[i];
        break;
    case A_FNV1A:
        for (size_t i = 0; i < n; i++)
            h = wide ? (h ^ p[i]) * FNV64_PRIME : (uint32_t)((h ^ p[i]) * FNV32_PRIME);
        break;
    case A_JOAAT:
        for (size_t i = 0; i < n; i++) {
            h = (uint32_t)(h + p[i]);
            h = (uint32_t)(h + (h << 10));
            h ^= h >> 6;
        }
        break;
    case A_XXH32: XXH32_update(s->xxh, p, n); break;
    case A_XXH64: XXH64_update(s->xxh, p, n); break;
    case A_XXH3: XXH3_64bits_update(s->xxh, p, n); break;
    case A_XXH128: XXH3_128bits_update(s->xxh, p, n); break;
    }
    s->word = h;
}

static void put_be(unsigned char *md, uint64_t v, unsigned len)
{
    for (unsigned i = 0; i < len; i++)
        md[i] = (unsigned char)(v >> (8 * (len - 1 - i)));
}

unsigned hash_sum_final(hash_sum_t *s, unsigned char *md)
{
    uint64_t h = s->word;
    unsigned len = s->kind->len;
    switch (s->kind->alg) {
    case A_CRC32: /* php prints the bzip2 CRC's bytes least significant first */
        h = ~h & 0xffffffffu;
        h = __builtin_bswap32((uint32_t)h);
        break;
    case A_CRC32C: h = ~h & 0xffffffffu; break;
    case A_JOAAT:
        h = (uint32_t)(h + (h << 3));
        h ^= h >> 11;
        h = (uint32_t)(h + (h << 15));
        break;
    case A_XXH32: h = XXH32_digest(s->xxh); break;
    case A_XXH64: h = XXH64_digest(s->xxh); break;
    case A_XXH3: h = XXH3_64bits_digest(s->xxh); break;
    case A_XXH128: {
        XXH128_hash_t w = XXH3_128bits_digest(s->xxh);
        put_be(md, w.high64, 8);
        put_be(md + 8, w.low64, 8);
        hash_sum_free(s);
        return len;
    }
    default: break;
    }
    put_be(md, h, len);
    hash_sum_free(s);
    return len;
}

bool hash_sum_copy(hash_sum_t *dst, const hash_sum_t *src)
{
    *dst = *src;
    if (!src->xxh)
        return true;
    if (src->secret)
        src->secret->refs++;
    switch (src->kind->alg) {
    case A_XXH32:
        if ((dst->xxh = XXH32_createState()))
            XXH32_copyState(dst->xxh, src->xxh);
        break;
    case A_XXH64:
        if ((dst->xxh = XXH64_createState()))
            XXH64_copyState(dst->xxh, src->xxh);
        break;
    default:
        if ((dst->xxh = XXH3_createState()))
            XXH3_copyState(dst->xxh, src->xxh);
        break;
    }
    if (dst->xxh)
        return true;
    hash_sum_free(dst);
    return false;
}

void hash_sum_free(hash_sum_t *s)
{
    if (s->secret && --s->secret->refs == 0)
        free(s->secret);
    s->secret = NULL;
    if (!s->xxh)
        return;
    switch (s->kind->alg) {
    case A_XXH32: XXH32_freeState(s->xxh); break;
    case A_XXH64: XXH64_freeState(s->xxh); break;
    default: XXH3_freeState(s->xxh); break;
    }
    s->xxh = NULL;
}
