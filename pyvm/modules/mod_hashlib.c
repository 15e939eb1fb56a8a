/*
** mod_hashlib.c: the native `_hashlib` module (modules.h) on OpenSSL's libcrypto (EVP), as
** CPython builds it: new(name, data), the openssl_<name> constructors, HASH objects (update,
** digest, hexdigest, copy, name, digest_size, block_size) and HASHXOF for the SHAKE functions,
** pbkdf2_hmac, scrypt, hmac_digest, compare_digest. HMAC objects are left to hmac.py's pure-Python path (hmac_new
** raises UnsupportedDigestmodError, which hmac.py answers with its fallback).
*/
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdlib.h>
#include <string.h>

#include "pyvm/modules/modules.h"

typedef struct hash {
    rt_obj_t hdr;
    EVP_MD_CTX *ctx; /* owned (pyvm_mod_keep); freed by the finalizer */
    rt_value_t name;
    bool xof;
} hash_t;

static void hash_trace(gc_tracer_t *tracer, void *obj) { gc_visit(tracer, ((hash_t *)obj)->name); }

static EVP_MD_CTX *ctx_new(void)
{
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (c && !pyvm_mod_keep(c)) {
        EVP_MD_CTX_free(c);
        return NULL;
    }
    return c;
}

static void hash_finalize(void *obj)
{
    hash_t *h = obj;
    pyvm_mod_release(h->ctx);
    EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
}

static rt_type_t hash_type = RT_TYPE_INIT("HASH", hash_trace, hash_finalize, 0);
static rt_type_t xof_type = RT_TYPE_INIT("HASHXOF", hash_trace, hash_finalize, 0);
static pyvm_class_t *hash_cls, *xof_cls, *unsupported_cls;

#define HASHP(v) ((hash_t *)rt_ptr(v))

/* X(python name, OpenSSL name): the algorithms offered. */
#define DIGESTS(X)                                                                                 \
    X(md5, "MD5") X(sha1, "SHA1") X(sha224, "SHA224") X(sha256, "SHA256") X(sha384, "SHA384")      \
    X(sha512, "SHA512") X(sha3_224, "SHA3-224") X(sha3_256, "SHA3-256") X(sha3_384, "SHA3-384")    \
    X(sha3_512, "SHA3-512") X(shake_128, "SHAKE128") X(shake_256, "SHAKE256")                      \
    X(sha512_224, "SHA512-224") X(sha512_256, "SHA512-256") X(blake2b, "BLAKE2B512")               \
    X(blake2s, "BLAKE2S256")

static const struct {
    const char *py, *ssl;
} digests[] = {
#define DIGEST_ROW(py, ssl) {#py, ssl},
    DIGESTS(DIGEST_ROW)
#undef DIGEST_ROW
};

/* The OpenSSL digest of a Python or OpenSSL algorithm name, NULL when unknown. */
static const EVP_MD *digest_of(const char *name, const char **pyname)
{
    for (size_t i = 0; i < sizeof digests / sizeof digests[0]; i++)
        if (strcasecmp(name, digests[i].py) == 0 || strcasecmp(name, digests[i].ssl) == 0) {
            *pyname = digests[i].py;
            return EVP_get_digestbyname(digests[i].ssl);
        }
    *pyname = name;
    return EVP_get_digestbyname(name);
}

static bool feed(hash_t *h, rt_value_t data)
{
    const char *d;
    int64_t n;
    if (!pyvm_bytes_like(data, &d, &n)) {
        rt_raise(RT_EXC_TYPE, pyvm_is_str(data) ? "Strings must be encoded before hashing"
                                                : "object supporting the buffer API required");
        return false;
    }
    if (!EVP_DigestUpdate(h->ctx, d, (size_t)n)) {
        rt_raise(RT_EXC_VALUE, "hash update failed");
        return false;
    }
    return true;
}

static void init_classes(void);

