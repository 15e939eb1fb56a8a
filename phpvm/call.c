/*
** call.c: calls. Binding arguments to a pushed frame (by-value with copy-on-write sharing,
** by-reference cells, variadics, named arguments, defaults left to the callee's prologue, weak-mode
** type coercion with PHP's TypeError/ArgumentCountError wording), builtin calls, callable values
** (closures, names, [obj, 'm'], "A::m", __invoke), re-entry from C, and the function, constant,
** global and static-variable tables.
*/
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

phpvm_func_t *phpvm_noop_ctor;
phpvm_bcall_t *phpvm_bcalls;

phpvm_func_t *phpvm_func_new(rt_str_t *name)
{
    phpvm_func_t *f = rt_alloc(&phpvm_type_func, sizeof *f);
    f->name = name;
    return f;
}

phpvm_func_t *phpvm_func_lookup(rt_str_t *lcname)
{
    rt_value_t f = rt_map_get_str(phpvm_vm->functions, lcname);
    if (f == RT_NOVALUE) {
        const char *s = lcname->data;
        int64_t n = lcname->len;
        if (n && s[0] == '\\')
            s++, n--;
        rt_str_t *l = rt_str_alloc(&rt_type_str, (size_t)n);
        for (int64_t i = 0; i < n; i++)
            l->data[i] = (char)tolower((unsigned char)s[i]);
        f = rt_map_get_str(phpvm_vm->functions, l);
    }
    return f == RT_NOVALUE ? NULL : (phpvm_func_t *)rt_ptr(f);
}

rt_tuple_t *phpvm_name_cache(phpvm_code_t *code, rt_tuple_t **cache, uint64_t *seen,
                             const rt_version_t *table)
{
    uint64_t version = rt_version_get(table);
    if (!*cache || *seen != version) {
        *cache = rt_tuple_new(rt_tuple_len(code->base.names));
        gc_write_barrier(code);
        *seen = version;
    }
    return *cache;
}

static rt_str_t *name_at(const phpvm_code_t *code, int64_t index)
{
    return (rt_str_t *)rt_ptr(rt_tuple_get(code->base.names, index));
}

phpvm_func_t *phpvm_func_at(phpvm_code_t *code, uint32_t index, int64_t fallback)
{
    rt_tuple_t *cache = phpvm_name_cache(code, &code->fcache, &code->fcache_version,
                                         &phpvm_vm->functions_version);
    rt_value_t hit = rt_tuple_get(cache, index);
    if (hit != RT_NOVALUE)
        return rt_ptr(hit);
    phpvm_func_t *fn = phpvm_func_lookup(name_at(code, index));
    if (!fn && fallback >= 0)
        fn = phpvm_func_lookup(name_at(code, fallback));
    if (fn)
        RT_STORE(cache, items[index], rt_from_ptr(fn));
    return fn;
}

rt_value_t phpvm_const_at(phpvm_code_t *code, uint32_t index, int64_t fallback)
{
    rt_tuple_t *cache = phpvm_name_cache(code, &code->ccache, &code->ccache_version,
                                         &phpvm_vm->constants_version);
    rt_value_t v = rt_tuple_get(cache, index);
    if (v != RT_NOVALUE)
        return v;
    v = rt_map_get_str(phpvm_vm->constants, name_at(code, index));
    if (v == RT_NOVALUE && fallback >= 0)
        v = rt_map_get_str(phpvm_vm->constants, name_at(code, fallback));
    if (v != RT_NOVALUE)
        RT_STORE(cache, items[index], v);
    return v;
}

static rt_str_t *lower_name(rt_str_t *name)
{
    rt_str_t *lc = rt_str_alloc(&rt_type_str, (size_t)name->len);
    for (int64_t i = 0; i < name->len; i++)
        lc->data[i] = (char)tolower((unsigned char)name->data[i]);
    return lc;
}

bool phpvm_declare_func(phpvm_func_t *f)
{
    rt_str_t *lc = lower_name(f->name);
    if (rt_map_get_str(phpvm_vm->functions, lc) != RT_NOVALUE) {
        phpvm_throw("Error", "Cannot redeclare %s()", f->name->data);
        return false;
    }
    rt_map_set_str(phpvm_vm->functions, lc, rt_from_ptr(f));
    rt_version_bump(&phpvm_vm->functions_version);
    return true;
}

bool phpvm_declare_func_stmt(phpvm_func_t *f)
{
    rt_value_t old = rt_map_get_str(phpvm_vm->functions, lower_name(f->name));
    if (old == RT_NOVALUE)
        return phpvm_declare_func(f);
    phpvm_func_t *prev = (phpvm_func_t *)rt_ptr(old);
    if (prev->code)
        phpvm_fatal("Cannot redeclare %s() (previously declared in %s:%d)", f->name->data,
                    prev->code->base.filename->data, (int)prev->line);
    else
        phpvm_fatal("Cannot redeclare %s()", f->name->data);
    return false;
}

void phpvm_func_display(const phpvm_func_t *f, char *buf, size_t cap)
{
    if (f->scope && !(f->flags & PHPVM_F_CLOSURE))
        snprintf(buf, cap, "%s::%s", f->scope->name->data, f->name->data);
    else
        snprintf(buf, cap, "%s", f->name->data);
}

/* ---- Types ---- */

bool phpvm_float_to_int_arg(double d, rt_str_t *str, rt_value_t *out)
{
    if (!isfinite(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18)
        return false;
    if (d != floor(d)) {
        char buf[RT_NUMFMT_FLOAT_MAX];
        rt_numfmt_float_php(d, -1, 0, buf, sizeof buf);
        if (str)
            phpvm_error(PHPVM_E_DEPRECATED,
                        "Implicit conversion from float-string \"%s\" to int loses precision",
                        str->data);
        else
            phpvm_error(PHPVM_E_DEPRECATED,
                        "Implicit conversion from float %s to int loses precision", buf);
    }
    *out = phpvm_int((int64_t)d);
    return true;
}

static bool scalar_coerce(uint32_t m, rt_value_t v, rt_value_t *out)
{
    phpvm_kind_t k = phpvm_kind(v);
    if (k == PHPVM_NULL || k == PHPVM_ARRAY)
        return false;
    if (k == PHPVM_OBJECT) {
        phpvm_class_t *c = phpvm_class_of(v);
        if ((m & PHPVM_T_STRING) && c->tostring) {
            rt_str_t *s = phpvm_to_str(v);
            *out = s ? rt_from_ptr(s) : RT_NOVALUE;
            return s != NULL;
        }
        return false;
    }
    if (m & PHPVM_T_INT) {
        if (k == PHPVM_FLOAT) {
            if (phpvm_float_to_int_arg(rt_float_value(v), NULL, out))
                return !rt_exc_pending(); /* an error handler may throw on the deprecation */
        } else if (k == PHPVM_STRING) {
            rt_phpnum_t n;
            rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
            if (n.kind == RT_PHPNUM_INT && !n.trailing) {
                *out = phpvm_int(n.i);
                return true;
            }
            if (n.kind == RT_PHPNUM_FLOAT && !n.trailing && !(m & PHPVM_T_FLOAT) &&
                phpvm_float_to_int_arg(n.d, phpvm_str(v), out))
                return true;
        } else if (k == PHPVM_BOOL) {
            *out = rt_small(v == rt_true);
            return true;
        }
    }
    if (m & PHPVM_T_FLOAT) {
        if (k == PHPVM_INT || k == PHPVM_BOOL) {
            *out = phpvm_float(phpvm_to_float(v));
            return true;
        }
        if (k == PHPVM_STRING) {
            rt_phpnum_t n;
            rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
            if (n.kind != RT_PHPNUM_NONE && !n.trailing) {
                *out = phpvm_float(n.kind == RT_PHPNUM_INT ? (double)n.i : n.d);
                return true;
            }
        }
    }
    if ((m & PHPVM_T_STRING) && (k == PHPVM_INT || k == PHPVM_FLOAT || k == PHPVM_BOOL)) {
        *out = rt_from_ptr(phpvm_to_str(v));
        return true;
    }
    if ((m & PHPVM_T_BOOL) && (k == PHPVM_INT || k == PHPVM_FLOAT || k == PHPVM_STRING)) {
        *out = rt_bool(phpvm_to_bool(v));
        return true;
    }
    return false;
}

/* Whether class c or one of its parents is the class called n (the class n names then, without
** a lookup in the class table). */
static bool class_named(const phpvm_class_t *c, const rt_str_t *n)
{
    for (; c; c = c->parent)
        if (c->name->len == n->len && (memcmp(c->name->data, n->data, (size_t)n->len) == 0 ||
                                       strcasecmp(c->name->data, n->data) == 0))
            return true;
    return false;
}

/* Whether class c is, or extends or implements, one of the classes type t names; self and
** parent name classes relative to `self`; `lookup`: other names are looked up in the class
** table (else only c's own name and its parents' count). */
static bool name_admits(rt_str_t *n, phpvm_class_t *c, phpvm_class_t *self, bool lookup)
{
    phpvm_class_t *k = NULL;
    if (class_named(c, n))
        return true;
    if (strcasecmp(n->data, "self") == 0)
        k = self;
    else if (strcasecmp(n->data, "parent") == 0)
        k = self ? self->parent : NULL;
    else if (lookup)
        k = phpvm_class_lookup(n, false);
    return k && phpvm_instanceof(c, k);
}

static bool names_admit(const phpvm_typedecl_t *t, phpvm_class_t *c, phpvm_class_t *self,
                        bool lookup)
{
    for (int64_t i = 2; i < rt_tuple_len(t); i++) {
        rt_value_t n = rt_tuple_get(t, i);
        if (rt_obj_type(rt_ptr(n)) != &rt_type_tuple) {
            if (name_admits(phpvm_str(n), c, self, lookup))
                return true;
            continue;
        }
        const rt_tuple_t *group = (const rt_tuple_t *)rt_ptr(n); /* A&B: every one */
        int64_t j = 0;
        while (j < rt_tuple_len(group) &&
               name_admits(phpvm_str(rt_tuple_get(group, j)), c, self, lookup))
            j++;
        if (j == rt_tuple_len(group))
            return true;
    }
    return false;
}

/* Only positive answers: a class never stops matching a name. A GC root, so no entry's object
** can die and be mistaken for a new one at its address. */
phpvm_admitted_t phpvm_admit_cache[PHPVM_ADMIT_WAYS];

bool phpvm_type_admits_class_slow(const phpvm_typedecl_t *t, phpvm_class_t *k,
                                  phpvm_class_t *self)
{
    if ((rt_small_value(rt_tuple_get(t, 0)) & PHPVM_T_STATIC) || !names_admit(t, k, self, false))
        return false;
    *phpvm_admit_entry(t, k) = (phpvm_admitted_t){t, k, self};
    return true;
}

/* A string or array a callable type admits: a callable, with PHP 8.2's deprecation of its form. */
static bool callable_admitted(rt_value_t v)
{
    rt_value_t callee, ctx;
    if (!phpvm_callable(v, &callee, &ctx, false))
        return false;
    phpvm_callable_deprecated(v);
    return true;
}

bool phpvm_coerce(const phpvm_typedecl_t *t, rt_value_t v, rt_value_t *out, phpvm_class_t *self,
                  bool strict)
{
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    *out = v;
    if (m & PHPVM_T_MIXED)
        return true;
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        if (m & (PHPVM_T_NULL | PHPVM_T_VOID))
            return true;
        break;
    case PHPVM_BOOL:
        if ((m & PHPVM_T_BOOL) || ((m & PHPVM_T_FALSE) && v == rt_false) ||
            ((m & PHPVM_T_TRUE) && v == rt_true))
            return true;
        break;
    case PHPVM_INT:
        if (m & PHPVM_T_INT)
            return true;
        break;
    case PHPVM_FLOAT:
        if (m & PHPVM_T_FLOAT)
            return true;
        break;
    case PHPVM_STRING:
        if (m & PHPVM_T_STRING)
            return true;
        if ((m & PHPVM_T_CALLABLE) && callable_admitted(v))
            return true;
        break;
    case PHPVM_ARRAY:
        if (m & (PHPVM_T_ARRAY | PHPVM_T_ITERABLE))
            return true;
        if ((m & PHPVM_T_CALLABLE) && callable_admitted(v))
            return true;
        break;
    case PHPVM_OBJECT: {
        phpvm_class_t *c = phpvm_class_of(v);
        if (m & PHPVM_T_OBJECT)
            return true;
        if ((m & PHPVM_T_CALLABLE) &&
            (phpvm_is_closure(v) || c->magic_invoke ||
             (phpvm_is_foreign(v) && phpvm_foreign_slots(v)->call)))
            return true;
        if ((m & (PHPVM_T_ARRAY | PHPVM_T_ITERABLE)) && phpvm_foreign_arraylike(v)) {
            *out = phpvm_foreign_slots(v)->to_array(v); /* a Python list or dict: its array */
            return *out != RT_NOVALUE;
        }
        if ((m & PHPVM_T_ITERABLE) && phpvm_is_foreign(v) && phpvm_foreign_slots(v)->next)
            return true; /* a foreign iterable (Python generator): foreach steps it */
        if ((m & PHPVM_T_STATIC) && self && phpvm_instanceof(c, self))
            return true;
        if (m & PHPVM_T_ITERABLE) {
            phpvm_class_t *tr = phpvm_class_find_c("Traversable");
            if (tr && phpvm_instanceof(c, tr))
                return true;
        }
        if (names_admit(t, c, self, true))
            return true;
        break;
    }
    default:
        break;
    }
    if (strict) {
        if (!(m & PHPVM_T_FLOAT) || phpvm_kind(v) != PHPVM_INT)
            return false;
        *out = phpvm_float(phpvm_to_float(v));
        return true;
    }
    return scalar_coerce(m, v, out);
}

