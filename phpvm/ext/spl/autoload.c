/*
** autoload.c: ext/spl's default autoloader: spl_autoload(), which includes the first file
** named after the lower-cased class (namespace separators as directories) with one of the
** spl_autoload_extensions() found through include_path, as PHP's spl_autoload does, and
** spl_autoload_extensions(). spl_autoload_register() with no callable registers it
** (ext/standard/scope.c keeps the autoloader list).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/spl/spl.h"

#define UNUSED (void)self

/* spl_autoload_extensions()'s value (malloc'ed; NULL: PHP's default) */
static char *extensions;

static const char *current_extensions(void) { return extensions ? extensions : ".inc,.php"; }

/* Includes the file at real path `real` unless it already was (include_once's rule); false
** with an exception pending or after a fatal error. May run PHP code. */
static bool include_once(const char *real)
{
    if (rt_map_get_str(phpvm_vm->included, rt_str_from_cstr(real)) != RT_NOVALUE)
        return true;
    size_t len;
    char *src = phpvm_read_file(real, &len);
    if (!src)
        return true; /* vanished since it was found: PHP's open fails quietly here too */
    phpvm_include_mark(real);
    phpvm_func_t *main = phpvm_compile_code(src, len, real);
    free(src);
    return main && phpvm_call_func(rt_from_ptr(main), 0, NULL, 0) != RT_NOVALUE;
}

/* Tries cls's file with extension ext[0..n): whether the class exists afterwards; false with
** an exception pending when including failed. */
static bool try_extension(const rt_str_t *cls, const char *ext, size_t n)
{
    char *file = malloc((size_t)cls->len + n + 1);
    for (int64_t i = 0; i < cls->len; i++)
        file[i] = cls->data[i] == '\\' ? '/' : (char)tolower((unsigned char)cls->data[i]);
    memcpy(file + cls->len, ext, n);
    file[(size_t)cls->len + n] = '\0';
    rt_str_t *where;
    int32_t line;
    phpvm_where(&where, &line);
    char *real = phpvm_include_resolve(file, where);
    free(file);
    if (!real)
        return false;
    bool ok = include_once(real);
    free(real);
    return ok && phpvm_class_lookup((rt_str_t *)cls, false) != NULL;
}

rt_value_t phpvm_fn_spl_autoload(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *cls = phpvm_arg_str(args, argc, 0), *given = NULL;
    if (!cls)
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
        !(given = phpvm_arg_str(args, argc, 1)))
        return RT_NOVALUE;
    char *exts = strdup(given ? given->data : current_extensions());
    for (char *p = exts; p && !rt_exc_pending();) {
        char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (try_extension(cls, p, n))
            break;
        p = comma ? comma + 1 : NULL;
    }
    free(exts);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

rt_value_t phpvm_fn_spl_autoload_extensions(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none) {
        rt_str_t *s = phpvm_arg_str(args, argc, 0);
        if (!s)
            return RT_NOVALUE;
        free(extensions);
        extensions = strdup(s->data);
    }
    return phpvm_cstr(current_extensions());
}
