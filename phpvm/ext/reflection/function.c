/*
** function.c: ext/reflection's functions (ReflectionFunctionAbstract, ReflectionFunction,
** ReflectionMethod), parameters (ReflectionParameter) and types (ReflectionNamedType,
** ReflectionUnionType) over phpvm_func_t's parameter tables (names, PHPVM_P_* flags, type
** declarations, and the defaults the compiler keeps for Reflection). Builtin functions have
** only their table entry: names from its parameter list, no types or defaults.
*/
#include <string.h>

#include "phpvm/ext/reflection/reflection.h"

/* ---- Parameters of a function ---- */

static uint32_t nparams(const phpvm_func_t *f)
{
    if (!f->builtin)
        return f->nparams;
    const char *p = f->builtin->params;
    if (!p || !*p)
        return 0;
    uint32_t n = 1;
    for (; *p; p++)
        n += *p == ',';
    return n;
}

static rt_str_t *param_name(const phpvm_func_t *f, uint32_t i)
{
    if (!f->builtin)
        return phpvm_str(rt_tuple_get(f->pnames, i));
    const char *p = f->builtin->params;
    for (; i > 0; i--)
        p = strchr(p, ',') + 1;
    const char *e = strchr(p, ',');
    return rt_str_new(p, e ? (size_t)(e - p) : strlen(p));
}

static uint32_t param_flags(const phpvm_func_t *f, uint32_t i)
{
    if (!f->builtin)
        return f->pflags[i];
    uint32_t fl = 0, m = f->builtin->byref;
    if ((i < 30 && ((m >> i) & 1)) || ((m & (1u << 31)) && i >= (uint32_t)f->builtin->min_args))
        fl |= PHPVM_P_BYREF;
    if (f->builtin->max_args < 0 && i + 1 == nparams(f))
        fl |= PHPVM_P_VARIADIC;
    if ((int)i >= f->builtin->min_args)
        fl |= PHPVM_P_OPTIONAL;
    return fl;
}

static const phpvm_typedecl_t *param_type(const phpvm_func_t *f, uint32_t i)
{
    if (f->builtin || !f->ptypes)
        return NULL;
    rt_value_t t = rt_tuple_get(f->ptypes, i);
    return t ? (phpvm_typedecl_t *)rt_ptr(t) : NULL;
}

static uint32_t nrequired(const phpvm_func_t *f)
{
    return f->builtin ? (uint32_t)f->builtin->min_args : f->nrequired;
}

/* ---- Types ---- */

static bool builtin_type(const char *n)
{
    static const char *const names[] = {"int", "float", "string", "bool", "array", "callable",
                                        "iterable", "object", "mixed", "void", "null", "never",
                                        "false", "true"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(n, names[i]) == 0)
            return true;
    return false;
}

static rt_value_t named_type(rt_str_t *name, bool nullable)
{
    rt_value_t items[] = {rt_from_ptr(name), rt_bool(nullable)};
    return refl_new(refl.named_type, NULL, NULL, items, 2);
}

