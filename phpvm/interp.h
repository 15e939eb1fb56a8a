/*
** interp.h: what interp.c and its helpers (call.c, access.c) share (internal to phpvm/).
** The handlers in handlers.inc are plain C that already obeys JIT.md's rules (guards before
** effects, loops only in helpers); jit/jvocab_interp.h did not exist when they were written.
*/
#ifndef PHPVM_INTERP_H
#define PHPVM_INTERP_H

#include "jit/jit.h"
#include "phpvm/ops.h"
#include "phpvm/vm.h"

/* Pushes and binds a frame for a call of a user function (NULL with an exception pending: the
** frame is not pushed then). args may contain RT_NOVALUE holes (named arguments skipped). */
rt_frame_t *phpvm_push_call(rt_thread_t *ts, phpvm_func_t *fn, rt_value_t callee, rt_value_t ctx,
                            rt_value_t *args, int argc);
/* Computes fn's PHPVM_F_PLAIN and PHPVM_F_UNTYPED bits, once its code knows whether it uses
** superglobals (its first call), and returns its flags. Never allocates. */
uint32_t phpvm_func_classify(phpvm_func_t *fn);
/* fn's flags with the call-shape bits (PHPVM_F_CLASSIFIED...) when they are known. */
static inline uint32_t phpvm_func_shape(const phpvm_func_t *fn)
{
    uint32_t fl = fn->flags;
    return (fl & PHPVM_F_CLASSIFIED) ? fl : phpvm_func_classify((phpvm_func_t *)fn);
}
/* Runs builtin fn on arguments phpvm_call_builtin's checks passed (count, dereferenced,
** references made), recorded in phpvm_bcalls while it runs (traces, debug_backtrace). */
static inline __attribute__((always_inline)) rt_value_t phpvm_builtin_invoke(phpvm_func_t *fn,
                                                                           rt_value_t ctx,
                                                                           rt_value_t *args,
                                                                           int argc)
{
    const phpvm_builtin_t *b = fn->builtin;
    const char *saved = phpvm_cur_builtin;
    phpvm_bcall_t bc = {phpvm_bcalls, rt_ts->frame, fn, b->name, args, argc, ctx};
    phpvm_cur_builtin = b->name;
    phpvm_bcalls = &bc;
    rt_value_t r = b->fn(ctx, args, argc);
    phpvm_bcalls = bc.prev;
    phpvm_cur_builtin = saved;
    return r;
}
/* Calls a builtin: checks the argument count, dereferences by-value arguments. */
rt_value_t phpvm_call_builtin(phpvm_func_t *fn, rt_value_t ctx, rt_value_t *args, int argc);
/* The same for the arguments of a spread call, held by a heap tuple. */
rt_value_t phpvm_call_builtin_tuple(phpvm_func_t *fn, rt_value_t ctx, rt_tuple_t *args);
/* The method `name` of obj as (callee, ctx), with __call as the fallback; false with Error pending. */
bool phpvm_method(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, rt_value_t *callee,
                  rt_value_t *ctx);
/* Whether `new` from scope may run constructor ctor (private or protected); false with PHP's
** Error pending otherwise. */
bool phpvm_ctor_accessible(const phpvm_func_t *ctor, const phpvm_class_t *scope);
/* Enters (key, scope) -> what into inline cache `index` of `code` (vm.h), in front of the
** entries there (the oldest one drops out when all ways are taken). Never allocates. */
void phpvm_cache_fill(phpvm_code_t *code, uint32_t index, rt_value_t key, phpvm_class_t *scope,
                      rt_value_t what);
/* The entry of inline cache c for (key, scope), or NULL. The loop has a constant bound. */
static inline const rt_value_t *phpvm_cache_find(const rt_value_t *c, rt_value_t key,
                                                 phpvm_class_t *scope)
{
    for (int w = 0; w < PHPVM_CACHE_WAYS; w++, c += PHPVM_CACHE_ENTRY)
        if (c[0] == key && c[1] == rt_from_ptr(scope))
            return c;
    return NULL;
}
/* After phpvm_method(obj, name, scope) gave callee: fills inline cache `index` of `code` when
** that holds for every instance of obj's class called from scope (a PHP object or a generator,
** keyed by phpvm_class_of; a method that is no __call trampoline), for every scope
** (PHPVM_CACHE_ANY_SCOPE) when it is public and no class of obj's line declares a private
** method of that name. Never allocates. */
void phpvm_method_cache(phpvm_code_t *code, uint32_t index, rt_value_t obj, rt_str_t *name,
                        phpvm_class_t *scope, rt_value_t callee);
