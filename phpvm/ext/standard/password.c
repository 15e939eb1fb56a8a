/*
** password.c: ext/standard's crypt() and the password_* API on the system's libcrypt
** (Debian's libxcrypt: crypt_r for hashing and checking, crypt_gensalt_rn for bcrypt salts
** from the OS's random source) and Argon2i/Argon2id on libargon2. PHP's layer on top is
** kept: the "*0"/"*1" failure tokens, the algorithm table password_hash, _verify,
** _needs_rehash and _get_info dispatch on ("2y" the default, "argon2i", "argon2id"), their
** option checks and the ValueErrors.
*/
#include <argon2.h>
#include <crypt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define MAX_SALT 123     /* PHP_MAX_SALT_LEN: longer salts are cut */
#define BCRYPT_COST 10   /* PASSWORD_BCRYPT_DEFAULT_COST */
#define ARGON2_MEMORY 65536 /* PASSWORD_ARGON2_DEFAULT_MEMORY_COST (KiB) */
#define ARGON2_TIME 4       /* PASSWORD_ARGON2_DEFAULT_TIME_COST */
#define ARGON2_THREADS 1    /* PASSWORD_ARGON2_DEFAULT_THREADS */

/* PHP's php_crypt: the hash of pw by setting, or NULL where PHP fails (a "*0"/"*1"
** setting, an unknown or malformed one). May collect. */
static rt_str_t *do_crypt(const char *pw, const char *setting)
{
    if (setting[0] == '*' && (setting[1] == '0' || setting[1] == '1'))
        return NULL;
    struct crypt_data *cd = calloc(1, sizeof *cd);
    const char *r = crypt_r(pw, setting, cd);
    rt_str_t *out = r && r[0] != '*' ? rt_str_from_cstr(r) : NULL;
    explicit_bzero(cd, sizeof *cd);
    free(cd);
    return out;
}

static rt_value_t fn_crypt(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pw = phpvm_arg_str(args, argc, 0), *salt = pw ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!salt)
        return RT_NOVALUE;
    /* PHP pads the salt with '$' so a one-character DES salt still has two */
    char setting[MAX_SALT + 1];
    memset(setting, '$', MAX_SALT);
    size_t n = (size_t)salt->len < MAX_SALT ? (size_t)salt->len : MAX_SALT;
    memcpy(setting, salt->data, n);
    setting[n] = '\0';
    rt_str_t *h = do_crypt(pw->data, setting);
    if (h)
        return rt_from_ptr(h);
    return phpvm_cstr(setting[0] == '*' && setting[1] == '0' ? "*1" : "*0");
}

/* ---- password_* ---- */

enum { A_BCRYPT, A_ARGON2I, A_ARGON2ID };

/* The registered algorithms, in password_algos() order: the identifier a hash starts with
** ("$2y$..."), the algoName password_get_info reports. */
typedef struct algo {
    const char *ident, *name;
    int kind;
} algo_t;

static const algo_t algos[] = {
    {"2y", "bcrypt", A_BCRYPT},
    {"argon2i", "argon2i", A_ARGON2I},
    {"argon2id", "argon2id", A_ARGON2ID},
};

static bool bcrypt_valid(const rt_str_t *h)
{
    return h->len == 60 && h->data[0] == '$' && h->data[1] == '2' && h->data[2] == 'y';
}

/* The algorithm named by ident[0..n), or NULL. */
static const algo_t *algo_named(const char *ident, size_t n)
{
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strlen(algos[i].ident) == n && memcmp(algos[i].ident, ident, n) == 0)
            return &algos[i];
    return NULL;
}

/* The algorithm a hash names between its first two '$' (bcrypt's only when the hash has
** bcrypt's form), or NULL, as PHP's php_password_algo_identify_ex. */
static const algo_t *algo_of_hash(const rt_str_t *h)
{
    const char *end = h->len >= 3 ? strchr(h->data + 1, '$') : NULL;
    const algo_t *a = end ? algo_named(h->data + 1, (size_t)(end - h->data - 1)) : NULL;
    return a && a->kind == A_BCRYPT && !bcrypt_valid(h) ? NULL : a;
}