rt_value_t refl_type_new(const phpvm_typedecl_t *t)
{
    if (!t)
        return rt_none;
    rt_str_t *text = phpvm_str(rt_tuple_get(t, 1));
    uint32_t mask = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    const char *s = text->data;
    bool nullable = (mask & (PHPVM_T_NULL | PHPVM_T_MIXED)) != 0;
    if ((mask & ~PHPVM_T_NULL) == PHPVM_T_ITERABLE && t->len == 2) /* not Traversable|array */
        return named_type(rt_str_from_cstr("iterable"), nullable);
    if (*s == '?')
        return named_type(rt_str_from_cstr(s + 1), true);
    /* the members as written, "null" apart: one left is a named (maybe nullable) type; A&B
    ** is an intersection of its classes */
    char sep = strchr(s, '|') || !strchr(s, '&') ? '|' : '&';
    phpvm_array_t *parts = phpvm_array_new(0);
    int nonnull = 0;
    rt_str_t *single = NULL;
    for (const char *p = s; *p;) {
        const char *e = strchr(p, sep);
        size_t n = e ? (size_t)(e - p) : strlen(p);
        rt_str_t *part = rt_str_new(p, n);
        if (!(n == 4 && strncasecmp(p, "null", 4) == 0) || strchr(s, '|') == NULL) {
            nonnull++;
            single = part;
        }
        if (!phpvm_array_append(parts, rt_from_ptr(part)))
            return RT_NOVALUE;
        p = e ? e + 1 : p + n;
    }
    if (nonnull == 1 && !strchr(s, '&'))
        return named_type(single, nullable);
    phpvm_array_t *types = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(parts); p >= 0; p = phpvm_array_next(parts, p)) {
        rt_str_t *n = phpvm_str(phpvm_array_val_at(parts, p));
        rt_value_t m = named_type(n, strcasecmp(n->data, "null") == 0);
        if (m == RT_NOVALUE || !phpvm_array_append(types, m))
            return RT_NOVALUE;
    }
    rt_value_t items[] = {rt_from_ptr(text), rt_bool(nullable), rt_from_ptr(types)};
    return refl_new(sep == '&' ? refl.intersection_type : refl.union_type, NULL, NULL, items, 3);
}

static rt_value_t type_allows_null(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return refl_item(self, 1) == rt_true ? rt_true : rt_false;
}

static rt_value_t type_to_string(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t n = refl_item(self, 0);
    if (!n)
        return phpvm_cstr("");
    rt_str_t *s = phpvm_str(n);
    bool q = refl_item(self, 2) == 0 && refl_item(self, 1) == rt_true &&
             strcasecmp(s->data, "mixed") != 0 && strcasecmp(s->data, "null") != 0;
    if (!q)
        return n;
    rt_str_t *r = rt_str_alloc(&rt_type_str, s->len + 1);
    r->data[0] = '?';
    memcpy(r->data + 1, s->data, s->len);
    return rt_from_ptr(r);
}

static rt_value_t nt_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t n = refl_item(self, 0);
    return n ? n : phpvm_cstr("");
}

static rt_value_t nt_is_builtin(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t n = refl_item(self, 0);
    return rt_bool(n && builtin_type(phpvm_str(n)->data));
}

static rt_value_t ut_get_types(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t t = refl_item(self, 2);
    return t ? phpvm_share(t) : rt_from_ptr(phpvm_array_new(0));
}

/* ---- ReflectionFunctionAbstract ---- */

/* The reflected function of self, or NULL with an Error pending. */
static phpvm_func_t *self_func(rt_value_t self)
{
    rt_value_t f = refl_item(self, 0);
    if (!f) {
        phpvm_throw("Error", "Internal error: Failed to retrieve the reflection object");
        return NULL;
    }
    return (phpvm_func_t *)rt_ptr(f);
}

#define SELF_FUNC(f)                                                                               \
    phpvm_func_t *f = self_func(self);                                                             \
    if (!f)                                                                                        \
    return RT_NOVALUE

static rt_value_t param_new(phpvm_func_t *f, uint32_t i)
{
    rt_value_t items[] = {rt_from_ptr(f), rt_small(i)};
    return refl_new(refl.param, param_name(f, i), NULL, items, 2);
}

static rt_value_t fa_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_from_ptr(f->name);
}

static rt_value_t fa_short_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    const char *bs = strrchr(f->name->data, '\\');
    return bs ? phpvm_cstr(bs + 1) : rt_from_ptr(f->name);
}

static rt_value_t fa_get_params(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    phpvm_array_t *out = phpvm_array_new(0);
    for (uint32_t i = 0; i < nparams(f); i++) {
        rt_value_t p = param_new(f, i);
        if (p == RT_NOVALUE || !phpvm_array_append(out, p))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

static rt_value_t fa_num_params(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_small(nparams(f));
}

static rt_value_t fa_num_required(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_small(nrequired(f));
}

static rt_value_t fa_return_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return f->builtin ? rt_none : refl_type_new(f->rettype);
}

static rt_value_t fa_has_return_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(!f->builtin && f->rettype);
}