/* After phpvm_static_method_lookup(k, name, self, scope) gave fn for INIT_STATIC: fills its
** inline cache `index` (key k) when that holds for every such call from scope (fn is no
** __call/__callStatic trampoline, k no trait, whose static methods deprecate each call). */
void phpvm_static_method_cache(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                               phpvm_class_t *scope, phpvm_func_t *fn);
/* The slow paths of the instructions whose inline caches (key the class, what the answer)
** remember what these return, entered into cache `index` of `code`; the handlers look there
** first (phpvm_cache_find). phpvm_class_sprop: the cell for (k, scope), valid until a static
** property is rebound to a reference (phpvm_vm->sprops_rebound; index UINT32_MAX: a dynamic
** name, not cached); may collect (the first access evaluates the statics); NULL with Error
** pending. */
phpvm_ref_t *phpvm_class_sprop_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                    rt_str_t *name, phpvm_class_t *scope);
/* phpvm_class_const_from(k, name, scope): a constant's value never changes once evaluated. May
** run PHP code; RT_NOVALUE with Error pending. */
rt_value_t phpvm_class_const_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                  rt_str_t *name, phpvm_class_t *scope);
/* phpvm_instanceof(k, of) as true or false, cached under (k, of). Never allocates. */
rt_value_t phpvm_instanceof_fill(phpvm_code_t *code, uint32_t index, phpvm_class_t *k,
                                 phpvm_class_t *of);
/* The arguments of a call as the array a magic __call receives. May collect. */
phpvm_array_t *phpvm_args_array(const rt_value_t *args, int argc);
/* ASSIGN_DEFAULT at ip in frame f: its parameter takes its default v, and the parameter's bit
** goes into the PHPVM_DEFAULTS_CV. */
void phpvm_param_default(rt_frame_t *f, const uint8_t *ip, rt_value_t v);
/* How many of a frame's parameters its call passed: up to the last that did not take its
** default (a trace's arguments). */
uint32_t phpvm_params_passed(const rt_frame_t *f, const phpvm_func_t *fn);
/* The function object of a callee value (a func or a closure). */
static inline phpvm_func_t *phpvm_callee_func(rt_value_t callee)
{
    if (phpvm_is_closure(callee))
        return ((phpvm_closure_t *)rt_ptr(callee))->func;
    return (phpvm_func_t *)rt_ptr(callee);
}
/* Expands an argument array (positional then named: CALL_ARRAY's, call_user_func_array's) into
** a tuple laid out by parameter position, skipped ones RT_NOVALUE. spread (CALL_ARRAY's): a
** positional argument after named ones, which a later spread added, takes the next position
** (PHP's SEND_UNPACK) instead of PHP's Error. NULL with an exception pending. */
rt_tuple_t *phpvm_expand_args(rt_value_t callee, phpvm_array_t *arr, bool spread);
/* Checks/coerces v against a declared type (weak mode, or strict: only int widens to float).
** false: v does not match (nothing pending; the caller words the TypeError). */
bool phpvm_coerce(const phpvm_typedecl_t *t, rt_value_t v, rt_value_t *out, phpvm_class_t *self,
                  bool strict);