/* ---- Binding ---- */

/* "<lead> FILE on line N" naming the call site for binding errors, or "" when a builtin made
** the call (array_map's callback): PHP names user code only. */
static void caller_where(rt_frame_t *caller, const char *lead, char *buf, size_t cap)
{
    if (phpvm_bcalls && phpvm_bcalls->frame == caller) {
        *buf = '\0';
        return;
    }
    snprintf(buf, cap, "%s %s on line %d", lead, caller ? caller->code->filename->data : "",
             caller ? (int)rt_code_line(caller->code, caller->pc) : 0);
}

static rt_frame_t *bind_fail(rt_thread_t *ts, rt_frame_t *nf)
{
    rt_frame_pop(ts, nf);
    return NULL;
}

/* PHP's errors of binding a call's arguments are located at the callee's declaration. */
static void at_declaration(phpvm_func_t *fn)
{
    if (fn->line > 0 && rt_exc_pending())
        phpvm_exc_set_line(rt_exc_current(), fn->line);
}

/* The TypeError of argument argno (value v) for parameter i of a call of fn (a variadic one
** is unnamed in the message), kept out of the binding path. */
static __attribute__((noinline, cold)) void param_type_error(phpvm_func_t *fn, uint32_t i,
                                                            uint32_t argno, rt_value_t v,
                                                            rt_frame_t *caller)
{
    char name[256], where[1024], pname[300] = "";
    phpvm_func_display(fn, name, sizeof name);
    caller_where(caller, ", called in", where, sizeof where);
    if (argno == i && !(fn->pflags[i] & PHPVM_P_VARIADIC))
        snprintf(pname, sizeof pname, " ($%s)", phpvm_str(rt_tuple_get(fn->pnames, i))->data);
    phpvm_throw("TypeError", "%s(): Argument #%u%s must be of type %s, %s given%s", name,
                argno + 1, pname,
                phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(rt_tuple_get(fn->ptypes, i)), 1))->data,
                phpvm_type_name(v), where);
    at_declaration(fn);
}

/* The ArgumentCountError of a call of fn that left a required parameter unbound. */
static __attribute__((noinline, cold)) void too_few_args(phpvm_func_t *fn, rt_frame_t *caller,
                                                        const rt_value_t *args, int argc)
{
    char name[256], where[1024];
    phpvm_func_display(fn, name, sizeof name);
    caller_where(caller, " in", where, sizeof where);
    int passed = 0;
    for (int j = 0; j < argc; j++)
        passed += args[j] != RT_NOVALUE;
    phpvm_throw("ArgumentCountError",
                "Too few arguments to function %s(), %d passed%s and %s %u expected", name, passed,
                where, fn->nrequired == fn->nparams ? "exactly" : "at least", fn->nrequired);
    at_declaration(fn);
}

/* The name of fn's parameter i (a builtin's: from its comma-separated list) in *len bytes. */
static const char *param_name(const phpvm_func_t *fn, uint32_t i, int *len)
{
    const char *p = "";
    if (fn->builtin) {
        p = fn->builtin->params ? fn->builtin->params : "";
        for (uint32_t k = 0; k < i && strchr(p, ','); k++)
            p = strchr(p, ',') + 1;
        *len = (int)strcspn(p, ",");
        return p;
    }
    if (i < fn->nparams)
        p = phpvm_str(rt_tuple_get(fn->pnames, i))->data;
    *len = (int)strlen(p);
    return p;
}

/* PHP's ArgumentCountError of a required parameter i of fn that named arguments skipped. */
static __attribute__((noinline, cold)) void arg_not_passed(phpvm_func_t *fn, uint32_t i)
{
    char name[256];
    phpvm_func_display(fn, name, sizeof name);
    int len;
    const char *p = param_name(fn, i, &len);
    phpvm_throw("ArgumentCountError", "%s(): Argument #%u ($%.*s) not passed", name, i + 1, len,
                p);
}

static bool bind_param(phpvm_func_t *fn, uint32_t i, uint32_t argno, rt_value_t v,
                       rt_value_t *slot, rt_frame_t *caller)
{
    rt_value_t cell = 0; /* by reference: the cell bound, whose value is checked */
    if (fn->pflags[i] & PHPVM_P_BYREF)
        cell = phpvm_is_ref(v) ? v : rt_from_ptr(phpvm_ref_new(v));
    v = phpvm_deref(v);
    rt_value_t t = rt_tuple_get(fn->ptypes, i);
    if (t) {
        rt_value_t out;
        bool strict = caller && caller->lang == RT_LANG_PHP &&
                      (caller->code->flags & PHPVM_CODE_STRICT);
        if (!phpvm_coerce((phpvm_typedecl_t *)rt_ptr(t), v, &out, fn->scope, strict)) {
            if (!rt_exc_pending())
                param_type_error(fn, i, argno, v, caller);
            return false;
        }
        if (cell && out != v)
            phpvm_ref_set((phpvm_ref_t *)rt_ptr(cell), out);
        v = out;
    }
    *slot = cell ? cell : phpvm_share(v);
    return true;
}

/* The tags (bit v & 3) of the value words a by-value parameter or a return with declared type t
** (NULL: none) passes as they are: every value without a type or with mixed, small ints of an
** int one, immediate floats of a float one. */
static uint32_t asis_tags(const phpvm_typedecl_t *t)
{
    enum { SMALL = (1u << 1) | (1u << 3), IMMFLOAT = 1u << 2, ALL = 0xfu };
    if (!t)
        return ALL;
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    if (m & PHPVM_T_MIXED)
        return ALL;
    return ((m & PHPVM_T_INT) ? SMALL : 0) | ((m & PHPVM_T_FLOAT) ? IMMFLOAT : 0);
}

uint32_t phpvm_func_classify(phpvm_func_t *fn)
{
    const uint32_t unplain = PHPVM_F_ABSTRACT | PHPVM_F_VARIADIC | PHPVM_F_GENERATOR |
                             PHPVM_F_TRAMPOLINE;
    if (fn->builtin || !fn->code || !(fn->code->base.flags & PHPVM_CODE_SG_CHECKED))
        return fn->flags; /* builtins stay unclassified: they take their own path */
    bool simple = !fn->args_slot && !(fn->flags & unplain) &&
                  !(fn->code->base.flags & PHPVM_CODE_SG);
    bool untyped = true, byref = false;
    for (uint32_t i = 0; i < fn->nparams; i++) {
        byref = byref || (fn->pflags[i] & PHPVM_P_BYREF);
        untyped = untyped && rt_tuple_get(fn->ptypes, i) == 0;
        rt_value_t t = rt_tuple_get(fn->ptypes, i);
        if (!(fn->pflags[i] & PHPVM_P_BYREF))
            fn->pflags[i] |= asis_tags(t ? rt_ptr(t) : NULL) << PHPVM_P_ASIS;
    }
    /* (a pointer may be a reference VERIFY_RETURN must dereference) */
    fn->ret_asis = fn->rettype ? asis_tags(fn->rettype) & ~1u : 0;
    fn->flags |= PHPVM_F_CLASSIFIED | (simple && !byref ? PHPVM_F_PLAIN : 0) |
                 (untyped && !byref ? PHPVM_F_UNTYPED : 0) | (byref ? PHPVM_F_BYREF_PARAMS : 0);
    /* CALL's fast path binds a by-reference parameter to the reference its caller made */
    for (uint32_t n = fn->nrequired; simple && !(fn->flags & PHPVM_F_BYREF_RETURN) &&
                                     n <= fn->nparams && n < 64; n++)
        fn->fastargc |= (uint64_t)1 << n;
    return fn->flags;
}