/* The cost a "$2y$NN$" hash was made with, as PHP's sscanf reads it. */
static int64_t bcrypt_cost(const rt_str_t *h)
{
    long long cost = BCRYPT_COST;
    sscanf(h->data, "$2y$%lld$", &cost);
    return (int64_t)cost;
}

/* An Argon2 hash's "v=..$m=..,t=..,p=.." fields into p[0..3] (left as they are where the
** hash does not have them), as PHP's extract_argon2_parameters. */
static void argon2_params(const rt_str_t *h, long long p[4])
{
    const char *s = h->data + 1 + strcspn(h->data + 1, "$");
    if (*s == '$')
        sscanf(s + 1, "v=%lld$m=%lld,t=%lld,p=%lld", &p[0], &p[1], &p[2], &p[3]);
}

/* The algo argument args[i] (string|int|null) into *a (NULL: an algorithm this build does
** not have). false with a TypeError pending. */
static bool algo_arg(rt_value_t *args, int argc, int i, const algo_t **a)
{
    rt_value_t v = phpvm_deref(args[i]);
    *a = &algos[0];
    if (v == rt_none)
        return true;
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_str) {
        *a = algo_named(phpvm_str(v)->data, (size_t)phpvm_str(v)->len);
        return true;
    }
    int64_t n;
    if (!phpvm_arg_long(args, argc, i, &n))
        return false;
    *a = n >= 0 && n <= 3 ? &algos[n == 0 ? 0 : n - 1] : NULL;
    return true;
}

/* options[key] as an int (zval_get_long), or dflt. */
static int64_t option_int(phpvm_array_t *opts, const char *key, int64_t dflt)
{
    rt_value_t c = opts ? phpvm_array_get(opts, phpvm_cstr(key)) : RT_NOVALUE;
    return c == RT_NOVALUE ? dflt : phpvm_to_int(phpvm_deref(c));
}

/* password_hash's and password_needs_rehash's (string, algo, options) arguments; NULL with
** a TypeError pending. */
static rt_str_t *hash_args(rt_value_t *args, int argc, const algo_t **a, phpvm_array_t **opts)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s || !algo_arg(args, argc, 1, a))
        return NULL;
    *opts = NULL;
    if (phpvm_arg_given(argc, args, 2) && !(*opts = phpvm_arg_array(args, argc, 2)))
        return NULL;
    return s;
}

static rt_value_t bcrypt_hash(rt_str_t *pw, phpvm_array_t *opts)
{
    if (memchr(pw->data, '\0', (size_t)pw->len))
        return phpvm_throw("ValueError", "Bcrypt password must not contain null character");
    int64_t cost = option_int(opts, "cost", BCRYPT_COST);
    if (cost < 4 || cost > 31)
        return phpvm_throw("ValueError", "Invalid bcrypt cost parameter specified: %lld",
                           (long long)cost);
    if (opts && phpvm_array_get(opts, phpvm_cstr("salt")) != RT_NOVALUE)
        phpvm_error(PHPVM_E_WARNING, "password_hash(): The \"salt\" option has been ignored, "
                                     "since providing a custom salt is no longer supported");
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2y$", (unsigned long)cost, NULL, 0, setting, sizeof setting))
        return phpvm_throw("ValueError", "Unable to generate salt");
    rt_str_t *h = do_crypt(pw->data, setting);
    if (!h || h->len < 13)
        return phpvm_throw("Error", "Password hashing failed for unknown reason");
    return rt_from_ptr(h);
}

