/*
** scope.c: builtins that read the calling frame or the class tables: the variables of the
** caller (get_defined_vars, compact, extract), its arguments (func_get_args, func_get_arg,
** func_num_args), its class (get_called_class), and class introspection (class_implements,
** class_uses, get_class_methods, trait_exists, enum_exists) and class autoloading
** (spl_autoload_register and friends; phpvm_class_load runs the autoloaders).
*/
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* The PHP frame that called the running builtin. */
static rt_frame_t *caller(void)
{
    return phpvm_bcalls->frame;
}

static rt_value_t fn_get_defined_vars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    if (!phpvm_static_call_only("get_defined_vars"))
        return RT_NOVALUE;
    return rt_from_ptr(phpvm_var_all(caller()));
}

static void compact_one(rt_frame_t *f, phpvm_array_t *out, rt_value_t name)
{
    name = phpvm_deref(name);
    if (phpvm_is_array(name)) {
        phpvm_array_t *a = phpvm_arr(name);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
            compact_one(f, out, phpvm_array_val_at(a, p));
        return;
    }
    rt_str_t *s = phpvm_to_str(name);
    if (!s)
        return;
    rt_value_t v = phpvm_var_get(f, s);
    if (v == RT_NOVALUE)
        phpvm_error(PHPVM_E_WARNING, "compact(): Undefined variable $%s", s->data);
    else
        rt_map_set_str(out, s, phpvm_share(v));
}

static rt_value_t fn_compact(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (!phpvm_static_call_only("compact"))
        return RT_NOVALUE;
    phpvm_array_t *out = phpvm_array_new(argc);
    for (int i = 0; i < argc; i++)
        compact_one(caller(), out, args[i]);
    return rt_from_ptr(out);
}

/* extract($array): the default EXTR_OVERWRITE; returns how many variables were set. */
enum {
    EXTR_OVERWRITE, EXTR_SKIP, EXTR_PREFIX_SAME, EXTR_PREFIX_ALL, EXTR_PREFIX_INVALID,
    EXTR_PREFIX_IF_EXISTS, EXTR_IF_EXISTS, EXTR_REFS = 256
};

static bool valid_var_name(const char *s, size_t n)
{
    if (n == 0 || !(isalpha((unsigned char)s[0]) || s[0] == '_' || (unsigned char)s[0] >= 0x80))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!(isalnum((unsigned char)s[i]) || s[i] == '_' || (unsigned char)s[i] >= 0x80))
            return false;
    return true;
}

static rt_str_t *prefixed(const rt_str_t *prefix, rt_value_t key)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_append_str(&b, prefix);
    rt_strbuf_append_char(&b, '_');
    phpvm_append_value(&b, key);
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* extract() with its EXTR_* modes: the variable name an entry goes to, or NULL to skip it. */
static rt_str_t *extract_name(rt_frame_t *f, rt_value_t k, int64_t type, const rt_str_t *prefix)
{
    bool is_str = phpvm_is_str(k);
    rt_str_t *name = is_str ? phpvm_str(k) : NULL;
    bool valid = is_str && valid_var_name(name->data, (size_t)name->len);
    bool exists = valid && phpvm_var_get(f, name) != RT_NOVALUE;
    switch (type) {
    case EXTR_OVERWRITE: return valid ? name : NULL;
    case EXTR_SKIP: return valid && !exists ? name : NULL;
    case EXTR_IF_EXISTS: return exists ? name : NULL;
    case EXTR_PREFIX_SAME: return !valid ? NULL : exists ? prefixed(prefix, k) : name;
    case EXTR_PREFIX_ALL: return prefixed(prefix, k);
    case EXTR_PREFIX_INVALID: return valid ? name : prefixed(prefix, k);
    case EXTR_PREFIX_IF_EXISTS: return exists ? prefixed(prefix, k) : NULL;
    default: return NULL;
    }
}