/* A closure's captured values (or references) into their CVs after the parameters. */
static inline void bind_uses(rt_value_t *s, const phpvm_func_t *fn, rt_value_t callee)
{
    if (phpvm_is_closure(callee))
        phpvm_bind_uses(s, fn, (phpvm_closure_t *)rt_ptr(callee));
}

/* Whether the argc == fn->nparams arguments of a call of plain fn (PHPVM_F_PLAIN) bind as they
** are: none missing, each (dereferenced) of its parameter's type without a coercion. */
static inline __attribute__((always_inline)) bool args_as_is(const phpvm_func_t *fn,
                                                             const rt_value_t *args, int argc)
{
    bool untyped = (fn->flags & PHPVM_F_UNTYPED) != 0;
    for (int i = 0; i < argc; i++) {
        if (args[i] == RT_NOVALUE)
            return false;
        if (untyped || phpvm_param_asis(fn->pflags[i], args[i]))
            continue;
        rt_value_t t = rt_tuple_get(fn->ptypes, i);
        if (t && !phpvm_type_admits_as_is((phpvm_typedecl_t *)rt_ptr(t), phpvm_deref(args[i]),
                                          fn->scope))
            return false;
    }
    return true;
}

/* phpvm_push_call for arguments args_as_is binds: no checks left, every local stored once.
** Inline: with binds_plain, the whole push of a callback's frame (phpvm_call_func_ref). */
static inline __attribute__((always_inline)) rt_frame_t *
push_plain(rt_thread_t *ts, phpvm_func_t *fn, rt_value_t callee, rt_value_t ctx,
           const rt_value_t *args, int argc)
{
    rt_code_t *code = &fn->code->base;
    rt_frame_t *nf = rt_frame_push_raw(ts, code);
    if (!nf) {
        rt_frame_raise_overflow(ts, RT_LANG_PHP);
        return NULL;
    }
    rt_value_t *s = nf->slots;
    phpvm_bind_hidden(s, fn, callee, ctx);
    for (int i = 0; i < argc; i++)
        s[PHPVM_NHIDDEN + i] = phpvm_arg_value(args[i]);
    phpvm_clear_locals(s, PHPVM_NHIDDEN + (uint32_t)argc, code->nlocals);
    bind_uses(s, fn, callee);
    code->entry_count++;
    return nf;
}

/* Whether a call of fn with these arguments takes push_plain: fn is PHPVM_F_PLAIN (so no
** by-reference parameter, no generator), no argument is missing or extra, none is named. */
static inline __attribute__((always_inline)) bool binds_plain(phpvm_func_t *fn,
                                                              const rt_value_t *args, int argc)
{
    return (phpvm_func_shape(fn) & PHPVM_F_PLAIN) && (uint32_t)argc == fn->nparams &&
           !phpvm_vm->named_extra && args_as_is(fn, args, argc);
}

rt_frame_t *phpvm_push_call(rt_thread_t *ts, phpvm_func_t *fn, rt_value_t callee, rt_value_t ctx,
                            rt_value_t *args, int argc)
{
    if (binds_plain(fn, args, argc))
        return push_plain(ts, fn, callee, ctx, args, argc);
    rt_frame_t *caller = ts->frame;
    if (fn->flags & PHPVM_F_ABSTRACT) {
        phpvm_throw("Error", "Cannot call abstract method %s::%s()", fn->scope->name->data,
                    fn->name->data);
        return NULL;
    }
    rt_frame_t *nf = rt_frame_push(ts, &fn->code->base);
    if (!nf) {
        rt_frame_raise_overflow(ts, RT_LANG_PHP);
        return NULL;
    }
    rt_value_t *s = nf->slots;
    phpvm_bind_hidden(s, fn, callee, ctx);
    uint32_t np = fn->nparams;
    bool variadic = (fn->flags & PHPVM_F_VARIADIC) != 0;
    uint32_t nfixed = variadic ? np - 1 : np;
    phpvm_array_t *rest = NULL;
    phpvm_array_t *named = phpvm_vm->named_extra;
    phpvm_vm->named_extra = NULL;
    if (variadic) {
        rest = phpvm_array_new(0);
        s[PHPVM_NHIDDEN + nfixed] = rt_from_ptr(rest);
    }
    for (int i = 0; i < argc; i++) {
        rt_value_t v = args[i];
        if (v == RT_NOVALUE)
            continue;
        if ((uint32_t)i < nfixed) {
            s[PHPVM_NHIDDEN + i] = phpvm_deref(v); /* what a TypeError's trace shows */
            rt_value_t t = rt_tuple_get(fn->ptypes, i);
            if (!(fn->pflags[i] & PHPVM_P_BYREF) &&
                (!t || phpvm_type_admits_as_is((phpvm_typedecl_t *)rt_ptr(t),
                                               s[PHPVM_NHIDDEN + i], fn->scope))) {
                phpvm_share(s[PHPVM_NHIDDEN + i]);
                continue;
            }
            if (!bind_param(fn, (uint32_t)i, (uint32_t)i, v, &s[PHPVM_NHIDDEN + i], caller))
                return bind_fail(ts, nf);
        } else if (variadic) {
            rt_value_t slot;
            if (!bind_param(fn, nfixed, (uint32_t)i, v, &slot, caller))
                return bind_fail(ts, nf);
            phpvm_array_append(rest, slot);
        }
    }
    for (int64_t p = named && rest ? phpvm_array_first(named) : -1; p >= 0;
         p = phpvm_array_next(named, p)) {
        rt_value_t slot;
        if (!bind_param(fn, nfixed, nfixed, rt_map_value_at(named, p), &slot, caller))
            return bind_fail(ts, nf);
        phpvm_array_set(rest, phpvm_array_key_at(named, p), slot);
    }
    for (uint32_t i = 0; i < fn->nrequired; i++) {
        if (s[PHPVM_NHIDDEN + i] == RT_NOVALUE) {
            if ((int)i < argc) {
                arg_not_passed(fn, i);
                at_declaration(fn);
            } else {
                too_few_args(fn, caller, args, argc);
            }
            return bind_fail(ts, nf);
        }
    }
    if (fn->args_slot)
        s[fn->args_slot] = rt_from_ptr(phpvm_args_array(args, argc));
    bind_uses(s, fn, callee);
    if ((fn->code->base.flags & (PHPVM_CODE_SG_CHECKED | PHPVM_CODE_SG)) != PHPVM_CODE_SG_CHECKED)
        phpvm_superglobals_bind(nf);
    fn->code->base.entry_count++;
    return nf;
}

/* The ArgumentCountError of a call of builtin fn with `given` arguments, kept out of the call
** path (its name buffer would cost every call a stack-protected frame). */
static __attribute__((noinline, cold)) rt_value_t builtin_count_error(phpvm_func_t *fn,
                                                                     int given)
{
    const phpvm_builtin_t *b = fn->builtin;
    char name[256];
    phpvm_func_display(fn, name, sizeof name);
    const char *how = b->min_args == b->max_args ? "exactly"
                      : given < b->min_args      ? "at least"
                                                 : "at most";
    int n = given < b->min_args ? b->min_args : b->max_args;
    return phpvm_throw("ArgumentCountError", "%s() expects %s %d argument%s, %d given", name, how,
                       n, n == 1 ? "" : "s", given);
}

/* phpvm_call_builtin over args in C or frame memory (owner NULL), or in heap object owner's
** items (a spread's tuple), which the references and arrays stored into them must pass the
** write barrier of: the references are young, the tuple may already be old. */
static rt_value_t call_builtin(phpvm_func_t *fn, rt_value_t ctx, rt_value_t *args, int argc,
                               void *owner)
{
    const phpvm_builtin_t *b = fn->builtin;
    int given = argc;
    while (given > 0 && args[given - 1] == RT_NOVALUE)
        given--;
    if (given < b->min_args || (b->max_args >= 0 && given > b->max_args))
        return builtin_count_error(fn, given);
    for (int i = 0; i < argc; i++) {
        if (!b->byref || !phpvm_param_byref(rt_from_ptr(fn), (uint32_t)i)) {
            args[i] = phpvm_deref(args[i]);
            if (phpvm_is_str(args[i]))
                rt_str_disown(phpvm_str(args[i])); /* a builtin may keep it (str.h) */
            /* an array-like foreign value is the PHP array it reads as (a copy: by value) */
            else if (phpvm_foreign_arraylike(args[i]) &&
                !(args[i] = phpvm_foreign_slots(args[i])->to_array(args[i])))
                return RT_NOVALUE;
        } else if (args[i] != RT_NOVALUE && !phpvm_is_ref(args[i]) && !phpvm_foreign_is_call(fn)) {
            args[i] = rt_from_ptr(phpvm_ref_new(args[i])); /* (foreign callables take either) */
        }
        if (owner)
            gc_write_barrier(owner);
    }
    return phpvm_builtin_invoke(fn, ctx, args, given);
}

rt_value_t phpvm_call_builtin(phpvm_func_t *fn, rt_value_t ctx, rt_value_t *args, int argc)
{
    return call_builtin(fn, ctx, args, argc, NULL);
}

rt_value_t phpvm_call_builtin_tuple(phpvm_func_t *fn, rt_value_t ctx, rt_tuple_t *args)
{
    return call_builtin(fn, ctx, args->items, (int)args->len, args);
}

int64_t phpvm_param_index(phpvm_func_t *fn, rt_str_t *name)
{
    if (fn->builtin) {
        const char *ps = fn->builtin->params;
        for (int64_t i = 0; ps && *ps; i++) {
            const char *end = strchr(ps, ',');
            size_t len = end ? (size_t)(end - ps) : strlen(ps);
            if (len == (size_t)name->len && memcmp(ps, name->data, len) == 0)
                return i;
            ps = end ? end + 1 : ps + len;
        }
        return -1;
    }
    uint32_t nfixed = fn->nparams - ((fn->flags & PHPVM_F_VARIADIC) != 0);
    for (uint32_t i = 0; i < nfixed; i++)
        if (rt_str_eq(phpvm_str(rt_tuple_get(fn->pnames, i)), name))
            return i;
    return -1;
}

