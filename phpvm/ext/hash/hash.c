/*
** hash.c: ext/hash's one-shot digests (hash, hash_hmac, hash_algos, hash_equals), the
** incremental API (HashContext: hash_init/update/final/copy, HMAC included), file digests
** (hash_file, hash_hmac_file, md5_file, sha1_file), key derivation (hash_pbkdf2, hash_hkdf)
** and ext/standard's md5/sha1, on Debian's libraries: OpenSSL's libcrypto for the
** cryptographic digests (already linked through libcurl's OpenSSL flavour); the
** non-cryptographic ones are checksum.c's.
*/
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "phpvm/ext/hash/checksum.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

/* A PHP algorithm name and where it comes from: an OpenSSL digest, or checksum.c. */
typedef struct algo {
    const char *name;
    const char *evp; /* OpenSSL's name, or NULL */
} algo_t;

/* In php -n's hash_algos() order (the ones this build provides). */
static const algo_t algos[] = {
    {"md5", "MD5"},           {"sha1", "SHA1"},           {"sha224", "SHA224"},
    {"sha256", "SHA256"},     {"sha384", "SHA384"},       {"sha512/224", "SHA512-224"},
    {"sha512/256", "SHA512-256"}, {"sha512", "SHA512"},   {"sha3-224", "SHA3-224"},
    {"sha3-256", "SHA3-256"}, {"sha3-384", "SHA3-384"},   {"sha3-512", "SHA3-512"},
    {"ripemd160", "RIPEMD160"}, {"adler32", NULL},        {"crc32", NULL},
    {"crc32b", NULL},         {"crc32c", NULL},           {"fnv132", NULL},
    {"fnv1a32", NULL},        {"fnv164", NULL},           {"fnv1a64", NULL},
    {"joaat", NULL},          {"xxh32", NULL},            {"xxh64", NULL},
    {"xxh3", NULL},           {"xxh128", NULL},
};

static bool available(const algo_t *a)
{
    return a->evp ? EVP_get_digestbyname(a->evp) != NULL : hash_sum_find(a->name) != NULL;
}

static const algo_t *find_algo(rt_str_t *name)
{
    char lc[32];
    if (name->len >= (int64_t)sizeof lc)
        return NULL;
    for (int64_t i = 0; i <= name->len; i++)
        lc[i] = (char)(name->data[i] >= 'A' && name->data[i] <= 'Z' ? name->data[i] + 32
                                                                     : name->data[i]);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strcmp(algos[i].name, lc) == 0 && available(&algos[i]))
            return &algos[i];
    return NULL;
}

/* The digest bytes as PHP returns them: raw, or lower-case hex. */
static rt_value_t result(const unsigned char *md, size_t n, bool binary)
{
    if (binary)
        return phpvm_str_value((const char *)md, n);
    static const char hex[] = "0123456789abcdef";
    char buf[2 * EVP_MAX_MD_SIZE];
    for (size_t i = 0; i < n; i++) {
        buf[2 * i] = hex[md[i] >> 4];
        buf[2 * i + 1] = hex[md[i] & 15];
    }
    return phpvm_str_value(buf, 2 * n);
}

static rt_value_t digest_of(const algo_t *a, const void *data, size_t n, rt_value_t *args,
                            int argc, int binary);