/* Argon2i/Argon2id with PHP's option checks, a 16-byte salt and a 32-byte tag. */
static rt_value_t argon2_hash_value(rt_str_t *pw, phpvm_array_t *opts, argon2_type type)
{
    uint64_t m = (uint64_t)option_int(opts, "memory_cost", ARGON2_MEMORY);
    if (m > ARGON2_MAX_MEMORY || m < ARGON2_MIN_MEMORY)
        return phpvm_throw("ValueError", "Memory cost is outside of allowed memory range");
    uint64_t t = (uint64_t)option_int(opts, "time_cost", ARGON2_TIME);
    if (t > ARGON2_MAX_TIME || t < ARGON2_MIN_TIME)
        return phpvm_throw("ValueError", "Time cost is outside of allowed time range");
    uint64_t p = (uint64_t)option_int(opts, "threads", ARGON2_THREADS);
    if (p > ARGON2_MAX_LANES || p == 0)
        return phpvm_throw("ValueError", "Invalid number of threads");
    if (opts && phpvm_array_get(opts, phpvm_cstr("salt")) != RT_NOVALUE)
        phpvm_error(PHPVM_E_WARNING, "password_hash(): The \"salt\" option has been ignored, "
                                     "since providing a custom salt is no longer supported");
    unsigned char salt[16], tag[32];
    if (getrandom(salt, sizeof salt, 0) != (ssize_t)sizeof salt)
        return phpvm_throw("Exception", "Cannot generate a secure salt");
    size_t n = argon2_encodedlen((uint32_t)t, (uint32_t)m, (uint32_t)p, sizeof salt, sizeof tag,
                                 type);
    char *enc = malloc(n);
    int st = argon2_hash((uint32_t)t, (uint32_t)m, (uint32_t)p, pw->data, (size_t)pw->len, salt,
                         sizeof salt, tag, sizeof tag, enc, n, type, ARGON2_VERSION_NUMBER);
    rt_value_t r = st == ARGON2_OK ? phpvm_cstr(enc)
                                   : phpvm_throw("ValueError", "%s", argon2_error_message(st));
    free(enc);
    return r;
}

static rt_value_t fn_password_hash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    const algo_t *a;
    phpvm_array_t *opts;
    rt_str_t *pw = hash_args(args, argc, &a, &opts);
    if (!pw)
        return RT_NOVALUE;
    if (!a)
        return phpvm_throw("ValueError", "password_hash(): Argument #2 ($algo) must be a valid "
                                         "password hashing algorithm");
    if (a->kind == A_BCRYPT)
        return bcrypt_hash(pw, opts);
    return argon2_hash_value(pw, opts, a->kind == A_ARGON2I ? Argon2_i : Argon2_id);
}

/* Constant-time comparison, as PHP's php_safe_bcmp. */
static bool same_bytes(const rt_str_t *a, const rt_str_t *b)
{
    if (a->len != b->len)
        return false;
    unsigned char d = 0;
    for (int64_t i = 0; i < a->len; i++)
        d |= (unsigned char)(a->data[i] ^ b->data[i]);
    return d == 0;
}

/* Argon2 hashes go to libargon2; every other hash goes through crypt: PHP's fallback
** algorithm for unknown ones is bcrypt's, whose check is crypt() itself, so "$1$", "$6$"
** and DES hashes verify too. */
static rt_value_t fn_password_verify(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pw = phpvm_arg_str(args, argc, 0), *hash = pw ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!hash)
        return RT_NOVALUE;
    const algo_t *a = algo_of_hash(hash);
    if (a && a->kind != A_BCRYPT)
        return rt_bool(argon2_verify(hash->data, pw->data, (size_t)pw->len,
                                     a->kind == A_ARGON2I ? Argon2_i : Argon2_id) == ARGON2_OK);
    rt_str_t *h = do_crypt(pw->data, hash->data);
    return h && hash->len >= 13 && same_bytes(h, hash) ? rt_true : rt_false;
}