bool phpvm_param_byref_named(rt_value_t callee, rt_str_t *name)
{
    phpvm_func_t *fn = phpvm_callee_func(callee);
    int64_t idx = phpvm_param_index(fn, name);
    if (idx < 0) /* a named extra: by reference when the variadic parameter is */
        return !fn->builtin && (fn->flags & PHPVM_F_VARIADIC) &&
               phpvm_param_byref(callee, fn->nparams - 1);
    return phpvm_param_byref(callee, (uint32_t)idx);
}

bool phpvm_arg_byref(rt_value_t callee, const rt_code_t *code, uint32_t op)
{
    if (op & PHPVM_ARG_NAMED)
        return phpvm_param_byref_named(
            callee, phpvm_str(rt_tuple_get(code->names, op & ~PHPVM_ARG_NAMED)));
    if (!(op & PHPVM_ARG_FROM))
        return phpvm_param_byref(callee, op);
    phpvm_func_t *fn = phpvm_callee_func(callee);
    uint32_t end = fn->builtin ? 32 : fn->nparams;
    for (uint32_t i = op & ~PHPVM_ARG_FROM; i < end; i++)
        if (phpvm_param_byref(callee, i))
            return true;
    return false;
}

/* Positional arguments, then named ones placed by parameter name. */
rt_tuple_t *phpvm_expand_args(rt_value_t callee, phpvm_array_t *arr, bool spread)
{
    phpvm_func_t *fn = phpvm_callee_func(callee);
    int64_t n = rt_map_count(arr);
    int64_t cap = n + (int64_t)fn->nparams + 8;
    rt_tuple_t *t = rt_tuple_new(cap);
    int64_t npos = 0, top = 0;
    phpvm_array_t *extra = NULL;
    for (int64_t p = phpvm_array_first(arr); p >= 0; p = phpvm_array_next(arr, p)) {
        rt_value_t k = phpvm_array_key_at(arr, p);
        rt_value_t v = rt_map_value_at(arr, p);
        if (!phpvm_is_str(k)) {
            if (spread && top > npos) /* PHP's SEND_UNPACK: the next position */
                npos = top;
            if (top > npos) {
                phpvm_throw("Error", "Cannot use positional argument after named argument");
                return NULL;
            }
            rt_tuple_init_item(t, npos++, v);
            top = npos;
            continue;
        }
        int64_t idx = phpvm_param_index(fn, phpvm_str(k));
        if (idx < 0) {
            if (fn->builtin ? (fn->builtin->byref & PHPVM_B_NAMED_REST) != 0
                            : (fn->flags & PHPVM_F_VARIADIC) != 0) {
                if (!extra)
                    extra = phpvm_array_new(0);
                phpvm_array_set(extra, k, v);
                continue;
            }
            if (fn->builtin && fn->builtin->max_args < 0 && fn != phpvm_noop_ctor) {
                char name[256];
                phpvm_func_display(fn, name, sizeof name);
                phpvm_throw("ArgumentCountError", "%s() does not accept unknown named parameters",
                            name);
            } else {
                phpvm_throw("Error", "Unknown named parameter $%s", phpvm_str(k)->data);
            }
            return NULL;
        }
        if (idx < top && rt_tuple_get(t, idx) != RT_NOVALUE) {
            phpvm_throw("Error", "Named parameter $%s overwrites previous argument",
                        phpvm_str(k)->data);
            return NULL;
        }
        rt_tuple_init_item(t, idx, v);
        if (idx + 1 > top)
            top = idx + 1;
    }
    t->len = top;
    for (int64_t i = 0; fn->builtin && i < top && i < fn->builtin->min_args; i++) {
        if (rt_tuple_get(t, i) == RT_NOVALUE) {
            arg_not_passed(fn, (uint32_t)i);
            return NULL;
        }
    }
    /* Named extras of a variadic function: its next frame binds them (phpvm_push_call). */
    phpvm_vm->named_extra = extra;
    return t;
}

rt_value_t phpvm_call_named(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc,
                            phpvm_array_t *named)
{
    if (!named)
        return phpvm_call_func(callee, ctx, args, argc);
    phpvm_array_t *all = phpvm_array_new(argc + rt_map_count(named));
    for (int i = 0; i < argc; i++)
        phpvm_array_append(all, args[i]);
    for (int64_t p = phpvm_array_first(named); p >= 0; p = phpvm_array_next(named, p))
        phpvm_array_set(all, phpvm_array_key_at(named, p), rt_map_value_at(named, p));
    rt_tuple_t *t = phpvm_expand_args(callee, all, false);
    if (!t)
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, t->items, (int)t->len);
}

phpvm_array_t *phpvm_named_extra_take(void)
{
    phpvm_array_t *named = phpvm_vm->named_extra;
    phpvm_vm->named_extra = NULL;
    return named;
}

/* ---- Magic calls and closures of callables ---- */

phpvm_func_t *phpvm_trampoline_new(phpvm_func_t *magic, rt_str_t *name)
{
    phpvm_func_t *t = phpvm_func_new(name);
    t->flags = PHPVM_F_PUBLIC | PHPVM_F_TRAMPOLINE | (magic->flags & PHPVM_F_STATIC);
    t->scope = magic->scope;
    t->target = magic;
    t->pblob = magic->pblob;
    t->pflags = magic->pflags;
    t->pnames = rt_tuple_new(0);
    t->ptypes = t->pnames;
    gc_write_barrier(t);
    return t;
}

phpvm_func_t *phpvm_trampoline_call(rt_value_t *callee, rt_value_t *ctx, phpvm_array_t *args,
                                    rt_value_t packed[2])
{
    phpvm_func_t *t = phpvm_callee_func(*callee);
    if (phpvm_is_closure(*callee))
        *ctx = phpvm_closure_ctx((phpvm_closure_t *)rt_ptr(*callee));
    packed[0] = rt_from_ptr(t->name);
    packed[1] = rt_from_ptr(args);
    *callee = rt_from_ptr(t->target);
    return t->target;
}

rt_value_t phpvm_closure_from(rt_value_t callee, rt_value_t ctx)
{
    if (phpvm_is_closure(callee))
        return callee;
    phpvm_func_t *fn = (phpvm_func_t *)rt_ptr(callee);
    phpvm_closure_t *cl = rt_alloc(&phpvm_type_closure, sizeof *cl);
    cl->func = fn;
    cl->uses = rt_tuple_new(0);
    phpvm_class_t *this_class = phpvm_class_of(ctx); /* objects, closures, generators */
    if (this_class && !(fn->flags & PHPVM_F_STATIC)) {
        cl->this_ = ctx;
        cl->scope = this_class;
    } else if (rt_is_ptr(ctx) && rt_obj_type(rt_ptr(ctx)) == &phpvm_type_class) {
        cl->called = (phpvm_class_t *)rt_ptr(ctx);
        cl->scope = fn->scope ? fn->scope : cl->called;
    } else {
        cl->scope = fn->scope;
    }
    gc_write_barrier(cl);
    return rt_from_ptr(cl);
}

/* ---- Callables ---- */

/* The class by which protected method m's visibility is judged: the first class of its line
** that declared it (PHP's prototype's scope; a private declaration above does not count). */
static const phpvm_class_t *method_root(const phpvm_func_t *m)
{
    const phpvm_class_t *root = m->scope;
    const phpvm_func_t *up;
    while (root->parent && (up = phpvm_class_method(root->parent, m->name)) &&
           !(up->flags & PHPVM_F_PRIVATE))
        root = up->scope;
    return root;
}

static bool accessible(const phpvm_func_t *m, const phpvm_class_t *scope)
{
    if (m->flags & PHPVM_F_PRIVATE)
        return m->scope == scope;
    if (m->flags & PHPVM_F_PROTECTED) {
        const phpvm_class_t *root = method_root(m);
        return scope && (phpvm_instanceof(scope, root) || phpvm_instanceof(root, scope));
    }
    return true;
}

bool phpvm_ctor_accessible(const phpvm_func_t *ctor, const phpvm_class_t *scope)
{
    /* as method_root, but a constructor overrides only an abstract one (PHP's prototype) */
    const phpvm_class_t *root = ctor->scope;
    const phpvm_func_t *up;
    while (root->parent && (up = phpvm_class_method(root->parent, ctor->name)) &&
           (up->flags & PHPVM_F_ABSTRACT))
        root = up->scope;
    if (ctor->flags & PHPVM_F_PRIVATE ? ctor->scope == scope
                                      : scope && (phpvm_instanceof(scope, root) ||
                                                  phpvm_instanceof(root, scope)))
        return true;
    phpvm_throw("Error", "Call to %s %s::%s() from %s%s",
                ctor->flags & PHPVM_F_PRIVATE ? "private" : "protected", ctor->scope->name->data,
                ctor->name->data, scope ? "scope " : "global scope", scope ? scope->name->data : "");
    return false;
}

bool phpvm_method(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, rt_value_t *callee,
                  rt_value_t *ctx)
{
    if (phpvm_is_foreign(obj))
        return phpvm_foreign_method(obj, name, callee, ctx);
    phpvm_class_t *c = phpvm_class_of(obj);
    if (!c) {
        phpvm_throw("Error", "Call to a member function %s() on %s", name->data,
                    phpvm_type_name(obj));
        return false;
    }
    if (phpvm_is_closure(obj) && strcasecmp(name->data, "__invoke") == 0) {
        *callee = obj;
        *ctx = rt_none;
        return true;
    }
    phpvm_func_t *m = phpvm_class_method(c, name);
    if (scope && m && m->scope != scope && phpvm_instanceof(c, scope)) {
        /* a private method of the calling class is not overridden by a subclass's */
        phpvm_func_t *own = phpvm_class_method(scope, name);
        if (own && (own->flags & PHPVM_F_PRIVATE) && own->scope == scope)
            m = own;
    }
    if ((!m || !accessible(m, scope)) && c->magic_call) {
        *callee = rt_from_ptr(phpvm_trampoline_new(c->magic_call, name));
        *ctx = obj;
        return true;
    }
    if (m && (m->flags & PHPVM_F_PRIVATE) && m->scope != scope) {
        phpvm_throw("Error", "Call to private method %s::%s() from %s%s", m->scope->name->data,
                    m->name->data, scope ? "scope " : "global scope", scope ? scope->name->data : "");
        return false;
    }
    if (m && (m->flags & PHPVM_F_PROTECTED) && !accessible(m, scope)) {
        phpvm_throw("Error", "Call to protected method %s::%s() from %s%s", m->scope->name->data,
                    m->name->data, scope ? "scope " : "global scope", scope ? scope->name->data : "");
        return false;
    }
    if (!m) {
        phpvm_throw("Error", "Call to undefined method %s::%s()", c->name->data, name->data);
        return false;
    }
    *callee = rt_from_ptr(m);
    *ctx = obj;
    return true;
}

