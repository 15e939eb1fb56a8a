/*
** closure.c: the methods of the built-in Closure class: bind/bindTo (a copy of the closure with
** another $this and class scope), call (run it once bound to an object), fromCallable (the
** closure of any callable value, as the first-class callable syntax makes it); what var_dump
** shows of a closure.
*/
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

/* A copy of cl. A declared closure's copy made by bind has static variables of its own that
** start with cl's values; call()'s runs cl itself and shares them (`share_statics`). */
static phpvm_closure_t *copy_closure(phpvm_closure_t *cl, bool share_statics)
{
    phpvm_closure_t *c = rt_alloc(&phpvm_type_closure, sizeof *c);
    memcpy((char *)c + sizeof(rt_obj_t), (const char *)cl + sizeof(rt_obj_t),
           sizeof *c - sizeof(rt_obj_t));
    c->id = 0;
    c->statics = NULL;
    gc_write_barrier(c);
    if (share_statics && (cl->func->flags & PHPVM_F_CLOSURE)) {
        if (!cl->statics)
            RT_STORE(cl, statics, phpvm_array_new(0));
        RT_STORE(c, statics, cl->statics);
    } else if (cl->statics) {
        /* the copy starts with the static variables' current values, in cells of its own */
        phpvm_array_t *st = phpvm_array_new(rt_map_count(cl->statics));
        RT_STORE(c, statics, st);
        for (int64_t p = phpvm_array_first(cl->statics); p >= 0;
             p = phpvm_array_next(cl->statics, p))
            phpvm_array_set(st, phpvm_array_key_at(cl->statics, p),
                            rt_from_ptr(phpvm_ref_new(
                                phpvm_share(phpvm_array_val_at(cl->statics, p)))));
    }
    return c;
}

/* The closure bound to new_this (an object or null) and scope (an object, a class name, or
** RT_NOVALUE: "static", the current one); RT_NOVALUE with an Error pending. */
static rt_value_t bind(rt_value_t closure, rt_value_t new_this, rt_value_t scope)
{
    closure = phpvm_deref(closure);
    new_this = phpvm_deref(new_this);
    if (!phpvm_is_closure(closure))
        return phpvm_throw("TypeError", "Closure::bind(): Argument #1 ($closure) must be of "
                                        "type Closure, %s given", phpvm_type_name(closure));
    phpvm_closure_t *c = copy_closure((phpvm_closure_t *)rt_ptr(closure), false);
    if (new_this != rt_none && !phpvm_is_object(new_this))
        return phpvm_throw("TypeError", "Closure::bindTo(): Argument #1 ($newThis) must be of "
                                        "type ?object, %s given", phpvm_type_name(new_this));
    if (new_this != rt_none && (c->func->flags & PHPVM_F_STATIC)) {
        phpvm_error(PHPVM_E_WARNING, "Cannot bind an instance to a static closure");
        return rt_none;
    }
    c->this_ = new_this == rt_none ? 0 : new_this;
    c->called = NULL; /* static:: is the new $this's class, else the scope */
    scope = scope == RT_NOVALUE ? RT_NOVALUE : phpvm_deref(scope);
    if (phpvm_is_object(scope)) {
        c->scope = phpvm_obj(scope)->cls;
    } else if (scope != RT_NOVALUE && scope != rt_none) {
        rt_str_t *name = phpvm_to_str(scope);
        if (!name)
            return RT_NOVALUE;
        if (strcasecmp(name->data, "static") != 0) {
            phpvm_class_t *k = phpvm_class_lookup(name, false);
            if (!k) {
                phpvm_error(PHPVM_E_WARNING, "Class \"%s\" not found", name->data);
                return rt_none;
            }
            c->scope = k;
        }
    }
    gc_write_barrier(c);
    return rt_from_ptr(c);
}

static rt_value_t fn_bind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return bind(args[0], args[1], argc > 2 ? args[2] : RT_NOVALUE);
}

static rt_value_t fn_bind_to(rt_value_t self, rt_value_t *args, int argc)
{
    return bind(self, args[0], argc > 1 ? args[1] : RT_NOVALUE);
}

static rt_value_t fn_call(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *named = phpvm_named_extra_take();
    rt_value_t obj = phpvm_deref(args[0]);
    if (!phpvm_is_object(obj))
        return phpvm_throw("TypeError", "Closure::call(): Argument #1 ($newThis) must be of type "
                                        "object, %s given", phpvm_type_name(obj));
    phpvm_closure_t *c = copy_closure((phpvm_closure_t *)rt_ptr(self), true);
    c->this_ = obj;
    c->scope = phpvm_obj(obj)->cls;
    c->called = NULL;
    gc_write_barrier(c);
    return phpvm_call_named(rt_from_ptr(c), rt_none, args + 1, argc - 1, named);
}