static rt_value_t fn_hash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *data;
    if (!name || !(data = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    const algo_t *a = find_algo(name);
    if (!a)
        return phpvm_throw("ValueError", "hash(): Argument #1 ($algo) must be a valid hashing "
                                         "algorithm");
    return digest_of(a, data->data, (size_t)data->len, args, argc, 2);
}

static rt_value_t fn_hash_hmac(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *data, *key;
    if (!name || !(data = phpvm_arg_str(args, argc, 1)) || !(key = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    const algo_t *a = find_algo(name);
    if (!a || !a->evp)
        return phpvm_throw("ValueError", "hash_hmac(): Argument #1 ($algo) must be a valid "
                                         "cryptographic hashing algorithm");
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n;
    if (!HMAC(EVP_get_digestbyname(a->evp), key->data, (int)key->len,
              (const unsigned char *)data->data, (size_t)data->len, md, &n))
        return rt_false;
    return result(md, n, phpvm_arg_bool(args, argc, 3));
}

static rt_value_t fn_hash_algos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    phpvm_array_t *out = phpvm_array_new(0);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (available(&algos[i]))
            phpvm_array_append(out, phpvm_cstr(algos[i].name));
    return rt_from_ptr(out);
}

/* hash_equals: a comparison whose time does not depend on where the strings differ. */
static rt_value_t fn_hash_equals(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    static const char *const names[] = {"known_string", "user_string"};
    for (int i = 0; i < 2; i++)
        if (!phpvm_is_str(phpvm_deref(args[i])))
            return phpvm_throw("TypeError", "hash_equals(): Argument #%d ($%s) must be of type "
                                            "string, %s given",
                               i + 1, names[i], phpvm_type_name(phpvm_deref(args[i])));
    (void)argc;
    rt_str_t *a = phpvm_str(phpvm_deref(args[0])), *b = phpvm_str(phpvm_deref(args[1]));
    if (a->len != b->len)
        return rt_false;
    unsigned char diff = 0;
    for (int64_t i = 0; i < a->len; i++)
        diff |= (unsigned char)(a->data[i] ^ b->data[i]);
    return diff == 0 ? rt_true : rt_false;
}

/* md5() and sha1(): hash() with a fixed algorithm (algos[0] and algos[1]). */
static rt_value_t fixed(rt_value_t *args, int argc, const algo_t *a)
{
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    return data ? digest_of(a, data->data, (size_t)data->len, args, argc, 1) : RT_NOVALUE;
}

static rt_value_t fn_md5(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fixed(args, argc, &algos[0]);
}

static rt_value_t fn_sha1(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fixed(args, argc, &algos[1]);
}

/* ---- streaming state: one digest in progress, maybe an HMAC ---- */

enum { BLOCK_MAX = 144 }; /* the largest digest block (SHA3-224's) */

typedef struct hstate {
    const algo_t *a;
    EVP_MD_CTX *ctx; /* cryptographic digests */
    hash_sum_t sum;  /* the others */
    bool hmac, done;
    unsigned char key[BLOCK_MAX]; /* HMAC: the key padded to the block size */
} hstate_t;

static void st_free(hstate_t *h)
{
    if (h->ctx)
        EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
    if (h->sum.kind)
        hash_sum_free(&h->sum);
}

/* A checksum's start with the options array of args[opt] (if given): ['seed' => int] for the
** seeded algorithms, ['secret' => string] for xxh3 and xxh128, as php reads them. False with an
** exception pending. */
static bool sum_init(hash_sum_t *s, const hash_sum_kind_t *k, rt_value_t *args, int argc, int opt)
{
    phpvm_array_t *o = NULL;
    if (phpvm_arg_given(argc, args, opt) && !(o = phpvm_arg_array(args, argc, opt)))
        return false;
    rt_value_t seed = o && hash_sum_seeded(k) ? phpvm_array_get(o, phpvm_cstr("seed")) : RT_NOVALUE;
    rt_value_t secret =
        o && hash_sum_has_secret(k) ? phpvm_array_get(o, phpvm_cstr("secret")) : RT_NOVALUE;
    if (seed != RT_NOVALUE && secret != RT_NOVALUE) {
        phpvm_throw("Error", "%s: Only one of seed or secret is to be passed for initialization",
                    hash_sum_name(k));
        return false;
    }
    seed = seed == RT_NOVALUE ? seed : phpvm_deref(seed);
    if (seed != RT_NOVALUE && rt_is_small(seed))
        return hash_sum_init(s, k, (uint64_t)rt_small_value(seed), NULL, 0);
    if (seed == RT_NOVALUE && secret != RT_NOVALUE) {
        rt_str_t *sec = phpvm_to_str(phpvm_deref(secret));
        if (!sec)
            return false;
        size_t len = (size_t)sec->len;
        if (len < HASH_SUM_SECRET_MIN) {
            phpvm_throw("Error", "%s: Secret length must be >= %u bytes, %zu bytes passed",
                        hash_sum_name(k), (unsigned)HASH_SUM_SECRET_MIN, len);
            return false;
        }
        if (len > HASH_SUM_SECRET_MAX) {
            len = HASH_SUM_SECRET_MAX;
            phpvm_error(PHPVM_E_WARNING, "%s(): %s: Secret content exceeding %u bytes discarded",
                        phpvm_cur_builtin, hash_sum_name(k), (unsigned)HASH_SUM_SECRET_MAX);
        }
        return hash_sum_init(s, k, 0, sec->data, len);
    }
    return hash_sum_init(s, k, 0, NULL, 0);
}

/* Starts a digest (an HMAC when key is given: the key block xor ipad goes in first; a
** checksum's options are args[opt]). False with an exception pending, or if OpenSSL fails. */
static bool st_init(hstate_t *h, const algo_t *a, const rt_str_t *key, rt_value_t *args, int argc,
                    int opt)
{
    memset(h, 0, sizeof *h);
    h->a = a;
    if (!a->evp)
        return sum_init(&h->sum, hash_sum_find(a->name), args, argc, opt);
    const EVP_MD *md = EVP_get_digestbyname(a->evp);
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx || !EVP_DigestInit_ex(h->ctx, md, NULL))
        return false;
    if (key) {
        h->hmac = true;
        size_t bs = (size_t)EVP_MD_block_size(md);
        if ((size_t)key->len > bs) {
            unsigned n;
            EVP_Digest(key->data, (size_t)key->len, h->key, &n, md, NULL);
        } else {
            memcpy(h->key, key->data, (size_t)key->len);
        }
        unsigned char pad[BLOCK_MAX];
        for (size_t i = 0; i < bs; i++)
            pad[i] = h->key[i] ^ 0x36;
        EVP_DigestUpdate(h->ctx, pad, bs);
    }
    return true;
}

static void st_update(hstate_t *h, const void *data, size_t n)
{
    if (h->a->evp)
        EVP_DigestUpdate(h->ctx, data, n);
    else
        hash_sum_update(&h->sum, data, n);
}

static void st_final(hstate_t *h, unsigned char *md, unsigned *n)
{
    h->done = true;
    if (!h->a->evp) {
        *n = hash_sum_final(&h->sum, md);
        return;
    }
    EVP_DigestFinal_ex(h->ctx, md, n);
    if (h->hmac) { /* the outer digest over key xor opad and the inner one */
        const EVP_MD *mdt = EVP_MD_CTX_get0_md(h->ctx);
        size_t bs = (size_t)EVP_MD_block_size(mdt);
        unsigned char pad[BLOCK_MAX];
        for (size_t i = 0; i < bs; i++)
            pad[i] = h->key[i] ^ 0x5c;
        EVP_DigestInit_ex(h->ctx, mdt, NULL);
        EVP_DigestUpdate(h->ctx, pad, bs);
        EVP_DigestUpdate(h->ctx, md, *n);
        EVP_DigestFinal_ex(h->ctx, md, n);
    }
    st_free(h);
}

/* A digest of data, as hash() returns it (args[binary]: raw bytes; args[binary + 1]: a
** checksum's options). */
static rt_value_t digest_of(const algo_t *a, const void *data, size_t n, rt_value_t *args,
                            int argc, int binary)
{
    hstate_t h;
    if (!st_init(&h, a, NULL, args, argc, binary + 1))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    st_update(&h, data, n);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len;
    st_final(&h, md, &len);
    return result(md, len, phpvm_arg_bool(args, argc, binary));
}

/* ---- HashContext objects: the state in a finalized heap object behind a hidden property ---- */

typedef struct hbox {
    rt_obj_t hdr;
    hstate_t st;
} hbox_t;

static void hbox_finalize(void *obj) { st_free(&((hbox_t *)obj)->st); }

static rt_type_t hbox_type = RT_TYPE_INIT("hash context", NULL, hbox_finalize, 0);
static phpvm_class_t *ctx_class;
static rt_str_t *hidden_name;

static rt_value_t new_context(hbox_t **box)
{
    rt_value_t o = phpvm_object_alloc(ctx_class);
    *box = rt_alloc(&hbox_type, sizeof **box);
    memset(&(*box)->st, 0, sizeof(*box)->st);
    rt_value_t *slot = phpvm_prop_slot(o, hidden_name, ctx_class, true);
    *slot = rt_from_ptr(*box);
    gc_write_barrier(rt_ptr(o));
    return o;
}

/* The live state of a HashContext argument, or NULL with PHP's error pending. */
static hstate_t *ctx_arg(rt_value_t *args, int i, bool live)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (!phpvm_is_object(v) || phpvm_obj(v)->cls != ctx_class) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($context) must be of type HashContext, %s "
                                 "given", phpvm_cur_builtin, i + 1, phpvm_type_name(v));
        return NULL;
    }
    rt_value_t *slot = phpvm_prop_slot(v, hidden_name, ctx_class, false);
    hstate_t *h = &((hbox_t *)rt_ptr(*slot))->st;
    if (live && h->done) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($context) must be a valid, non-finalized "
                                 "HashContext", phpvm_cur_builtin, i + 1);
        return NULL;
    }
    return h;
}