void phpvm_method_cache(phpvm_code_t *code, uint32_t index, rt_value_t obj, rt_str_t *name,
                        phpvm_class_t *scope, rt_value_t callee)
{
    if (!(phpvm_is_object(obj) || phpvm_is_gen(obj)) || rt_value_type(callee) != &phpvm_type_func)
        return;
    phpvm_func_t *m = rt_ptr(callee);
    if (m->flags & PHPVM_F_TRAMPOLINE)
        return;
    phpvm_class_t *c = phpvm_class_of(obj);
    /* phpvm_method picks another method only for a scope of c's line with its own private one,
    ** and checks access only for private and protected ones */
    bool any = !(m->flags & (PHPVM_F_PRIVATE | PHPVM_F_PROTECTED));
    for (phpvm_class_t *k = c; any && k; k = k->parent) {
        phpvm_func_t *own = phpvm_class_method(k, name);
        any = !(own && (own->flags & PHPVM_F_PRIVATE) && own->scope == k);
    }
    phpvm_cache_fill(code, index, rt_from_ptr(c), any ? PHPVM_CACHE_ANY_SCOPE : scope, callee);
}

void phpvm_cache_fill(phpvm_code_t *code, uint32_t index, rt_value_t key, phpvm_class_t *scope,
                      rt_value_t what)
{
    rt_value_t *c = code->caches->items + (size_t)index * PHPVM_CACHE_WORDS;
    memmove(c + PHPVM_CACHE_ENTRY, c, (PHPVM_CACHE_WORDS - PHPVM_CACHE_ENTRY) * sizeof *c);
    c[0] = key;
    c[1] = rt_from_ptr(scope);
    c[2] = what;
    gc_write_barrier(code->caches);
}

/* PHP's deprecation of a static method called on trait k itself. */
static void trait_call_deprecated(const phpvm_class_t *k, const rt_str_t *name)
{
    phpvm_error(PHPVM_E_DEPRECATED, "Calling static trait method %s::%s is deprecated, it should "
                "only be called on a class using the trait", k->name->data, name->data);
}

phpvm_func_t *phpvm_static_method_lookup(phpvm_class_t *k, rt_str_t *name, rt_value_t self,
                                         phpvm_class_t *scope)
{
    phpvm_func_t *m = phpvm_class_method(k, name);
    if (m && (k->flags & PHPVM_C_TRAIT) && (m->flags & PHPVM_F_STATIC))
        trait_call_deprecated(k, m->name);
    if (strcasecmp(name->data, "__construct") == 0 && (!m || ((m->flags & PHPVM_F_PRIVATE) &&
                                                              self && phpvm_is_object(self) &&
                                                              phpvm_obj(self)->cls != m->scope))) {
        /* (PHP's own words for parent::__construct() and the like) */
        if (!m)
            phpvm_throw("Error", "Cannot call constructor");
        else
            phpvm_throw("Error", "Cannot call private %s::__construct()", k->name->data);
        return NULL;
    }
    if (m && accessible(m, scope))
        return m;
    /* __call when $this is an instance (parent::missing()): its own class's, as PHP calls the
    ** top-level one; else __callStatic */
    if (k->magic_call && self && phpvm_instanceof(phpvm_obj(self)->cls, k))
        return phpvm_trampoline_new(phpvm_obj(self)->cls->magic_call, name);
    if (k->magic_callstatic) {
        if (!m && (k->flags & PHPVM_C_TRAIT)) /* (__callStatic's: the name called) */
            trait_call_deprecated(k, name);
        return phpvm_trampoline_new(k->magic_callstatic, name);
    }
    if (!m)
        phpvm_throw("Error", "Call to undefined method %s::%s()", k->name->data, name->data);
    else
        phpvm_throw("Error", "Call to %s method %s::%s() from %s%s",
                    (m->flags & PHPVM_F_PRIVATE) ? "private" : "protected", m->scope->name->data,
                    m->name->data, scope ? "scope " : "global scope", scope ? scope->name->data : "");
    return NULL;
}

void phpvm_static_method_cache(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                               phpvm_class_t *scope, phpvm_func_t *fn)
{
    if (!(fn->flags & PHPVM_F_TRAMPOLINE) && !(k->flags & PHPVM_C_TRAIT))
        phpvm_cache_fill(code, index, rt_from_ptr(k), scope, rt_from_ptr(fn));
}


/* The innermost PHP frame: the code calling the builtin that asks about a callable. */
static rt_frame_t *calling_frame(void)
{
    rt_frame_t *f = rt_ts->frame;
    while (f && f->lang != RT_LANG_PHP)
        f = f->prev;
    return f;
}

/* self, parent or static when the n bytes at s name one of them (any case), else NULL. */
static const char *relative_class(const char *s, size_t n)
{
    static const char *const rel[] = {"self", "parent", "static"};
    for (int i = 0; i < 3; i++)
        if (strlen(rel[i]) == n && strncasecmp(s, rel[i], n) == 0)
            return rel[i];
    return NULL;
}

/* The class part of a "A::m" or ["A", "m"] callable: self, parent and static (deprecated in
** callables since PHP 8.2) name classes relative to the calling code, and forward its called
** class (static::) in *called. */
static phpvm_class_t *callable_class(rt_str_t *name, bool raise, phpvm_class_t **called)
{
    const char *rel = relative_class(name->data, (size_t)name->len);
    if (!rel) { /* (autoloaded, as PHP does for a callable) */
        *called = phpvm_class_load(name);
        if (!*called && raise && !rt_exc_pending())
            phpvm_throw("Error", "Class \"%s\" not found", name->data);
        return *called;
    }
    rt_frame_t *f = calling_frame();
    phpvm_class_t *scope = f ? phpvm_frame_scope(f) : NULL;
    phpvm_class_t *k = strcmp(rel, "self") == 0     ? scope
                       : strcmp(rel, "parent") == 0 ? (scope ? scope->parent : NULL)
                       : f && f->slots[PHPVM_SLOT_SCOPE] ? rt_ptr(f->slots[PHPVM_SLOT_SCOPE])
                                                         : scope;
    if (!k) {
        if (raise)
            phpvm_throw("Error", "Cannot access \"%s\" when %s", rel,
                        scope ? "current class scope has no parent" : "no class scope is active");
        return NULL;
    }
    phpvm_class_t *fwd = f && f->slots[PHPVM_SLOT_SCOPE] ? rt_ptr(f->slots[PHPVM_SLOT_SCOPE]) : k;
    *called = phpvm_instanceof(fwd, k) ? fwd : k;
    return k;
}

/* The class scope of the PHP code running (calling the builtin that asks), or NULL. */
static phpvm_class_t *calling_scope(void)
{
    rt_frame_t *f = calling_frame();
    return f ? phpvm_frame_scope(f) : NULL;
}

/* The $this of the PHP code running (calling the builtin that asks), or 0. */
static rt_value_t calling_this(void)
{
    rt_frame_t *f = calling_frame();
    return f ? f->slots[PHPVM_SLOT_THIS] : 0;
}

/* The static-style callable k::name ("A::m" or ["A", "m"], called: its called class): as PHP,
** a method, called with the calling code's $this when that is an instance of k and the method
** is not static; a missing one goes to __call with that $this, else to __callStatic. false
** when there is none (nothing raised) or it needs an object there is none of (raised if
** asked). */
static bool static_callable(phpvm_class_t *k, phpvm_class_t *called, rt_str_t *name, bool raise,
                            rt_value_t *callee, rt_value_t *ctx)
{
    rt_value_t self = calling_this();
    bool instance = self && phpvm_instanceof(phpvm_class_of(self), k);
    phpvm_func_t *m = phpvm_class_method(k, name);
    if (!m && k->magic_call && instance)
        m = phpvm_trampoline_new(k->magic_call, name);
    else if (!m && k->magic_callstatic)
        m = phpvm_trampoline_new(k->magic_callstatic, name);
    if (!m)
        return false;
    bool needs_this = (m->flags & PHPVM_F_TRAMPOLINE) ? m->target == k->magic_call
                                                       : m->code && !(m->flags & PHPVM_F_STATIC);
    if (needs_this && !instance) {
        if (raise)
            phpvm_throw("Error", "Non-static method %s::%s() cannot be called statically",
                        (m->scope ? m->scope : k)->name->data, m->name->data);
        return false;
    }
    *callee = rt_from_ptr(m);
    *ctx = needs_this ? self : rt_from_ptr(called);
    return true;
}

/* Why calling the array a as a callable fails, in PHP's dynamic-call wording. */
static const char *bad_array_callback(phpvm_array_t *a)
{
    if (rt_map_count(a) != 2)
        return "Array callback must have exactly two elements";
    rt_value_t target = phpvm_deref(rt_map_get_int(a, 0));
    rt_value_t name = phpvm_deref(rt_map_get_int(a, 1));
    if (!target || !name)
        return "Array callback has to contain indices 0 and 1";
    if (!phpvm_is_str(target) && !phpvm_is_object(target))
        return "First array member is not a valid class name or object";
    return "Second array member is not a valid method";
}