static rt_value_t fn_extract(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (!phpvm_static_call_only("extract"))
        return RT_NOVALUE;
    phpvm_array_t *a = phpvm_arg_array(args, argc, 0);
    int64_t flags = EXTR_OVERWRITE;
    if (!a || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)))
        return RT_NOVALUE;
    rt_str_t *prefix = NULL;
    if (phpvm_arg_given(argc, args, 2) && !(prefix = phpvm_arg_str(args, argc, 2)))
        return RT_NOVALUE;
    int64_t type = flags & 0xff;
    bool refs = flags & EXTR_REFS;
    if (type < EXTR_OVERWRITE || type > EXTR_IF_EXISTS)
        return phpvm_throw("ValueError", "extract(): Argument #2 ($flags) must be a valid extract "
                                         "type");
    bool wants_prefix = type > EXTR_SKIP && type < EXTR_IF_EXISTS;
    if (wants_prefix && !phpvm_arg_given(argc, args, 2))
        return phpvm_throw("ValueError", "extract(): Argument #3 ($prefix) is required when "
                                         "using this extract type");
    if (prefix && prefix->len && !valid_var_name(prefix->data, (size_t)prefix->len))
        return phpvm_throw("ValueError", "extract(): Argument #3 ($prefix) must be a valid "
                                         "identifier");
    int64_t n = 0;
    rt_frame_t *f = caller();
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_str_t *name = extract_name(f, phpvm_array_key_at(a, p), type, prefix);
        if (!name || !valid_var_name(name->data, (size_t)name->len))
            continue;
        if (strcmp(name->data, "this") == 0)
            return phpvm_throw("Error", "Cannot re-assign $this");
        if (refs) {
            phpvm_ref_t *r = phpvm_dim_ref(args[0], phpvm_array_key_at(a, p), false);
            if (!r)
                return RT_NOVALUE;
            phpvm_var_bind(f, name, r);
        } else {
            phpvm_ref_set(phpvm_var_ref(f, name), phpvm_share(phpvm_array_val_at(a, p)));
        }
        n++;
    }
    return rt_small(n);
}

/* The arguments the caller received, current values for its declared parameters; NULL with
** an Error pending outside a function. */
static phpvm_array_t *caller_args(const char *fname)
{
    rt_frame_t *f = caller();
    phpvm_func_t *fn = f ? phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC]) : NULL;
    if (f && (f->code->flags & PHPVM_CODE_MAIN)) {
        phpvm_throw("Error", "%s() %s", fname, strcmp(fname, "func_num_args") == 0
                                                   ? "must be called from a function context"
                                                   : "cannot be called from the global scope");
        return NULL;
    }
    if (!phpvm_static_call_only(fname))
        return NULL;
    if (!fn || !fn->args_slot) {
        phpvm_throw("Error", "Cannot call %s() dynamically", fname);
        return NULL;
    }
    phpvm_array_t *passed = phpvm_arr(f->slots[fn->args_slot]);
    phpvm_array_t *out = phpvm_array_new(rt_map_count(passed));
    for (int64_t i = 0; i < rt_map_count(passed); i++) {
        rt_value_t v = (uint64_t)i < fn->nparams && !(fn->pflags[i] & PHPVM_P_VARIADIC)
                           ? phpvm_deref(f->slots[PHPVM_NHIDDEN + i])
                           : phpvm_array_val_at(passed, i);
        phpvm_array_append(out, phpvm_share(v ? v : rt_none));
    }
    return out;
}

static rt_value_t fn_func_get_args(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *a = caller_args("func_get_args");
    return a ? rt_from_ptr(a) : RT_NOVALUE;
}

static rt_value_t fn_func_num_args(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *a = caller_args("func_num_args");
    return a ? rt_small(rt_map_count(a)) : RT_NOVALUE;
}

static rt_value_t fn_func_get_arg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t i;
    if (!phpvm_arg_long(args, argc, 0, &i))
        return RT_NOVALUE;
    phpvm_array_t *a = caller_args("func_get_arg");
    if (!a)
        return RT_NOVALUE;
    if (i < 0)
        return phpvm_throw("ValueError", "func_get_arg(): Argument #1 ($position) must be "
                                         "greater than or equal to 0");
    if (i >= rt_map_count(a))
        return phpvm_throw("ValueError", "func_get_arg(): Argument #1 ($position) must be less "
                                         "than the number of the arguments passed to the "
                                         "currently executed function");
    return phpvm_array_val_at(a, i);
}

static rt_value_t fn_get_called_class(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    rt_frame_t *f = caller();
    rt_value_t k = f->slots[PHPVM_SLOT_SCOPE];
    if (!k && f->slots[PHPVM_SLOT_THIS])
        k = rt_from_ptr(phpvm_obj(f->slots[PHPVM_SLOT_THIS])->cls);
    if (!k)
        return phpvm_throw("Error", "get_called_class() must be called from within a class");
    return rt_from_ptr(((phpvm_class_t *)rt_ptr(k))->name);
}

/* The class an object_or_class argument names; NULL (false returned) with a warning. */
static phpvm_class_t *class_arg(rt_value_t v, const char *fname)
{
    v = phpvm_deref(v);
    phpvm_class_t *k = phpvm_class_of(v);
    if (!k && phpvm_is_str(v))
        k = phpvm_class_lookup(phpvm_str(v), false);
    if (!k && phpvm_is_str(v))
        phpvm_error(PHPVM_E_WARNING, "%s(): Class %s does not exist and could not be loaded",
                    fname, phpvm_str(v)->data);
    return k;
}