/* The function predicates, each testing bits of the function's flags. */
static rt_value_t fa_flag(rt_value_t self, uint32_t bits)
{
    SELF_FUNC(f);
    return rt_bool(f->flags & bits);
}

#define FLAG(fn, bits)                                                                             \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                             \
    {                                                                                              \
        (void)args, (void)argc;                                                                    \
        return fa_flag(self, bits);                                                                \
    }
FLAG(fa_is_variadic, PHPVM_F_VARIADIC)
FLAG(fa_returns_ref, PHPVM_F_BYREF_RETURN)
FLAG(fa_is_generator, PHPVM_F_GENERATOR)
FLAG(fa_is_closure, PHPVM_F_CLOSURE)
FLAG(fa_is_static, PHPVM_F_STATIC)
FLAG(fa_is_private, PHPVM_F_PRIVATE)
FLAG(fa_is_protected, PHPVM_F_PROTECTED)
FLAG(fa_is_abstract, PHPVM_F_ABSTRACT)
FLAG(fa_is_final, PHPVM_F_FINAL)
#undef FLAG

static rt_value_t fa_is_public(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(!(f->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED)));
}

static rt_value_t fa_is_internal(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(f->builtin != NULL);
}

static rt_value_t fa_is_user(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(f->builtin == NULL);
}

static rt_value_t fa_statics(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t p = f->statics ? phpvm_array_first(f->statics) : -1; p >= 0;
         p = phpvm_array_next(f->statics, p))
        phpvm_array_set(out, phpvm_array_key_at(f->statics, p),
                        phpvm_share(phpvm_array_val_at(f->statics, p)));
    return rt_from_ptr(out);
}

static rt_value_t fa_false(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_false;
}

static rt_value_t fa_file_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return f->code && f->code->base.filename ? rt_from_ptr(f->code->base.filename) : rt_false;
}

static rt_value_t fa_start_line(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return f->code ? rt_small(f->line) : rt_false;
}

/* Calls the reflected callee with ctx and args laid out from an argument array (named keys
** placed by parameter name). */
static rt_value_t call_with_array(rt_value_t callee, rt_value_t ctx, rt_value_t arr)
{
    arr = phpvm_deref(arr);
    if (!phpvm_is_array(arr))
        return phpvm_throw("TypeError", "invokeArgs(): Argument must be of type array, %s given",
                           phpvm_type_name(arr));
    rt_tuple_t *t = phpvm_expand_args(callee, phpvm_arr(arr), false);
    if (!t)
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, t->items, (int)t->len);
}

/* ---- ReflectionFunction ---- */

static rt_value_t rf_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_closure(v)) {
        phpvm_func_t *f = ((phpvm_closure_t *)rt_ptr(v))->func;
        rt_value_t items[] = {rt_from_ptr(f), v};
        return refl_init(self, f->name, NULL, items, 2) ? rt_none : RT_NOVALUE;
    }
    rt_str_t *n = phpvm_to_str(v);
    if (!n)
        return RT_NOVALUE;
    const char *s = n->data[0] == '\\' ? n->data + 1 : n->data;
    phpvm_func_t *f = phpvm_func_lookup(refl_lower(s, strlen(s)));
    if (!f || (f->flags & PHPVM_F_HIDDEN))
        return refl_throw("Function %s() does not exist", s);
    rt_value_t items[] = {rt_from_ptr(f), 0};
    return refl_init(self, f->name, NULL, items, 2) ? rt_none : RT_NOVALUE;
}

/* The callee and context a ReflectionFunction calls: its closure, else the function. */
static rt_value_t function_callee(rt_value_t self, rt_value_t *ctx)
{
    rt_value_t cl = refl_item(self, 1);
    *ctx = rt_none;
    if (cl) {
        phpvm_closure_t *c = rt_ptr(cl);
        *ctx = c->this_ ? c->this_ : c->scope ? rt_from_ptr(c->scope) : rt_none;
        return cl;
    }
    return refl_item(self, 0);
}