void phpvm_callable_reason(rt_value_t v, char *buf, size_t cap)
{
    v = phpvm_deref(v);
    rt_value_t target = 0, name = 0;
    if (phpvm_is_array(v) && rt_map_count(phpvm_arr(v)) != 2) {
        snprintf(buf, cap, "array callback must have exactly two members");
        return;
    }
    if (phpvm_is_array(v)) {
        target = rt_map_get_int(phpvm_arr(v), 0);
        name = rt_map_get_int(phpvm_arr(v), 1);
        const char *bad = !target || !name ? "array callback has to contain indices 0 and 1"
                          : !phpvm_is_str(phpvm_deref(target)) &&
                                  !phpvm_is_object(phpvm_deref(target))
                              ? "first array member is not a valid class name or object"
                          : !phpvm_is_str(phpvm_deref(name))
                              ? "second array member is not a valid method"
                              : NULL;
        if (bad) {
            snprintf(buf, cap, "%s", bad);
            return;
        }
        target = phpvm_deref(target);
        name = phpvm_deref(name);
    } else if (phpvm_is_str(v) && strstr(phpvm_str(v)->data, "::")) {
        const char *s = phpvm_str(v)->data, *sep = strstr(s, "::"), *next;
        while ((next = strstr(sep + 2, "::"))) /* the class name ends at the last "::" */
            sep = next;
        target = rt_from_ptr(rt_str_new(s, (size_t)(sep - s)));
        name = phpvm_cstr(sep + 2);
    } else if (phpvm_is_str(v)) {
        snprintf(buf, cap, "function \"%s\" not found or invalid function name",
                 phpvm_str(v)->data);
        return;
    }
    const char *rel = target && phpvm_is_str(target)
                          ? relative_class(phpvm_str(target)->data, (size_t)phpvm_str(target)->len)
                          : NULL;
    phpvm_class_t *scope = calling_scope();
    if (rel && (!scope || (strcmp(rel, "parent") == 0 && !scope->parent))) {
        snprintf(buf, cap, "cannot access \"%s\" when %s", rel,
                 scope ? "current class scope has no parent" : "no class scope is active");
        return;
    }
    phpvm_class_t *called; /* (a plain look-up: the callable's probe ran the autoloaders) */
    phpvm_class_t *k = !target                ? NULL
                       : rel                  ? callable_class(phpvm_str(target), false, &called)
                       : phpvm_is_str(target) ? phpvm_class_lookup(phpvm_str(target), false)
                                              : phpvm_class_of(target);
    if (!k || !name || !phpvm_is_str(name)) {
        snprintf(buf, cap, target && phpvm_is_str(target) ? "class \"%s\" not found"
                                                          : "no array or string given",
                 target && phpvm_is_str(target) ? phpvm_str(target)->data : "");
        return;
    }
    const char *mn = phpvm_str(name)->data, *sep = strstr(mn, "::"); /* ["B", "A::m"] */
    phpvm_class_t *y = sep ? phpvm_class_lookup(rt_str_new(mn, (size_t)(sep - mn)), false) : NULL;
    phpvm_func_t *m = y ? phpvm_class_method(y, rt_str_from_cstr(sep + 2))
                        : phpvm_class_method(k, phpvm_str(name));
    if (m && (m->flags & PHPVM_F_ABSTRACT))
        snprintf(buf, cap, "cannot call abstract method %s::%s()", m->scope->name->data,
                 m->name->data);
    else if (!m)
        snprintf(buf, cap, "class %s does not have a method \"%s\"", k->name->data,
                 phpvm_str(name)->data);
    else if (!accessible(m, calling_scope()))
        snprintf(buf, cap, "cannot access %s method %s::%s()",
                 (m->flags & PHPVM_F_PRIVATE) ? "private" : "protected", k->name->data,
                 m->name->data);
    else
        snprintf(buf, cap, "non-static method %s::%s() cannot be called statically",
                 k->name->data, m->name->data);
}

void phpvm_callable_deprecated(rt_value_t v)
{
    v = phpvm_deref(v);
    const char *rel = NULL;
    if (phpvm_is_str(v)) {
        const char *s = phpvm_str(v)->data, *sep = strstr(s, "::");
        rel = sep ? relative_class(s, (size_t)(sep - s)) : NULL;
    } else if (phpvm_is_array(v) && rt_map_count(phpvm_arr(v)) == 2) {
        rt_value_t target = phpvm_deref(rt_map_get_int(phpvm_arr(v), 0));
        rt_value_t name = phpvm_deref(rt_map_get_int(phpvm_arr(v), 1));
        if (!target || !name || !phpvm_is_str(name))
            return;
        if (phpvm_is_str(target))
            rel = relative_class(phpvm_str(target)->data, (size_t)phpvm_str(target)->len);
        phpvm_class_t *k = phpvm_is_str(target) ? phpvm_class_lookup(phpvm_str(target), false)
                                                : phpvm_class_of(target);
        if (!rel && k && strstr(phpvm_str(name)->data, "::"))
            phpvm_error(PHPVM_E_DEPRECATED, "Callables of the form [\"%s\", \"%s\"] are deprecated",
                        k->name->data, phpvm_str(name)->data);
    }
    phpvm_class_t *called;
    if (rel && callable_class(rt_str_from_cstr(rel), false, &called)) /* (it names a class) */
        phpvm_error(PHPVM_E_DEPRECATED, "Use of \"%s\" in callables is deprecated", rel);
}

/* [target, "Y::m"] (deprecated since PHP 8.2): method m of class Y, target's class or one of its
** ancestors (self, parent and static name them relative to target's class), on the object
** target or, for a class name, as a static-style callable. */
static bool qualified_callable(rt_value_t target, rt_str_t *name, bool raise, rt_value_t *callee,
                               rt_value_t *ctx)
{
    const char *sep = strstr(name->data, "::");
    phpvm_class_t *k = phpvm_is_str(target) ? phpvm_class_lookup(phpvm_str(target), raise)
                                            : phpvm_class_of(target);
    if (!k)
        return false;
    const char *rel = relative_class(name->data, (size_t)(sep - name->data));
    rt_str_t *y_name = rt_str_new(name->data, (size_t)(sep - name->data));
    phpvm_class_t *y = !rel                          ? phpvm_class_lookup(y_name, raise)
                       : strcmp(rel, "parent") == 0 ? k->parent
                                                    : k;
    rt_str_t *m_name = rt_str_from_cstr(sep + 2);
    if (y && phpvm_instanceof(k, y) && phpvm_is_str(target))
        return static_callable(y, k, m_name, raise, callee, ctx);
    phpvm_func_t *m = y && phpvm_instanceof(k, y) ? phpvm_class_method(y, m_name) : NULL;
    if (!m || !accessible(m, calling_scope())) {
        if (raise && !rt_exc_pending())
            phpvm_throw("Error", "Call to undefined method %s::%s()", k->name->data, name->data);
        return false;
    }
    if (m->flags & PHPVM_F_ABSTRACT) { /* [$o, "Base::m"] of an abstract Base::m */
        if (raise)
            phpvm_throw("Error", "Cannot call abstract method %s::%s()", m->scope->name->data,
                        m->name->data);
        return false;
    }
    *callee = rt_from_ptr(m);
    *ctx = (m->flags & PHPVM_F_STATIC) ? rt_from_ptr(k) : target;
    return true;
}

static bool resolve_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise);

bool phpvm_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise)
{
    if (!resolve_callable(v, callee, ctx, raise))
        return false;
    if (raise)
        phpvm_callable_deprecated(v);
    return !rt_exc_pending();
}

/* phpvm_callable without the deprecations of its old forms. */
static bool resolve_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise)
{
    v = phpvm_deref(v);
    *ctx = rt_none;
    if (phpvm_is_closure(v)) {
        *callee = v;
        return true;
    }
    if (phpvm_is_str(v)) {
        rt_str_t *s = phpvm_str(v);
        const char *sep = strstr(s->data, "::");
        if (sep) {
            phpvm_class_t *called = NULL, *k =
                callable_class(rt_str_new(s->data, (size_t)(sep - s->data)), raise, &called);
            if (k && static_callable(k, called, rt_str_from_cstr(sep + 2), raise, callee, ctx))
                return true;
            if (rt_exc_pending())
                return false;
        } else {
            phpvm_func_t *f = phpvm_func_lookup(s);
            if (f) {
                *callee = rt_from_ptr(f);
                return true;
            }
        }
        if (raise && !rt_exc_pending())
            phpvm_throw("Error", "Call to undefined function %s()",
                        s->data + (s->data[0] == '\\')); /* (a fully qualified name's) */
        return false;
    }
    if (phpvm_is_array(v) && rt_map_count(phpvm_arr(v)) == 2) {
        rt_value_t target = phpvm_deref(rt_map_get_int(phpvm_arr(v), 0));
        rt_value_t name = phpvm_deref(rt_map_get_int(phpvm_arr(v), 1));
        if (target && name && phpvm_is_str(name)) {
            if (phpvm_is_foreign(target))
                return phpvm_foreign_method(target, phpvm_str(name), callee, ctx);
            if (strstr(phpvm_str(name)->data, "::") &&
                (phpvm_is_str(target) || phpvm_class_of(target)))
                return qualified_callable(target, phpvm_str(name), raise, callee, ctx);
            if (phpvm_is_object(target) || phpvm_is_closure(target) || phpvm_is_gen(target)) {
                phpvm_class_t *scope = calling_scope();
                if (!raise) {
                    phpvm_class_t *c = phpvm_class_of(target);
                    phpvm_func_t *m = phpvm_class_method(c, phpvm_str(name));
                    return (m && accessible(m, scope)) || c->magic_call;
                }
                return phpvm_method(target, phpvm_str(name), scope, callee, ctx);
            }
            if (phpvm_is_str(target)) {
                phpvm_class_t *called = NULL, *k = callable_class(phpvm_str(target), raise,
                                                                  &called);
                if (k && static_callable(k, called, phpvm_str(name), raise, callee, ctx))
                    return true;
                if (rt_exc_pending())
                    return false;
                if (k && raise)
                    phpvm_throw("Error", "Call to undefined method %s::%s()", k->name->data,
                                phpvm_str(name)->data);
                return false;
            }
        }
    }
    if (phpvm_is_object(v) && phpvm_obj(v)->cls->magic_invoke) {
        *callee = rt_from_ptr(phpvm_obj(v)->cls->magic_invoke);
        *ctx = v;
        return true;
    }
    if (phpvm_is_foreign(v))
        return phpvm_foreign_callable(v, callee, ctx, raise);
    if (raise && phpvm_is_array(v))
        phpvm_throw("Error", "%s", bad_array_callback(phpvm_arr(v)));
    else if (raise)
        phpvm_throw("Error", phpvm_is_object(v) ? "Object of type %s is not callable"
                                                : "Value of type %s is not callable",
                    phpvm_type_name(v));
    return false;
}

/* The arguments of a call as the array a magic __call receives. May collect. */
phpvm_array_t *phpvm_args_array(const rt_value_t *args, int argc)
{
    phpvm_array_t *a = phpvm_array_new(argc);
    for (int i = 0; i < argc; i++)
        phpvm_array_append(a, args[i] ? phpvm_share(phpvm_deref(args[i])) : rt_none);
    return a;
}

bool phpvm_static_call_forwards(const uint8_t *bc, uint32_t pc)
{
    uint32_t len = phpvm_opinfo[PHPVM_I_CLASS_REF].len;
    return pc >= len && bc[pc - len] == PHPVM_I_CLASS_REF &&
           phpvm_operand(bc + pc - len, 0) != 0;
}

bool phpvm_static_call_only(const char *name)
{
    phpvm_bcall_t *bc = phpvm_bcalls, *up = bc->prev;
    if (bc->frame && !(up && up->frame == bc->frame && !(up->func &&
                                                        (up->func->flags & PHPVM_F_HIDDEN))))
        return true;
    phpvm_throw("Error", "Cannot call %s() dynamically", name);
    return false;
}

