/*
** cache.c: ext/pcre's compiled-pattern cache. A PHP pattern string ("/a+b/iu") is split into
** its delimited body and modifiers with PHP's rules and warnings, compiled with PCRE2 (and its
** JIT) and kept in a table keyed on the whole pattern string, bounded like php-src's (4096
** entries; when full the oldest eighth goes). Entries live in C memory: the GC never sees them;
** their group names are interned strings, which live for the whole process.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/pcre/pcre.h"

#define CACHE_MAX 4096
#define CACHE_BUCKETS 8192 /* a power of two above CACHE_MAX */

static phpvm_pcre_entry_t *buckets[CACHE_BUCKETS];
static phpvm_pcre_entry_t *oldest, *newest; /* insertion order, for eviction */
static int nentries;
static pcre2_match_context *mctx;
static pcre2_jit_stack *jit_stack;
static pcre2_compile_context *cctx;

int phpvm_pcre_last_error;
phpvm_pcre_ini_t phpvm_pcre_ini = {PHPVM_PCRE_BACKTRACK_LIMIT, PHPVM_PCRE_RECURSION_LIMIT, 1};

static void entry_free(phpvm_pcre_entry_t *e)
{
    pcre2_code_free(e->re);
    pcre2_match_data_free(e->md);
    free(e->names);
    free(e->key);
    free(e);
}

static void unlink_bucket(phpvm_pcre_entry_t *e)
{
    phpvm_pcre_entry_t **pp = &buckets[e->hash & (CACHE_BUCKETS - 1)];
    while (*pp != e)
        pp = &(*pp)->chain;
    *pp = e->chain;
}

/* Drops the oldest eighth of the entries, except those a running call still uses. */
static void evict(void)
{
    phpvm_pcre_entry_t **pp = &oldest;
    int goal = CACHE_MAX / 8;
    while (*pp && goal > 0) {
        phpvm_pcre_entry_t *e = *pp;
        if (e->busy) {
            pp = &e->older_next;
            continue;
        }
        *pp = e->older_next;
        unlink_bucket(e);
        entry_free(e);
        nentries--;
        goal--;
    }
    newest = NULL;
    for (phpvm_pcre_entry_t *e = oldest; e; e = e->older_next)
        newest = e;
}

static void contexts_init(void)
{
    mctx = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(mctx, (uint32_t)phpvm_pcre_ini.backtrack_limit);
    pcre2_set_depth_limit(mctx, (uint32_t)phpvm_pcre_ini.recursion_limit);
    jit_stack = pcre2_jit_stack_create(32 * 1024, 192 * 1024, NULL);
    pcre2_jit_stack_assign(mctx, NULL, jit_stack);
    cctx = pcre2_compile_context_create(NULL);
    pcre2_set_compile_extra_options(cctx, PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK);
}

pcre2_match_context *phpvm_pcre_match_context(void)
{
    if (!mctx)
        contexts_init();
    return mctx;
}

static void pattern_error(const char *fmt, int c)
{
    char msg[96];
    snprintf(msg, sizeof msg, fmt, c);
    phpvm_error(PHPVM_E_WARNING, "%s(): %s", phpvm_cur_builtin, msg);
    phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
}

/* The body of a delimited pattern: [*body, *body + *n) and the modifiers after it; false with
** PHP's warning when the delimiters are wrong. */
static bool split_pattern(const char *p, const char *end, const char **body, size_t *n,
                          const char **mods)
{
    while (p < end && isspace((unsigned char)*p))
        p++;
    if (p >= end) {
        pattern_error("Empty regular expression", 0);
        return false;
    }
    char open = *p++, close = open;
    if (isalnum((unsigned char)open) || open == '\\' || open == 0) {
        pattern_error("Delimiter must not be alphanumeric, backslash, or NUL", 0);
        return false;
    }
    const char *pairs = strchr("([{<", open);
    if (pairs && open)
        close = ")]}>"[pairs - "([{<"];
    const char *q = p;
    int depth = 1;
    for (; q < end; q++) {
        if (*q == '\\' && q + 1 < end)
            q++;
        else if (*q == close && (open == close || --depth == 0))
            break;
        else if (*q == open && open != close)
            depth++;
    }
    if (q >= end) {
        pattern_error(open == close ? "No ending delimiter '%c' found"
                                    : "No ending matching delimiter '%c' found",
                      close);
        return false;
    }
    *body = p;
    *n = (size_t)(q - p);
    *mods = q + 1;
    return true;
}

