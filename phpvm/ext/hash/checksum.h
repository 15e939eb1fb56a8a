/*
** checksum.h: ext/hash's non-cryptographic algorithms behind one streaming interface, for
** hash.c (whose cryptographic digests are OpenSSL's): zlib's crc32b and adler32, the bzip2 and
** Castagnoli CRCs (crc32, crc32c), FNV-1 and FNV-1a, Jenkins' one-at-a-time (joaat), and
** libxxhash's xxh32, xxh64, xxh3 and xxh128. A digest's bytes are PHP's: big-endian, as php
** prints them.
*/
#ifndef PYHYP_PHPVM_EXT_HASH_CHECKSUM_H
#define PYHYP_PHPVM_EXT_HASH_CHECKSUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct hash_sum_kind hash_sum_kind_t;

typedef struct hash_sum_secret hash_sum_secret_t;

/* One checksum in progress: a word of state, or a libxxhash state it owns (and the xxh3 secret
** that state reads, shared by its copies). */
typedef struct hash_sum {
    const hash_sum_kind_t *kind;
    uint64_t word;
    void *xxh;
    hash_sum_secret_t *secret;
} hash_sum_t;

enum {
    HASH_SUM_MAX = 16,         /* the longest digest (xxh128's) */
    HASH_SUM_SECRET_MIN = 136, /* an xxh3 secret's bounds (php keeps at most MAX bytes) */
    HASH_SUM_SECRET_MAX = 256,
};

/* The algorithm of that lower-case PHP name, or NULL. */
const hash_sum_kind_t *hash_sum_find(const char *name);

/* Whether the algorithm takes a seed (hash()'s options ['seed' => int]), and a secret (xxh3 and
** xxh128: ['secret' => string]). */
bool hash_sum_seeded(const hash_sum_kind_t *k);
bool hash_sum_has_secret(const hash_sum_kind_t *k);

/* The algorithm's name as php's messages spell it. */
const char *hash_sum_name(const hash_sum_kind_t *k);

/* Starts a checksum of kind k with a seed (0 unless the caller has one) or, when secret is not
** NULL, an xxh3 secret of HASH_SUM_SECRET_MIN to HASH_SUM_SECRET_MAX bytes. False when out of
** memory. */
bool hash_sum_init(hash_sum_t *s, const hash_sum_kind_t *k, uint64_t seed, const void *secret,
                   size_t secret_len);

void hash_sum_update(hash_sum_t *s, const void *data, size_t n);

/* Writes the digest into md (HASH_SUM_MAX bytes), returns its length and frees the state. */
unsigned hash_sum_final(hash_sum_t *s, unsigned char *md);

/* dst = a copy of src, which goes on. False when out of memory. */
bool hash_sum_copy(hash_sum_t *dst, const hash_sum_t *src);

/* Frees a checksum that will not be finished (idempotent). */
void hash_sum_free(hash_sum_t *s);

#endif