bool phpvm_return_keeps_ref(rt_frame_t *f)
{
    if (f->flags & RT_FRAME_ENTRY)
        return true; /* phpvm_call_func_ref's caller wants it; phpvm_call_func drops it */
    rt_frame_t *caller = f->prev;
    if (!caller || caller->lang != RT_LANG_PHP)
        return false;
    const uint8_t *bc = caller->code->bytecode;
    uint32_t next = caller->pc + phpvm_opinfo[bc[caller->pc]].len;
    switch (bc[next]) {
    case PHPVM_I_BIND_REF:
    case PHPVM_I_BIND_REF_VAR:
    case PHPVM_I_BIND_REF_DIM:
    case PHPVM_I_BIND_REF_APPEND:
    case PHPVM_I_BIND_REF_PROP:
    case PHPVM_I_FETCH_TMP_W: /* f()[k] = v, foreach (f() as &$v): through the reference */
        return true;
    case PHPVM_I_JMP_ARG_BYVAL: /* `g(f())` where g may take it by reference */
        return phpvm_arg_byref(caller->slots[caller->code->nlocals + phpvm_operand(bc + next, 0)],
                               caller->code, phpvm_operand(bc + next, 1));
    case PHPVM_I_CONST: /* `$x = &f()`, `return f()` by reference, `g(f())` by reference: the
                        ** check comes first */
        return caller->code->consts->items[phpvm_operand(bc + next, 0)] ==
                   rt_from_ptr(phpvm_ref_result_notice_fn) ||
               caller->code->consts->items[phpvm_operand(bc + next, 0)] ==
                   rt_from_ptr(phpvm_ref_arg_notice_fn);
    default:
        return false;
    }
}

rt_value_t phpvm_call_func(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc)
{
    rt_value_t r = phpvm_call_func_ref(callee, ctx, args, argc);
    return r ? phpvm_deref(r) : r;
}

/* PHP's warning of a call from C (call_user_func, callbacks) that passes a plain value as
** argument i, for parameter p that fn takes by reference; false if an error handler threw. */
static bool warn_value_for_ref(const phpvm_func_t *fn, int i, uint32_t p)
{
    char name[256];
    phpvm_func_display(fn, name, sizeof name);
    int len;
    const char *pn = param_name(fn, p, &len);
    phpvm_error(PHPVM_E_WARNING, "%s(): Argument #%d ($%.*s) must be passed by reference, value "
                "given", name, i + 1, len, pn);
    return !rt_exc_pending();
}

/* warn_value_for_ref for each plain value a call of user function fn passes by reference (the
** call goes on with the values). */
static bool warn_values_for_refs(const phpvm_func_t *fn, const rt_value_t *args, int argc)
{
    for (int i = 0; i < argc && fn->nparams > 0; i++) {
        uint32_t p = (uint32_t)i < fn->nparams ? (uint32_t)i : fn->nparams - 1;
        if (!(fn->pflags[p] & PHPVM_P_BYREF) || phpvm_is_ref(args[i]) ||
            ((uint32_t)i >= fn->nparams && !(fn->pflags[p] & PHPVM_P_VARIADIC)))
            continue;
        if (!warn_value_for_ref(fn, i, p))
            return false;
    }
    return true;
}

/* The same for builtin fn: not for one that takes values too (array_multisort's
** prefer-reference, a foreign callable's trampoline). */
static bool warn_builtin_values_for_refs(phpvm_func_t *fn, const rt_value_t *args, int argc)
{
    if (fn->builtin->byref == UINT32_MAX || phpvm_foreign_is_call(fn))
        return true;
    for (int i = 0; i < argc; i++)
        if (args[i] != RT_NOVALUE && !phpvm_is_ref(args[i]) &&
            phpvm_param_byref(rt_from_ptr(fn), (uint32_t)i) &&
            !warn_value_for_ref(fn, i, (uint32_t)i))
            return false;
    return true;
}

static rt_value_t notice(const char *msg)
{
    phpvm_error(PHPVM_E_NOTICE, "%s", msg);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

/* args[0]: the value returned, taken by reference: a new reference when it was a value, which
** the function returns (PHP's fresh reference), so `$x = &f()` binds without a second notice. */
static rt_value_t ref_return_notice(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    if (!notice("Only variable references should be returned by reference"))
        return RT_NOVALUE;
    return args[0];
}

/* The value at position pos (a small int) of the calling frame's value stack. */
static rt_value_t stack_at(rt_value_t pos)
{
    rt_frame_t *f = rt_ts->frame;
    return f->slots[f->code->nlocals + rt_small_value(pos)];
}

/* args[0]: where the callee sits on the calling frame's value stack, args[1]: where the call's
** result sent sits. A reference (a by-reference function's result) passes as it is; a builtin
** that takes values too (array_multisort's prefer-reference, a foreign function's trampoline)
** gets no notice. */
static rt_value_t ref_arg_notice(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_func_t *fn = phpvm_callee_func(stack_at(args[0]));
    if (phpvm_is_ref(stack_at(args[1])) ||
        (fn->builtin && (fn->builtin->byref == UINT32_MAX || phpvm_foreign_is_call(fn))))
        return rt_none;
    return notice("Only variables should be passed by reference");
}

/* args[0]: where the callee sits on the calling frame's value stack, args[1]: the name of its
** by-reference parameter that a named argument sent a value: PHP's Error. */
static rt_value_t ref_arg_error(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    phpvm_func_t *fn = phpvm_callee_func(stack_at(args[0]));
    char name[256];
    phpvm_func_display(fn, name, sizeof name);
    int i = (int)phpvm_param_index(fn, phpvm_str(args[1]));
    return phpvm_throw("Error", "%s(): Argument #%d ($%s) cannot be passed by reference", name,
                       i + 1, phpvm_str(args[1])->data);
}

/* args[0]: where a call's result sits on the calling frame's value stack, bound by reference
** (`$x = &f()`, args[1] 0) or returned by a by-reference function (args[1] 1): when the callee
** returned a value, PHP's notice, and the value becomes a new reference in place. */
static rt_value_t ref_result_notice(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    static const char *const msgs[] = {"Only variables should be assigned by reference",
                                       "Only variable references should be returned by reference"};
    rt_frame_t *f = rt_ts->frame;
    rt_value_t *slot = &f->slots[f->code->nlocals + rt_small_value(args[0])];
    if (phpvm_is_ref(*slot))
        return rt_none;
    if (!notice(msgs[rt_small_value(args[1]) != 0]))
        return RT_NOVALUE;
    *slot = rt_from_ptr(phpvm_ref_new(*slot));
    return rt_none;
}

static const phpvm_builtin_t ref_return_notice_def = {"reference return notice",
                                                      ref_return_notice, 1, 1, "value", 1};
static const phpvm_builtin_t ref_arg_notice_def = {"reference argument notice", ref_arg_notice,
                                                   2, 2, "callee,value", 0};
static const phpvm_builtin_t ref_arg_error_def = {"reference argument error", ref_arg_error, 2, 2,
                                                  "callee,name", 0};

static const phpvm_builtin_t ref_result_notice_def = {"reference result notice",
                                                      ref_result_notice, 2, 2, "result,kind", 0};

phpvm_func_t *phpvm_ref_return_notice_fn, *phpvm_ref_arg_notice_fn, *phpvm_ref_arg_error_fn,
    *phpvm_ref_result_notice_fn;

void phpvm_call_init(void)
{
    phpvm_hidden_builtin(&phpvm_ref_return_notice_fn, &ref_return_notice_def);
    phpvm_hidden_builtin(&phpvm_ref_arg_notice_fn, &ref_arg_notice_def);
    phpvm_hidden_builtin(&phpvm_ref_arg_error_fn, &ref_arg_error_def);
    phpvm_hidden_builtin(&phpvm_ref_result_notice_fn, &ref_result_notice_def);
    gc_root_add(phpvm_admit_cache, sizeof phpvm_admit_cache / (sizeof(void *)));
}

rt_value_t phpvm_call_func_ref(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc)
{
    if (!rt_cstack_ok()) { /* C re-entering the interpreter (callbacks) too deeply */
        rt_ts->overflow = RT_FRAME_STACK_FULL;
        return rt_frame_raise_overflow(rt_ts, RT_LANG_PHP);
    }
    phpvm_func_t *fn = phpvm_callee_func(callee);
    rt_thread_t *ts = rt_ts;
    rt_frame_t *nf;
    if (binds_plain(fn, args, argc)) { /* the callbacks' common case: nothing to warn about */
        nf = push_plain(ts, fn, callee, ctx, args, argc);
    } else {
        rt_value_t packed[2];
        if (fn->flags & PHPVM_F_TRAMPOLINE) {
            fn = phpvm_trampoline_call(&callee, &ctx, phpvm_args_array(args, argc), packed);
            args = packed;
            argc = 2;
        }
        if (fn->builtin) { /* it dereferences its arguments in place: the caller's stay */
            if ((fn->builtin->byref & ~(PHPVM_B_NAMED_REST | PHPVM_B_NO_DYNAMIC |
                                        PHPVM_B_GLOBAL_SCOPE_FIRST)) &&
                !warn_builtin_values_for_refs(fn, args, argc))
                return RT_NOVALUE;
            rt_value_t copy[argc > 0 ? argc : 1];
            for (int i = 0; i < argc; i++)
                copy[i] = args[i];
            if (phpvm_is_closure(callee))
                ctx = phpvm_closure_ctx((phpvm_closure_t *)rt_ptr(callee));
            return phpvm_call_builtin(fn, ctx, copy, argc);
        }
        uint32_t shape = phpvm_func_shape(fn);
        if ((!(shape & PHPVM_F_CLASSIFIED) || (shape & PHPVM_F_BYREF_PARAMS)) &&
            !warn_values_for_refs(fn, args, argc))
            return RT_NOVALUE;
        nf = phpvm_push_call(ts, fn, callee, ctx, args, argc);
        if (nf && (fn->flags & PHPVM_F_GENERATOR))
            return phpvm_gen_new(ts, nf);
    }
    if (!nf)
        return RT_NOVALUE;
    nf->flags |= RT_FRAME_ENTRY;
    return phpvm_interp(nf);
}

rt_value_t phpvm_call_value(rt_value_t callable, rt_value_t *args, int argc)
{
    rt_value_t callee, ctx;
    if (!phpvm_callable(callable, &callee, &ctx, true))
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, args, argc);
}

/* ---- Constants, globals, statics ---- */

