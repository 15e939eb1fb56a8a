/*
** dataurl.c: ext/standard's data: stream wrapper (RFC 2397, "data:[type][;param=v][;base64],
** bytes", also spelled "data://"): the URL is checked as PHP's rfc2397 wrapper checks it, its
** bytes (base64-decoded strictly, else URL-decoded) become a temporary file that stream.c
** opens as a stream, and file_get_contents()/file() read.
*/
#include <stdio.h>
#include <string.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

/* Runs the builtin `name` (urldecode, base64_decode) on args. */
static rt_value_t builtin(const char *name, rt_value_t *args, int argc)
{
    return phpvm_func_lookup(rt_str_from_cstr(name))->builtin->fn(0, args, argc);
}

/* The media type part of data:META,... (META has n bytes: "type/subtype", parameters
** "; name=value", a final ";base64"): whether it is well formed, and *base64; *why says what
** is wrong otherwise, in PHP's words. */
static bool meta_ok(const char *m, size_t n, bool *base64, const char **why)
{
    const char *end = m + n, *semi = memchr(m, ';', n), *slash = memchr(m, '/', n);
    *base64 = false;
    if (n == 0 || (!semi && slash))
        return true;
    *why = "illegal media type";
    if (!semi || (!(slash && slash < semi) && !(n == 7 && memcmp(m, ";base64", 7) == 0)))
        return false;
    for (const char *p = semi; p < end;) { /* at a ';' */
        p++;
        const char *eq = memchr(p, '=', (size_t)(end - p)), *next = memchr(p, ';', (size_t)(end - p));
        if (!eq || (next && next < eq)) {
            *why = "illegal parameter";
            if (end - p != 6 || memcmp(p, "base64", 6) != 0)
                return false;
            *base64 = true;
            return true;
        }
        p = next ? next : end;
    }
    return true;
}

FILE *phpvm_std_data_open(const char *url, const char **why)
{
    const char *p = url + 5; /* after "data:" */
    if (p[0] == '/' && p[1] == '/')
        p += 2;
    const char *comma = strchr(p, ',');
    bool base64;
    if (!comma) {
        *why = "no comma in URL";
        return NULL;
    }
    if (!meta_ok(p, (size_t)(comma - p), &base64, why))
        return NULL;
    rt_value_t args[2] = {phpvm_cstr(comma + 1), rt_true};
    rt_value_t bytes = base64 ? builtin("base64_decode", args, 2) : builtin("urldecode", args, 1);
    if (!phpvm_is_str(bytes)) {
        *why = "unable to decode";
        return NULL;
    }
    FILE *fp = tmpfile();
    if (!fp) {
        *why = "unable to decode";
        return NULL;
    }
    fwrite(phpvm_str(bytes)->data, 1, (size_t)phpvm_str(bytes)->len, fp);
    rewind(fp);
    return fp;
}