static rt_value_t rf_invoke(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *named = phpvm_named_extra_take();
    SELF_FUNC(f);
    (void)f;
    rt_value_t ctx, callee = function_callee(self, &ctx);
    return phpvm_call_named(callee, ctx, args, argc, named);
}

static rt_value_t rf_invoke_args(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_FUNC(f);
    (void)f;
    rt_value_t ctx, callee = function_callee(self, &ctx);
    if (argc < 1 || args[0] == RT_NOVALUE)
        return phpvm_call_func(callee, ctx, NULL, 0);
    return call_with_array(callee, ctx, args[0]);
}

static rt_value_t rf_get_closure(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    rt_value_t cl = refl_item(self, 1);
    return cl ? cl : phpvm_closure_from(rt_from_ptr(f), rt_none);
}

/* The reflected closure, or NULL for a named function. */
static phpvm_closure_t *self_closure(rt_value_t self)
{
    rt_value_t cl = refl_item(self, 1);
    return cl ? (phpvm_closure_t *)rt_ptr(cl) : NULL;
}

static rt_value_t rf_closure_this(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    phpvm_closure_t *cl = self_closure(self);
    return cl && cl->this_ ? cl->this_ : rt_none;
}

static rt_value_t rf_closure_scope_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    phpvm_closure_t *cl = self_closure(self);
    return cl && cl->scope ? refl_class_new(cl->scope) : rt_none;
}

static rt_value_t rf_is_anonymous(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(strstr(f->name->data, "{closure}") != NULL);
}

/* ---- ReflectionMethod ---- */

rt_value_t refl_method_new(phpvm_func_t *f)
{
    rt_value_t items[] = {rt_from_ptr(f)};
    return refl_new(refl.method, f->name, f->scope ? f->scope->name : rt_str_from_cstr(""),
                    items, 1);
}

static rt_value_t rm_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t v = phpvm_deref(args[0]);
    rt_str_t *mname;
    phpvm_class_t *k;
    if (argc < 2 || args[1] == RT_NOVALUE || phpvm_deref(args[1]) == rt_none) {
        rt_str_t *s = phpvm_to_str(v);
        if (!s)
            return RT_NOVALUE;
        const char *sep = strstr(s->data, "::");
        if (!sep)
            return refl_throw("ReflectionMethod::__construct(): Argument #1 ($objectOrMethod) "
                              "must be a valid method name");
        mname = rt_str_from_cstr(sep + 2);
        k = phpvm_class_load(rt_str_new(s->data, (size_t)(sep - s->data)));
        if (!k && !rt_exc_pending())
            return refl_throw("Class \"%.*s\" does not exist", (int)(sep - s->data), s->data);
    } else {
        mname = phpvm_to_str(phpvm_deref(args[1]));
        if (!mname)
            return RT_NOVALUE;
        if (phpvm_is_object(v) || phpvm_is_closure(v)) {
            k = phpvm_class_of(v);
        } else {
            rt_str_t *cn = phpvm_to_str(v);
            if (!cn)
                return RT_NOVALUE;
            k = phpvm_class_load(cn);
            if (!k && !rt_exc_pending())
                return refl_throw("Class \"%s\" does not exist", cn->data);
        }
    }
    if (!k)
        return RT_NOVALUE;
    phpvm_func_t *f = phpvm_class_method(k, refl_lower(mname->data, (size_t)mname->len));
    if (!f)
        return refl_throw("Method %s::%s() does not exist", k->name->data, mname->data);
    rt_value_t items[] = {rt_from_ptr(f)};
    return refl_init(self, f->name, f->scope ? f->scope->name : k->name, items, 1) ? rt_none
                                                                                   : RT_NOVALUE;
}