static rt_value_t fn_from_callable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t callee, ctx;
    if (!phpvm_callable(args[0], &callee, &ctx, false)) {
        char why[512];
        phpvm_callable_reason(args[0], why, sizeof why);
        return phpvm_throw("TypeError", "Failed to create closure from callable: %s", why);
    }
    if (!phpvm_callable(args[0], &callee, &ctx, true))
        return RT_NOVALUE;
    return phpvm_closure_from(callee, ctx);
}

static rt_value_t fn_invoke(rt_value_t self, rt_value_t *args, int argc)
{
    return phpvm_call_named(self, rt_none, args, argc, phpvm_named_extra_take());
}

static const phpvm_builtin_t closure_methods[] = {
    {"bind", fn_bind, 2, 3, "closure,newThis,newScope", 0},
    {"bindTo", fn_bind_to, 1, 2, "newThis,newScope", 0},
    {"call", fn_call, 1, -1, "newThis,args", PHPVM_B_NAMED_REST},
    {"fromCallable", fn_from_callable, 1, 1, "callback", 0},
    {"__invoke", fn_invoke, 0, -1, "args", PHPVM_B_NAMED_REST},
    {NULL, NULL, 0, 0, NULL, 0},
};

static rt_value_t cstr(const char *s) { return phpvm_str_value(s, strlen(s)); }

phpvm_array_t *phpvm_closure_debug(rt_value_t closure)
{
    char buf[512];
    phpvm_closure_t *cl = (phpvm_closure_t *)rt_ptr(closure);
    phpvm_func_t *fn = cl->func;
    phpvm_array_t *d = phpvm_array_new(0);
    if (!(fn->flags & PHPVM_F_CLOSURE)) {
        rt_value_t name = rt_from_ptr(fn->name);
        if (fn->scope) {
            snprintf(buf, sizeof buf, "%s::%s", fn->scope->name->data, fn->name->data);
            name = cstr(buf);
        }
        phpvm_array_set(d, cstr("function"), name);
    }
    phpvm_array_t *st = phpvm_array_new(0);
    for (uint32_t i = 0; i < fn->nuses; i++)
        phpvm_array_set(st, rt_tuple_get(fn->code->cvnames, fn->nparams + i),
                        phpvm_share(rt_tuple_get(cl->uses, i)));
    phpvm_array_t *own = (fn->flags & PHPVM_F_CLOSURE) ? cl->statics : fn->statics;
    for (int64_t p = own ? phpvm_array_first(own) : -1; p >= 0; p = phpvm_array_next(own, p))
        phpvm_array_set(st, phpvm_array_key_at(own, p),
                        phpvm_share(phpvm_deref(rt_map_value_at(own, p))));
    if (rt_map_count(st))
        phpvm_array_set(d, cstr("static"), rt_from_ptr(st));
    if (cl->this_)
        phpvm_array_set(d, cstr("this"), cl->this_);
    phpvm_array_t *ps = phpvm_array_new(0);
    const char *bp = fn->builtin ? fn->builtin->params : NULL;
    for (uint32_t i = 0; fn->builtin ? bp && *bp : i < fn->nparams; i++) {
        const char *pn = bp;
        int len = 0;
        if (bp) {
            const char *end = strchr(bp, ',');
            len = end ? (int)(end - bp) : (int)strlen(bp);
            bp = end ? end + 1 : bp + len;
        } else {
            pn = phpvm_str(rt_tuple_get(fn->pnames, i))->data;
            len = (int)strlen(pn);
        }
        uint32_t required = fn->builtin ? (uint32_t)fn->builtin->min_args : fn->nrequired;
        snprintf(buf, sizeof buf, "%s$%.*s", phpvm_param_byref(closure, i) ? "&" : "", len, pn);
        phpvm_array_set(ps, cstr(buf), cstr(i < required ? "<required>" : "<optional>"));
    }
    if (rt_map_count(ps))
        phpvm_array_set(d, cstr("parameter"), rt_from_ptr(ps));
    return d;
}

void phpvm_closure_init(phpvm_class_t *closure)
{
    phpvm_class_add_methods(closure, closure_methods);
    static const char *const statics[] = {"bind", "fromcallable"};
    for (size_t i = 0; i < sizeof statics / sizeof statics[0]; i++)
        phpvm_class_method(closure, rt_str_from_cstr(statics[i]))->flags |= PHPVM_F_STATIC;
}
