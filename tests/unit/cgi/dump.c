/*
** dump.c: the tests' array-building sink (dump.h), a small model of what phpvm does with the
** request layer's calls, printing the text format shared with tools/record-cgi.
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests/unit/cgi/dump.h"

typedef struct node {
    char *key; /* string key, or NULL for an integer key */
    size_t klen;
    int64_t ikey;
    bool is_array;
    char *val; /* scalar string value, or NULL for an integer value */
    size_t vlen;
    int64_t ival;
    struct node **kids;
    int nkids;
    bool has_next;
    int64_t next_free;
} node_t;

struct dump {
    node_t roots[4];
    char **warnings;
    int nwarnings;
    char *tmp_prefix;
};

dump_t *dump_new(const char *tmp_prefix)
{
    dump_t *d = calloc(1, sizeof *d);
    for (int i = 0; i < 4; i++)
        d->roots[i].is_array = true;
    d->tmp_prefix = strdup(tmp_prefix ? tmp_prefix : "");
    return d;
}

static void free_node_contents(node_t *n)
{
    for (int i = 0; i < n->nkids; i++) {
        free_node_contents(n->kids[i]);
        free(n->kids[i]);
    }
    free(n->kids);
    free(n->key);
    free(n->val);
}

void dump_free(dump_t *d)
{
    for (int i = 0; i < 4; i++)
        free_node_contents(&d->roots[i]);
    for (int i = 0; i < d->nwarnings; i++)
        free(d->warnings[i]);
    free(d->warnings);
    free(d->tmp_prefix);
    free(d);
}

/* PHP's canonical integer strings: "0" or -?[1-9][0-9]* within int64. */
static bool numeric_key(const char *s, size_t len, int64_t *out)
{
    size_t i = s && len && s[0] == '-' ? 1 : 0;
    if (!s || len == i || len - i > 19 || (s[i] == '0' && len - i > 1) || (i && s[i] == '0'))
        return false;
    for (size_t j = i; j < len; j++)
        if (s[j] < '0' || s[j] > '9')
            return false;
    char buf[24];
    memcpy(buf, s, len);
    buf[len] = '\0';
    char *end;
    long long v = strtoll(buf, &end, 10);
    if ((v == INT64_MAX || v == INT64_MIN) && strcmp(buf, v == INT64_MAX ? "9223372036854775807"
                                                                         : "-9223372036854775808"))
        return false;
    *out = v;
    return true;
}

static node_t *add_child(node_t *arr, const char *key, size_t klen, bool is_int, int64_t ikey)
{
    node_t *n = calloc(1, sizeof *n);
    if (is_int) {
        n->ikey = ikey;
        if (!arr->has_next || ikey >= arr->next_free) {
            arr->next_free = ikey < INT64_MAX ? ikey + 1 : INT64_MAX;
            arr->has_next = true;
        }
    } else {
        n->key = malloc(klen + 1);
        memcpy(n->key, key, klen);
        n->key[klen] = '\0';
        n->klen = klen;
    }
    arr->kids = realloc(arr->kids, (size_t)(arr->nkids + 1) * sizeof *arr->kids);
    arr->kids[arr->nkids++] = n;
    return n;
}

static node_t *find_child(node_t *arr, const char *key, size_t klen, int64_t *ikey, bool *is_int)
{
    *is_int = numeric_key(key, klen, ikey);
    for (int i = 0; i < arr->nkids; i++) {
        node_t *k = arr->kids[i];
        if (*is_int ? !k->key && k->ikey == *ikey
                    : k->key && k->klen == klen && memcmp(k->key, key, klen) == 0)
            return k;
    }
    return NULL;
}

static void make_array(node_t *n)
{
    if (n->is_array)
        return;
    free(n->val);
    n->val = NULL;
    n->is_array = true;
}

/* The slot for key (NULL: append) in arr, created if missing. */
static node_t *slot(node_t *arr, const char *key, size_t klen, bool *existed)
{
    if (!key) {
        *existed = false;
        return add_child(arr, NULL, 0, true, arr->has_next ? arr->next_free : 0);
    }
    int64_t ikey;
    bool is_int;
    node_t *n = find_child(arr, key, klen, &ikey, &is_int);
    *existed = n != NULL;
    return n ? n : add_child(arr, key, klen, is_int, ikey);
}