/* The context a method call gets: the object, or for a static method its class. */
static bool method_ctx(phpvm_func_t *f, rt_value_t obj, rt_value_t *ctx)
{
    obj = phpvm_deref(obj);
    if (f->flags & PHPVM_F_STATIC) {
        *ctx = rt_from_ptr(f->scope);
        return true;
    }
    if (!phpvm_is_object(obj)) {
        refl_throw("Trying to invoke non static method %s::%s() without an object",
                   f->scope ? f->scope->name->data : "", f->name->data);
        return false;
    }
    if (f->scope && !phpvm_instanceof(phpvm_obj(obj)->cls, f->scope)) {
        refl_throw("Given object is not an instance of the class this method was declared in");
        return false;
    }
    *ctx = obj;
    return true;
}

static rt_value_t rm_invoke(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *named = phpvm_named_extra_take();
    SELF_FUNC(f);
    rt_value_t ctx;
    if (f->flags & PHPVM_F_ABSTRACT)
        return refl_throw("Trying to invoke abstract method %s::%s()",
                          f->scope ? f->scope->name->data : "", f->name->data);
    if (!method_ctx(f, argc > 0 ? args[0] : rt_none, &ctx))
        return RT_NOVALUE;
    return phpvm_call_named(rt_from_ptr(f), ctx, args + 1, argc > 0 ? argc - 1 : 0, named);
}

static rt_value_t rm_invoke_args(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_FUNC(f);
    rt_value_t ctx;
    if (!method_ctx(f, args[0], &ctx))
        return RT_NOVALUE;
    if (argc < 2 || args[1] == RT_NOVALUE)
        return phpvm_call_func(rt_from_ptr(f), ctx, NULL, 0);
    return call_with_array(rt_from_ptr(f), ctx, args[1]);
}

static rt_value_t rm_get_closure(rt_value_t self, rt_value_t *args, int argc)
{
    SELF_FUNC(f);
    rt_value_t ctx;
    if (!method_ctx(f, argc > 0 && args[0] != RT_NOVALUE ? args[0] : rt_none, &ctx))
        return RT_NOVALUE;
    return phpvm_closure_from(rt_from_ptr(f), ctx);
}

static rt_value_t rm_declaring_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return f->scope ? refl_class_new(f->scope) : rt_none;
}

static rt_value_t rm_is_ctor(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(strcasecmp(f->name->data, "__construct") == 0);
}

static rt_value_t rm_is_dtor(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(strcasecmp(f->name->data, "__destruct") == 0);
}

static rt_value_t rm_modifiers(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    uint32_t m = f->flags & (PHPVM_F_PUBLIC | PHPVM_F_PROTECTED | PHPVM_F_PRIVATE |
                             PHPVM_F_STATIC | PHPVM_F_FINAL | PHPVM_F_ABSTRACT);
    if (!(m & (PHPVM_F_PROTECTED | PHPVM_F_PRIVATE)))
        m |= PHPVM_F_PUBLIC;
    return rt_small(m);
}

static rt_value_t r_noop(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

/* ---- ReflectionParameter ---- */

static uint32_t self_pos(rt_value_t self) { return (uint32_t)rt_small_value(refl_item(self, 1)); }

static rt_value_t rpar_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t fn = phpvm_deref(args[0]), which = phpvm_deref(args[1]);
    rt_value_t callee, ctx;
    if (phpvm_is_str(fn)) {
        phpvm_func_t *f = phpvm_func_lookup(phpvm_str(fn));
        if (!f)
            return refl_throw("Function %s() does not exist", phpvm_str(fn)->data);
        callee = rt_from_ptr(f);
    } else if (!phpvm_callable(fn, &callee, &ctx, false)) {
        return refl_throw("The parameter class is expected to be either a string, an array"
                          "(class, method) or a callable object");
    }
    phpvm_func_t *f = phpvm_callee_func(callee);
    uint32_t n = nparams(f), pos = n;
    if (rt_is_small(which)) {
        pos = (uint32_t)rt_small_value(which);
    } else if (phpvm_is_str(which)) {
        for (uint32_t i = 0; i < n; i++)
            if (rt_str_eq(param_name(f, i), phpvm_str(which)))
                pos = i;
    }
    if (pos >= n)
        return refl_throw("The parameter specified by its %s could not be found",
                          rt_is_small(which) ? "offset" : "name");
    rt_value_t items[] = {rt_from_ptr(f), rt_small(pos)};
    return refl_init(self, param_name(f, pos), NULL, items, 2) ? rt_none : RT_NOVALUE;
}