/* Whether v passes declared type t unchanged by a check that needs no coercion or class
** lookup: a value of a kind t names (phpvm_coerce decides the rest). */
static inline bool phpvm_type_admits(const phpvm_typedecl_t *t, rt_value_t v)
{
    static const uint32_t kind_bit[] = {
        [PHPVM_NULL] = PHPVM_T_NULL,     [PHPVM_BOOL] = PHPVM_T_BOOL,
        [PHPVM_INT] = PHPVM_T_INT,       [PHPVM_FLOAT] = PHPVM_T_FLOAT,
        [PHPVM_STRING] = PHPVM_T_STRING, [PHPVM_ARRAY] = PHPVM_T_ARRAY,
        [PHPVM_OBJECT] = PHPVM_T_OBJECT, [PHPVM_REFCELL] = 0,
        [PHPVM_INTERNAL] = 0,
    };
    uint32_t m = (uint32_t)rt_small_value(rt_tuple_get(t, 0));
    return (m & (kind_bit[phpvm_kind(v)] | PHPVM_T_MIXED)) != 0;
}
/* The classes phpvm_type_admits_class admitted: (type, class, self) triples, direct-mapped by
** the type and the class (call.c). */
enum { PHPVM_ADMIT_WAYS = 256 };
typedef struct {
    const phpvm_typedecl_t *t;
    phpvm_class_t *k, *self;
} phpvm_admitted_t;
extern phpvm_admitted_t phpvm_admit_cache[PHPVM_ADMIT_WAYS];
static inline phpvm_admitted_t *phpvm_admit_entry(const phpvm_typedecl_t *t,
                                                  const phpvm_class_t *k)
{
    uintptr_t h = ((uintptr_t)t >> 4) ^ ((uintptr_t)k >> 6);
    return &phpvm_admit_cache[h % PHPVM_ADMIT_WAYS];
}
/* phpvm_type_admits_class past its cache. */
bool phpvm_type_admits_class_slow(const phpvm_typedecl_t *t, phpvm_class_t *k,
                                  phpvm_class_t *self);
/* Whether an object of class k passes declared type t
** by one of the classes t names (self and parent relative to `self`), without a lookup in the
** class table: false leaves the question to phpvm_coerce. A small cache remembers the
** classes admitted. Never allocates, never runs PHP code. */
static inline bool phpvm_type_admits_class(const phpvm_typedecl_t *t, phpvm_class_t *k,
                                           phpvm_class_t *self)
{
    const phpvm_admitted_t *e = phpvm_admit_entry(t, k);
    if (e->t == t && e->k == k && e->self == self)
        return true;
    return phpvm_type_admits_class_slow(t, k, self);
}
/* phpvm_type_admits, and for an object also by the classes t names (phpvm_type_admits_class):
** whether v passes t unchanged without phpvm_coerce. */
static inline bool phpvm_type_admits_as_is(const phpvm_typedecl_t *t, rt_value_t v,
                                           phpvm_class_t *self)
{
    return phpvm_type_admits(t, v) ||
           (phpvm_is_object(v) && phpvm_type_admits_class(t, phpvm_obj(v)->cls, self));
}
/* Whether argument word v binds to a parameter with flags pflags as it is (PHPVM_P_ASIS: known
** after phpvm_func_classify); false leaves the question to the full check. */
static inline bool phpvm_param_asis(uint32_t pflags, rt_value_t v)
{
    return (pflags >> (PHPVM_P_ASIS + (v & 3))) & 1;
}
/* Whether the running PHP code declared strict_types=1 (calls it makes, properties it sets). */
static inline bool phpvm_strict(void)
{
    rt_frame_t *f = rt_ts->frame;
    return f && f->lang == RT_LANG_PHP && (f->code->flags & PHPVM_CODE_STRICT);
}
/* Whether parameter i of callee is by reference (JMP_ARG_BYVAL asks it for each argument of
** a call whose callee the compiler did not know). */
static inline bool phpvm_param_byref(rt_value_t callee, uint32_t i)
{
    phpvm_func_t *f = phpvm_callee_func(callee);
    if (f->builtin) {
        uint32_t m = f->builtin->byref;
        return (i < 29 && ((m >> i) & 1)) || ((m >> 31) && i >= (uint32_t)f->builtin->min_args);
    }
    if (f->nparams == 0)
        return false;
    if (i >= f->nparams) {
        if (!(f->flags & PHPVM_F_VARIADIC))
            return false;
        i = f->nparams - 1;
    }
    return (f->pflags[i] & PHPVM_P_BYREF) != 0;
}

