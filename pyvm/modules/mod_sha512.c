/*
** mod_sha512.c: the native `_sha512` module (modules.h): SHA-512 and SHA-384 (FIPS 180-4) as
** sha512(data=b'') / sha384(...) objects with update, digest, hexdigest, copy, name,
** digest_size and block_size. random seeds from strings with it; hashlib uses it when OpenSSL's
** _hashlib is absent. The round constants and initial values are the first 64 bits of the
** fractional parts of the cube (square) roots of the first primes, as the standard defines them.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

static const uint64_t K[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static const uint64_t H512[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull, 0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
static const uint64_t H384[8] = {0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull, 0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull};

typedef struct sha {
    rt_obj_t hdr;
    uint64_t h[8];
    unsigned char block[128];
    uint64_t total; /* bytes hashed */
    int digest_size;
} sha_t;

static rt_type_t sha512_type = RT_TYPE_INIT("sha512", NULL, NULL, 0);
static rt_type_t sha384_type = RT_TYPE_INIT("sha384", NULL, NULL, 0);
static pyvm_class_t *sha512_cls, *sha384_cls;

#define SHA(v) ((sha_t *)rt_ptr(v))

static uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void compress(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int k = 0; k < 8; k++)
            w[i] = w[i] << 8 | p[8 * i + k];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + K[i] +
                      w[i];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void feed(sha_t *s, const unsigned char *d, size_t n)
{
    while (n) {
        size_t used = (size_t)(s->total % 128), take = 128 - used < n ? 128 - used : n;
        memcpy(s->block + used, d, take);
        s->total += take, d += take, n -= take;
        if (s->total % 128 == 0)
            compress(s->h, s->block);
    }
}

/* The digest of what was fed so far (the object stays usable). */
static void finish(const sha_t *s, unsigned char out[64])
{
    sha_t t = *s;
    uint64_t bits = t.total * 8;
    unsigned char pad[144] = {0x80};
    size_t used = (size_t)(t.total % 128), padlen = used < 112 ? 112 - used : 240 - used;
    feed(&t, pad, padlen);
    unsigned char len[16] = {0};
    for (int i = 0; i < 8; i++)
        len[15 - i] = (unsigned char)(bits >> (8 * i));
    feed(&t, len, 16);
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 8; k++)
            out[8 * i + k] = (unsigned char)(t.h[i] >> (56 - 8 * k));
}

static rt_value_t sha_make(bool is384, rt_value_t data)
{
    sha_t *s = rt_alloc(is384 ? &sha384_type : &sha512_type, sizeof *s);
    memcpy(s->h, is384 ? H384 : H512, sizeof s->h);
    s->digest_size = is384 ? 48 : 64;
    if (data) {
        const char *d;
        int64_t n;
        if (!pyvm_bytes_like(data, &d, &n))
            return rt_raise(RT_EXC_TYPE, pyvm_is_str(data) ? "Strings must be encoded before hashing"
                                                           : "object supporting the buffer API required");
        feed(s, (const unsigned char *)d, (size_t)n);
    }
    return rt_from_ptr(s);
}

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static rt_value_t make_from_args(bool is384, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    rt_value_t v[2];
    if (!pyvm_parse_args(is384 ? "sha384" : "sha512", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    return sha_make(is384, v[0]);
}

FN(new_sha512)
{
    (void)self;
    return make_from_args(false, a, n, kw);
}

FN(new_sha384)
{
    (void)self;
    return make_from_args(true, a, n, kw);
}

FN(m_update)
{
    (void)n, (void)kw;
    const char *d;
    int64_t len;
    if (!pyvm_bytes_like(a[0], &d, &len))
        return rt_raise(RT_EXC_TYPE, pyvm_is_str(a[0]) ? "Strings must be encoded before hashing"
                                                       : "object supporting the buffer API required");
    feed(SHA(self), (const unsigned char *)d, (size_t)len);
    return rt_none;
}

FN(m_digest)
{
    (void)a, (void)n, (void)kw;
    unsigned char out[64];
    finish(SHA(self), out);
    return rt_from_ptr(rt_bytes_new((const char *)out, (size_t)SHA(self)->digest_size));
}

FN(m_hexdigest)
{
    (void)a, (void)n, (void)kw;
    unsigned char out[64];
    char hex[129];
    finish(SHA(self), out);
    for (int i = 0; i < SHA(self)->digest_size; i++)
        snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return rt_from_ptr(rt_str_new(hex, (size_t)SHA(self)->digest_size * 2));
}

FN(m_copy)
{
    (void)a, (void)n, (void)kw;
    sha_t *s = rt_alloc(rt_value_type(self), sizeof *s);
    memcpy((char *)s + sizeof s->hdr, (char *)SHA(self) + sizeof s->hdr, sizeof *s - sizeof s->hdr);
    return rt_from_ptr(s);
}

static rt_value_t sha_getattr(rt_value_t self, rt_str_t *name)
{
    sha_t *s = SHA(self);
    if (strcmp(name->data, "name") == 0)
        return pyvm_str_cstr(s->digest_size == 48 ? "sha384" : "sha512");
    if (strcmp(name->data, "digest_size") == 0)
        return rt_small(s->digest_size);
    if (strcmp(name->data, "block_size") == 0)
        return rt_small(128);
    return pyvm_generic_getattr(self, name);
}

static const pyvm_cfunc_def_t sha_methods[] = {
    {"update", m_update, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"digest", m_digest, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"hexdigest", m_hexdigest, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"copy", m_copy, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t sha512_slots = {.cls = &sha512_cls, .getattr = sha_getattr};
static const rt_pyslots_t sha384_slots = {.cls = &sha384_cls, .getattr = sha_getattr};

static const pyvm_cfunc_def_t sha_functions[] = {
    {"sha512", new_sha512, 0, 2, 0, 1},
    {"sha384", new_sha384, 0, 2, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_sha512_dict(void)
{
    if (!sha512_cls) {
        gc_root_add(&sha512_cls, 1);
        gc_root_add(&sha384_cls, 1);
        sha512_type.py = &sha512_slots;
        sha384_type.py = &sha384_slots;
        sha512_cls = pyvm_type_new_builtin("sha512", &sha512_type, pyvm_cls_object);
        sha384_cls = pyvm_type_new_builtin("sha384", &sha384_type, pyvm_cls_object);
        pyvm_cfunc_install(sha512_cls, sha_methods);
        pyvm_cfunc_install(sha384_cls, sha_methods);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, sha_functions);
    return d;
}
