/*
** access.c: the slow paths of variable access the handlers call: reading and writing array
** dimensions (with PHP 8.2's warnings, string offsets, ArrayAccess), writable containers with
** auto-vivification and copy-on-write separation, element and property references, casts, and
** foreach iterators over arrays (by value on a shared snapshot, by reference on the separated
** array, pinned so positions stay put) and over objects (visible properties, Iterator).
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/interp.h"

static void undefined_key(rt_value_t key)
{
    if (phpvm_is_str(key))
        phpvm_error(PHPVM_E_WARNING, "Undefined array key \"%s\"", phpvm_str(key)->data);
    else
        phpvm_error(PHPVM_E_WARNING, "Undefined array key %" PRId64, phpvm_int_of(key));
}

static rt_value_t call_method_c(rt_value_t obj, const char *name, rt_value_t *args, int argc)
{
    rt_value_t callee, ctx;
    if (!phpvm_method(obj, rt_str_from_cstr(name), NULL, &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, args, argc);
}

static bool is_array_access(rt_value_t obj)
{
    phpvm_class_t *k = phpvm_class_of(obj);
    phpvm_class_t *aa = phpvm_class_find_c("ArrayAccess");
    return k && aa && phpvm_instanceof(k, aa);
}

/* $obj[key] of an ArrayAccess object: what its offsetGet returns, a reference when it returns
** one; key RT_NOVALUE (an append, $obj[][...]) asks for null. */
static rt_value_t offset_get(rt_value_t obj, rt_value_t key)
{
    rt_value_t callee, ctx, arg = key == RT_NOVALUE ? rt_none : phpvm_deref(key);
    if (!phpvm_method(obj, rt_str_from_cstr("offsetget"), NULL, &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_func_ref(callee, ctx, &arg, 1);
}

/* How a string offset is used: read, read by ??, tested by isset/empty, written. */
typedef enum { OFS_READ, OFS_COALESCE, OFS_ISSET, OFS_WRITE } ofs_mode_t;

/* The byte index key selects in a string, by PHP 8.2's rules: ints as they are, integer strings
** (blanks around allowed), a leading-integer string ("2a") with the "Illegal string offset"
** warning, null/bools/floats with "String offset cast occurred" (silently for isset and ??);
** other strings, arrays and objects are the TypeError. isset finds nothing where the others
** warn or throw, ?? nothing for non-numeric strings. 1 with *out, 0 absent, -1 error pending. */
static int offset_index(rt_value_t key, ofs_mode_t mode, int64_t *out)
{
    if (rt_is_int(key)) {
        *out = phpvm_int_of(key);
        return 1;
    }
    if (phpvm_is_str(key)) {
        rt_phpnum_t n;
        rt_numparse_php(phpvm_str(key)->data, (size_t)phpvm_str(key)->len, &n);
        *out = n.i;
        if (n.kind == RT_PHPNUM_INT && !n.trailing)
            return 1;
        if (mode == OFS_ISSET)
            return 0;
        if (n.kind == RT_PHPNUM_INT) {
            phpvm_error(PHPVM_E_WARNING, "Illegal string offset \"%s\"", phpvm_str(key)->data);
            return rt_exc_pending() ? -1 : 1;
        }
        if (mode == OFS_COALESCE)
            return 0;
    } else if (key == rt_none || rt_is_bool(key) || rt_is_float(key)) {
        *out = phpvm_to_int(key);
        rt_value_t c;
        if (mode == OFS_ISSET && rt_is_float(key)) /* the fractional float's deprecation */
            return phpvm_float_to_int_arg(rt_float_value(key), NULL, &c) && !rt_exc_pending();
        if (mode == OFS_ISSET || mode == OFS_COALESCE)
            return 1;
        phpvm_error(PHPVM_E_WARNING, "String offset cast occurred");
        return rt_exc_pending() ? -1 : 1;
    } else if (mode == OFS_ISSET) {
        return 0;
    }
    phpvm_throw("TypeError", "Cannot access offset of type %s on string", phpvm_type_name(key));
    return -1;
}

static rt_value_t string_offset(rt_str_t *s, rt_value_t key, ofs_mode_t mode)
{
    key = phpvm_deref(key);
    int64_t i;
    int found = offset_index(key, mode, &i);
    if (found <= 0)
        return found ? RT_NOVALUE : rt_none;
    if (i < 0)
        i += s->len;
    if (i < 0 || i >= s->len) {
        if (mode != OFS_READ)
            return rt_none;
        phpvm_error(PHPVM_E_WARNING, "Uninitialized string offset %" PRId64,
                    rt_is_int(key) ? phpvm_int_of(key) : i);
        return rt_from_ptr(rt_str_new("", 0));
    }
    return rt_from_ptr(rt_str_char((unsigned char)s->data[i]));
}

rt_value_t phpvm_dim_read(rt_value_t container, rt_value_t key, bool quiet)
{
    container = phpvm_deref(container);
    if (phpvm_is_array(container)) {
        rt_value_t k = phpvm_key(key);
        if (k == RT_NOVALUE)
            return RT_NOVALUE;
        rt_value_t v = phpvm_array_get(phpvm_arr(container), k);
        if (v == RT_NOVALUE) {
            if (!quiet)
                undefined_key(k);
            return rt_none;
        }
        return phpvm_deref(v);
    }
    if (phpvm_is_str(container))
        return string_offset(phpvm_str(container), key, quiet ? OFS_COALESCE : OFS_READ);
    if (phpvm_is_foreign(container))
        return phpvm_foreign_dim_read(container, key, quiet);
    if (phpvm_is_object(container)) {
        if (!is_array_access(container))
            return phpvm_throw("Error", "Cannot use object of type %s as array",
                               phpvm_obj(container)->cls->name->data);
        if (quiet) {
            rt_value_t arg = phpvm_deref(key);
            rt_value_t has = call_method_c(container, "offsetexists", &arg, 1);
            if (has == RT_NOVALUE)
                return RT_NOVALUE;
            if (!phpvm_to_bool(has))
                return rt_none;
        }
        return phpvm_deref(offset_get(container, key));
    }
    if (!quiet && container != rt_none)
        phpvm_error(PHPVM_E_WARNING, "Trying to access array offset on value of type %s",
                    phpvm_type_name(container));
    else if (!quiet)
        phpvm_error(PHPVM_E_WARNING, "Trying to access array offset on value of type null");
    return rt_none;
}

/* The container held in *slot, made writable: null/unset becomes a new array, a shared array
** is copied, objects stay handles. */
rt_value_t phpvm_slot_container(rt_value_t *slot, void *owner)
{
    if (phpvm_is_ref(*slot)) {
        owner = rt_ptr(*slot);
        slot = &((phpvm_ref_t *)owner)->v;
    }
    rt_value_t v = *slot;
    if (v == RT_NOVALUE || v == rt_none) {
        phpvm_array_t *a = phpvm_array_new(0);
        *slot = rt_from_ptr(a);
        if (owner)
            gc_write_barrier(owner);
        return rt_from_ptr(a);
    }
    if (phpvm_is_array(v)) {
        phpvm_array_t *a = phpvm_array_sep(slot);
        if (owner && rt_from_ptr(a) != v)
            gc_write_barrier(owner);
        return rt_from_ptr(a);
    }
    if (phpvm_is_foreign(v))
        return phpvm_foreign_to_container(slot, owner);
    if (phpvm_kind(v) == PHPVM_OBJECT) /* objects, closures, generators */
        return v;
    if (v == rt_false) {
        phpvm_error(PHPVM_E_DEPRECATED, "Automatic conversion of false to array is deprecated");
        phpvm_array_t *a = phpvm_array_new(0);
        *slot = rt_from_ptr(a);
        if (owner)
            gc_write_barrier(owner);
        return rt_from_ptr(a);
    }
    if (phpvm_is_str(v)) {
        /* A string is written through its reference cell: the slot becomes one. */
        if (owner && rt_obj_type(owner) == &phpvm_type_ref)
            return rt_from_ptr(owner);
        phpvm_ref_t *r = phpvm_ref_new(v);
        *slot = rt_from_ptr(r);
        if (owner)
            gc_write_barrier(owner);
        return rt_from_ptr(r);
    }
    return phpvm_throw("Error", "Cannot use a scalar value as an array");
}

/* $s[key] = v on the string held by reference cell `cell` (the container of a string). */
static bool string_offset_write(phpvm_ref_t *cell, rt_value_t key, rt_value_t v)
{
    if (key == RT_NOVALUE) {
        phpvm_throw("Error", "[] operator not supported for strings");
        return false;
    }
    int64_t i;
    if (offset_index(phpvm_deref(key), OFS_WRITE, &i) < 0)
        return false;
    rt_str_t *val = phpvm_to_str(phpvm_deref(v));
    if (!val)
        return false;
    if (val->len == 0) {
        phpvm_throw("Error", "Cannot assign an empty string to a string offset");
        return false;
    }
    rt_str_t *s = phpvm_str(cell->v);
    if (i < 0)
        i += s->len;
    if (i < 0) {
        phpvm_error(PHPVM_E_WARNING, "Illegal string offset " "%" PRId64, i - s->len);
        return true;
    }
    if (val->len > 1)
        phpvm_error(PHPVM_E_WARNING, "Only the first byte will be assigned to the string offset");
    int64_t len = i >= s->len ? i + 1 : s->len;
    rt_str_t *r = rt_str_alloc(&rt_type_str, (size_t)len);
    memcpy(r->data, s->data, (size_t)s->len);
    if (i > s->len)
        memset(r->data + s->len, ' ', (size_t)(i - s->len));
    r->data[i] = val->data[0];
    phpvm_ref_set(cell, rt_from_ptr(r));
    return true;
}

int phpvm_dim_incdec_overloaded(rt_value_t obj, rt_value_t key, bool inc, rt_value_t *old,
                                rt_value_t *now)
{
    if (!phpvm_is_object(obj) || !is_array_access(obj) ||
        phpvm_class_method(phpvm_obj(obj)->cls, rt_str_from_cstr("offsetget"))->builtin)
        return 0;
    rt_value_t r = offset_get(obj, key);
    if (r == RT_NOVALUE)
        return -1;
    *old = phpvm_deref(r);
    if (!(*now = phpvm_incdec(*old, inc)))
        return -1;
    if (phpvm_is_ref(r))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(r), *now);
    else
        phpvm_error(PHPVM_E_NOTICE, "Indirect modification of overloaded element of %s has no "
                                    "effect", phpvm_obj(obj)->cls->name->data);
    return rt_exc_pending() ? -1 : 1;
}

/* The element slot of an array for writing: the value stored there, and its position. */
rt_value_t phpvm_dim_fetch_w(rt_value_t container, rt_value_t key, bool append)
{
    if (phpvm_is_ref(container)) /* a string */
        return phpvm_throw("Error", "Cannot use string offset as an array");
    if (phpvm_is_foreign(container) || (phpvm_is_object(container) && !is_array_access(container)))
        return phpvm_dim_read(container, key, false); /* (an object's: the Error) */
    if (phpvm_is_object(container)) {
        rt_value_t v = offset_get(container, key);
        if (phpvm_is_ref(v)) /* offsetGet returned a reference: the write goes through it */
            return phpvm_slot_container(&((phpvm_ref_t *)rt_ptr(v))->v, rt_ptr(v));
        if (v == RT_NOVALUE || phpvm_is_object(v) ||
            phpvm_class_method(phpvm_obj(container)->cls, rt_str_from_cstr("offsetget"))->builtin)
            return v;
        /* a user offsetGet's value is a copy: the write goes to a throwaway container */
        phpvm_error(PHPVM_E_NOTICE, "Indirect modification of overloaded element of %s has no "
                                    "effect", phpvm_obj(container)->cls->name->data);
        return rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(phpvm_array_new(0));
    }
    phpvm_array_t *a = phpvm_arr(container);
    rt_value_t k = RT_NOVALUE;
    int64_t pos = -1;
    if (append) {
        if (!phpvm_array_append(a, rt_none))
            return RT_NOVALUE;
        pos = rt_map_end(a) - 1;
    } else {
        k = phpvm_key(key);
        if (k == RT_NOVALUE)
            return RT_NOVALUE;
        pos = phpvm_is_str(k) ? rt_map_find_str(a, phpvm_str(k)) : rt_map_find_int(a, phpvm_int_of(k));
        if (pos < 0) {
            phpvm_array_set(a, k, rt_none);
            pos = phpvm_is_str(k) ? rt_map_find_str(a, phpvm_str(k))
                                  : rt_map_find_int(a, phpvm_int_of(k));
        }
    }
    rt_value_t cur = rt_map_value_at(a, pos);
    if (phpvm_is_ref(cur))
        return phpvm_slot_container(&((phpvm_ref_t *)rt_ptr(cur))->v, rt_ptr(cur));
    rt_value_t tmp = cur;
    rt_value_t r = phpvm_slot_container(&tmp, NULL);
    if (r != RT_NOVALUE && tmp != cur)
        rt_map_set_at(a, pos, tmp);
    return r;
}

rt_value_t phpvm_dim_fetch_unset(rt_value_t container, rt_value_t key)
{
    if (container == rt_none)
        return rt_none;
    if (phpvm_is_array(container)) {
        rt_value_t k = phpvm_key(key);
        if (k == RT_NOVALUE)
            return RT_NOVALUE;
        rt_value_t cur = phpvm_array_get(phpvm_arr(container), k);
        if (!cur || phpvm_deref(cur) == rt_none)
            return rt_none;
    }
    return phpvm_dim_fetch_w(container, key, false);
}

bool phpvm_dim_write(rt_value_t container, rt_value_t key, rt_value_t v)
{
    if (phpvm_is_ref(container))
        return string_offset_write((phpvm_ref_t *)rt_ptr(container), key, v);
    if (phpvm_is_foreign(container))
        return phpvm_foreign_dim_write(container, key, v);
    if (phpvm_is_object(container)) {
        if (!is_array_access(container)) {
            phpvm_throw("Error", "Cannot use object of type %s as array",
                        phpvm_obj(container)->cls->name->data);
            return false;
        }
        rt_value_t args[2] = {key == RT_NOVALUE ? rt_none : phpvm_deref(key), v};
        return call_method_c(container, "offsetset", args, 2) != RT_NOVALUE;
    }
    if (!phpvm_is_array(container)) {
        phpvm_throw("Error", "Cannot use a scalar value as an array");
        return false;
    }
    phpvm_array_t *a = phpvm_arr(container);
    if (key == RT_NOVALUE)
        return phpvm_array_append(a, v);
    rt_value_t k = phpvm_key(key);
    if (k == RT_NOVALUE)
        return false;
    return phpvm_array_assign(a, k, v);
}

bool phpvm_dim_isset(rt_value_t container, rt_value_t key)
{
    container = phpvm_deref(container);
    if (phpvm_is_array(container)) {
        rt_value_t k = phpvm_key(key);
        if (k == RT_NOVALUE)
            return false;
        rt_value_t v = phpvm_deref(phpvm_array_get(phpvm_arr(container), k));
        return v != RT_NOVALUE && v != rt_none;
    }
    if (phpvm_is_str(container)) {
        rt_value_t v = string_offset(phpvm_str(container), key, OFS_ISSET);
        return v != rt_none;
    }
    if (phpvm_is_foreign(container))
        return phpvm_foreign_dim_isset(container, key);
    if (phpvm_is_object(container) && is_array_access(container)) {
        rt_value_t arg = phpvm_deref(key);
        rt_value_t r = call_method_c(container, "offsetexists", &arg, 1);
        return r != RT_NOVALUE && phpvm_to_bool(r);
    }
    return false;
}

bool phpvm_dim_unset(rt_value_t container, rt_value_t key)
{
    if (phpvm_is_ref(container)) {
        phpvm_throw("Error", "Cannot unset string offsets");
        return false;
    }
    if (phpvm_is_object(container)) {
        rt_value_t arg = phpvm_deref(key);
        return call_method_c(container, "offsetunset", &arg, 1) != RT_NOVALUE;
    }
    if (!phpvm_is_array(container))
        return true;
    rt_value_t k = phpvm_key(key);
    if (k == RT_NOVALUE)
        return false;
    phpvm_array_del(phpvm_arr(container), k);
    return true;
}

phpvm_ref_t *phpvm_dim_ref(rt_value_t container, rt_value_t key, bool append)
{
    if (phpvm_is_ref(container)) {
        phpvm_throw("Error", "Cannot create references to/from string offsets");
        return NULL;
    }
    if (phpvm_is_foreign(container) && !append) {
        rt_value_t v = phpvm_foreign_dim_read(container, key, false);
        return v ? phpvm_ref_new(v) : NULL; /* a copy: foreign elements are not PHP slots */
    }
    if (!phpvm_is_array(container)) {
        phpvm_throw("Error", "Cannot create references to elements of this container");
        return NULL;
    }
    phpvm_array_t *a = phpvm_arr(container);
    rt_value_t k = RT_NOVALUE;
    if (!append) {
        k = phpvm_key(key);
        if (k == RT_NOVALUE)
            return NULL;
        rt_value_t cur = phpvm_array_get(a, k);
        if (phpvm_is_ref(cur))
            return (phpvm_ref_t *)rt_ptr(cur);
        phpvm_ref_t *r = phpvm_ref_new(cur ? cur : rt_none);
        phpvm_array_set(a, k, rt_from_ptr(r));
        return r;
    }
    phpvm_ref_t *r = phpvm_ref_new(rt_none);
    if (!phpvm_array_append(a, rt_from_ptr(r)))
        return NULL;
    return r;
}

/* ---- Properties as containers ---- */

/* A property that is absent, on a class with __get: the value __get gives (a reference when it
** returns by reference, RT_NOVALUE with an exception pending), or 0 when the property exists or
** there is no __get to call. */
static rt_value_t overloaded(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope)
{
    phpvm_class_t *k = phpvm_obj(obj)->cls;
    if (!k->magic_get || phpvm_magic_guarded(obj, name, PHPVM_MAGIC_GET) ||
        phpvm_prop_slot(obj, name, scope, false) || rt_exc_pending()) {
        rt_exc_clear();
        return 0;
    }
    rt_value_t v = phpvm_prop_magic_get(obj, name);
    if (v != RT_NOVALUE && !phpvm_is_ref(v) && !phpvm_is_object(v))
        phpvm_error(PHPVM_E_NOTICE, "Indirect modification of overloaded property %s::$%s has "
                                    "no effect", k->name->data, name->data);
    return v;
}

rt_value_t phpvm_prop_fetch_w(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_foreign(obj)) /* a foreign attribute is written in place, by its own rules */
        return phpvm_foreign_prop_read(obj, name, false);
    if (!phpvm_prop_writable(obj, name, "modify"))
        return RT_NOVALUE;
    rt_value_t got = overloaded(obj, name, scope);
    if (got && phpvm_is_ref(got)) /* __get returned by reference: write through it */
        return phpvm_slot_container(&got, NULL);
    if (got) {
        return got == RT_NOVALUE || phpvm_is_object(got)
                   ? got
                   : rt_from_ptr(phpvm_array_new(0)); /* a throwaway container */
    }
    rt_value_t *slot = phpvm_prop_slot(obj, name, scope, true);
    if (!slot)
        return RT_NOVALUE;
    return phpvm_slot_container(slot, rt_ptr(obj));
}