/* PCRE2 options of PHP's modifier letters; false with PHP's warning for a bad one. */
static bool parse_modifiers(const char *m, const char *end, uint32_t *opts)
{
    static const struct {
        char letter;
        uint32_t opt;
    } table[] = {
        {'i', PCRE2_CASELESS}, {'m', PCRE2_MULTILINE}, {'n', PCRE2_NO_AUTO_CAPTURE},
        {'s', PCRE2_DOTALL}, {'x', PCRE2_EXTENDED}, {'A', PCRE2_ANCHORED},
        {'D', PCRE2_DOLLAR_ENDONLY}, {'S', 0}, {'X', 0}, {'U', PCRE2_UNGREEDY},
        {'u', PCRE2_UTF | PCRE2_UCP}, {'J', PCRE2_DUPNAMES}, {' ', 0}, {'\n', 0}, {'\r', 0},
    };
    bool eval = false;
    for (; m < end; m++) {
        size_t k = 0;
        while (k < sizeof table / sizeof table[0] && table[k].letter != *m)
            k++;
        if (k < sizeof table / sizeof table[0]) {
            *opts |= table[k].opt;
        } else if (*m == 'e') {
            eval = true;
        } else {
            pattern_error(*m ? "Unknown modifier '%c'" : "NUL is not a valid modifier", *m);
            return false;
        }
    }
    if (eval) {
        pattern_error("The /e modifier is no longer supported, use preg_replace_callback "
                      "instead", 0);
        return false;
    }
    return true;
}

/* Group number -> interned name table of a compiled pattern (NULL: no named groups). */
static rt_str_t **group_names(pcre2_code *re, uint32_t ngroups)
{
    uint32_t count, size;
    PCRE2_SPTR table;
    pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &count);
    if (count == 0)
        return NULL;
    pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
    rt_str_t **names = calloc(ngroups + 1, sizeof *names);
    for (uint32_t i = 0; i < count; i++, table += size) {
        uint32_t group = ((uint32_t)table[0] << 8) | table[1];
        names[group] = rt_str_intern_cstr((const char *)table + 2);
    }
    return names;
}

static phpvm_pcre_entry_t *compile(rt_str_t *pattern, uint64_t hash)
{
    const char *body, *mods, *end = pattern->data + pattern->len;
    size_t n;
    uint32_t opts = 0;
    if (!split_pattern(pattern->data, end, &body, &n, &mods) ||
        !parse_modifiers(mods, end, &opts))
        return NULL;
    if (!cctx)
        contexts_init();
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)body, n, opts, &errcode, &erroff, cctx);
    if (!re) {
        PCRE2_UCHAR msg[128];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        phpvm_error(PHPVM_E_WARNING, "%s(): Compilation failed: %s at offset %zu",
                    phpvm_cur_builtin, (const char *)msg, (size_t)erroff);
        phpvm_pcre_last_error = PHPVM_PCRE_ERR_INTERNAL;
        return NULL;
    }
    /* without JIT code, pcre2_match interprets */
    bool jit = phpvm_pcre_ini.jit && pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
    phpvm_pcre_entry_t *e = calloc(1, sizeof *e);
    e->jit = jit;
    e->re = re;
    e->hash = hash;
    e->key = malloc((size_t)pattern->len + 1);
    memcpy(e->key, pattern->data, (size_t)pattern->len + 1);
    e->keylen = (size_t)pattern->len;
    e->utf = (opts & PCRE2_UTF) != 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &e->ngroups);
    e->ngroups++;
    e->names = group_names(re, e->ngroups);
    pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &e->nnames);
    e->md = pcre2_match_data_create_from_pattern(re, NULL);
    return e;
}

phpvm_pcre_entry_t *phpvm_pcre_get(rt_str_t *pattern)
{
    uint64_t h = rt_str_hash(pattern); /* cached on the string: pattern literals hash once */
    phpvm_pcre_entry_t **bucket = &buckets[h & (CACHE_BUCKETS - 1)];
    for (phpvm_pcre_entry_t *e = *bucket; e; e = e->chain)
        if (e->hash == h && e->keylen == (size_t)pattern->len &&
            memcmp(e->key, pattern->data, e->keylen) == 0)
            return e;
    phpvm_pcre_entry_t *e = compile(pattern, h);
    if (!e)
        return NULL;
    if (nentries >= CACHE_MAX)
        evict();
    e->chain = *bucket;
    *bucket = e;
    if (newest)
        newest->older_next = e;
    else
        oldest = e;
    newest = e;
    nentries++;
    return e;
}

const char *phpvm_pcre_ini_set(const char *key, const char *value)
{
    static const struct {
        const char *key;
        long *setting;
    } table[] = {
        {"pcre.backtrack_limit", &phpvm_pcre_ini.backtrack_limit},
        {"pcre.recursion_limit", &phpvm_pcre_ini.recursion_limit},
        {"pcre.jit", &phpvm_pcre_ini.jit},
    };
    static char old[32];
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(key, table[i].key) != 0)
            continue;
        snprintf(old, sizeof old, "%ld", *table[i].setting);
        if (value)
            *table[i].setting = strtol(value, NULL, 10);
        if (mctx) {
            pcre2_set_match_limit(mctx, (uint32_t)phpvm_pcre_ini.backtrack_limit);
            pcre2_set_depth_limit(mctx, (uint32_t)phpvm_pcre_ini.recursion_limit);
        }
        return old;
    }
    return NULL;
}