static rt_value_t fn_hash_init(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *key = NULL;
    int64_t flags = 0;
    if (!name || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)))
        return RT_NOVALUE;
    const algo_t *a = find_algo(name);
    if (!a)
        return phpvm_throw("ValueError", "hash_init(): Argument #1 ($algo) must be a valid "
                                         "hashing algorithm");
    if (flags & 1) {
        if (!a->evp)
            return phpvm_throw("ValueError", "hash_init(): Argument #1 ($algo) must be a "
                               "cryptographic hashing algorithm if HMAC is requested");
        if (!phpvm_arg_given(argc, args, 2) || !(key = phpvm_arg_str(args, argc, 2)) ||
            key->len == 0)
            return rt_exc_pending() ? RT_NOVALUE
                                    : phpvm_throw("ValueError", "hash_init(): Argument #3 ($key) "
                                                  "cannot be empty when HMAC is requested");
    }
    hbox_t *box;
    rt_value_t o = new_context(&box);
    if (!st_init(&box->st, a, key, args, argc, 3))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    return o;
}

static rt_value_t fn_hash_update(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    hstate_t *h = ctx_arg(args, 0, true);
    rt_str_t *data = h ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!data)
        return RT_NOVALUE;
    st_update(h, data->data, (size_t)data->len);
    return rt_true;
}