rt_value_t pyvm_mod_hashlib_new(const char *name, rt_value_t data)
{
    init_classes();
    const char *pyname;
    const EVP_MD *md = digest_of(name, &pyname);
    if (!md)
        return rt_raise(RT_EXC_VALUE, "unsupported hash type %s", name);
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    hash_t *h = rt_alloc(xof ? &xof_type : &hash_type, sizeof *h);
    h->ctx = ctx_new();
    h->xof = xof;
    h->name = pyvm_str_cstr(pyname);
    gc_write_barrier(h);
    if (!h->ctx || !EVP_DigestInit_ex(h->ctx, md, NULL))
        return rt_raise(RT_EXC_VALUE, "unsupported hash type %s", name);
    if (data && data != rt_none && !feed(h, data))
        return RT_NOVALUE;
    return rt_from_ptr(h);
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* The digest of a copy of the context (the object stays usable); length for XOF. */
static rt_value_t finish(rt_value_t self, int64_t length, bool hex)
{
    hash_t *h = HASHP(self);
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned char *out = buf;
    unsigned int len = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    rt_str_t *big = NULL;
    bool ok = c && EVP_MD_CTX_copy_ex(c, h->ctx);
    if (ok && h->xof) {
        big = rt_str_alloc(&rt_type_bytes, (size_t)length);
        out = (unsigned char *)big->data;
        ok = EVP_DigestFinalXOF(c, out, (size_t)length);
        len = (unsigned int)length;
    } else if (ok) {
        ok = EVP_DigestFinal_ex(c, buf, &len);
    }
    EVP_MD_CTX_free(c);
    if (!ok)
        return rt_raise(RT_EXC_VALUE, "digest failed");
    if (!hex)
        return rt_from_ptr(rt_bytes_new((const char *)out, len));
    rt_str_t *s = rt_str_alloc(&rt_type_str, (size_t)len * 2);
    for (unsigned i = 0; i < len; i++)
        snprintf(s->data + 2 * i, 3, "%02x", out[i]);
    return rt_from_ptr(rt_str_new(s->data, (size_t)len * 2));
}

static rt_value_t xof_length(rt_value_t self, const rt_value_t *a, size_t n, int64_t *len)
{
    if (!HASHP(self)->xof) {
        *len = 0;
        return rt_none;
    }
    if (!n)
        return rt_raise(RT_EXC_TYPE, "digest() missing required argument 'length' (pos 1)");
    if (!pyvm_index_i64(a[0], len))
        return RT_NOVALUE;
    return *len < 0 ? rt_raise(RT_EXC_VALUE, "length must be non-negative") : rt_none;
}

FN(h_digest)
{
    (void)kw;
    int64_t len;
    return xof_length(self, a, n, &len) ? finish(self, len, false) : RT_NOVALUE;
}

FN(h_hexdigest)
{
    (void)kw;
    int64_t len;
    return xof_length(self, a, n, &len) ? finish(self, len, true) : RT_NOVALUE;
}

FN(h_update)
{
    (void)n, (void)kw;
    return feed(HASHP(self), a[0]) ? rt_none : RT_NOVALUE;
}

FN(h_copy)
{
    (void)a, (void)n, (void)kw;
    hash_t *h = HASHP(self);
    hash_t *c = rt_alloc(rt_value_type(self), sizeof *c);
    c->ctx = ctx_new();
    c->xof = h->xof;
    c->name = h->name;
    gc_write_barrier(c);
    if (!c->ctx || !EVP_MD_CTX_copy_ex(c->ctx, h->ctx))
        return rt_raise(RT_EXC_VALUE, "copy failed");
    return rt_from_ptr(c);
}

static rt_value_t hash_getattr(rt_value_t self, rt_str_t *name)
{
    hash_t *h = HASHP(self);
    const EVP_MD *md = EVP_MD_CTX_get0_md(h->ctx);
    if (strcmp(name->data, "name") == 0)
        return h->name;
    if (strcmp(name->data, "digest_size") == 0)
        return rt_small(h->xof ? 0 : EVP_MD_get_size(md));
    if (strcmp(name->data, "block_size") == 0)
        return rt_small(EVP_MD_get_block_size(md));
    return pyvm_generic_getattr(self, name);
}

static const pyvm_cfunc_def_t hash_methods[] = {
    {"update", h_update, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"digest", h_digest, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"hexdigest", h_hexdigest, 0, 1, PYVM_CFUNC_METHOD, 0},
    {"copy", h_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t hash_slots = {.cls = &hash_cls, .getattr = hash_getattr};
static const rt_pyslots_t xof_slots = {.cls = &xof_cls, .getattr = hash_getattr};

/* new(name, data=b'', *, usedforsecurity=True) and openssl_<name>(data=b'', ...). */
FN(x_new)
{
    (void)self;
    static const char *const names[] = {"name", "string", "usedforsecurity", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("new", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    if (!pyvm_is_str(v[0]))
        return rt_raise(RT_EXC_TYPE, "new() argument 'name' must be str");
    return pyvm_mod_hashlib_new(pyvm_str_of(v[0])->data, v[1]);
}

static rt_value_t named(const char *name, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(name, a, n, kw, names, 0, v))
        return RT_NOVALUE;
    return pyvm_mod_hashlib_new(name, v[0]);
}

#define OPENSSL_FN(py, ssl)                                                                        \
    FN(x_##py)                                                                                     \
    {                                                                                              \
        (void)self;                                                                                \
        return named(#py, a, n, kw);                                                               \
    }
DIGESTS(OPENSSL_FN)
#undef OPENSSL_FN

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
FN(x_pbkdf2_hmac)
{
    (void)self;
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen",
                                        NULL};
    rt_value_t v[5];
    const char *pw, *salt, *pyname;
    int64_t npw, nsalt, iters, dklen = 0;
    if (!pyvm_parse_args("pbkdf2_hmac", a, n, kw, names, 4, v) || !pyvm_is_str(v[0]) ||
        !pyvm_bytes_like(v[1], &pw, &npw) || !pyvm_bytes_like(v[2], &salt, &nsalt) ||
        !pyvm_index_i64(v[3], &iters) || (v[4] && v[4] != rt_none && !pyvm_index_i64(v[4], &dklen)))
        return rt_exc_pending() ? RT_NOVALUE
                                : rt_raise(RT_EXC_TYPE, "pbkdf2_hmac(str, bytes, bytes, int)");
    const EVP_MD *md = digest_of(pyvm_str_of(v[0])->data, &pyname);
    if (!md)
        return rt_raise(RT_EXC_VALUE, "unsupported hash type %s", pyvm_str_of(v[0])->data);
    if (iters < 1)
        return rt_raise(RT_EXC_VALUE, "iteration value must be greater than 0.");
    if (!dklen)
        dklen = EVP_MD_get_size(md);
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)dklen);
    if (!PKCS5_PBKDF2_HMAC(pw, (int)npw, (const unsigned char *)salt, (int)nsalt, (int)iters, md,
                           (int)dklen, (unsigned char *)out->data))
        return rt_raise(RT_EXC_VALUE, "pbkdf2_hmac failed");
    return rt_from_ptr(out);
}

/* compare_digest(a, b): equality in time independent of where they differ. */
FN(x_compare_digest)
{
    (void)self, (void)n, (void)kw;
    const char *x, *y;
    int64_t nx, ny;
    bool strs = pyvm_is_str(a[0]) && pyvm_is_str(a[1]);
    if (strs) {
        x = pyvm_str_of(a[0])->data, nx = pyvm_str_of(a[0])->len;
        y = pyvm_str_of(a[1])->data, ny = pyvm_str_of(a[1])->len;
    } else if (!pyvm_bytes_like(a[0], &x, &nx) || !pyvm_bytes_like(a[1], &y, &ny)) {
        return rt_raise(RT_EXC_TYPE, "unsupported operand types(s) or combination of types: "
                                     "'%s' and '%s'", pyvm_type_name(a[0]), pyvm_type_name(a[1]));
    }
    return rt_bool(nx == ny && CRYPTO_memcmp(x, y, (size_t)nx) == 0);
}

FN(x_hmac_new)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_value_t msg = pyvm_str_cstr("pyhyp: OpenSSL HMAC objects are not provided");
    rt_value_t e = pyvm_exc_new(unsupported_cls, &msg, 1);
    return e ? rt_exc_set(e) : RT_NOVALUE;
}

/* hmac_digest(key, msg, digest): OpenSSL's one-shot HMAC for a digest named by a str; any other
** digestmod goes to hmac.py's fallback (UnsupportedDigestmodError, as hmac_new). */
FN(x_hmac_digest)
{
    static const char *const names[] = {"key", "msg", "digest", NULL};
    rt_value_t v[3];
    const char *key, *msg, *pyname;
    int64_t nkey, nmsg;
    if (!pyvm_parse_args("hmac_digest", a, n, kw, names, 3, v))
        return RT_NOVALUE;
    if (!pyvm_bytes_like(v[0], &key, &nkey) || !pyvm_bytes_like(v[1], &msg, &nmsg))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required");
    const EVP_MD *md = pyvm_is_str(v[2]) ? digest_of(pyvm_str_of(v[2])->data, &pyname) : NULL;
    if (!md)
        return x_hmac_new(self, a, n, kw);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(md, key, (int)nkey, (const unsigned char *)msg, (size_t)nmsg, out, &len))
        return rt_raise(RT_EXC_VALUE, "HMAC failed");
    return rt_from_ptr(rt_bytes_new((const char *)out, len));
}

FN(x_get_fips_mode)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(0);
}

/* scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64): OpenSSL's EVP_PBE_scrypt, with
** CPython's argument checks. */
FN(x_scrypt)
{
    (void)self;
    static const char *const names[] = {"password", "salt", "n", "r", "p", "maxmem", "dklen",
                                        NULL};
    rt_value_t v[7];
    const char *pw, *salt;
    int64_t npw, nsalt, num[5] = {0, 0, 0, 0, 64};
    if (!pyvm_parse_args("scrypt", a, n, kw, names, 1, v))
        return RT_NOVALUE;
    if (!pyvm_bytes_like(v[0], &pw, &npw) || (v[1] && !pyvm_bytes_like(v[1], &salt, &nsalt)))
        return rt_raise(RT_EXC_TYPE, "a bytes-like object is required");
    static const char *const required[] = {"salt", "n", "r", "p"};
    for (int k = 0; k < 4; k++)
        if (!v[1 + k] || v[1 + k] == rt_none)
            return rt_raise(RT_EXC_TYPE, "%s is required and must be %s", required[k],
                            k ? "an unsigned int" : "a bytes-like object");
    for (int k = 0; k < 5; k++)
        if (v[2 + k] && !pyvm_index_i64(v[2 + k], &num[k]))
            return RT_NOVALUE;
    if (num[0] < 2 || (num[0] & (num[0] - 1)))
        return rt_raise(RT_EXC_VALUE, "n must be a power of 2.");
    if (num[3] < 0 || num[3] > INT32_MAX)
        return rt_raise(RT_EXC_VALUE, "maxmem must be positive and smaller than %d", INT32_MAX);
    if (num[4] < 1 || num[4] > INT32_MAX)
        return rt_raise(RT_EXC_VALUE, "dklen must be greater than 0 and smaller than %d",
                        INT32_MAX);
    if (!EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)num[0], (uint64_t)num[1], (uint64_t)num[2],
                        (uint64_t)num[3], NULL, 0))
        return rt_raise(RT_EXC_VALUE, "Invalid parameter combination for n, r, p, maxmem.");
    rt_str_t *out = rt_str_alloc(&rt_type_bytes, (size_t)num[4]);
    pyvm_bytes_like(v[0], &pw, &npw);
    pyvm_bytes_like(v[1], &salt, &nsalt);
    if (!EVP_PBE_scrypt(pw, (size_t)npw, (const unsigned char *)salt, (size_t)nsalt,
                        (uint64_t)num[0], (uint64_t)num[1], (uint64_t)num[2], (uint64_t)num[3],
                        (unsigned char *)out->data, (size_t)num[4]))
        return rt_raise(RT_EXC_VALUE, "Invalid parameter combination for n, r, p, maxmem.");
    return rt_from_ptr(out);
}

