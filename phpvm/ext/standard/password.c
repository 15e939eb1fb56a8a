/*
** password.c: ext/standard's crypt() and the password_* API on the system's libcrypt
** (Debian's libxcrypt: crypt_r for hashing and checking, crypt_gensalt_rn for bcrypt salts
** from the OS's random source). PHP's layer on top is kept: the "*0"/"*1" failure tokens,
** bcrypt as the only password_hash algorithm ("2y", PASSWORD_DEFAULT and PASSWORD_BCRYPT),
** its cost checks and the ValueErrors. Argon2 needs libargon2, which the build does not use.
*/
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define MAX_SALT 123     /* PHP_MAX_SALT_LEN: longer salts are cut */
#define BCRYPT_COST 10   /* PASSWORD_BCRYPT_DEFAULT_COST */

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

static bool bcrypt_valid(const rt_str_t *h)
{
    return h->len == 60 && h->data[0] == '$' && h->data[1] == '2' && h->data[2] == 'y';
}

/* The cost a "$2y$NN$" hash was made with, as PHP's sscanf reads it. */
static int64_t bcrypt_cost(const rt_str_t *h)
{
    long long cost = BCRYPT_COST;
    sscanf(h->data, "$2y$%lld$", &cost);
    return (int64_t)cost;
}

/* The algo argument args[i] (string|int|null): whether it names bcrypt; *known false for an
** algorithm this build does not have. false with a TypeError pending. */
static bool algo_arg(rt_value_t *args, int argc, int i, bool *known)
{
    rt_value_t v = phpvm_deref(args[i]);
    *known = true;
    if (v == rt_none)
        return true;
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_str) {
        *known = strcmp(phpvm_str(v)->data, "2y") == 0 && phpvm_str(v)->len == 2;
        return true;
    }
    int64_t n;
    if (!phpvm_arg_long(args, argc, i, &n))
        return false;
    *known = n == 0 || n == 1;
    return true;
}

/* options["cost"] as an int (zval_get_long), or the default. */
static int64_t option_cost(phpvm_array_t *opts)
{
    rt_value_t c = opts ? phpvm_array_get(opts, phpvm_cstr("cost")) : RT_NOVALUE;
    return c == RT_NOVALUE ? BCRYPT_COST : phpvm_to_int(phpvm_deref(c));
}

/* password_hash's and password_needs_rehash's (string, algo, options) arguments; NULL with
** a TypeError pending. */
static rt_str_t *hash_args(rt_value_t *args, int argc, bool *known, phpvm_array_t **opts)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s || !algo_arg(args, argc, 1, known))
        return NULL;
    *opts = NULL;
    if (phpvm_arg_given(argc, args, 2) && !(*opts = phpvm_arg_array(args, argc, 2)))
        return NULL;
    return s;
}

static rt_value_t fn_password_hash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool known;
    phpvm_array_t *opts;
    rt_str_t *pw = hash_args(args, argc, &known, &opts);
    if (!pw)
        return RT_NOVALUE;
    if (!known)
        return phpvm_throw("ValueError", "password_hash(): Argument #2 ($algo) must be a valid "
                                         "password hashing algorithm");
    if (memchr(pw->data, '\0', (size_t)pw->len))
        return phpvm_throw("ValueError", "Bcrypt password must not contain null character");
    int64_t cost = option_cost(opts);
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

/* Every hash goes through crypt: PHP's fallback algorithm for unknown ones is bcrypt's,
** whose check is crypt() itself, so "$1$", "$6$" and DES hashes verify too. */
static rt_value_t fn_password_verify(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *pw = phpvm_arg_str(args, argc, 0), *hash = pw ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!hash)
        return RT_NOVALUE;
    rt_str_t *h = do_crypt(pw->data, hash->data);
    return h && hash->len >= 13 && same_bytes(h, hash) ? rt_true : rt_false;
}

static rt_value_t fn_password_get_info(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *hash = phpvm_arg_str(args, argc, 0);
    if (!hash)
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(3), *opts = phpvm_array_new(1);
    bool bcrypt = bcrypt_valid(hash);
    phpvm_array_set(r, phpvm_cstr("algo"), bcrypt ? phpvm_cstr("2y") : rt_none);
    phpvm_array_set(r, phpvm_cstr("algoName"), phpvm_cstr(bcrypt ? "bcrypt" : "unknown"));
    if (bcrypt)
        phpvm_array_set(opts, phpvm_cstr("cost"), phpvm_int(bcrypt_cost(hash)));
    phpvm_array_set(r, phpvm_cstr("options"), rt_from_ptr(opts));
    return rt_from_ptr(r);
}

static rt_value_t fn_password_needs_rehash(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool known;
    phpvm_array_t *opts;
    rt_str_t *hash = hash_args(args, argc, &known, &opts);
    if (!hash)
        return RT_NOVALUE;
    if (!known)
        return rt_false;
    if (!bcrypt_valid(hash))
        return rt_true;
    return bcrypt_cost(hash) != option_cost(opts) ? rt_true : rt_false;
}

static rt_value_t fn_password_algos(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *r = phpvm_array_new(1);
    phpvm_array_append(r, phpvm_cstr("2y"));
    return rt_from_ptr(r);
}

static void password_init(void)
{
    static const char *const names[] = {"PASSWORD_DEFAULT", "PASSWORD_BCRYPT"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        phpvm_const_define(rt_str_from_cstr(names[i]), phpvm_cstr("2y"));
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