phpvm_ref_t *phpvm_prop_ref(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (phpvm_is_foreign(obj)) {
        rt_value_t v = phpvm_foreign_prop_read(obj, name, false);
        return v ? phpvm_ref_new(v) : NULL; /* a copy: foreign attributes are not PHP slots */
    }
    if (!phpvm_prop_writable(obj, name, "modify"))
        return NULL;
    rt_value_t got = overloaded(obj, name, scope);
    if (got && phpvm_is_ref(got))
        return (phpvm_ref_t *)rt_ptr(got);
    if (got) /* __get's value, in a reference of its own */
        return got == RT_NOVALUE ? NULL : phpvm_ref_new(got);
    rt_value_t *slot = phpvm_prop_slot(obj, name, scope, true);
    if (!slot)
        return NULL;
    if (phpvm_is_ref(*slot))
        return (phpvm_ref_t *)rt_ptr(*slot);
    if (!phpvm_prop_ref_typed(obj, name, scope, slot))
        return NULL;
    if (phpvm_is_ref(*slot)) /* (a typed property's reference) */
        return (phpvm_ref_t *)rt_ptr(*slot);
    phpvm_ref_t *r = phpvm_ref_new(*slot ? *slot : rt_none);
    *slot = rt_from_ptr(r);
    gc_write_barrier(rt_ptr(obj));
    return r;
}

