/*
** foreign.c: PHP's operations on foreign values (ARCHITECTURE.md section 2): a value whose type
** carries a foreign rt_phpslots table (a Python list, function, class or instance that reached
** PHP code) is used through that table's hooks, installed by bridge/. phpvm's generic paths
** (property and dimension access, calls, foreach, casts, count, ==) test phpvm_is_foreign and
** come here; this file turns a missing hook into PHP's own error for that operation.
** Calls go through one builtin trampoline whose parameters are all by reference, so that a PHP
** array given to a foreign function can be shared with it (BRIDGE.md: arrays cross by reference).
*/
#include "phpvm/interp.h"

phpvm_func_t *phpvm_foreign_call_fn;
rt_code_t *(*phpvm_foreign_code_hook)(rt_value_t f, uint32_t argc);

static const char *class_name(rt_value_t obj)
{
    return (*phpvm_foreign_slots(obj)->cls)->name->data;
}

/* Calls the foreign callable of trampoline fn (ctx: its own callable for phpvm_foreign_call_fn;
** $this first for a foreign method). */
static rt_value_t call_target(phpvm_func_t *fn, rt_value_t ctx, rt_value_t *args, int argc,
                              rt_tuple_t *names)
{
    if (!fn->foreign)
        return phpvm_foreign_slots(ctx)->call(ctx, args, argc, names);
    if (!fn->scope || !rt_is_ptr(ctx) || phpvm_kind(ctx) != PHPVM_OBJECT)
        return phpvm_foreign_slots(fn->foreign)->call(fn->foreign, args, argc, names);
    rt_value_t all[argc + 1];
    all[0] = ctx;
    for (int i = 0; i < argc; i++)
        all[i + 1] = args[i];
    return phpvm_foreign_slots(fn->foreign)->call(fn->foreign, all, argc + 1, names);
}

/* The trampoline's C function. For phpvm_foreign_call_fn itself self is the foreign callable;
** a function made by phpvm_foreign_func names its callable in `foreign`, and as a method it
** receives $this (self) as its first argument. */
static rt_value_t call_foreign(rt_value_t self, rt_value_t *args, int argc)
{
    return call_target(phpvm_bcalls->func, self, args, argc, NULL);
}

/* All parameters by reference (bit 31 with min_args 0); a non-variable argument arrives in a
** fresh reference cell, as for any by-reference builtin parameter. */
static const phpvm_builtin_t foreign_call_builtin = {"__invoke", call_foreign, 0, -1, "",
                                                     UINT32_C(1) << 31};

void phpvm_foreign_init(void)
{
    phpvm_foreign_call_fn = phpvm_func_new(rt_str_from_cstr("__invoke"));
    phpvm_foreign_call_fn->builtin = &foreign_call_builtin;
    gc_root_add(&phpvm_foreign_call_fn, 1);
}

phpvm_func_t *phpvm_foreign_func(rt_str_t *name, rt_value_t target, phpvm_class_t *scope)
{
    phpvm_func_t *f = phpvm_func_new(name);
    f->builtin = &foreign_call_builtin;
    RT_STORE(f, foreign, target);
    RT_STORE(f, scope, scope);
    f->flags = PHPVM_F_PUBLIC;
    return f;
}

bool phpvm_foreign_is_call(const phpvm_func_t *fn)
{
    return fn->builtin == &foreign_call_builtin;
}

rt_value_t phpvm_foreign_call_array(phpvm_func_t *fn, rt_value_t ctx, phpvm_array_t *arr)
{
    int64_t n = rt_map_count(arr), nnamed = 0;
    for (int64_t p = phpvm_array_first(arr); p >= 0; p = phpvm_array_next(arr, p))
        nnamed += phpvm_is_str(phpvm_array_key_at(arr, p));
    rt_value_t args[n > 0 ? n : 1];
    rt_tuple_t *names = nnamed ? rt_tuple_new(nnamed) : NULL;
    int64_t npos = 0, inamed = 0;
    for (int64_t p = phpvm_array_first(arr); p >= 0; p = phpvm_array_next(arr, p)) {
        rt_value_t k = phpvm_array_key_at(arr, p), v = rt_map_value_at(arr, p);
        if (!phpvm_is_str(k)) {
            if (inamed)
                return phpvm_throw("Error", "Cannot use positional argument after named argument");
            args[npos++] = v;
            continue;
        }
        rt_tuple_init_item(names, inamed, k);
        args[n - nnamed + inamed++] = v;
    }
    return call_target(fn, ctx, args, (int)n, names);
}

bool phpvm_foreign_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise)
{
    if (!phpvm_foreign_slots(v)->call) {
        if (raise)
            phpvm_throw("Error", "Object of type %s is not callable", class_name(v));
        return false;
    }
    *callee = rt_from_ptr(phpvm_foreign_call_fn);
    *ctx = v;
    return true;
}

bool phpvm_foreign_method(rt_value_t obj, rt_str_t *name, rt_value_t *callee, rt_value_t *ctx)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->method) {
        phpvm_throw("Error", "Call to undefined method %s::%s()", class_name(obj), name->data);
        return false;
    }
    rt_value_t m = s->method(obj, name);
    if (m == RT_NOVALUE)
        return false;
    if (!phpvm_is_foreign(m))
        return phpvm_callable(m, callee, ctx, true);
    return phpvm_foreign_callable(m, callee, ctx, true);
}

