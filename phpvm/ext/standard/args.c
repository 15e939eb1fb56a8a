/*
** args.c: argument conversion for builtins with PHP 8's wording ("strlen(): Argument #1
** ($string) must be of type string, array given"), weak-mode coercion of scalars.
*/
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

/* The running builtin (a function, or a method of a built-in class) and its display name. */
static phpvm_func_t *running(char *name, size_t cap)
{
    phpvm_func_t *f = phpvm_bcalls && phpvm_bcalls->func && phpvm_bcalls->func->builtin
                          ? phpvm_bcalls->func
                          : phpvm_func_lookup(rt_str_from_cstr(phpvm_cur_builtin));
    if (f)
        phpvm_func_display(f, name, cap);
    else
        snprintf(name, cap, "%s", phpvm_cur_builtin);
    return f;
}

/* Parameter i's name, or "" for a variadic one (PHP's messages leave its name out). */
void phpvm_arg_param_name(int i, char *buf, size_t cap)
{
    char name[256];
    phpvm_func_t *f = running(name, sizeof name);
    const char *ps = f && f->builtin ? f->builtin->params : "";
    for (int k = 0; k < i && ps; k++) {
        ps = strchr(ps, ',');
        if (ps)
            ps++;
    }
    size_t n = ps ? strcspn(ps, ",") : 0;
    if (ps && !ps[n] && f->builtin->max_args < 0)
        n = 0;
    snprintf(buf, cap, "%.*s", (int)n, ps ? ps : "");
}

static bool type_error(rt_value_t *args, int i, const char *want)
{
    char p[64], pp[72] = "", name[256];
    phpvm_arg_param_name(i, p, sizeof p);
    if (*p)
        snprintf(pp, sizeof pp, " ($%s)", p);
    running(name, sizeof name);
    phpvm_throw("TypeError", "%s(): Argument #%d%s must be of type %s, %s given", name, i + 1, pp,
                want, phpvm_type_name(args[i]));
    return false;
}

bool phpvm_arg_callable(rt_value_t *args, int i, bool nullable, rt_value_t *callee,
                        rt_value_t *ctx)
{
    if (phpvm_callable(args[i], callee, ctx, false))
        return phpvm_callable(args[i], callee, ctx, true);
    if (rt_exc_pending())
        return false;
    phpvm_callable_deprecated(args[i]);
    if (rt_exc_pending())
        return false;
    char p[64], pp[72] = "", why[512], name[256];
    phpvm_arg_param_name(i, p, sizeof p);
    if (*p)
        snprintf(pp, sizeof pp, " ($%s)", p);
    running(name, sizeof name);
    phpvm_callable_reason(args[i], why, sizeof why);
    phpvm_throw("TypeError", "%s(): Argument #%d%s must be a valid callback%s, %s", name, i + 1,
                pp, nullable ? " or null" : "", why);
    return false;
}

/* PHP 8.1: null passed to a non-nullable scalar parameter of a builtin; false if an error
** handler threw. */
static bool null_deprecated(int i, const char *type)
{
    char p[64], name[256];
    phpvm_arg_param_name(i, p, sizeof p);
    running(name, sizeof name);
    phpvm_error(PHPVM_E_DEPRECATED,
                "%s(): Passing null to parameter #%d ($%s) of type %s is deprecated", name, i + 1,
                p, type);
    return !rt_exc_pending();
}

bool phpvm_arg_long_as(rt_value_t *args, int i, int64_t *out, const char *type)
{
    rt_value_t v = phpvm_deref(args[i]), c;
    if (rt_is_int(v)) {
        *out = phpvm_int_of(v);
        return true;
    }
    if (phpvm_strict())
        return type_error(args, i, type);
    if (v == rt_none) {
        *out = 0;
        return null_deprecated(i, type);
    }
    if (phpvm_is_array(v) || phpvm_is_object(v) || phpvm_is_resource(v))
        return type_error(args, i, type);
    if (rt_is_bool(v)) {
        *out = v == rt_true;
        return true;
    }
    if (rt_is_float(v)) {
        if (!phpvm_float_to_int_arg(rt_float_value(v), NULL, &c))
            return type_error(args, i, type);
        *out = phpvm_int_of(c);
        return !rt_exc_pending();
    }
    rt_phpnum_t n;
    rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
    if (n.kind == RT_PHPNUM_NONE || n.trailing)
        return type_error(args, i, type);
    if (n.kind == RT_PHPNUM_INT) {
        *out = n.i;
        return true;
    }
    if (!phpvm_float_to_int_arg(n.d, phpvm_str(v), &c))
        return type_error(args, i, type);
    *out = phpvm_int_of(c);
    return !rt_exc_pending();
}

bool phpvm_arg_double(rt_value_t *args, int argc, int i, double *out)
{
    (void)argc;
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_array(v) || phpvm_is_object(v) ||
        (phpvm_strict() && !rt_is_int(v) && !rt_is_float(v)))
        return type_error(args, i, "float");
    if (phpvm_is_str(v)) {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
        if (n.kind == RT_PHPNUM_NONE || n.trailing)
            return type_error(args, i, "float");
    }
    *out = phpvm_to_float(v);
    return true;
}

rt_str_t *phpvm_arg_str_as(rt_value_t *args, int i, const char *type)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_str(v))
        return phpvm_str(v);
    if (phpvm_is_array(v) || (phpvm_is_object(v) && !phpvm_obj(v)->cls->tostring) ||
        phpvm_is_resource(v) || phpvm_strict()) {
        type_error(args, i, type);
        return NULL;
    }
    if (v == rt_none && !null_deprecated(i, type))
        return NULL;
    return phpvm_to_str(v);
}

phpvm_array_t *phpvm_arg_array(rt_value_t *args, int argc, int i)
{
    (void)argc;
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_array(v))
        return phpvm_arr(v);
    if (phpvm_is_foreign(v)) { /* a Python list or dict: as the PHP array it reads as */
        rt_value_t a = phpvm_foreign_to_container(&v, NULL);
        if (phpvm_is_array(a) || a == RT_NOVALUE)
            return a == RT_NOVALUE ? NULL : phpvm_arr(a);
    }
    type_error(args, i, "array");
    return NULL;
}

bool phpvm_arg_bool(rt_value_t *args, int argc, int i)
{
    return phpvm_arg_given(argc, args, i) && phpvm_to_bool(args[i]);
}