bool phpvm_prop_bind_ref(rt_value_t obj, rt_str_t *name, phpvm_ref_t *r, phpvm_class_t *scope)
{
    obj = phpvm_deref(obj);
    if (!phpvm_is_object(obj)) {
        if (phpvm_prop_writable(obj, name, "modify")) /* foreign: no PHP slot takes a reference */
            phpvm_throw("Error", "Attempt to modify property \"%s\" on %s", name->data,
                        phpvm_type_name(obj));
        return false;
    }
    rt_value_t *slot = phpvm_prop_slot(obj, name, scope, true);
    if (!slot || !phpvm_prop_bind_typed(obj, name, scope, slot, r))
        return false;
    *slot = rt_from_ptr(r);
    gc_write_barrier(rt_ptr(obj));
    return true;
}

/* ---- Casts ---- */

rt_value_t phpvm_cast(rt_value_t v, uint32_t type)
{
    v = phpvm_deref(v);
    switch (type) {
    case PHPVM_AF_TYPE_LONG:
        return phpvm_int(phpvm_to_int(v));
    case PHPVM_AF_TYPE_DOUBLE:
        return phpvm_float(phpvm_to_float(v));
    case PHPVM_AF_TYPE_STRING: {
        rt_str_t *s = phpvm_to_str(v);
        return s ? rt_from_ptr(s) : RT_NOVALUE;
    }
    case PHPVM_AF_TYPE_ARRAY: {
        if (phpvm_is_array(v))
            return v;
        if (v == rt_none)
            return rt_from_ptr(phpvm_array_new_empty());
        if (phpvm_is_object(v)) { /* keyed as php keys them: "\0Class\0p", "\0*\0p" */
            phpvm_array_t *props = phpvm_object_props(v, NULL, true);
            phpvm_array_t *view = phpvm_var_spl_export(v, props); /* (an SPL object's own view) */
            return !view           ? RT_NOVALUE
                   : view != props ? rt_from_ptr(view)
                                   : rt_from_ptr(phpvm_var_mangled_props(v, NULL));
        }
        if (phpvm_is_gen(v)) /* no properties (a closure, as in PHP, is wrapped below) */
            return rt_from_ptr(phpvm_array_new_empty());
        phpvm_array_t *a = phpvm_array_new(1);
        phpvm_array_append(a, v);
        return rt_from_ptr(a);
    }
    case PHPVM_AF_TYPE_OBJECT: {
        if (phpvm_is_object(v) || phpvm_is_closure(v) || phpvm_is_gen(v))
            return v;
        rt_value_t o = phpvm_object_new(phpvm_class_find_c("stdClass"));
        if (phpvm_is_array(v)) {
            phpvm_array_t *a = phpvm_arr(v);
            for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
                rt_str_t *k = phpvm_to_str(phpvm_array_key_at(a, p));
                phpvm_prop_write(o, rt_str_intern(k), phpvm_share(phpvm_array_val_at(a, p)), NULL);
            }
        } else if (v != rt_none) {
            phpvm_prop_write(o, rt_str_intern_cstr("scalar"), v, NULL);
        }
        return o;
    }
    case PHPVM_AF_TYPE_NULL:
        return rt_none;
    default:
        return rt_bool(phpvm_to_bool(v));
    }
}