rt_value_t phpvm_foreign_prop_read(rt_value_t obj, rt_str_t *name, bool quiet)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (s->prop_read)
        return s->prop_read(obj, name);
    if (!quiet)
        phpvm_error(PHPVM_E_WARNING, "Undefined property: %s::$%s", class_name(obj), name->data);
    return rt_none;
}

bool phpvm_foreign_prop_isset(rt_value_t obj, rt_str_t *name)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->prop_read)
        return false;
    rt_value_t v = s->prop_read(obj, name);
    if (v == RT_NOVALUE)
        rt_exc_clear(); /* a missing attribute is simply not set */
    return v != RT_NOVALUE && phpvm_deref(v) != rt_none;
}

bool phpvm_foreign_prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (s->prop_write)
        return s->prop_write(obj, name, v);
    phpvm_throw("Error", "Cannot create dynamic property %s::$%s", class_name(obj), name->data);
    return false;
}

rt_value_t phpvm_foreign_dim_read(rt_value_t obj, rt_value_t key, bool quiet)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->dim_read)
        return phpvm_throw("Error", "Cannot use object of type %s as array", class_name(obj));
    rt_value_t v = s->dim_read(obj, phpvm_deref(key), quiet);
    return v == RT_NOVALUE && !rt_exc_pending() ? rt_none : v;
}

bool phpvm_foreign_dim_isset(rt_value_t obj, rt_value_t key)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->dim_read)
        return false;
    rt_value_t v = s->dim_read(obj, phpvm_deref(key), true);
    if (v == RT_NOVALUE)
        rt_exc_clear();
    return v != RT_NOVALUE && v != rt_none;
}

bool phpvm_foreign_dim_write(rt_value_t obj, rt_value_t key, rt_value_t v)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->dim_write) {
        phpvm_throw("Error", "Cannot use object of type %s as array", class_name(obj));
        return false;
    }
    return s->dim_write(obj, key == RT_NOVALUE ? key : phpvm_deref(key), phpvm_deref(v));
}

rt_value_t phpvm_foreign_to_container(rt_value_t *slot, void *owner)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(*slot);
    if (!s->to_array)
        return *slot;
    rt_value_t a = s->to_array(*slot);
    if (a == RT_NOVALUE)
        return RT_NOVALUE;
    *slot = a;
    if (owner)
        gc_write_barrier(owner);
    return a;
}

rt_value_t phpvm_foreign_instantiate(rt_value_t cls)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(cls);
    if (s->instantiate)
        return s->instantiate(cls);
    return phpvm_throw("Error", "Cannot instantiate %s: it is no class", class_name(cls));
}

rt_value_t phpvm_foreign_iterate(rt_value_t obj)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (s->iterate)
        return s->iterate(obj);
    return rt_from_ptr(phpvm_array_new(0));
}

rt_str_t *phpvm_foreign_to_string(rt_value_t obj)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (s->to_string)
        return s->to_string(obj);
    phpvm_throw("Error", "Object of class %s could not be converted to string", class_name(obj));
    return NULL;
}

int64_t phpvm_foreign_count(rt_value_t obj)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (s->count)
        return s->count(obj);
    phpvm_throw("TypeError", "count(): Argument #1 ($value) must be of type Countable|array, %s given",
                class_name(obj));
    return -1;
}

int phpvm_foreign_equals(rt_value_t a, rt_value_t b)
{
    if (phpvm_is_foreign(a) && phpvm_foreign_slots(a)->equals)
        return phpvm_foreign_slots(a)->equals(a, b);
    if (phpvm_is_foreign(b) && phpvm_foreign_slots(b)->equals)
        return phpvm_foreign_slots(b)->equals(b, a);
    return a == b;
}

bool (*phpvm_instanceof_hook)(rt_value_t v, rt_str_t *name);
rt_value_t (*phpvm_scope_hook)(rt_value_t enclosing, rt_str_t *name);

rt_value_t phpvm_scope_lookup(rt_frame_t *f, rt_str_t *name)
{
    rt_value_t callee = f->slots[PHPVM_SLOT_FUNC];
    if (!phpvm_scope_hook || !callee)
        return RT_NOVALUE;
    phpvm_func_t *fn = phpvm_callee_func(callee);
    if (!fn->foreign || phpvm_foreign_is_call(fn))
        return RT_NOVALUE;
    return phpvm_scope_hook(fn->foreign, name);
}

bool phpvm_instanceof_foreign(rt_value_t v, rt_str_t *name)
{
    return phpvm_instanceof_hook && phpvm_instanceof_hook(v, name);
}

phpvm_array_t *phpvm_foreign_entries(rt_value_t obj)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->to_array)
        return phpvm_array_new(0);
    rt_value_t a = s->to_array(obj);
    return a == RT_NOVALUE ? NULL : phpvm_arr(a);
}

phpvm_array_t *phpvm_foreign_debug(rt_value_t obj, rt_str_t **name, uint64_t *id)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(obj);
    if (!s->debug)
        return phpvm_foreign_entries(obj);
    rt_value_t a = s->debug(obj, name, id);
    return a == RT_NOVALUE ? NULL : phpvm_arr(a);
}
