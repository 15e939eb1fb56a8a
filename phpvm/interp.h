/*
** interp.h: what interp.c and its helpers (call.c, access.c) share (internal to phpvm/).
** The handlers in handlers.inc are plain C that already obeys JIT.md's rules (guards before
** effects, loops only in helpers); jit/jvocab_interp.h did not exist when they were written.
*/
#ifndef PHPVM_INTERP_H
#define PHPVM_INTERP_H

#include "phpvm/ops.h"
#include "phpvm/vm.h"

/* Pushes and binds a frame for a call of a user function (NULL with an exception pending: the
** frame is not pushed then). args may contain RT_NOVALUE holes (named arguments skipped). */
rt_frame_t *phpvm_push_call(rt_thread_t *ts, phpvm_func_t *fn, rt_value_t callee, rt_value_t ctx,
                            rt_value_t *args, int argc);
/* Calls a builtin: checks the argument count, dereferences by-value arguments. */
rt_value_t phpvm_call_builtin(phpvm_func_t *fn, rt_value_t ctx, rt_value_t *args, int argc);
/* The method `name` of obj as (callee, ctx), with __call as the fallback; false with Error pending. */
bool phpvm_method(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, rt_value_t *callee,
                  rt_value_t *ctx);
/* The arguments of a call as the array a magic __call receives. May collect. */
phpvm_array_t *phpvm_args_array(const rt_value_t *args, int argc);
/* The function object of a callee value (a func or a closure). */
phpvm_func_t *phpvm_callee_func(rt_value_t callee);
/* Expands an argument array (positional then named, from CALL_ARRAY) into a tuple laid out by
** parameter position. NULL with an exception pending. */
rt_tuple_t *phpvm_expand_args(rt_value_t callee, phpvm_array_t *arr);
/* Checks/coerces v against a declared type (weak mode, or strict: only int widens to float).
** false: v does not match (nothing pending; the caller words the TypeError). */
bool phpvm_coerce(const phpvm_typedecl_t *t, rt_value_t v, rt_value_t *out, phpvm_class_t *self,
                  bool strict);
/* Whether the running PHP code declared strict_types=1 (calls it makes, properties it sets). */
static inline bool phpvm_strict(void)
{
    rt_frame_t *f = rt_ts->frame;
    return f && f->lang == RT_LANG_PHP && (f->code->flags & PHPVM_CODE_STRICT);
}
/* Whether parameter i of callee is by reference. */
bool phpvm_param_byref(rt_value_t callee, uint32_t i);
/* The running scope class of a frame (its function's class), or NULL. */
phpvm_class_t *phpvm_frame_scope(rt_frame_t *f);
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
bool phpvm_dim_write(rt_value_t container, rt_value_t key, rt_value_t v);
bool phpvm_dim_isset(rt_value_t container, rt_value_t key);
bool phpvm_dim_unset(rt_value_t container, rt_value_t key);
/* The reference cell of an element, made on demand. */
phpvm_ref_t *phpvm_dim_ref(rt_value_t container, rt_value_t key, bool append);
/* The writable container held in *slot (a CV, a reference's value...). */
rt_value_t phpvm_slot_container(rt_value_t *slot, void *owner);
rt_value_t phpvm_prop_fetch_w(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
phpvm_ref_t *phpvm_prop_ref(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
bool phpvm_prop_bind_ref(rt_value_t obj, rt_str_t *name, phpvm_ref_t *r, phpvm_class_t *scope);
rt_value_t phpvm_cast(rt_value_t v, uint32_t type);
/* foreach */
/* An iterator over subject for code running in class `scope` (which properties of a plain
** object it sees). */
rt_value_t phpvm_iter_new(rt_value_t subject, bool byref, phpvm_class_t *scope);
/* Advances: pushes value (and key) into out[0], out[1]; false at the end; RT_NOVALUE in
** out[0] with an exception pending on failure. */
bool phpvm_iter_next(phpvm_iter_t *it, rt_value_t *out, bool want_key);
void phpvm_iter_free(phpvm_iter_t *it);
/* ...src into dst (array literals, argument unpacking): an array's or a Traversable's elements,
** string keys kept; false with an Error pending for anything else. May re-enter PHP code. */
bool phpvm_spread(phpvm_array_t *dst, rt_value_t src);
/* Declarations */
bool phpvm_declare_func(phpvm_func_t *f);
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

#endif