/* ---- foreach ---- */

rt_value_t phpvm_iter_new_in(rt_value_t subject, bool byref, phpvm_class_t *scope)
{
    subject = phpvm_deref(subject);
    if (phpvm_is_foreign(subject) && (subject = phpvm_foreign_iterate(subject)) == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_iter_t *it = rt_alloc(&phpvm_type_iter, sizeof *it);
    it->byref = byref;
    it->made = -1;
    if (phpvm_is_array(subject)) {
        rt_obj_t *o = rt_ptr(subject);
        if (byref) {
            rt_map_pin(phpvm_arr(subject));
        } else if (!(o->gc.rt_flags & RT_OBJ_SHARED)) {
            o->gc.rt_flags |= RT_OBJ_SHARED | PHPVM_ARRAY_ITER_SHARED;
            it->unshare = true;
        }
        RT_STORE(it, subject, subject);
        it->pos = 0;
        return rt_from_ptr(it);
    }
    if (phpvm_is_foreign(subject) && phpvm_foreign_slots(subject)->next) {
        RT_STORE(it, subject, subject);
        it->kind = 4;
        return rt_from_ptr(it);
    }
    if (phpvm_is_gen(subject)) {
        RT_STORE(it, subject, subject);
        it->kind = 3;
        return phpvm_gen_iter_start(subject, byref) ? rt_from_ptr(it) : RT_NOVALUE;
    }
    if (phpvm_is_object(subject)) {
        phpvm_class_t *iter = phpvm_class_find_c("Iterator");
        phpvm_class_t *agg = phpvm_class_find_c("IteratorAggregate");
        phpvm_class_t *trav = phpvm_class_find_c("Traversable");
        while (phpvm_is_object(subject) && phpvm_instanceof(phpvm_obj(subject)->cls, agg)) {
            phpvm_class_t *k = phpvm_obj(subject)->cls;
            subject = call_method_c(subject, "getiterator", NULL, 0);
            if (subject == RT_NOVALUE)
                return RT_NOVALUE;
            subject = phpvm_deref(subject);
            if (!phpvm_is_gen(subject) &&
                !(phpvm_is_object(subject) && phpvm_instanceof(phpvm_obj(subject)->cls, trav)))
                return phpvm_throw("Exception", "Objects returned by %s::getIterator() must be "
                                                "traversable or implement interface Iterator",
                                   k->name->data);
        }
        RT_STORE(it, subject, subject);
        if (phpvm_is_gen(subject)) {
            it->kind = 3;
            return phpvm_gen_iter_start(subject, byref) ? rt_from_ptr(it) : RT_NOVALUE;
        }
        if (iter && phpvm_instanceof(phpvm_obj(subject)->cls, iter)) {
            /* (SPL's ArrayIterator alone iterates its array by reference) */
            phpvm_class_t *ai = phpvm_class_find_c("ArrayIterator");
            if (byref && !(ai && phpvm_instanceof(phpvm_obj(subject)->cls, ai)))
                return phpvm_throw("Error", "An iterator cannot be used with foreach by "
                                            "reference");
            it->kind = 2;
            if (call_method_c(subject, "rewind", NULL, 0) == RT_NOVALUE)
                return RT_NOVALUE;
            return rt_from_ptr(it);
        }
        it->kind = 1;
        RT_STORE(it, scope, scope); /* (the scope its by-reference steps access the object from) */
        RT_STORE(it, props, phpvm_object_props(subject, scope, false));
        return rt_from_ptr(it);
    }
    phpvm_error(PHPVM_E_WARNING, "foreach() argument must be of type array|object, %s given",
                phpvm_type_name(subject));
    RT_STORE(it, subject, rt_from_ptr(phpvm_array_new(0)));
    it->byref = false;
    return rt_from_ptr(it);
}

rt_value_t phpvm_iter_new(rt_value_t subject, bool byref)
{
    return phpvm_iter_new_in(subject, byref, NULL);
}

bool phpvm_add_named_arg(phpvm_array_t *dst, rt_value_t k, rt_value_t v)
{
    if (!phpvm_is_ref(v))
        v = phpvm_share(v);
    if (phpvm_array_get(dst, k) != RT_NOVALUE) {
        phpvm_throw("Error", "Named parameter $%s overwrites previous argument",
                    phpvm_str(k)->data);
        return false;
    }
    phpvm_array_set(dst, k, v);
    return true;
}

/* Adds element e (key k) of a spread to dst: an array literal's (callee 0) or a call's
** arguments, where a named argument is added once and no positional one follows a named one
** of the same spread (*named: whether one came). */
static bool spread_add(phpvm_array_t *dst, rt_value_t callee, rt_value_t k, rt_value_t e,
                       bool *named)
{
    /* A generator's key of another type is PHP's Error; null still appends, as PHP's error
    ** would need the generator destroyed at once (its finally run, chaining), which only its
    ** collection does here. */
    if (!phpvm_is_str(k) && phpvm_kind(k) != PHPVM_INT && k != rt_none) {
        phpvm_throw("Error", "Keys must be of type int|string during %s unpacking",
                    callee ? "argument" : "array");
        return false;
    }
    if (phpvm_is_str(k) && !callee && phpvm_kind(phpvm_key(k)) == PHPVM_INT)
        k = rt_small(0); /* a numeric string key numbers its element as an int key does */
    if (phpvm_is_str(k)) {
        *named = true;
        if (callee)
            return phpvm_add_named_arg(dst, k, e);
        phpvm_array_set(dst, phpvm_key(k), e);
        return true;
    }
    if (callee && *named) {
        phpvm_throw("Error",
                    "Cannot use positional argument after named argument during unpacking");
        return false;
    }
    return phpvm_array_append(dst, e);
}

/* PHP's warning for element k of a Traversable spread into the arguments dst of a call of
** callee where the parameter it binds is by reference: it passes by value. */
static bool traversable_byref_warning(phpvm_array_t *dst, rt_value_t callee, rt_value_t k)
{
    phpvm_func_t *fn = phpvm_callee_func(callee);
    int64_t argno = phpvm_is_str(k) ? phpvm_param_index(fn, phpvm_str(k))
                                    : rt_map_count(dst);
    if (argno < 0 || !phpvm_param_byref(callee, (uint32_t)argno))
        return true;
    char name[256];
    phpvm_func_display(fn, name, sizeof name);
    phpvm_error(PHPVM_E_WARNING, "Cannot pass by-reference argument %" PRId64 " of %s() by "
                "unpacking a Traversable, passing by-value instead", argno + 1, name);
    return !rt_exc_pending();
}

bool phpvm_spread(phpvm_array_t *dst, rt_value_t src, rt_value_t callee)
{
    src = phpvm_deref(src);
    phpvm_class_t *k = phpvm_class_of(src);
    if (!phpvm_is_array(src) &&
        !(k && phpvm_instanceof(k, phpvm_class_find_c("Traversable")))) {
        phpvm_throw("Error", "Only arrays and Traversables can be unpacked");
        return false;
    }
    rt_value_t iv = phpvm_iter_new(src, false);
    if (iv == RT_NOVALUE)
        return false;
    phpvm_iter_t *it = (phpvm_iter_t *)rt_ptr(iv);
    rt_value_t kv[2];
    bool named = false;
    while (phpvm_iter_next(it, kv, true)) {
        if (kv[0] == RT_NOVALUE)
            return false;
        if (callee && !phpvm_is_array(src) && !traversable_byref_warning(dst, callee, kv[1]))
            return false;
        if (!spread_add(dst, callee, kv[1], phpvm_share(phpvm_deref(kv[0])), &named))
            return false;
    }
    phpvm_iter_free(it);
    return !rt_exc_pending();
}

bool phpvm_spread_args(rt_value_t callee, phpvm_array_t *dst, phpvm_ref_t *src)
{
    if (!phpvm_is_array(src->v))
        return phpvm_spread(dst, src->v, callee);
    phpvm_array_t *a = phpvm_arr(src->v);
    uint32_t first = (uint32_t)rt_map_count(dst), argno = first;
    bool any = false;
    for (int64_t p = phpvm_array_first(a); p >= 0 && !any; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        any = phpvm_is_str(k) ? phpvm_param_byref_named(callee, phpvm_str(k))
                              : phpvm_param_byref(callee, argno++);
    }
    if (!any)
        return phpvm_spread(dst, src->v, callee);
    /* the elements bound to references are the variable's own: its array separates first */
    a = phpvm_arr(phpvm_slot_container(&src->v, src));
    argno = first;
    bool named = false;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p), e;
        if (phpvm_is_str(k) ? phpvm_param_byref_named(callee, phpvm_str(k))
                            : phpvm_param_byref(callee, argno))
            e = rt_from_ptr(phpvm_dim_ref(rt_from_ptr(a), k, false));
        else
            e = phpvm_share(phpvm_deref(rt_map_value_at(a, p)));
        argno += !phpvm_is_str(k);
        if (!spread_add(dst, callee, k, e, &named))
            return false;
    }
    return true;
}