/* The position of fn's parameter called name (not its variadic one), or -1. */
int64_t phpvm_param_index(phpvm_func_t *fn, rt_str_t *name);
/* Whether callee's parameter called name is by reference (a named argument's). */
bool phpvm_param_byref_named(rt_value_t callee, rt_str_t *name);
/* Whether parameter op of callee is by reference, op a JMP_ARG_BYVAL operand of code (a
** position, or a name or a range by the flags PHPVM_ARG_NAMED and PHPVM_ARG_FROM). */
bool phpvm_arg_byref(rt_value_t callee, const rt_code_t *code, uint32_t op);

/* The running scope class of a frame (its function's class), or NULL. */
static inline phpvm_class_t *phpvm_frame_scope(const rt_frame_t *f)
{
    rt_value_t callee = f->slots[PHPVM_SLOT_FUNC];
    if (!callee)
        return NULL;
    /* the slot holds 0 or a pointer: no tag test */
    if (rt_obj_type(rt_ptr(callee)) == &phpvm_type_closure)
        return ((phpvm_closure_t *)rt_ptr(callee))->scope;
    return ((phpvm_func_t *)rt_ptr(callee))->scope;
}

/* The hidden slots $this and the called class of a new frame s for a call of fn (no closure)
** from its context: an object, a class, or anything else (null) that gives none. */
static inline __attribute__((always_inline)) void phpvm_bind_ctx(rt_value_t *s,
                                                                 const phpvm_func_t *fn,
                                                                 rt_value_t ctx)
{
    /* one type load for both kinds of context (phpvm_is_object would be a call in the loop) */
    const rt_type_t *t = ctx != rt_none && rt_is_ptr(ctx) ? rt_obj_type(rt_ptr(ctx)) : NULL;
    if (t == &phpvm_type_object) {
        s[PHPVM_SLOT_THIS] = (fn->flags & PHPVM_F_STATIC) ? 0 : ctx;
        s[PHPVM_SLOT_SCOPE] = rt_from_ptr(phpvm_obj(ctx)->cls);
    } else {
        s[PHPVM_SLOT_THIS] = 0;
        s[PHPVM_SLOT_SCOPE] = t == &phpvm_type_class ? ctx : 0;
    }
}

/* $this and the called class of a new frame s for a call of closure cl. */
static inline __attribute__((always_inline)) void phpvm_bind_closure(rt_value_t *s,
                                                                     const phpvm_closure_t *cl)
{
    s[PHPVM_SLOT_THIS] = cl->this_;
    s[PHPVM_SLOT_SCOPE] = cl->this_    ? rt_from_ptr(phpvm_obj(cl->this_)->cls)
                          : cl->called ? rt_from_ptr(cl->called)
                                       : rt_from_ptr(cl->scope);
}

/* The context a call through closure cl passes to a builtin (one made by first-class callable
** syntax or Closure::fromCallable from a built-in method) or a trampoline: its bound object,
** else its class, else null. */
static inline rt_value_t phpvm_closure_ctx(const phpvm_closure_t *cl)
{
    return cl->this_    ? cl->this_
           : cl->called ? rt_from_ptr(cl->called)
           : cl->scope  ? rt_from_ptr(cl->scope)
                        : rt_none;
}

/* The hidden slots of a new frame s for a call of fn: the callee, $this and the called class
** (from the closure, or from the context as phpvm_bind_ctx binds them). */
static inline __attribute__((always_inline)) void phpvm_bind_hidden(rt_value_t *s,
                                                                    const phpvm_func_t *fn,
                                                                    rt_value_t callee,
                                                                    rt_value_t ctx)
{
    s[PHPVM_SLOT_FUNC] = callee;
    if (phpvm_is_closure(callee))
        phpvm_bind_closure(s, (phpvm_closure_t *)rt_ptr(callee));
    else
        phpvm_bind_ctx(s, fn, ctx);
}

/* A closure's captured values (or references) into their CVs after fn's parameters, in a new
** frame s whose locals are set already. */
static inline __attribute__((always_inline)) void phpvm_bind_uses(rt_value_t *s,
                                                                  const phpvm_func_t *fn,
                                                                  const phpvm_closure_t *cl)
{
    rt_tuple_t *uses = cl->uses;
    for (int64_t i = 0; i < rt_tuple_len(uses); i++) {
        rt_value_t u = rt_tuple_get(uses, i);
        if (u != RT_NOVALUE && u != 0)
            s[PHPVM_NHIDDEN + fn->nparams + i] = u;
    }
}