static const pyvm_cfunc_def_t hashlib_functions[] = {
    {"scrypt", x_scrypt, 1, 1, 0, 1},
    {"new", x_new, 1, 3, 0, 1},
    {"pbkdf2_hmac", x_pbkdf2_hmac, 4, 5, 0, 1},
    {"compare_digest", x_compare_digest, 2, 2, 0, 0},
    {"hmac_new", x_hmac_new, 1, 3, 0, 1},
    {"hmac_digest", x_hmac_digest, 3, 3, 0, 1},
    {"get_fips_mode", x_get_fips_mode, 0, 0, 0, 0},
#define OPENSSL_DEF(py, ssl) {"openssl_" #py, x_##py, 0, 2, 0, 1},
    DIGESTS(OPENSSL_DEF)
#undef OPENSSL_DEF
    {NULL, NULL, 0, 0, 0, 0},
};

/* Makes the classes once: on _hashlib's import, or on the first hash object another module
** (_blake2, _md5...) asks for, which may come first. */
static void init_classes(void)
{
    if (hash_cls)
        return;
    gc_root_add(&hash_cls, 1);
    gc_root_add(&xof_cls, 1);
    gc_root_add(&unsupported_cls, 1);
    hash_type.py = &hash_slots;
    xof_type.py = &xof_slots;
    hash_cls = pyvm_type_new_builtin("HASH", &hash_type, pyvm_cls_object);
    xof_cls = pyvm_type_new_builtin("HASHXOF", &xof_type, hash_cls);
    pyvm_cfunc_install(hash_cls, hash_methods);
    rt_value_t base = rt_from_ptr(pyvm_exc_ValueError);
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("_hashlib"));
    unsupported_cls = pyvm_type_new(rt_str_intern_cstr("UnsupportedDigestmodError"),
                                    rt_ptr(pyvm_tuple_from(&base, 1)), ns);
}

rt_map_t *pyvm_mod_hashlib_dict(void)
{
    init_classes();
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, hashlib_functions);
    pyvm_mod_put(d, "HASH", rt_from_ptr(hash_cls));
    pyvm_mod_put(d, "HASHXOF", rt_from_ptr(xof_cls));
    pyvm_mod_put(d, "UnsupportedDigestmodError", rt_from_ptr(unsupported_cls));
    rt_map_t *names = pyvm_set_new(&pyvm_type_frozenset);
    for (size_t i = 0; i < sizeof digests / sizeof digests[0]; i++)
        pyvm_set_add(names, pyvm_str_cstr(digests[i].py));
    pyvm_mod_put(d, "openssl_md_meth_names", rt_from_ptr(names));
    return d;
}