/* At the end of an object's property snapshot: the properties the loop body added meanwhile
** are visited too, as PHP's loop over the live property table does. False if none. */
static bool more_props(phpvm_iter_t *it)
{
    phpvm_array_t *now = phpvm_object_props(it->subject, it->scope, false);
    bool added = false;
    for (int64_t q = phpvm_array_first(now); q >= 0; q = phpvm_array_next(now, q)) {
        rt_value_t k = phpvm_array_key_at(now, q);
        if (phpvm_array_get(it->props, k) == RT_NOVALUE) {
            phpvm_array_set(it->props, k, rt_map_value_at(now, q));
            added = true;
        }
    }
    return added;
}

/* phpvm_iter_next over an array by value, the common foreach: a scan of the store from pos. */
static inline bool array_next(phpvm_iter_t *it, rt_value_t *out, bool want_key)
{
    const rt_map_store_t *st = phpvm_arr(it->subject)->store;
    int64_t p = it->pos, end = st->used;
    if (st->index == NULL) {
        while (p < end && st->data[p] == RT_NOVALUE)
            p++;
        if (p >= end)
            return false;
        it->pos = p + 1;
        out[0] = phpvm_deref(st->data[p]);
        if (want_key)
            out[1] = rt_small(p);
        return true;
    }
    const rt_map_entry_t *e = rt_map_entries(st);
    while (p < end && e[p].value == RT_NOVALUE)
        p++;
    if (p >= end)
        return false;
    it->pos = p + 1;
    out[0] = phpvm_deref(e[p].value);
    if (want_key)
        out[1] = e[p].key ? e[p].key : phpvm_int((int64_t)e[p].hash);
    return true;
}