/* Clears locals [from, to) of a new frame: a word loop that GCC does not turn into a call of
** memset (the empty asm hides the pattern), since a frame has only a handful of them. */
static inline __attribute__((always_inline)) void phpvm_clear_locals(rt_value_t *s, uint32_t from,
                                                                     uint32_t to)
{
    for (uint32_t i = from; i < to; i++) {
        s[i] = 0;
        __asm__("" : "+r"(i));
    }
}

/* A by-value argument as its parameter's slot holds it: dereferenced and shared (an array
** copies on write, a string is no longer its variable's own to append to in place). */
static inline __attribute__((always_inline)) rt_value_t phpvm_arg_value(rt_value_t v)
{
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_ref)
        v = ((phpvm_ref_t *)rt_ptr(v))->v;
    return phpvm_share(v);
}
/* phpvm_arg_value for a by-value parameter of the new frame nf, lending an array that was its
** holder's own: it gets RT_OBJ_SHARED | PHPVM_ARRAY_ARG_SHARED and nf PHPVM_FRAME_LENT, so that
** nf's return can give it back (phpvm_frame_unlend), as PHP's refcount drops back to 1. */
static inline __attribute__((always_inline)) rt_value_t phpvm_arg_lend(rt_frame_t *nf,
                                                                     rt_value_t v)
{
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_ref)
        v = ((phpvm_ref_t *)rt_ptr(v))->v;
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_array &&
        !(((rt_obj_t *)rt_ptr(v))->gc.rt_flags & RT_OBJ_SHARED)) {
        ((rt_obj_t *)rt_ptr(v))->gc.rt_flags |= RT_OBJ_SHARED | PHPVM_ARRAY_ARG_SHARED;
        nf->flags |= PHPVM_FRAME_LENT;
        return v;
    }
    return phpvm_share(v);
}

/* At a return of value rv from frame f (PHPVM_FRAME_LENT), before f is popped: each parameter
** slot still holding an array lent to it that nothing has shared since (PHPVM_ARRAY_ARG_SHARED)
** and that is not rv is its lender's own again. Never allocates. */
void phpvm_frame_unlend(rt_frame_t *f, rt_value_t rv);

/* The no-op constructor used by `new` for classes without one. */
extern phpvm_func_t *phpvm_noop_ctor;

/* The name cache `cache` of a code object (one of its fcache/ccache/kcache, with the version
** `seen` it was made at), emptied first when `table` has changed since. May collect. */
rt_tuple_t *phpvm_name_cache(phpvm_code_t *code, rt_tuple_t **cache, uint64_t *seen,
                             const rt_version_t *table);
/* The constant that name `index` of `code` names (else name `fallback`, if >= 0: the global
** name of an unqualified one in a namespace); RT_NOVALUE without an exception if undefined.
** Cached like phpvm_func_at. */
rt_value_t phpvm_const_at(phpvm_code_t *code, uint32_t index, int64_t fallback);
/* The class that name `index` of `code` names, cached while the class table is unchanged;
** NULL with an Error pending (raise) or not. */
phpvm_class_t *phpvm_class_at(phpvm_code_t *code, uint32_t index, bool raise);