/* Feeds a file to h: false after PHP's warning when it cannot be opened. */
static bool feed_file(hstate_t *h, const rt_str_t *path, const char *fname)
{
    FILE *f = memchr(path->data, 0, (size_t)path->len) ? NULL : fopen(path->data, "rb");
    if (!f) {
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: %s", fname, path->data,
                    strerror(errno ? errno : ENOENT));
        return false;
    }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        st_update(h, buf, n);
    fclose(f);
    return true;
}

static rt_value_t fn_hash_update_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    hstate_t *h = ctx_arg(args, 0, true);
    rt_str_t *path = h ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!path)
        return RT_NOVALUE;
    return rt_bool(feed_file(h, path, "hash_update_file"));
}

static rt_value_t fn_hash_final(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    hstate_t *h = ctx_arg(args, 0, true);
    if (!h)
        return RT_NOVALUE;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n;
    st_final(h, md, &n);
    return result(md, n, phpvm_arg_bool(args, argc, 1));
}

static rt_value_t fn_hash_copy(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    hstate_t *h = ctx_arg(args, 0, true);
    if (!h)
        return RT_NOVALUE;
    hbox_t *box;
    rt_value_t o = new_context(&box);
    box->st = *h;
    if (h->ctx) {
        box->st.ctx = EVP_MD_CTX_new();
        EVP_MD_CTX_copy_ex(box->st.ctx, h->ctx);
    } else if (!hash_sum_copy(&box->st.sum, &h->sum)) {
        box->st.sum.kind = NULL;
        return phpvm_throw("Error", "hash_copy(): out of memory");
    }
    return o;
}