static rt_value_t fn_class_uses(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_class_t *k = class_arg(args[0], "class_uses");
    if (!k)
        return rt_false;
    phpvm_array_t *out = phpvm_array_new(0);
    for (int64_t i = 0; k->traits && i < rt_vec_len(k->traits); i++) {
        phpvm_class_t *t = phpvm_class_lookup(phpvm_str(rt_vec_get(k->traits, i)), false);
        if (t)
            rt_map_set_str(out, t->name, rt_from_ptr(t->name));
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_get_class_methods(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    phpvm_class_t *k = phpvm_class_of(v);
    if (!k && phpvm_is_str(v))
        k = phpvm_class_load(phpvm_str(v));
    if (!k && rt_exc_pending())
        return RT_NOVALUE;
    if (!k)
        return phpvm_throw("TypeError", "get_class_methods(): Argument #1 ($object_or_class) "
                                        "must be an object or a valid class name, %s given",
                           phpvm_type_name(v));
    rt_frame_t *f = caller();
    phpvm_class_t *scope = f ? phpvm_frame_scope(f) : NULL;
    phpvm_array_t *out = phpvm_array_new(0);
    phpvm_array_t *ms = k->methods;
    for (int64_t p = phpvm_array_first(ms); p >= 0; p = phpvm_array_next(ms, p)) {
        phpvm_func_t *m = (phpvm_func_t *)rt_ptr(rt_map_value_at(ms, p));
        bool ok = (m->flags & PHPVM_F_PRIVATE)     ? m->scope == scope
                  : (m->flags & PHPVM_F_PROTECTED) ? scope && (phpvm_instanceof(scope, m->scope) ||
                                                              phpvm_instanceof(m->scope, scope))
                                                   : true;
        if (ok)
            phpvm_array_append(out, rt_from_ptr(m->name));
    }
    return rt_from_ptr(out);
}

static rt_value_t kind_exists(rt_value_t *args, int argc, uint32_t flag)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_arg_given(argc, args, 1) && !phpvm_to_bool(args[1])
                           ? phpvm_class_lookup(s, false)
                           : phpvm_class_load(s);
    if (!k && rt_exc_pending())
        return RT_NOVALUE;
    return rt_bool(k && (k->flags & flag));
}

static rt_value_t fn_trait_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return kind_exists(args, argc, PHPVM_C_TRAIT);
}

static rt_value_t fn_enum_exists(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return kind_exists(args, argc, PHPVM_C_ENUM);
}

static rt_value_t fn_spl_autoload_register(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool dflt = !phpvm_arg_given(argc, args, 0) || phpvm_deref(args[0]) == rt_none;
    rt_value_t callee, ctx, fn = dflt ? phpvm_cstr("spl_autoload") : phpvm_deref(args[0]);
    if (!phpvm_callable(fn, &callee, &ctx, false))
        return phpvm_throw("TypeError", "spl_autoload_register(): Argument #1 ($callback) must "
                                        "be a valid callback or null, %s",
                           "no array or string given");
    if (!phpvm_vm->autoloaders)
        phpvm_vm->autoloaders = phpvm_array_new(1);
    phpvm_array_t *al = phpvm_vm->autoloaders;
    for (int64_t p = dflt ? phpvm_array_first(al) : -1; p >= 0; p = phpvm_array_next(al, p))
        if (phpvm_loose_eq(phpvm_array_val_at(al, p), fn))
            return rt_true; /* the default loader is there once */
    fn = phpvm_share(fn);
    if (phpvm_arg_given(argc, args, 2) && phpvm_to_bool(args[2])) {
        phpvm_array_t *n = phpvm_array_new(rt_map_count(phpvm_vm->autoloaders) + 1);
        phpvm_array_append(n, fn);
        phpvm_array_t *old = phpvm_vm->autoloaders;
        for (int64_t p = phpvm_array_first(old); p >= 0; p = phpvm_array_next(old, p))
            phpvm_array_append(n, phpvm_array_val_at(old, p));
        phpvm_vm->autoloaders = n;
    } else {
        phpvm_array_append(phpvm_vm->autoloaders, fn);
    }
    return rt_true;
}

static rt_value_t fn_spl_autoload_unregister(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_array_t *al = phpvm_vm->autoloaders;
    for (int64_t p = al ? phpvm_array_first(al) : -1; p >= 0; p = phpvm_array_next(al, p))
        if (phpvm_loose_eq(phpvm_array_val_at(al, p), args[0])) {
            phpvm_array_del(al, phpvm_array_key_at(al, p));
            return rt_true;
        }
    return rt_false;
}