static bool sink_set(void *ctx, const cgi_var_t *var)
{
    dump_t *d = ctx;
    node_t *arr = &d->roots[var->track];
    bool existed;
    const char *key = var->name;
    size_t klen = var->name_len;
    for (int i = 0; i < var->nsegs; i++) {
        node_t *n = slot(arr, key, klen, &existed);
        make_array(n);
        arr = n;
        key = var->segs[i].s;
        klen = var->segs[i].len;
    }
    node_t *n = slot(arr, key, klen, &existed);
    if (existed && var->keep_existing)
        return true;
    if (n->is_array) {
        for (int i = 0; i < n->nkids; i++) {
            free_node_contents(n->kids[i]);
            free(n->kids[i]);
        }
        free(n->kids);
        n->kids = NULL;
        n->nkids = 0;
        n->has_next = false;
        n->is_array = false;
    }
    free(n->val);
    n->val = NULL;
    if (var->is_int) {
        n->ival = var->ivalue;
    } else {
        n->val = malloc(var->value_len + 1);
        memcpy(n->val, var->value, var->value_len);
        n->val[var->value_len] = '\0';
        n->vlen = var->value_len;
    }
    return true;
}

static void sink_drop(void *ctx, cgi_track_t track, const char *name, size_t len)
{
    dump_t *d = ctx;
    node_t *arr = &d->roots[track];
    int64_t ikey;
    bool is_int;
    node_t *n = find_child(arr, name, len, &ikey, &is_int);
    if (!n)
        return;
    int o = 0;
    for (int i = 0; i < arr->nkids; i++)
        if (arr->kids[i] != n)
            arr->kids[o++] = arr->kids[i];
    arr->nkids = o;
    free_node_contents(n);
    free(n);
}

static void sink_warning(void *ctx, const char *msg)
{
    dump_t *d = ctx;
    for (int i = 0; i < d->nwarnings; i++)
        if (strcmp(d->warnings[i], msg) == 0)
            return;
    d->warnings = realloc(d->warnings, (size_t)(d->nwarnings + 1) * sizeof *d->warnings);
    d->warnings[d->nwarnings++] = strdup(msg);
}

cgi_sink_t dump_sink(dump_t *d)
{
    return (cgi_sink_t){d, sink_set, sink_drop, sink_warning};
}

void dump_escape(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            fputc(c, out);
        else
            fprintf(out, "\\x%02x", c);
    }
    fputc('"', out);
}

/* Prints a value; an uploaded file's path prints as TMP: and the file's contents. */
static void print_value(const dump_t *d, FILE *out, const node_t *n)
{
    if (!n->val) {
        fprintf(out, "%lld", (long long)n->ival);
        return;
    }
    size_t pl = strlen(d->tmp_prefix);
    if (pl && n->vlen > pl && strncmp(n->val, d->tmp_prefix, pl) == 0) {
        FILE *f = fopen(n->val, "rb");
        char *buf = NULL;
        size_t size = 0;
        FILE *mem = open_memstream(&buf, &size);
        fputs("TMP:", mem);
        int c;
        while (f && (c = fgetc(f)) != EOF)
            fputc(c, mem);
        if (f)
            fclose(f);
        fclose(mem);
        dump_escape(out, buf, size);
        free(buf);
        return;
    }
    dump_escape(out, n->val, n->vlen);
}

static void print_array(const dump_t *d, FILE *out, const node_t *arr, int indent)
{
    for (int i = 0; i < arr->nkids; i++) {
        const node_t *n = arr->kids[i];
        fprintf(out, "%*s", indent, "");
        if (n->key)
            dump_escape(out, n->key, n->klen);
        else
            fprintf(out, "%lld", (long long)n->ikey);
        if (n->is_array) {
            fputs(" {\n", out);
            print_array(d, out, n, indent + 2);
            fprintf(out, "%*s}\n", indent, "");
        } else {
            fputs(" = ", out);
            print_value(d, out, n);
            fputc('\n', out);
        }
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char *dump_text(const dump_t *d)
{
    static const char *names[] = {"GET", "POST", "COOKIE", "FILES"};
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    for (int i = 0; i < 4; i++) {
        fprintf(out, "%s\n", names[i]);
        print_array(d, out, &d->roots[i], 2);
    }
    fclose(out);
    return buf;
}

char *dump_warnings(const dump_t *d)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buf, &size);
    char **sorted = malloc((size_t)(d->nwarnings + 1) * sizeof *sorted);
    if (d->nwarnings)
        memcpy(sorted, d->warnings, (size_t)d->nwarnings * sizeof *sorted);
    qsort(sorted, (size_t)d->nwarnings, sizeof *sorted, cmp_str);
    for (int i = 0; i < d->nwarnings; i++)
        fprintf(out, "WARN %s\n", sorted[i]);
    free(sorted);
    fclose(out);
    return buf;
}