/* hash_file, hash_hmac_file, md5_file, sha1_file: argument positions vary. */
static rt_value_t file_digest(rt_value_t *args, int argc, const char *algo, bool hmac,
                              const char *fname)
{
    int i = algo ? 0 : 1;
    rt_str_t *name = algo ? NULL : phpvm_arg_str(args, argc, 0), *path, *key = NULL;
    if ((!algo && !name) || !(path = phpvm_arg_str(args, argc, i)))
        return RT_NOVALUE;
    if (path->len == 0) /* as every stream open */
        return phpvm_throw("ValueError", "Path cannot be empty");
    if (hmac && !(key = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    const algo_t *a = name ? find_algo(name) : find_algo(rt_str_from_cstr(algo));
    if (!a || (hmac && !a->evp))
        return phpvm_throw("ValueError", "%s(): Argument #1 ($algo) must be a valid %shashing "
                                         "algorithm", fname, hmac ? "cryptographic " : "");
    hstate_t h;
    if (!st_init(&h, a, key, args, argc, hmac ? 4 : 3))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    if (!feed_file(&h, path, fname)) {
        st_free(&h);
        return rt_false;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n;
    st_final(&h, md, &n);
    return result(md, n, phpvm_arg_bool(args, argc, hmac ? 3 : algo ? 1 : 2));
}

static rt_value_t fn_hash_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return file_digest(args, argc, NULL, false, "hash_file");
}

static rt_value_t fn_hash_hmac_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return file_digest(args, argc, NULL, true, "hash_hmac_file");
}

static rt_value_t fn_md5_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return file_digest(args, argc, "md5", false, "md5_file");
}

static rt_value_t fn_sha1_file(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return file_digest(args, argc, "sha1", false, "sha1_file");
}

static rt_value_t fn_hash_hmac_algos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    phpvm_array_t *out = phpvm_array_new(0);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (algos[i].evp && available(&algos[i]))
            phpvm_array_append(out, phpvm_cstr(algos[i].name));
    return rt_from_ptr(out);
}

static rt_value_t fn_hash_pbkdf2(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *pw, *salt;
    int64_t iters, len = 0;
    if (!name || !(pw = phpvm_arg_str(args, argc, 1)) || !(salt = phpvm_arg_str(args, argc, 2)) ||
        !phpvm_arg_long(args, argc, 3, &iters) ||
        (phpvm_arg_given(argc, args, 4) && !phpvm_arg_long(args, argc, 4, &len)))
        return RT_NOVALUE;
    bool binary = phpvm_arg_given(argc, args, 5) && phpvm_arg_bool(args, argc, 5);
    const algo_t *a = find_algo(name);
    if (!a || !a->evp)
        return phpvm_throw("ValueError", "hash_pbkdf2(): Argument #1 ($algo) must be a valid "
                                         "cryptographic hashing algorithm");
    if (iters <= 0)
        return phpvm_throw("ValueError", "hash_pbkdf2(): Argument #4 ($iterations) must be "
                                         "greater than 0");
    if (len < 0)
        return phpvm_throw("ValueError", "hash_pbkdf2(): Argument #5 ($length) must be greater "
                                         "than or equal to 0");
    const EVP_MD *md = EVP_get_digestbyname(a->evp);
    /* length counts hex digits unless binary; 0: one digest's worth */
    size_t bytes = len == 0 ? (size_t)EVP_MD_size(md) : binary ? (size_t)len : ((size_t)len + 1) / 2;
    rt_str_t *raw = rt_str_alloc(&rt_type_str, bytes);
    if (!PKCS5_PBKDF2_HMAC(pw->data, (int)pw->len, (const unsigned char *)salt->data,
                           (int)salt->len, (int)iters, md, (int)bytes, (unsigned char *)raw->data))
        return rt_false;
    if (binary)
        return rt_from_ptr(raw);
    rt_value_t hex = result((const unsigned char *)raw->data, bytes, false);
    size_t want = len == 0 ? 2 * bytes : (size_t)len;
    return phpvm_str_value(phpvm_str(hex)->data, want);
}