static rt_value_t fn_spl_autoload_functions(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *out = phpvm_array_new(0), *al = phpvm_vm->autoloaders;
    for (int64_t p = al ? phpvm_array_first(al) : -1; p >= 0; p = phpvm_array_next(al, p))
        phpvm_array_append(out, phpvm_share(phpvm_array_val_at(al, p)));
    return rt_from_ptr(out);
}

static rt_value_t fn_class_alias(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *alias = phpvm_arg_str(args, argc, 1);
    if (!name || !alias)
        return RT_NOVALUE;
    bool autoload = !phpvm_arg_given(argc, args, 2) || phpvm_to_bool(args[2]);
    phpvm_class_t *k = autoload ? phpvm_class_load(name) : phpvm_class_lookup(name, false);
    if (!k) {
        if (rt_exc_pending())
            return RT_NOVALUE;
        phpvm_error(PHPVM_E_WARNING, "Class \"%s\" not found", name->data);
        return rt_false;
    }
    if (!phpvm_class_alias(k, alias)) {
        phpvm_error(PHPVM_E_WARNING, "Cannot declare class %s, because the name is already in use",
                    alias->data);
        return rt_false;
    }
    return rt_true;
}

/* get_class_vars: the default values of the properties visible from the caller's scope. */
static rt_value_t fn_get_class_vars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    phpvm_class_t *k = name ? phpvm_class_load(name) : NULL;
    if (!k)
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    if (!phpvm_class_resolve(k))
        return RT_NOVALUE;
    rt_frame_t *f = caller();
    phpvm_class_t *scope = f ? phpvm_frame_scope(f) : NULL;
    phpvm_array_t *out = phpvm_array_new(0), *props = k->props;
    for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p)) {
        rt_tuple_t *info = (rt_tuple_t *)rt_ptr(rt_map_value_at(props, p));
        if (!phpvm_prop_visible(info, scope))
            continue;
        rt_value_t d = rt_tuple_get(k->slotdefaults,
                                    rt_small_value(rt_tuple_get(info, PHPVM_PI_SLOT)));
        phpvm_array_set(out, phpvm_array_key_at(props, p),
                        d ? phpvm_share(d) : rt_none); /* (an uninitialized typed one: null) */
    }
    phpvm_array_t *sp = k->sprops;
    for (int64_t p = phpvm_array_first(sp); p >= 0; p = phpvm_array_next(sp, p)) {
        rt_value_t v = phpvm_array_val_at(sp, p);
        phpvm_array_set(out, phpvm_array_key_at(sp, p), v ? phpvm_share(v) : rt_none);
    }
    return rt_from_ptr(out);
}

/* The caller's backtrace, at most `limit` entries (0: all). */
static phpvm_array_t *backtrace(rt_value_t *args, int argc, bool object_default, bool *ok)
{
    int64_t options = object_default, limit = 0;
    *ok = (!phpvm_arg_given(argc, args, 0) || phpvm_arg_long(args, argc, 0, &options)) &&
          (!phpvm_arg_given(argc, args, 1) || phpvm_arg_long(args, argc, 1, &limit));
    if (!*ok)
        return NULL;
    phpvm_array_t *t = phpvm_backtrace(1, options & 1);
    if (limit > 0 && rt_map_count(t) > limit) {
        phpvm_array_t *cut = phpvm_array_new(limit);
        for (int64_t i = 0; i < limit; i++)
            phpvm_array_append(cut, phpvm_array_val_at(t, i));
        t = cut;
    }
    return t;
}

static rt_value_t fn_debug_backtrace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool ok;
    phpvm_array_t *t = backtrace(args, argc, true, &ok);
    return ok ? rt_from_ptr(t) : RT_NOVALUE;
}

static rt_value_t fn_debug_print_backtrace(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool ok;
    phpvm_array_t *t = backtrace(args, argc, false, &ok);
    if (!ok)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    phpvm_trace_append(&b, rt_from_ptr(t));
    phpvm_out_str(rt_strbuf_finish(&b, &rt_type_str));
    return rt_none;
}

static bool gc_on = true;

static rt_value_t fn_gc_enable(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    gc_on = true;
    return rt_none;
}

static rt_value_t fn_gc_disable(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    gc_on = false;
    return rt_none;
}

static rt_value_t fn_gc_enabled(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_bool(gc_on);
}

