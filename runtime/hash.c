/*
** hash.c: the one hash of byte strings (str.h), used by rt_str_hash and so by every hash map and
** the intern table. SipHash-1-3 (Aumasson and Bernstein; the variant CPython 3.11 uses for str)
** under a 128-bit key drawn from getrandom() when the process starts: without the key an attacker
** cannot choose keys that collide, which is what protects PHP arrays and Python dicts built from
** request data against hash flooding.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "runtime/rt.h"

/* The process's key, set before main() (hash_init). */
static uint64_t key0 = 0x0123456789abcdefu, key1 = 0xfedcba9876543210u;

static inline uint64_t rotl(uint64_t x, int b) { return x << b | x >> (64 - b); }

typedef struct sip {
    uint64_t v0, v1, v2, v3;
} sip_t;

static inline void sip_round(sip_t *s)
{
    s->v0 += s->v1;
    s->v1 = rotl(s->v1, 13);
    s->v1 ^= s->v0;
    s->v0 = rotl(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = rotl(s->v3, 16);
    s->v3 ^= s->v2;
    s->v0 += s->v3;
    s->v3 = rotl(s->v3, 21);
    s->v3 ^= s->v0;
    s->v2 += s->v1;
    s->v1 = rotl(s->v1, 17);
    s->v1 ^= s->v2;
    s->v2 = rotl(s->v2, 32);
}

/* The initial state under the process's key (hash_init), so rt_hash_bytes starts from it. */
static sip_t key_state;

/* One compression round per 8-byte word ("1"), three finalization rounds ("3"). */
static inline void sip_absorb(sip_t *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

/* The bytes of p[0..n), n < 8, as a little-endian word: two overlapping loads instead of a load
** per byte (the overlap reads the same bytes twice, which the or makes harmless). */
static inline uint64_t tail_word(const uint8_t *p, size_t n)
{
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + n - 4, 4);
        return (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
    }
    if (n == 0)
        return 0;
    return (uint64_t)p[0] | (uint64_t)p[n / 2] << (8 * (n / 2)) |
           (uint64_t)p[n - 1] << (8 * (n - 1));
}

/* SipHash-1-3 from the keyed initial state s (the key xor the ASCII of
** "somepseudorandomlygeneratedbytes"). Inline in both entry points: string hashing is hot. */
static inline uint64_t siphash13(sip_t s, const void *bytes, size_t len)
{
    const uint8_t *p = bytes;
    size_t words = len / 8;
    for (size_t i = 0; i < words; i++, p += 8) {
        uint64_t m;
        memcpy(&m, p, 8); /* little-endian, as the algorithm specifies */
        sip_absorb(&s, m);
    }
    /* The last word: the remaining 0-7 bytes, with the length's low byte on top. A string of 8
    ** bytes or more has its tail read as the top of the 8 bytes ending it. */
    size_t r = len & 7;
    uint64_t last = (uint64_t)len << 56;
    if (r != 0 && len >= 8) {
        uint64_t m;
        memcpy(&m, p + r - 8, 8);
        last |= m >> (8 * (8 - r));
    } else {
        last |= tail_word(p, r);
    }
    sip_absorb(&s, last);
    s.v2 ^= 0xff;
    sip_round(&s);
    sip_round(&s);
    sip_round(&s);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

static sip_t initial_state(uint64_t k0, uint64_t k1)
{
    return (sip_t){k0 ^ 0x736f6d6570736575u, k1 ^ 0x646f72616e646f6du, k0 ^ 0x6c7967656e657261u,
                   k1 ^ 0x7465646279746573u};
}

uint64_t rt_hash_siphash13(const void *bytes, size_t len, uint64_t k0, uint64_t k1)
{
    return siphash13(initial_state(k0, k1), bytes, len);
}

uint64_t rt_hash_bytes(const void *bytes, size_t len)
{
    uint64_t h = siphash13(key_state, bytes, len);
    return h ? h : 1; /* 0 is rt_str_t's "not computed" */
}

/* A key from the kernel, or from the clock and addresses if getrandom is unavailable (seccomp, old
** kernels): weaker, but still unknown to a remote attacker. */
static void random_key(void)
{
    uint64_t k[2];
    if (getrandom(k, sizeof k, 0) == (ssize_t)sizeof k) {
        key0 = k[0];
        key1 = k[1];
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    key0 ^= (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15u ^ (uint64_t)(uintptr_t)&ts;
    key1 ^= (uint64_t)ts.tv_sec << 32 ^ (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&random_key;
}

/* Runs before main() so that no string is hashed under another key. */
__attribute__((constructor)) static void hash_init(void)
{
    const char *seed = getenv("PYHYP_HASH_SEED");
    if (seed && *seed) {
        char *end;
        unsigned long long n = strtoull(seed, &end, 10);
        if (*end == '\0') {
            key0 = key1 = n;
            key_state = initial_state(key0, key1);
            return;
        }
        fprintf(stderr, "pyhyp: PYHYP_HASH_SEED must be a decimal integer; using a random key\n");
    }
    random_key();
    key_state = initial_state(key0, key1);
}
