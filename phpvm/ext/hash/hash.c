/*
** hash.c: ext/hash's one-shot digests (hash, hash_hmac, hash_algos, hash_equals) and
** ext/standard's md5/sha1, on Debian's libraries: OpenSSL's libcrypto for the cryptographic
** digests (already linked through libcurl's OpenSSL flavour) and zlib for crc32b and adler32.
*/
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <zlib.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* A PHP algorithm name and where it comes from: an OpenSSL digest, or a zlib checksum. */
typedef struct algo {
    const char *name;
    const char *evp;                                 /* OpenSSL's name, or NULL */
    uLong (*checksum)(uLong, const Bytef *, uInt);   /* zlib's, or NULL */
} algo_t;

/* In php -n's hash_algos() order (the ones this build provides). */
static const algo_t algos[] = {
    {"md5", "MD5", NULL},           {"sha1", "SHA1", NULL},
    {"sha224", "SHA224", NULL},     {"sha256", "SHA256", NULL},
    {"sha384", "SHA384", NULL},     {"sha512/224", "SHA512-224", NULL},
    {"sha512/256", "SHA512-256", NULL}, {"sha512", "SHA512", NULL},
    {"sha3-224", "SHA3-224", NULL}, {"sha3-256", "SHA3-256", NULL},
    {"sha3-384", "SHA3-384", NULL}, {"sha3-512", "SHA3-512", NULL},
    {"ripemd160", "RIPEMD160", NULL}, {"adler32", NULL, adler32},
    {"crc32b", NULL, crc32},
};

static const algo_t *find_algo(rt_str_t *name)
{
    char lc[32];
    if (name->len >= (int64_t)sizeof lc)
        return NULL;
    for (int64_t i = 0; i <= name->len; i++)
        lc[i] = (char)(name->data[i] >= 'A' && name->data[i] <= 'Z' ? name->data[i] + 32
                                                                     : name->data[i]);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strcmp(algos[i].name, lc) == 0 &&
            (algos[i].checksum || EVP_get_digestbyname(algos[i].evp)))
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

/* One digest of data; false if OpenSSL fails (nothing pending). */
static bool digest(const algo_t *a, const rt_str_t *data, unsigned char *md, unsigned *n)
{
    if (a->checksum) {
        uLong c = a->checksum(a->checksum(0, NULL, 0), (const Bytef *)data->data,
                              (uInt)data->len);
        for (int i = 0; i < 4; i++)
            md[i] = (unsigned char)(c >> (24 - 8 * i));
        *n = 4;
        return true;
    }
    return EVP_Digest(data->data, (size_t)data->len, md, n, EVP_get_digestbyname(a->evp), NULL);
}

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
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n;
    if (!digest(a, data, md, &n))
        return rt_false;
    return result(md, n, phpvm_arg_bool(args, argc, 2));
}

static rt_value_t fn_hash_hmac(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *data, *key;
    if (!name || !(data = phpvm_arg_str(args, argc, 1)) || !(key = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    const algo_t *a = find_algo(name);
    if (!a || a->checksum)
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
        if (algos[i].checksum || EVP_get_digestbyname(algos[i].evp))
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

/* md5() and sha1(): hash() with a fixed algorithm. */
static rt_value_t fixed(rt_value_t *args, int argc, const char *evp)
{
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    if (!data)
        return RT_NOVALUE;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n;
    if (!EVP_Digest(data->data, (size_t)data->len, md, &n, EVP_get_digestbyname(evp), NULL))
        return rt_false;
    return result(md, n, phpvm_arg_bool(args, argc, 1));
}

static rt_value_t fn_md5(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fixed(args, argc, "MD5");
}

static rt_value_t fn_sha1(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return fixed(args, argc, "SHA1");
}

static const phpvm_builtin_t functions[] = {
    {"hash", fn_hash, 2, 4, "algo,data,binary,options", 0},
    {"hash_hmac", fn_hash_hmac, 3, 4, "algo,data,key,binary", 0},
    {"hash_algos", fn_hash_algos, 0, 0, "", 0},
    {"hash_equals", fn_hash_equals, 2, 2, "known_string,user_string", 0},
    {"md5", fn_md5, 1, 2, "string,binary", 0},
    {"sha1", fn_sha1, 1, 2, "string,binary", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_hash = {"hash", functions, NULL, NULL, NULL, NULL};