/* The names in the class table of one kind (mask: PHPVM_C_INTERFACE, PHPVM_C_TRAIT, or 0 for the
** classes), in declaration order; an alias under its own name. */
static rt_value_t declared(uint32_t mask)
{
    phpvm_array_t *t = phpvm_vm->classes, *out = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(t); p >= 0; p = phpvm_array_next(t, p)) {
        phpvm_class_t *k = rt_ptr(rt_map_value_at(t, p));
        rt_str_t *key = phpvm_str(phpvm_array_key_at(t, p));
        if ((k->flags & (PHPVM_C_INTERFACE | PHPVM_C_TRAIT)) != mask)
            continue;
        if (!phpvm_array_append(out, rt_from_ptr(rt_str_eq(key, k->lcname) ? k->name : key)))
            return RT_NOVALUE;
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_get_declared_classes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return declared(0);
}

static rt_value_t fn_get_declared_interfaces(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return declared(PHPVM_C_INTERFACE);
}

static rt_value_t fn_get_declared_traits(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return declared(PHPVM_C_TRAIT);
}

/* ['internal' => builtin names, 'user' => user function names], lower case, hidden ones out. */
static rt_value_t fn_get_defined_functions(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_array_t *t = phpvm_vm->functions, *in = phpvm_array_new(0), *user = phpvm_array_new(0);
    for (int64_t p = phpvm_array_first(t); p >= 0; p = phpvm_array_next(t, p)) {
        phpvm_func_t *f = rt_ptr(rt_map_value_at(t, p));
        if (!(f->flags & PHPVM_F_HIDDEN) &&
            !phpvm_array_append(f->builtin ? in : user, phpvm_array_key_at(t, p)))
            return RT_NOVALUE;
    }
    phpvm_array_t *out = phpvm_array_new(2);
    phpvm_array_set(out, rt_from_ptr(rt_str_from_cstr("internal")), rt_from_ptr(in));
    phpvm_array_set(out, rt_from_ptr(rt_str_from_cstr("user")), rt_from_ptr(user));
    return rt_from_ptr(out);
}

const phpvm_builtin_t phpvm_ext_scope[] = {
    {"get_declared_classes", fn_get_declared_classes, 0, 0, "", 0},
    {"get_declared_interfaces", fn_get_declared_interfaces, 0, 0, "", 0},
    {"get_declared_traits", fn_get_declared_traits, 0, 0, "", 0},
    {"get_defined_functions", fn_get_defined_functions, 0, 1, "exclude_disabled", 0},
    {"class_alias", fn_class_alias, 2, 3, "class,alias,autoload", 0},
    {"get_class_vars", fn_get_class_vars, 1, 1, "class", 0},
    {"debug_backtrace", fn_debug_backtrace, 0, 2, "options,limit", 0},
    {"debug_print_backtrace", fn_debug_print_backtrace, 0, 2, "options,limit", 0},
    {"gc_enable", fn_gc_enable, 0, 0, "", 0},
    {"gc_disable", fn_gc_disable, 0, 0, "", 0},
    {"gc_enabled", fn_gc_enabled, 0, 0, "", 0},
    {"spl_autoload_register", fn_spl_autoload_register, 0, 3, "callback,throw,prepend", 0},
    {"spl_autoload_unregister", fn_spl_autoload_unregister, 1, 1, "callback", 0},
    {"spl_autoload_functions", fn_spl_autoload_functions, 0, 0, "", 0},
    {"get_defined_vars", fn_get_defined_vars, 0, 0, "", PHPVM_B_NO_DYNAMIC},
    {"compact", fn_compact, 1, -1, "var_name,var_names", PHPVM_B_NO_DYNAMIC},
    {"extract", fn_extract, 1, 3, "array,flags,prefix", PHPVM_B_NO_DYNAMIC},
    {"func_get_args", fn_func_get_args, 0, 0, "", PHPVM_B_NO_DYNAMIC | PHPVM_B_GLOBAL_SCOPE_FIRST},
    {"func_num_args", fn_func_num_args, 0, 0, "", PHPVM_B_NO_DYNAMIC | PHPVM_B_GLOBAL_SCOPE_FIRST},
    {"func_get_arg", fn_func_get_arg, 1, 1, "position", PHPVM_B_NO_DYNAMIC | PHPVM_B_GLOBAL_SCOPE_FIRST},
    {"get_called_class", fn_get_called_class, 0, 0, "", 0},
    {"class_uses", fn_class_uses, 1, 2, "object_or_class,autoload", 0},
    {"get_class_methods", fn_get_class_methods, 1, 1, "object_or_class", 0},
    {"trait_exists", fn_trait_exists, 1, 2, "trait,autoload", 0},
    {"enum_exists", fn_enum_exists, 1, 2, "enum,autoload", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