/* phpvm_iter_next for everything else; out of line, so that the array case above does not pay
** for this function's register saves. */
static __attribute__((noinline)) bool iter_next_general(phpvm_iter_t *it, rt_value_t *out,
                                                        bool want_key)
{
    if (it->kind == 4) { /* a foreign iterator: values keyed by position */
        int r = phpvm_foreign_slots(it->subject)->next(it->subject, out);
        if (r < 0)
            out[0] = RT_NOVALUE;
        else if (r > 0 && want_key)
            out[1] = rt_small(it->pos);
        it->pos++;
        return r != 0;
    }
    if (it->kind == 3) {
        rt_value_t kv[2];
        if (phpvm_gen_iter_next(it->subject, it->pos++ == 0, kv) <= 0)
            return false;
        out[0] = it->byref ? kv[0] : phpvm_deref(kv[0]);
        if (want_key)
            out[1] = kv[1];
        return true;
    }
    if (it->kind == 2) {
        rt_value_t obj = it->subject;
        if (it->pos++ > 0 && call_method_c(obj, "next", NULL, 0) == RT_NOVALUE)
            return false;
        rt_value_t valid = call_method_c(obj, "valid", NULL, 0);
        if (valid == RT_NOVALUE || !phpvm_to_bool(valid))
            return false;
        out[0] = call_method_c(obj, "current", NULL, 0);
        if (out[0] == RT_NOVALUE)
            return true;
        if (want_key) {
            out[1] = call_method_c(obj, "key", NULL, 0);
            if (out[1] == RT_NOVALUE)
                out[0] = RT_NOVALUE;
        }
        return true;
    }
    phpvm_array_t *a = it->kind == 1 ? it->props : phpvm_arr(it->subject);
    int64_t p = rt_map_next(a, it->pos);
    if (p < 0 && it->kind == 1 && more_props(it))
        p = rt_map_next(a, it->pos);
    if (p < 0)
        return false;
    it->pos = p + 1;
    rt_value_t v = rt_map_value_at(a, p);
    if (it->byref && it->kind == 1) { /* the object's own property, made a reference */
        rt_str_t *name = phpvm_str(phpvm_array_key_at(a, p));
        rt_value_t info = rt_map_get_str(phpvm_obj(it->subject)->cls->props, name);
        if (info && (rt_small_value(rt_tuple_get((rt_tuple_t *)rt_ptr(info), PHPVM_PI_FLAGS)) &
                     PHPVM_PROP_READONLY)) {
            phpvm_throw("Error", "Cannot acquire reference to readonly property %s::$%s",
                        phpvm_obj(it->subject)->cls->name->data, name->data);
            out[0] = RT_NOVALUE;
            return true;
        }
        phpvm_ref_t *r = phpvm_prop_ref(it->subject, name, it->scope);
        out[0] = r ? rt_from_ptr(r) : RT_NOVALUE;
    } else if (it->byref) {
        /* The reference this loop made for the previous element is only held by the array now
        ** (the loop variable moves on): PHP's refcount-1 reference is a plain value again. */
        if (it->made >= 0 && rt_map_live_at(a, it->made)) {
            rt_value_t prev = rt_map_value_at(a, it->made);
            if (phpvm_is_ref(prev))
                rt_map_set_at(a, it->made, ((phpvm_ref_t *)rt_ptr(prev))->v);
        }
        it->made = -1;
        if (!phpvm_is_ref(v)) {
            v = rt_from_ptr(phpvm_ref_new(v));
            rt_map_set_at(a, p, v);
            it->made = p;
        }
        out[0] = v;
    } else {
        out[0] = phpvm_deref(v);
    }
    if (want_key)
        out[1] = phpvm_array_key_at(a, p);
    return true;
}

bool phpvm_iter_next(phpvm_iter_t *it, rt_value_t *out, bool want_key)
{
    if (it->kind == 0 && !it->byref)
        return array_next(it, out, want_key);
    return iter_next_general(it, out, want_key);
}

void phpvm_iter_free(phpvm_iter_t *it)
{
    if (it->kind == 0 && it->byref) {
        rt_map_unpin(phpvm_arr(it->subject));
        it->byref = false;
    }
    if (it->kind == 0 && it->unshare) { /* see PHPVM_ARRAY_ITER_SHARED */
        rt_obj_t *o = rt_ptr(it->subject);
        if (o->gc.rt_flags & PHPVM_ARRAY_ITER_SHARED)
            o->gc.rt_flags &= (uint16_t)~(RT_OBJ_SHARED | PHPVM_ARRAY_ITER_SHARED);
        it->unshare = false;
    }
}