/* Container and property helpers (access.c). */
rt_value_t phpvm_dim_read(rt_value_t container, rt_value_t key, bool quiet);
/* The writable element container at key (array vivified/separated in place), or RT_NOVALUE. */
rt_value_t phpvm_dim_fetch_w(rt_value_t container, rt_value_t key, bool append);
/* The container of unset(container[key][...]): as phpvm_dim_fetch_w, but a missing or null
** element (or a null container) is null and nothing is created. */
rt_value_t phpvm_dim_fetch_unset(rt_value_t container, rt_value_t key);
bool phpvm_dim_write(rt_value_t container, rt_value_t key, rt_value_t v);
bool phpvm_dim_isset(rt_value_t container, rt_value_t key);
bool phpvm_dim_unset(rt_value_t container, rt_value_t key);
/* The reference cell of an element, made on demand. */
phpvm_ref_t *phpvm_dim_ref(rt_value_t container, rt_value_t key, bool append);
/* The writable container held in *slot (a CV, a reference's value...). */
rt_value_t phpvm_slot_container(rt_value_t *slot, void *owner);
rt_value_t phpvm_prop_fetch_w(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
/* $obj[key]++ (inc) or -- of an ArrayAccess object with a user offsetGet, by PHP's rules: the
** reference offsetGet returns is changed in place, a value only as a copy (PHP's notice), and
** offsetSet is not called; *old and *now are the values before and after. 0 when obj is not
** such an object (the caller reads and writes the element), 1 done, -1 exception pending. */
int phpvm_dim_incdec_overloaded(rt_value_t obj, rt_value_t key, bool inc, rt_value_t *old,
                                rt_value_t *now);
phpvm_ref_t *phpvm_prop_ref(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
bool phpvm_prop_bind_ref(rt_value_t obj, rt_str_t *name, phpvm_ref_t *r, phpvm_class_t *scope);
rt_value_t phpvm_cast(rt_value_t v, uint32_t type);
/* foreach */
rt_value_t phpvm_iter_new(rt_value_t subject, bool byref);
/* As phpvm_iter_new, a plain object listing the properties visible from scope (foreach's). */
rt_value_t phpvm_iter_new_in(rt_value_t subject, bool byref, phpvm_class_t *scope);
/* Advances: pushes value (and key) into out[0], out[1]; false at the end; RT_NOVALUE in
** out[0] with an exception pending on failure. */
bool phpvm_iter_next(phpvm_iter_t *it, rt_value_t *out, bool want_key);
void phpvm_iter_free(phpvm_iter_t *it);
/* ...src into dst: an array literal's (callee 0) or the arguments of a call of callee, an
** array's or a Traversable's elements, string keys kept; false with an Error pending for
** anything else, and in a call for PHP's errors of named arguments (phpvm_add_named_arg's, a
** positional one after them). May re-enter PHP code. */
bool phpvm_spread(phpvm_array_t *dst, rt_value_t src, rt_value_t callee);
/* Adds named argument k (a string) with value v (shared, a reference as it is) to the arguments
** dst of a call; false with PHP's Error pending when dst has k already (the name given twice). */
bool phpvm_add_named_arg(phpvm_array_t *dst, rt_value_t k, rt_value_t v);
/* phpvm_spread of the variable whose reference is src into the arguments dst of a call of
** callee: the elements its by-reference parameters take are passed as references to the
** variable's elements (its array separated first), as PHP's SEND_UNPACK does. */
bool phpvm_spread_args(rt_value_t callee, phpvm_array_t *dst, phpvm_ref_t *src);
/* Declarations: a function already declared is an Error (for foreign callers) in
** phpvm_declare_func, PHP's fatal "previously declared in" for a function statement. */
bool phpvm_declare_func(phpvm_func_t *f);
bool phpvm_declare_func_stmt(phpvm_func_t *f);
rt_value_t phpvm_const_lookup(rt_str_t *name);
bool phpvm_const_define(rt_str_t *name, rt_value_t v);
phpvm_ref_t *phpvm_static_var(rt_frame_t *f, rt_str_t *name, bool *is_new);
phpvm_ref_t *phpvm_global_ref(rt_str_t *name);
/* Variables of frame f by name (variable variables, compact, extract, get_defined_vars): the
** value or RT_NOVALUE if unset; the variable's reference cell, made on demand (may collect);
** rebinding to a reference; unset; every set variable as a new array. */
rt_value_t phpvm_var_get(rt_frame_t *f, rt_str_t *name);
phpvm_ref_t *phpvm_var_ref(rt_frame_t *f, rt_str_t *name);
void phpvm_var_bind(rt_frame_t *f, rt_str_t *name, phpvm_ref_t *r);
void phpvm_var_unset(rt_frame_t *f, rt_str_t *name);
phpvm_array_t *phpvm_var_all(rt_frame_t *f);
/* The table of a frame's variables that are not CVs, name -> reference (for an included frame,
** its includer's): the main script's globals, or a function's hidden CV named "" (the compiler
** adds it to bodies that use variable variables, extract or include); NULL if there is none
** (create: made on demand, may collect). */
phpvm_array_t *phpvm_var_extra(rt_frame_t *f, bool create);

/* ---- The JIT vocabulary handlers (jhandlers.inc) ---- */

/* The opcodes of jhandlers.inc: X(name, number of u32 operands). */
#define PHPVM_JIT_OPS(X)                                                                           \
    X(NOP, 0) X(CONST, 1) X(NULL, 0) X(TRUE, 0) X(FALSE, 0) X(INT, 1) X(POP, 0) X(LOAD, 1)         \
    X(ASSIGN, 1) X(ASSIGN_POP, 1) X(ASSIGN_OP, 2) X(INC_CV, 2) X(ADD, 0) X(SUB, 0) X(MUL, 0)       \
    X(BINOP, 1) X(LT, 0) X(LE, 0) X(GT, 0) X(GE, 0) X(EQ, 0) X(NE, 0) X(JMP, 1) X(LOOP, 2)         \
    X(JMPZ, 1) X(JMPNZ, 1) X(JMPZ_KEEP, 1) X(JMPNZ_KEEP, 1) X(INIT_FCALL, 1) X(CALL, 1)            \
    X(RETURN, 0) X(VERIFY_RETURN, 0) X(INIT_DYN, 0) X(MAKE_REF, 1) X(JMP_ARG_BYVAL, 3) X(NOT, 0)   \
    X(BOOL, 0) X(JMPZ_LT, 3) X(JMPZ_LE, 3) X(JMPZ_GT, 3) X(JMPZ_GE, 3) X(JMPZ_EQ, 3) X(JMPZ_NE, 3) \
    X(ADD_V, 2) X(SUB_V, 2) X(MUL_V, 2) X(MOD_V, 2) X(BINOP_V, 3) X(ADD_TO, 3) X(SUB_TO, 3)        \
    X(MUL_TO, 3) X(MOVE, 2) X(LOOP_LT, 4) X(LOOP_LE, 4) X(LOOP_GT, 4) X(LOOP_GE, 4) X(LOOP_EQ, 4)  \
    X(LOOP_NE, 4)

/* The most arguments a call made in the vocabulary passes. */
#define PHPVM_JIT_MAXARGS 6

/* Decodes the instruction at H->pc (of a known operand count) into H->arg (its first three
** operands: a fourth is read from the bytecode) and H->next. Constant indices only: the
** interpreter's glue keeps H in registers (scalar replacement) that way. */
static inline void phpvm_interp_decode(jit_hctx_t *H, const uint8_t *ip, uint32_t noperands)
{
    if (noperands > 0)
        H->arg[0] = phpvm_operand(ip, 0);
    if (noperands > 1)
        H->arg[1] = phpvm_operand(ip, 1);
    if (noperands > 2)
        H->arg[2] = phpvm_operand(ip, 2);
    H->next = H->pc + 1 + 4 * noperands;
}

#define J_VM_AFTER_CALL(f) ((f)->pc + phpvm_opinfo[(f)->code->bytecode[(f)->pc]].len)

#define JHELPER JIT_HELPER_PROTO
#include "phpvm/helpers.def"
#undef JHELPER

/* Slow paths of jhandlers.inc in plain C on H (the frame H->f, H->pc, H->sp), shared by both
** builds: each runs the whole instruction and returns JIT_STEP_OK with H at the next one (a call
** of a user function: at its frame's first instruction), or JIT_STEP_ERROR with the exception
** pending. They may run PHP code and collect. */
jit_step_t phpvm_interp_slow_init_fcall(jit_hctx_t *H);
jit_step_t phpvm_interp_slow_init_dyn(jit_hctx_t *H);
jit_step_t phpvm_interp_slow_call(jit_hctx_t *H);
jit_step_t phpvm_interp_slow_verify_return(jit_hctx_t *H);

/* Registers the deoptimization hook of PHP frames with the JIT (start-up). */
void phpvm_interp_init(void);

/* record.c: records and runs the instruction at H (jit_lang_t.record_step), or ends the
** recording when it is not in PHPVM_JIT_OPS (H stays at that instruction, not yet run). */
jit_step_t phpvm_record_step(jit_hctx_t *H);

#endif