static rt_value_t fn_hash_hkdf(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *ikm, *info = NULL, *salt = NULL;
    int64_t len = 0;
    if (!name || !(ikm = phpvm_arg_str(args, argc, 1)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &len)) ||
        (phpvm_arg_given(argc, args, 3) && !(info = phpvm_arg_str(args, argc, 3))) ||
        (phpvm_arg_given(argc, args, 4) && !(salt = phpvm_arg_str(args, argc, 4))))
        return RT_NOVALUE;
    const algo_t *a = find_algo(name);
    if (!a || !a->evp)
        return phpvm_throw("ValueError", "hash_hkdf(): Argument #1 ($algo) must be a valid "
                                         "cryptographic hashing algorithm");
    if (ikm->len == 0)
        return phpvm_throw("ValueError", "hash_hkdf(): Argument #2 ($key) cannot be empty");
    const EVP_MD *md = EVP_get_digestbyname(a->evp);
    int64_t hl = EVP_MD_size(md);
    if (len < 0)
        return phpvm_throw("ValueError", "hash_hkdf(): Argument #3 ($length) must be greater "
                                         "than or equal to 0");
    if (len > 255 * hl)
        return phpvm_throw("ValueError", "hash_hkdf(): Argument #3 ($length) must be less than "
                                         "or equal to %" PRId64, 255 * hl);
    if (len == 0)
        len = hl;
    /* RFC 5869: PRK = HMAC(salt, IKM); T(i) = HMAC(PRK, T(i-1) | info | i) */
    unsigned char prk[EVP_MAX_MD_SIZE], t[EVP_MAX_MD_SIZE];
    unsigned pl, tl = 0;
    unsigned char zeros[EVP_MAX_MD_SIZE] = {0};
    HMAC(md, salt && salt->len ? salt->data : (const char *)zeros,
         salt && salt->len ? (int)salt->len : (int)hl, (const unsigned char *)ikm->data,
         (size_t)ikm->len, prk, &pl);
    rt_str_t *out = rt_str_alloc(&rt_type_str, (size_t)len);
    rt_str_t *prk_s = rt_str_new((const char *)prk, pl);
    for (int64_t off = 0, i = 1; off < len; i++) {
        hstate_t h;
        unsigned char c = (unsigned char)i;
        if (!st_init(&h, a, prk_s, NULL, 0, 0))
            return rt_false;
        st_update(&h, t, tl);
        if (info)
            st_update(&h, info->data, (size_t)info->len);
        st_update(&h, &c, 1);
        st_final(&h, t, &tl);
        int64_t k = len - off < (int64_t)tl ? len - off : (int64_t)tl;
        memcpy(out->data + off, t, (size_t)k);
        off += k;
    }
    return rt_from_ptr(out);
}

static const phpvm_builtin_t functions[] = {
    {"hash", fn_hash, 2, 4, "algo,data,binary,options", 0},
    {"hash_hmac", fn_hash_hmac, 3, 4, "algo,data,key,binary", 0},
    {"hash_algos", fn_hash_algos, 0, 0, "", 0},
    {"hash_equals", fn_hash_equals, 2, 2, "known_string,user_string", 0},
    {"md5", fn_md5, 1, 2, "string,binary", 0},
    {"sha1", fn_sha1, 1, 2, "string,binary", 0},
    {"hash_init", fn_hash_init, 1, 4, "algo,flags,key,options", 0},
    {"hash_update", fn_hash_update, 2, 2, "context,data", 0},
    {"hash_update_file", fn_hash_update_file, 2, 3, "context,filename,stream_context", 0},
    {"hash_final", fn_hash_final, 1, 2, "context,binary", 0},
    {"hash_copy", fn_hash_copy, 1, 1, "context", 0},
    {"hash_file", fn_hash_file, 2, 4, "algo,filename,binary,options", 0},
    {"hash_hmac_file", fn_hash_hmac_file, 3, 4, "algo,filename,key,binary", 0},
    {"md5_file", fn_md5_file, 1, 2, "filename,binary", 0},
    {"sha1_file", fn_sha1_file, 1, 2, "filename,binary", 0},
    {"hash_hmac_algos", fn_hash_hmac_algos, 0, 0, "", 0},
    {"hash_pbkdf2", fn_hash_pbkdf2, 4, 7, "algo,password,salt,iterations,length,binary,options",
     0},
    {"hash_hkdf", fn_hash_hkdf, 2, 5, "algo,key,length,info,salt", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void hash_init_ext(void)
{
    gc_root_add(&ctx_class, 1);
    hidden_name = rt_str_intern(rt_str_new("\0state", 6));
    ctx_class = phpvm_class_builtin("HashContext", NULL, NULL, PHPVM_C_FINAL);
    phpvm_class_add_prop(ctx_class, hidden_name, PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(ctx_class);
}

static const phpvm_intconst_t constants[] = {{"HASH_HMAC", 1}, {NULL, 0}};

const phpvm_ext_t phpvm_ext_hash = {"hash", functions, constants, hash_init_ext, NULL, NULL};