static rt_value_t fn_password_get_info(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *hash = phpvm_arg_str(args, argc, 0);
    if (!hash)
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(3), *opts = phpvm_array_new(3);
    const algo_t *a = algo_of_hash(hash);
    phpvm_array_set(r, phpvm_cstr("algo"), a ? phpvm_cstr(a->ident) : rt_none);
    phpvm_array_set(r, phpvm_cstr("algoName"), phpvm_cstr(a ? a->name : "unknown"));
    if (a && a->kind == A_BCRYPT) {
        phpvm_array_set(opts, phpvm_cstr("cost"), phpvm_int(bcrypt_cost(hash)));
    } else if (a) {
        long long p[4] = {0, ARGON2_MEMORY, ARGON2_TIME, ARGON2_THREADS};
        argon2_params(hash, p);
        phpvm_array_set(opts, phpvm_cstr("memory_cost"), phpvm_int(p[1]));
        phpvm_array_set(opts, phpvm_cstr("time_cost"), phpvm_int(p[2]));
        phpvm_array_set(opts, phpvm_cstr("threads"), phpvm_int(p[3]));
    }
    phpvm_array_set(r, phpvm_cstr("options"), rt_from_ptr(opts));
    return rt_from_ptr(r);
}

static rt_value_t fn_password_needs_rehash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    const algo_t *a;
    phpvm_array_t *opts;
    rt_str_t *hash = hash_args(args, argc, &a, &opts);
    if (!hash)
        return RT_NOVALUE;
    if (!a)
        return rt_false;
    if (algo_of_hash(hash) != a)
        return rt_true;
    if (a->kind == A_BCRYPT)
        return rt_bool(bcrypt_cost(hash) != option_int(opts, "cost", BCRYPT_COST));
    long long p[4] = {0, 0, 0, 0};
    argon2_params(hash, p);
    return rt_bool(p[1] != option_int(opts, "memory_cost", ARGON2_MEMORY) ||
                   p[2] != option_int(opts, "time_cost", ARGON2_TIME) ||
                   p[3] != option_int(opts, "threads", ARGON2_THREADS));
}

static rt_value_t fn_password_algos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *r = phpvm_array_new(3);
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        phpvm_array_append(r, phpvm_cstr(algos[i].ident));
    return rt_from_ptr(r);
}

static void password_init(void)
{
    static const struct {
        const char *name, *value;
    } names[] = {
        {"PASSWORD_DEFAULT", "2y"},          {"PASSWORD_BCRYPT", "2y"},
        {"PASSWORD_ARGON2I", "argon2i"},     {"PASSWORD_ARGON2ID", "argon2id"},
        {"PASSWORD_ARGON2_PROVIDER", "standard"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        phpvm_const_define(rt_str_from_cstr(names[i].name), phpvm_cstr(names[i].value));
}

static const phpvm_builtin_t functions[] = {
    {"crypt", fn_crypt, 2, 2, "string,salt", 0},
    {"password_hash", fn_password_hash, 2, 3, "password,algo,options", 0},
    {"password_verify", fn_password_verify, 2, 2, "password,hash", 0},
    {"password_get_info", fn_password_get_info, 1, 1, "hash", 0},
    {"password_needs_rehash", fn_password_needs_rehash, 2, 3, "hash,algo,options", 0},
    {"password_algos", fn_password_algos, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"PASSWORD_BCRYPT_DEFAULT_COST", BCRYPT_COST},
    {"PASSWORD_ARGON2_DEFAULT_MEMORY_COST", ARGON2_MEMORY},
    {"PASSWORD_ARGON2_DEFAULT_TIME_COST", ARGON2_TIME},
    {"PASSWORD_ARGON2_DEFAULT_THREADS", ARGON2_THREADS},
    {"CRYPT_SALT_LENGTH", MAX_SALT},
    {"CRYPT_STD_DES", 1},
    {"CRYPT_EXT_DES", 1},
    {"CRYPT_MD5", 1},
    {"CRYPT_BLOWFISH", 1},
    {"CRYPT_SHA256", 1},
    {"CRYPT_SHA512", 1},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_password = {"standard", functions, constants, password_init, NULL,
                                        NULL};