rt_value_t phpvm_const_lookup(rt_str_t *name)
{
    rt_value_t v = rt_map_get_str(phpvm_vm->constants, name);
    if (v == RT_NOVALUE && name->data[0] == '\\')
        v = rt_map_get_str(phpvm_vm->constants, rt_str_from_cstr(name->data + 1));
    if (v == RT_NOVALUE)
        return phpvm_throw("Error", "Undefined constant \"%s\"", name->data);
    return v;
}

bool phpvm_const_define(rt_str_t *name, rt_value_t v)
{
    if (rt_map_get_str(phpvm_vm->constants, name) != RT_NOVALUE) {
        phpvm_error(PHPVM_E_WARNING, "Constant %s already defined", name->data);
        return true;
    }
    rt_map_set_str(phpvm_vm->constants, name, phpvm_share(v));
    rt_version_bump(&phpvm_vm->constants_version);
    return true;
}

/* Where the static variables of the running callee live: each object of a declared closure has
** its own (PHP 8.2); functions and methods, and closures made of them, share the function's
** (an inherited method shares its parent's: the same phpvm_func_t). */
static phpvm_array_t *statics_of(rt_value_t callee)
{
    phpvm_func_t *fn = phpvm_callee_func(callee);
    if (phpvm_is_closure(callee) && (fn->flags & PHPVM_F_CLOSURE)) {
        phpvm_closure_t *cl = (phpvm_closure_t *)rt_ptr(callee);
        if (!cl->statics)
            RT_STORE(cl, statics, phpvm_array_new(0));
        return cl->statics;
    }
    if (!fn->statics)
        RT_STORE(fn, statics, phpvm_array_new(0));
    return fn->statics;
}

phpvm_ref_t *phpvm_static_var(rt_frame_t *f, rt_str_t *name, bool *is_new)
{
    phpvm_array_t *statics = statics_of(f->slots[PHPVM_SLOT_FUNC]);
    rt_value_t r = rt_map_get_str(statics, name);
    if (r != RT_NOVALUE) {
        *is_new = false;
        return (phpvm_ref_t *)rt_ptr(r);
    }
    phpvm_ref_t *ref = phpvm_ref_new(rt_none);
    rt_map_set_str(statics, name, rt_from_ptr(ref));
    *is_new = true;
    return ref;
}

phpvm_ref_t *phpvm_global_ref(rt_str_t *name)
{
    rt_frame_t *m = phpvm_vm->main_frame;
    if (m) {
        phpvm_code_t *code = (phpvm_code_t *)m->code;
        for (uint32_t i = 0; i < code->ncv; i++) {
            if (!rt_str_eq(phpvm_str(rt_tuple_get(code->cvnames, i)), name))
                continue;
            rt_value_t *slot = &m->slots[PHPVM_NHIDDEN + i];
            if (!phpvm_is_ref(*slot))
                *slot = rt_from_ptr(phpvm_ref_new(*slot ? *slot : rt_none));
            return (phpvm_ref_t *)rt_ptr(*slot);
        }
    }
    rt_value_t r = rt_map_get_str(phpvm_vm->globals_extra, name);
    if (r != RT_NOVALUE)
        return (phpvm_ref_t *)rt_ptr(r);
    phpvm_ref_t *ref = phpvm_ref_new(rt_none);
    rt_map_set_str(phpvm_vm->globals_extra, name, rt_from_ptr(ref));
    return ref;
}

void phpvm_globals_keep(void)
{
    rt_frame_t *m = phpvm_vm->main_frame;
    if (!m)
        return;
    phpvm_code_t *code = (phpvm_code_t *)m->code;
    for (uint32_t i = 0; i < code->ncv; i++) {
        rt_str_t *name = phpvm_str(rt_tuple_get(code->cvnames, i));
        rt_value_t *slot = &m->slots[PHPVM_NHIDDEN + i];
        if (*slot == RT_NOVALUE || (phpvm_is_ref(*slot) && !((phpvm_ref_t *)rt_ptr(*slot))->v))
            continue; /* unset: no global */
        if (!phpvm_is_ref(*slot)) {
            phpvm_ref_t *r = phpvm_ref_new(*slot);
            *slot = rt_from_ptr(r);
        }
        rt_map_set_str(phpvm_vm->globals_extra, name, *slot);
    }
}

/* ---- Variables by name ($$name, ${expr}, compact, extract) ---- */

static rt_value_t *cv_slot(rt_frame_t *f, rt_str_t *name)
{
    phpvm_code_t *code = (phpvm_code_t *)f->code;
    for (uint32_t i = 0; i < code->ncv; i++)
        if (rt_str_eq(phpvm_str(rt_tuple_get(code->cvnames, i)), name))
            return &f->slots[PHPVM_NHIDDEN + i];
    return NULL;
}

/* The frame whose variables an included file's frame f shares: the including function or the
** main frame, through nested includes. */
static rt_frame_t *scope_root(rt_frame_t *f)
{
    while ((f->flags & PHPVM_FRAME_INCLUDE) && f->prev)
        f = f->prev;
    return f;
}

phpvm_array_t *phpvm_var_extra(rt_frame_t *f, bool create)
{
    f = scope_root(f);
    if (f->code->flags & PHPVM_CODE_MAIN)
        return phpvm_vm->globals_extra;
    rt_value_t *slot = cv_slot(f, rt_str_from_cstr(""));
    if (!slot)
        return NULL;
    if (!*slot && create)
        *slot = rt_from_ptr(phpvm_array_new(0));
    return *slot ? phpvm_arr(*slot) : NULL;
}

rt_value_t phpvm_var_get(rt_frame_t *f, rt_str_t *name)
{
    if (strcmp(name->data, "this") == 0 && f->slots[PHPVM_SLOT_THIS])
        return f->slots[PHPVM_SLOT_THIS];
    rt_value_t *slot = cv_slot(f, name);
    if (slot) {
        rt_value_t v = phpvm_deref(*slot);
        if (phpvm_is_str(v))
            rt_str_disown(phpvm_str(v)); /* it leaves its variable (str.h) */
        return v;
    }
    phpvm_array_t *tab = phpvm_var_extra(f, false);
    rt_value_t r = tab && name->len ? rt_map_get_str(tab, name) : RT_NOVALUE;
    return r == RT_NOVALUE ? RT_NOVALUE : phpvm_deref(r);
}

phpvm_ref_t *phpvm_var_ref(rt_frame_t *f, rt_str_t *name)
{
    rt_value_t *slot = cv_slot(f, name);
    if (slot) {
        if (!phpvm_is_ref(*slot))
            *slot = rt_from_ptr(phpvm_ref_new(*slot ? *slot : rt_none));
        return (phpvm_ref_t *)rt_ptr(*slot);
    }
    phpvm_array_t *tab = phpvm_var_extra(f, true);
    rt_value_t r = tab ? rt_map_get_str(tab, name) : RT_NOVALUE;
    if (r != RT_NOVALUE)
        return (phpvm_ref_t *)rt_ptr(r);
    phpvm_ref_t *ref = phpvm_ref_new(rt_none);
    if (tab)
        rt_map_set_str(tab, name, rt_from_ptr(ref));
    return ref;
}

void phpvm_var_bind(rt_frame_t *f, rt_str_t *name, phpvm_ref_t *r)
{
    rt_value_t *slot = cv_slot(f, name);
    if (slot) {
        *slot = rt_from_ptr(r);
        return;
    }
    phpvm_array_t *tab = phpvm_var_extra(f, true);
    if (tab)
        rt_map_set_str(tab, name, rt_from_ptr(r));
}

void phpvm_var_unset(rt_frame_t *f, rt_str_t *name)
{
    rt_value_t *slot = cv_slot(f, name);
    if (slot) {
        *slot = RT_NOVALUE;
        return;
    }
    phpvm_array_t *tab = phpvm_var_extra(f, false);
    if (tab)
        phpvm_array_del(tab, rt_from_ptr(name));
}

void phpvm_param_default(rt_frame_t *f, const uint8_t *ip, rt_value_t v)
{
    rt_value_t *slots = f->slots;
    uint32_t p = phpvm_operand(ip, 0), mask = phpvm_operand(ip, 1);
    slots[p] = phpvm_share(phpvm_deref(v));
    uint32_t i = p - PHPVM_NHIDDEN;
    if (i < 62)
        slots[mask] = rt_small((slots[mask] == RT_NOVALUE ? 0 : rt_small_value(slots[mask])) |
                               (int64_t)1 << i);
}

uint32_t phpvm_params_passed(const rt_frame_t *f, const phpvm_func_t *fn)
{
    uint32_t n = fn->nparams;
    rt_value_t m = fn->defaults_slot ? f->slots[fn->defaults_slot] : RT_NOVALUE;
    if (m == RT_NOVALUE)
        return n;
    rt_value_t last = n ? phpvm_deref(f->slots[PHPVM_NHIDDEN + n - 1]) : RT_NOVALUE;
    if (n && (fn->pflags[n - 1] & PHPVM_P_VARIADIC) && phpvm_is_array(last) &&
        rt_map_count(phpvm_arr(last)) == 0)
        n--; /* an empty variadic parameter: nothing passed there */
    while (n > 0 && n - 1 < 62 && (rt_small_value(m) >> (n - 1) & 1))
        n--;
    return n;
}

phpvm_array_t *phpvm_var_all(rt_frame_t *f)
{
    rt_frame_t *root = scope_root(f);
    phpvm_array_t *out = root != f ? phpvm_var_all(root) : phpvm_array_new(0);
    phpvm_code_t *code = (phpvm_code_t *)f->code;
    const phpvm_func_t *fn = phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC]);
    for (uint32_t i = 0; i < code->ncv; i++) {
        rt_str_t *n = phpvm_str(rt_tuple_get(code->cvnames, i));
        rt_value_t v = phpvm_deref(f->slots[PHPVM_NHIDDEN + i]);
        uint32_t slot = PHPVM_NHIDDEN + i;
        if (n->len && v != RT_NOVALUE && slot != fn->args_slot && slot != fn->defaults_slot)
            rt_map_set_str(out, n, phpvm_share(v));
    }
    phpvm_array_t *tab = root == f ? phpvm_var_extra(f, false) : NULL;
    for (int64_t p = tab ? phpvm_array_first(tab) : -1; p >= 0; p = phpvm_array_next(tab, p)) {
        rt_value_t v = phpvm_array_val_at(tab, p);
        if (phpvm_deref(v) != RT_NOVALUE)
            phpvm_array_set(out, phpvm_array_key_at(tab, p), phpvm_share(v));
    }
    return out;
}
