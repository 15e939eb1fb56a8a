/*
** pcre.h: what the files of ext/pcre share (internal to phpvm/ext/pcre): the compiled-pattern
** cache (cache.c) and the last-error state the preg_* functions (preg.c) report.
*/
#ifndef PHPVM_EXT_PCRE_H
#define PHPVM_EXT_PCRE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "phpvm/interp.h"

/* php -n's pcre.backtrack_limit and pcre.recursion_limit. */
#define PHPVM_PCRE_BACKTRACK_LIMIT 1000000
#define PHPVM_PCRE_RECURSION_LIMIT 100000

/* preg_last_error()'s codes (PREG_*_ERROR). */
enum {
    PHPVM_PCRE_ERR_NONE,
    PHPVM_PCRE_ERR_INTERNAL,
    PHPVM_PCRE_ERR_BACKTRACK,
    PHPVM_PCRE_ERR_RECURSION,
    PHPVM_PCRE_ERR_BAD_UTF8,
    PHPVM_PCRE_ERR_BAD_UTF8_OFFSET,
    PHPVM_PCRE_ERR_JIT_STACK,
};

/* A compiled pattern. `busy` counts the running calls using it (a callback may compile enough
** new patterns to trigger an eviction; busy entries stay). */
typedef struct phpvm_pcre_entry {
    struct phpvm_pcre_entry *chain;      /* the next entry of the hash bucket */
    struct phpvm_pcre_entry *older_next; /* the next newer entry, in insertion order */
    pcre2_code *re;
    char *key;                     /* the whole PHP pattern string */
    size_t keylen;
    uint64_t hash;
    uint32_t ngroups;              /* capture groups + 1 (group 0, the whole match) */
    rt_str_t **names;              /* per group number: its interned name, or NULL; NULL: none */
    uint32_t nnames;               /* entries of the name table (named groups) */
    bool utf;                      /* compiled with /u */
    bool jit;                      /* PCRE2's JIT compiled it: pcre2_jit_match may run it */
    int busy;
    pcre2_match_data *md;          /* reused by the outermost scan (busy was 0) */
} phpvm_pcre_entry_t;

/* The flags of PHP's preg_* functions. */
enum {
    PHPVM_PREG_PATTERN_ORDER = 1,
    PHPVM_PREG_SET_ORDER = 2,
    PHPVM_PREG_OFFSET_CAPTURE = 256,
    PHPVM_PREG_UNMATCHED_AS_NULL = 512,
    PHPVM_PREG_SPLIT_NO_EMPTY = 1,
    PHPVM_PREG_SPLIT_DELIM_CAPTURE = 2,
    PHPVM_PREG_SPLIT_OFFSET_CAPTURE = 4,
    PHPVM_PREG_GREP_INVERT = 1,
};

/* The pcre.* ini settings. */
typedef struct phpvm_pcre_ini {
    long backtrack_limit;
    long recursion_limit;
    long jit;
} phpvm_pcre_ini_t;
extern phpvm_pcre_ini_t phpvm_pcre_ini;
/* The extension's ini hook (phpvm_ext_t.ini): pcre.backtrack_limit, pcre.recursion_limit,
** pcre.jit. */
const char *phpvm_pcre_ini_set(const char *key, const char *value);

/* The last error code of a preg_* call (PHPVM_PCRE_ERR_*). */
extern int phpvm_pcre_last_error;

/* The compiled form of a PHP pattern string, from the cache or compiled now. NULL after PHP's
** warning ("preg_match(): No ending delimiter '/' found", "Compilation failed: ...") with
** phpvm_pcre_last_error set to PHPVM_PCRE_ERR_INTERNAL. Touches the GC heap only to intern
** group names (may collect). */
phpvm_pcre_entry_t *phpvm_pcre_get(rt_str_t *pattern);
/* The match context carrying the backtrack and depth limits and the JIT stack. */
pcre2_match_context *phpvm_pcre_match_context(void);

/* ---- Scanning a subject (match.c) ---- */

/* One scan of a subject: successive matches, Perl's /g way. The subject string must stay
** alive (the caller holds it) while the scan runs. */
typedef struct phpvm_pcre_scan {
    phpvm_pcre_entry_t *e;
    rt_str_t *subject;
    const char *subj;
    size_t len;
    size_t start;        /* where the next search starts */
    bool retry_empty;    /* the last match was empty: first try a non-empty one at `start` */
    bool check_utf;      /* let PCRE2 check the subject's UTF-8 on the first search */
    int count;           /* groups set by the last match (highest set group + 1) */
    PCRE2_SIZE *ov;      /* the last match's offsets */
    pcre2_match_data *md;
} phpvm_pcre_scan_t;

/* Starts a scan at byte `start` (<= the subject's length) and clears the last error; false
** (error recorded) if match data cannot be allocated. Pair with phpvm_pcre_scan_done. */
bool phpvm_pcre_scan_init(phpvm_pcre_scan_t *s, phpvm_pcre_entry_t *e, rt_str_t *subject,
                          size_t start);
void phpvm_pcre_scan_done(phpvm_pcre_scan_t *s);
/* The next match: 1 (s->ov, s->count describe it), 0 no more, -1 an error (recorded in
** phpvm_pcre_last_error; a PHP notice may have been printed), -2 a match that ends before it
** starts (\K in a lookahead; recorded as an internal error). Does not allocate. */
int phpvm_pcre_scan_next(phpvm_pcre_scan_t *s);
/* Group i of the last match as a string ("" or null when unset). May collect. */
rt_value_t phpvm_pcre_group(const phpvm_pcre_scan_t *s, uint32_t i, bool unmatched_null);
/* Group i as preg_* report it under `flags` (OFFSET_CAPTURE: a [string, offset] pair). */
rt_value_t phpvm_pcre_item(const phpvm_pcre_scan_t *s, uint32_t i, int64_t flags);
/* Appends the last match's groups to `a` as preg_match fills $matches: numbered and named
** entries, trailing unset groups left out unless UNMATCHED_AS_NULL, then MARK. May collect. */
void phpvm_pcre_fill_groups(phpvm_array_t *a, const phpvm_pcre_scan_t *s, int64_t flags);
/* A new empty array with room for one match's groups of pattern e, in the layout they need
** (hash when groups have names), so filling it never grows or converts it. May collect. */
phpvm_array_t *phpvm_pcre_groups_new(const phpvm_pcre_entry_t *e);

/* ---- The replace family's builtins (replace.c), listed in preg.c's table ---- */

rt_value_t phpvm_fn_preg_replace(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_fn_preg_filter(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_fn_preg_replace_callback(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_fn_preg_replace_callback_array(rt_value_t self, rt_value_t *args, int argc);

#endif