static rt_value_t rpar_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_from_ptr(param_name(f, self_pos(self)));
}

static rt_value_t rpar_position(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(self_pos(self));
}

/* The parameter predicates over PHPVM_P_* flags. */
static rt_value_t rpar_flag(rt_value_t self, uint32_t bits)
{
    SELF_FUNC(f);
    return rt_bool(param_flags(f, self_pos(self)) & bits);
}

static rt_value_t rpar_is_optional(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(self_pos(self) >= nrequired(f));
}

static rt_value_t rpar_by_ref(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rpar_flag(self, PHPVM_P_BYREF);
}

static rt_value_t rpar_by_value(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t r = rpar_flag(self, PHPVM_P_BYREF);
    return r == RT_NOVALUE ? r : rt_bool(r == rt_false);
}

static rt_value_t rpar_is_variadic(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rpar_flag(self, PHPVM_P_VARIADIC);
}

/* The parameter's default: a value or a thunk, 0 when it has none. */
static rt_value_t param_default(phpvm_func_t *f, uint32_t i)
{
    if (f->builtin || !f->pdefaults || i >= f->nparams)
        return 0;
    return rt_tuple_get(f->pdefaults, i);
}

static rt_value_t rpar_has_default(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(param_default(f, self_pos(self)) != 0);
}

static rt_value_t rpar_get_default(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    rt_value_t d = param_default(f, self_pos(self));
    if (!d)
        return refl_throw("Internal error: Failed to retrieve the default value");
    if (rt_is_ptr(d) && rt_obj_type(rt_ptr(d)) == &phpvm_type_func) {
        phpvm_func_t *thunk = rt_ptr(d);
        if (!thunk->scope && f->scope)
            RT_STORE(thunk, scope, f->scope);
        return phpvm_call_func(d, f->scope ? rt_from_ptr(f->scope) : rt_none, NULL, 0);
    }
    return phpvm_share(d);
}

static rt_value_t rpar_get_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return refl_type_new(param_type(f, self_pos(self)));
}

static rt_value_t rpar_has_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return rt_bool(param_type(f, self_pos(self)) != NULL);
}

static rt_value_t rpar_allows_null(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    const phpvm_typedecl_t *t = param_type(f, self_pos(self));
    return rt_bool(!t || (rt_small_value(rt_tuple_get(t, 0)) & (PHPVM_T_NULL | PHPVM_T_MIXED)));
}

static rt_value_t rpar_declaring_function(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    if (f->scope)
        return refl_method_new(f);
    rt_value_t items[] = {rt_from_ptr(f), 0};
    return refl_new(refl.function, f->name, NULL, items, 2);
}

static rt_value_t rpar_declaring_class(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    SELF_FUNC(f);
    return f->scope ? refl_class_new(f->scope) : rt_none;
}

/* ---- Tables ---- */

#define M(name, fn, lo, hi, params) {name, fn, lo, hi, params, 0}
const phpvm_builtin_t refl_func_methods[] = {
    M("getName", fa_get_name, 0, 0, ""),
    M("getShortName", fa_short_name, 0, 0, ""),
    M("getParameters", fa_get_params, 0, 0, ""),
    M("getNumberOfParameters", fa_num_params, 0, 0, ""),
    M("getNumberOfRequiredParameters", fa_num_required, 0, 0, ""),
    M("getReturnType", fa_return_type, 0, 0, ""),
    M("hasReturnType", fa_has_return_type, 0, 0, ""),
    M("isVariadic", fa_is_variadic, 0, 0, ""),
    M("returnsReference", fa_returns_ref, 0, 0, ""),
    M("isGenerator", fa_is_generator, 0, 0, ""),
    M("isClosure", fa_is_closure, 0, 0, ""),
    M("isInternal", fa_is_internal, 0, 0, ""),
    M("isUserDefined", fa_is_user, 0, 0, ""),
    M("isDeprecated", fa_false, 0, 0, ""),
    M("getStaticVariables", fa_statics, 0, 0, ""),
    M("getAttributes", refl_get_attributes, 0, 2, "name,flags"),
    M("getDocComment", refl_get_doc_comment, 0, 0, ""),
    M("getFileName", fa_file_name, 0, 0, ""),
    M("getStartLine", fa_start_line, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_function_methods[] = {
    M("__construct", rf_construct, 1, 1, "function"),
    {"invoke", rf_invoke, 0, -1, "args", PHPVM_B_NAMED_REST},
    M("invokeArgs", rf_invoke_args, 0, 1, "args"),
    M("getClosure", rf_get_closure, 0, 0, ""),
    M("isAnonymous", rf_is_anonymous, 0, 0, ""),
    M("getClosureThis", rf_closure_this, 0, 0, ""),
    M("getClosureScopeClass", rf_closure_scope_class, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_method_methods[] = {
    M("__construct", rm_construct, 1, 2, "objectOrMethod,method"),
    {"invoke", rm_invoke, 0, -1, "object,args", PHPVM_B_NAMED_REST},
    M("invokeArgs", rm_invoke_args, 1, 2, "object,args"),
    M("getClosure", rm_get_closure, 0, 1, "object"),
    M("getDeclaringClass", rm_declaring_class, 0, 0, ""),
    M("isConstructor", rm_is_ctor, 0, 0, ""),
    M("isDestructor", rm_is_dtor, 0, 0, ""),
    M("isStatic", fa_is_static, 0, 0, ""),
    M("isPublic", fa_is_public, 0, 0, ""),
    M("isPrivate", fa_is_private, 0, 0, ""),
    M("isProtected", fa_is_protected, 0, 0, ""),
    M("isAbstract", fa_is_abstract, 0, 0, ""),
    M("isFinal", fa_is_final, 0, 0, ""),
    M("getModifiers", rm_modifiers, 0, 0, ""),
    M("setAccessible", r_noop, 1, 1, "accessible"),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_param_methods[] = {
    M("__construct", rpar_construct, 2, 2, "function,param"),
    M("getName", rpar_get_name, 0, 0, ""),
    M("getPosition", rpar_position, 0, 0, ""),
    M("isOptional", rpar_is_optional, 0, 0, ""),
    M("isPassedByReference", rpar_by_ref, 0, 0, ""),
    M("canBePassedByValue", rpar_by_value, 0, 0, ""),
    M("isVariadic", rpar_is_variadic, 0, 0, ""),
    M("isDefaultValueAvailable", rpar_has_default, 0, 0, ""),
    M("getDefaultValue", rpar_get_default, 0, 0, ""),
    M("getType", rpar_get_type, 0, 0, ""),
    M("hasType", rpar_has_type, 0, 0, ""),
    M("allowsNull", rpar_allows_null, 0, 0, ""),
    M("getDeclaringFunction", rpar_declaring_function, 0, 0, ""),
    M("getDeclaringClass", rpar_declaring_class, 0, 0, ""),
    M("getAttributes", refl_get_attributes, 0, 2, "name,flags"),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_type_methods[] = {
    M("allowsNull", type_allows_null, 0, 0, ""),
    M("__toString", type_to_string, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_named_type_methods[] = {
    M("getName", nt_get_name, 0, 0, ""),
    M("isBuiltin", nt_is_builtin, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_builtin_t refl_union_type_methods[] = {
    M("getTypes", ut_get_types, 0, 0, ""),
    {NULL, NULL, 0, 0, NULL, 0},
};
#undef M
