/*
** var.c: ext/standard's variable functions: var_dump, print_r, var_export, gettype, the is_*
** family, intval/floatval/strval/boolval and settype (serialize.c has serialize/unserialize).
** Floats print with serialize_precision (var_dump, var_export) or precision (print_r).
*/
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"
#include "phpvm/ext/standard/var.h"

static void indent_out(int n)
{
    for (int i = 0; i < n; i++)
        phpvm_out(" ", 1);
}

/* How var_dump and print_r label the property under `key` of an object of class cls: the name
** shown, and the visibility (a private one's declaring class). */
typedef struct prop_label {
    rt_str_t *name;
    const char *private_of; /* or NULL */
    bool protected_;
} prop_label_t;

static prop_label_t prop_label(phpvm_class_t *cls, rt_str_t *key)
{
    prop_label_t l = {key, NULL, false};
    phpvm_class_t *decl;
    if (phpvm_prop_key_shadowed(key, &l.name, &decl)) { /* an ancestor's redeclared private */
        l.private_of = decl ? decl->name->data : "";
        return l;
    }
    rt_value_t info = rt_map_get_str(cls->props, key);
    if (!info)
        return l;
    rt_tuple_t *t = (rt_tuple_t *)rt_ptr(info);
    int64_t fl = rt_small_value(rt_tuple_get(t, PHPVM_PI_FLAGS));
    if (fl & PHPVM_F_PRIVATE)
        l.private_of = ((phpvm_class_t *)rt_ptr(rt_tuple_get(t, PHPVM_PI_CLASS)))->name->data;
    l.protected_ = (fl & PHPVM_F_PROTECTED) != 0;
    return l;
}

static void dump_key(rt_value_t k)
{
    if (phpvm_is_str(k)) {
        phpvm_outf("[\"");
        phpvm_out_str(phpvm_str(k));
        phpvm_outf("\"]=>\n");
    } else {
        phpvm_outf("[%" PRId64 "]=>\n", phpvm_int_of(k));
    }
}

/* The references met more than once inside the value var_dump is printing (keys: the cells'
** addresses / 8), filled by count_refs before the top-level value is printed. A root. */
static phpvm_array_t *multi_refs;

static rt_value_t addr_key(const void *p) { return phpvm_int((int64_t)((uintptr_t)p >> 3)); }

/* Counts the reference cells inside v (each array and object walked once; `seen` holds them):
** those met twice go into multi_refs, as `$a = [&$x, &$x]` and unserialize()'s R: make. */
static void count_refs(rt_value_t v, phpvm_array_t *seen, phpvm_array_t *once)
{
    if (phpvm_is_ref(v)) {
        rt_value_t k = addr_key(rt_ptr(v));
        if (phpvm_array_get(once, k) != RT_NOVALUE) {
            phpvm_array_set(multi_refs, k, rt_true);
            return;
        }
        phpvm_array_set(once, k, rt_true);
        v = phpvm_deref(v);
    }
    phpvm_array_t *a;
    if (phpvm_is_array(v))
        a = phpvm_arr(v);
    else if (phpvm_is_object(v) && !phpvm_is_foreign(v) && !phpvm_is_closure(v) &&
             !phpvm_is_gen(v))
        a = phpvm_object_props(v, NULL, true);
    else
        return;
    rt_value_t k = addr_key(rt_ptr(v));
    if (phpvm_array_get(seen, k) != RT_NOVALUE)
        return;
    phpvm_array_set(seen, k, rt_true);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        count_refs(rt_map_value_at(a, p), seen, once);
}

/* Fills multi_refs for the value v about to be printed: the references met twice inside it, or
** once inside it and once more from a variable of a running PHP frame or a global outside the
** main frame (directly, or inside the arrays and objects they hold, other than v's own). */
static void find_shared_refs(rt_value_t v)
{
    static bool rooted;
    if (!rooted) {
        gc_root_add(&multi_refs, 1);
        rooted = true;
    }
    multi_refs = phpvm_array_new(0);
    phpvm_array_t *seen = phpvm_array_new(0), *once = phpvm_array_new(0);
    count_refs(v, seen, once);
    if (rt_map_count(once) == 0)
        return;
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev)
        for (uint32_t i = PHPVM_NHIDDEN; f->lang == RT_LANG_PHP && i < f->code->nlocals; i++)
            if (f->slots[i])
                count_refs(f->slots[i], seen, once);
    phpvm_array_t *g = phpvm_vm->globals_extra;
    for (int64_t p = g ? phpvm_array_first(g) : -1; p >= 0; p = phpvm_array_next(g, p))
        count_refs(rt_map_value_at(g, p), seen, once);
}

/* Whether var_dump marks the element v with '&': PHP does for a reference with a refcount above
** one. Without refcounts, a reference counts as shared when find_shared_refs met it twice, or
** when a variable of a running PHP frame or a global outside the main frame is bound to it too
** (what remains bound after a foreach by reference, $x = &$a[0] or a by-reference argument).
** References held once and otherwise only by unreachable arrays or a suspended generator go
** unmarked. */
static bool shared_ref(rt_value_t v)
{
    if (!phpvm_is_ref(v))
        return false;
    if (multi_refs && phpvm_array_get(multi_refs, addr_key(rt_ptr(v))) != RT_NOVALUE)
        return true;
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev) {
        if (f->lang != RT_LANG_PHP)
            continue;
        for (uint32_t i = PHPVM_NHIDDEN; i < f->code->nlocals; i++)
            if (f->slots[i] == v)
                return true;
    }
    phpvm_array_t *g = phpvm_vm->globals_extra;
    for (int64_t p = g ? phpvm_array_first(g) : -1; p >= 0; p = phpvm_array_next(g, p))
        if (rt_map_value_at(g, p) == v)
            return true;
    return false;
}

/* The entries of an array or array-like value and the closing brace, as var_dump prints them. */
static void dump_entries(phpvm_array_t *a, int ind)
{
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        indent_out(ind + 2);
        dump_key(phpvm_array_key_at(a, p));
        phpvm_var_dump(rt_map_value_at(a, p), ind + 2, shared_ref(rt_map_value_at(a, p)));
    }
    indent_out(ind);
    phpvm_outf("}\n");
}

/* The properties var_dump shows: __debugInfo()'s array when the class has one (anything else
** is PHP's fatal error; *plain says its keys are not property names), else all of them,
** with `uninit` uninitialized typed ones too. NULL when the script stops. */
static phpvm_array_t *debug_props(rt_value_t v, bool *plain, bool uninit)
{
    phpvm_func_t *m = phpvm_class_method(phpvm_obj(v)->cls, rt_str_from_cstr("__debuginfo"));
    *plain = m != NULL;
    if (!m)
        return phpvm_var_spl_debug(v, uninit ? phpvm_object_props_dump(v)
                                             : phpvm_object_props(v, NULL, true));
    rt_value_t r = phpvm_call_func(rt_from_ptr(m), v, NULL, 0);
    if (r == RT_NOVALUE)
        return NULL;
    r = phpvm_deref(r);
    if (r == rt_none)
        return phpvm_array_new(0);
    if (!phpvm_is_array(r)) {
        phpvm_fatal("__debuginfo() must return an array");
        return NULL;
    }
    return phpvm_arr(r);
}

/* An uninitialized typed property in phpvm_object_props_dump's array: its type tuple. */
static bool is_uninit(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_tuple;
}

/* The `name` of an enum case object. */
static rt_str_t *enum_case_name(rt_value_t v)
{
    return phpvm_str(phpvm_prop_read(v, rt_str_intern_cstr("name"), NULL, true));
}

/* The arrays and objects var_dump, print_r and var_export are inside of, to stop at cycles
** (*RECURSION*). Each is also held by its caller's frame, so the GC sees them; past the depth
** limit everything reads as a cycle. */
static bool is_enum_case(rt_value_t v)
{
    return phpvm_is_object(v) && (phpvm_obj(v)->cls->flags & PHPVM_C_ENUM);
}

static const void *active[512];
static int nactive;

static bool is_active(rt_value_t v)
{
    for (int i = 0; i < nactive; i++)
        if (active[i] == rt_ptr(v))
            return true;
    return false;
}

static bool enter(rt_value_t v)
{
    if (is_active(v) || nactive == (int)(sizeof active / sizeof active[0]))
        return false;
    active[nactive++] = rt_ptr(v);
    return true;
}

static void leave(void) { nactive--; }

void phpvm_var_dump(rt_value_t v, int ind, bool is_ref)
{
    if (nactive == 0 && (phpvm_is_array(phpvm_deref(v)) || phpvm_is_object(phpvm_deref(v))))
        find_shared_refs(phpvm_deref(v));
    v = phpvm_deref(v);
    if (phpvm_foreign_arraylike(v)) { /* a Python list, tuple or dict: shown as its array */
        phpvm_array_t *a = phpvm_foreign_entries(v);
        if (!a)
            return;
        v = rt_from_ptr(a);
    }
    char buf[PHPVM_VAR_FLOAT_MAX];
    indent_out(ind);
    if (is_ref && !((phpvm_is_array(v) || phpvm_is_object(v)) && is_active(v))) /* *RECURSION* */
        phpvm_out("&", 1);
    switch (phpvm_kind(v)) {
    case PHPVM_NULL:
        phpvm_outf("NULL\n");
        return;
    case PHPVM_BOOL:
        phpvm_outf("bool(%s)\n", v == rt_true ? "true" : "false");
        return;
    case PHPVM_INT:
        phpvm_outf("int(%" PRId64 ")\n", phpvm_int_of(v));
        return;
    case PHPVM_FLOAT:
        rt_numfmt_float_php(rt_float_value(v), phpvm_vm->serialize_precision, 0, buf, sizeof buf);
        phpvm_outf("float(%s)\n", buf);
        return;
    case PHPVM_STRING:
        phpvm_outf("string(%" PRId64 ") \"", phpvm_str(v)->len);
        phpvm_out_str(phpvm_str(v));
        phpvm_outf("\"\n");
        return;
    case PHPVM_ARRAY:
        if (!enter(v)) {
            phpvm_outf("*RECURSION*\n");
            return;
        }
        phpvm_outf("array(%" PRId64 ") {\n", rt_map_count(phpvm_arr(v)));
        dump_entries(phpvm_arr(v), ind);
        leave();
        return;
    case PHPVM_RESOURCE:
        phpvm_outf("resource(%" PRId64 ") of type (%s)\n", ((phpvm_resource_t *)rt_ptr(v))->id,
                   ((phpvm_resource_t *)rt_ptr(v))->type);
        return;
    case PHPVM_OBJECT: {
        if (phpvm_is_foreign(v)) {
            rt_str_t *name = phpvm_class_of(v)->name;
            uint64_t id = 0;
            phpvm_array_t *a = phpvm_foreign_debug(v, &name, &id);
            phpvm_outf("object(%s)#%" PRIu64 " (%" PRId64 ") {\n", name->data, id,
                   a ? rt_map_count(a) : 0);
            if (a)
                dump_entries(a, ind);
            return;
        }
        if (phpvm_is_closure(v)) {
            phpvm_array_t *d = phpvm_closure_debug(v);
            phpvm_outf("object(Closure)#%" PRIu64 " (%" PRId64 ") {\n", phpvm_object_id(v),
                       rt_map_count(d));
            dump_entries(d, ind);
            return;
        }
        if (phpvm_is_gen(v)) {
            phpvm_outf("object(Generator)#%" PRIu64 " (0) {\n", phpvm_gen_id(v));
            indent_out(ind);
            phpvm_outf("}\n");
            return;
        }
        phpvm_object_t *o = phpvm_obj(v);
        if (o->cls->flags & PHPVM_C_ENUM) {
            phpvm_outf("enum(%s::%s)\n", o->cls->name->data, enum_case_name(v)->data);
            return;
        }
        if (!enter(v)) {
            phpvm_outf("*RECURSION*\n");
            return;
        }
        bool plain;
        phpvm_array_t *props = debug_props(v, &plain, true);
        if (!props) {
            leave();
            return;
        }
        int64_t count = 0;
        for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p))
            count += !is_uninit(rt_map_value_at(props, p));
        phpvm_outf("object(%s)#%" PRIu64 " (%" PRId64 ") {\n", o->cls->name->data, o->id, count);
        if (plain) {
            dump_entries(props, ind);
            leave();
            return;
        }
        for (int64_t p = phpvm_array_first(props); p >= 0; p = phpvm_array_next(props, p)) {
            if (!phpvm_is_str(phpvm_array_key_at(props, p))) { /* SplFixedArray's elements */
                indent_out(ind + 2);
                dump_key(phpvm_array_key_at(props, p));
                phpvm_var_dump(rt_map_value_at(props, p), ind + 2, false);
                continue;
            }
            prop_label_t l = prop_label(o->cls, phpvm_str(phpvm_array_key_at(props, p)));
            rt_value_t pv = rt_map_value_at(props, p);
            indent_out(ind + 2);
            phpvm_outf("[\"%s\"", l.name->data);
            if (l.private_of)
                phpvm_outf(":\"%s\":private", l.private_of);
            else if (l.protected_)
                phpvm_outf(":protected");
            phpvm_outf("]=>\n");
            if (is_uninit(pv)) {
                indent_out(ind + 2);
                phpvm_outf("uninitialized(%s)\n",
                           phpvm_str(rt_tuple_get((rt_tuple_t *)rt_ptr(pv), 1))->data);
            } else {
                phpvm_var_dump(pv, ind + 2, shared_ref(pv));
            }
        }
        leave();
        indent_out(ind);
        phpvm_outf("}\n");
        return;
    }
    default:
        phpvm_outf("NULL\n");
    }
}

static void pad(rt_strbuf_t *b, int n)
{
    for (int i = 0; i < n; i++)
        rt_strbuf_append_char(b, ' ');
}

static bool print_r_container(rt_strbuf_t *b, rt_value_t v, int ind);

bool phpvm_print_r(rt_strbuf_t *b, rt_value_t v, int ind)
{
    v = phpvm_deref(v);
    if (!phpvm_is_array(v) && !phpvm_is_object(v))
        return print_r_container(b, v, ind);
    if (!enter(v)) {
        if (phpvm_is_array(v))
            rt_strbuf_append(b, "Array\n *RECURSION*", 18);
        else
            rt_strbuf_appendf(b, "%s Object\n *RECURSION*", phpvm_class_of(v)->name->data);
        return true;
    }
    bool ok = print_r_container(b, v, ind);
    leave();
    return ok;
}

static bool print_r_container(rt_strbuf_t *b, rt_value_t v, int ind)
{
    if (phpvm_foreign_arraylike(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
        return false;
    phpvm_array_t *a = NULL;
    bool plain = true;
    if (phpvm_is_array(v)) {
        a = phpvm_arr(v);
        rt_strbuf_append(b, "Array\n", 6);
    } else if (phpvm_is_object(v)) {
        a = debug_props(v, &plain, false);
        if (!a)
            return false;
        phpvm_class_t *k = phpvm_obj(v)->cls;
        if (k->flags & PHPVM_C_SEALED) { /* (PHP gets no property table to print) */
            rt_strbuf_appendf(b, "%s Object\n", k->name->data);
            return true;
        }
        if (!(k->flags & PHPVM_C_ENUM))
            rt_strbuf_appendf(b, "%s Object\n", k->name->data);
        else if (k->enum_backing)
            rt_strbuf_appendf(b, "%s Enum:%s\n", k->name->data,
                              k->enum_backing == PHPVM_T_INT ? "int" : "string");
        else
            rt_strbuf_appendf(b, "%s Enum\n", k->name->data);
    } else if (phpvm_is_foreign(v)) {
        rt_str_t *name = phpvm_class_of(v)->name;
        uint64_t id;
        if (!(a = phpvm_foreign_debug(v, &name, &id)))
            return false;
        rt_strbuf_appendf(b, "%s Object\n", name->data);
    } else if (phpvm_is_closure(v)) {
        rt_strbuf_append(b, "Closure Object\n", 15);
        a = phpvm_closure_debug(v);
    } else {
        return phpvm_append_value(b, v);
    }
    pad(b, ind);
    rt_strbuf_append(b, "(\n", 2);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        pad(b, ind + 4);
        rt_strbuf_append_char(b, '[');
        rt_value_t key = phpvm_array_key_at(a, p);
        if (!plain && phpvm_is_str(key)) {
            prop_label_t l = prop_label(phpvm_obj(v)->cls, phpvm_str(key));
            rt_strbuf_append_str(b, l.name);
            if (l.private_of)
                rt_strbuf_appendf(b, ":%s:private", l.private_of);
            else if (l.protected_)
                rt_strbuf_append(b, ":protected", 10);
        } else {
            phpvm_append_value(b, key);
        }
        rt_strbuf_append(b, "] => ", 5);
        rt_value_t e = phpvm_array_val_at(a, p);
        if (!phpvm_print_r(b, e, ind + 8))
            return false;
        rt_strbuf_append_char(b, '\n');
    }
    pad(b, ind);
    rt_strbuf_append(b, ")\n", 2);
    return true;
}

static void export_string(rt_strbuf_t *b, rt_str_t *s)
{
    rt_strbuf_append_char(b, '\'');
    for (int64_t i = 0; i < s->len; i++) {
        if (s->data[i] == '\0') { /* NUL cannot sit in single quotes: '...' . "\0" . '...' */
            rt_strbuf_append(b, "' . \"\\0\" . '", 12);
            continue;
        }
        if (s->data[i] == '\'' || s->data[i] == '\\')
            rt_strbuf_append_char(b, '\\');
        rt_strbuf_append_char(b, s->data[i]);
    }
    rt_strbuf_append_char(b, '\'');
}

/* var_export of v at nesting ind (0 at the top): array elements are indented ind + 2,
** object properties ind + 3, as PHP's levels do; stdClass reads back as (object) array(...). */
static void export(rt_strbuf_t *b, rt_value_t v, int ind)
{
    v = phpvm_deref(v);
    if (phpvm_foreign_arraylike(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
        return;
    char buf[PHPVM_VAR_FLOAT_MAX];
    switch (phpvm_kind(v)) {
    case PHPVM_NULL: rt_strbuf_append(b, "NULL", 4); return;
    case PHPVM_BOOL: rt_strbuf_appendf(b, "%s", v == rt_true ? "true" : "false"); return;
    case PHPVM_INT:
        if (phpvm_int_of(v) == INT64_MIN) /* the literal would read as a float */
            rt_strbuf_appendf(b, "%" PRId64 "-1", INT64_MIN + 1);
        else
            rt_strbuf_appendf(b, "%" PRId64, phpvm_int_of(v));
        return;
    case PHPVM_FLOAT:
        rt_strbuf_append(b, buf, rt_numfmt_float_php(rt_float_value(v), phpvm_vm->serialize_precision,
                                                     RT_NUMFMT_PHP_ZERO_FRAC, buf, sizeof buf));
        return;
    case PHPVM_STRING:
        export_string(b, phpvm_str(v));
        return;
    case PHPVM_ARRAY:
    case PHPVM_OBJECT: {
        if (phpvm_is_foreign(v) && !(v = rt_from_ptr(phpvm_foreign_entries(v))))
            return;
        bool obj = phpvm_is_object(v);
        if (!is_enum_case(v) && !enter(v)) {
            phpvm_error(PHPVM_E_WARNING, "var_export does not handle circular references");
            rt_strbuf_append(b, "NULL", 4);
            return;
        }
        if (ind > 0) { /* a nested value starts on a line of its own */
            rt_strbuf_append_char(b, '\n');
            pad(b, ind);
        }
        if (is_enum_case(v)) {
            rt_strbuf_appendf(b, "\\%s::%s", phpvm_obj(v)->cls->name->data,
                              enum_case_name(v)->data);
            return;
        }
        phpvm_array_t *a = obj ? phpvm_var_spl_export(v, phpvm_object_props(v, NULL, true))
                               : phpvm_arr(v);
        if (!a) {
            leave();
            return;
        }
        /* stdClass is "(object) array(", other objects "\\C::__set_state(array("; their
        ** properties sit one column right of array elements */
        bool std = obj && phpvm_obj(v)->cls == phpvm_class_find_c("stdClass");
        if (std)
            rt_strbuf_append(b, "(object) array(\n", 16);
        else if (obj) { /* the whole name: an anonymous class's holds a NUL */
            rt_str_t *cn = phpvm_obj(v)->cls->name;
            rt_strbuf_append_char(b, '\\');
            rt_strbuf_append(b, cn->data, (size_t)cn->len);
            rt_strbuf_append(b, "::__set_state(array(\n", 21);
        }
        else
            rt_strbuf_append(b, "array (\n", 8);
        for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
            pad(b, ind + (obj ? 3 : 2));
            rt_value_t key = phpvm_array_key_at(a, p);
            rt_str_t *bare; /* an ancestor's redeclared private: under its own name */
            if (obj && phpvm_is_str(key) && phpvm_prop_key_shadowed(phpvm_str(key), &bare, NULL))
                key = rt_from_ptr(bare);
            export(b, key, ind + 2);
            rt_strbuf_append(b, " => ", 4);
            export(b, phpvm_array_val_at(a, p), ind + 2);
            rt_strbuf_append(b, ",\n", 2);
        }
        leave();
        pad(b, ind);
        rt_strbuf_append(b, obj && !std ? "))" : ")", obj && !std ? 2 : 1);
        return;
    }
    default:
        rt_strbuf_append(b, "NULL", 4);
    }
}

static rt_value_t fn_var_dump(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    for (int i = 0; i < argc; i++)
        phpvm_var_dump(args[i], 0, false);
    return rt_none;
}

static rt_value_t fn_print_r(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    if (!phpvm_print_r(&b, args[0], 0))
        return RT_NOVALUE;
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    if (phpvm_arg_bool(args, argc, 1))
        return rt_from_ptr(s);
    phpvm_out_str(s);
    return rt_true;
}

static rt_value_t fn_var_export(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    export(&b, args[0], 0);
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    if (phpvm_arg_bool(args, argc, 1))
        return rt_from_ptr(s);
    phpvm_out_str(s);
    return rt_none;
}

static rt_value_t fn_gettype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_cstr(phpvm_gettype(args[0]));
}

static bool instance_of(rt_value_t v, const char *iface)
{
    v = phpvm_deref(v);
    return phpvm_is_object(v) && phpvm_instanceof(phpvm_obj(v)->cls, phpvm_class_find_c(iface));
}

static rt_value_t fn_get_debug_type(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_cstr(phpvm_type_name(args[0]));
}

#define IS_FN(name, test)                                                                          \
    static rt_value_t fn_##name(rt_value_t self, rt_value_t *args, int argc)                      \
    {                                                                                              \
        (void)self, (void)argc;                                                                    \
        rt_value_t v = args[0];                                                                    \
        return rt_bool(test);                                                                      \
    }
IS_FN(is_int, phpvm_kind(v) == PHPVM_INT)
IS_FN(is_float, phpvm_kind(v) == PHPVM_FLOAT)
IS_FN(is_string, phpvm_kind(v) == PHPVM_STRING)
IS_FN(is_bool, phpvm_kind(v) == PHPVM_BOOL)
IS_FN(is_array, phpvm_kind(v) == PHPVM_ARRAY)
IS_FN(is_object, phpvm_kind(v) == PHPVM_OBJECT)
IS_FN(is_null, phpvm_kind(v) == PHPVM_NULL)
IS_FN(is_scalar, phpvm_kind(v) >= PHPVM_BOOL && phpvm_kind(v) <= PHPVM_STRING)
IS_FN(is_iterable, phpvm_kind(v) == PHPVM_ARRAY || instance_of(v, "Traversable"))
IS_FN(is_countable, phpvm_kind(v) == PHPVM_ARRAY || instance_of(v, "Countable"))

static rt_value_t fn_is_numeric(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t v = args[0];
    if (rt_is_int(v) || rt_is_float(v))
        return rt_true;
    if (!phpvm_is_str(v))
        return rt_false;
    rt_phpnum_t n;
    rt_numparse_php(phpvm_str(v)->data, (size_t)phpvm_str(v)->len, &n);
    return rt_bool(n.kind != RT_PHPNUM_NONE && !n.trailing);
}

/* is_callable's callable_name: "f", "Class::method", or "Class::__invoke" for an object. */
static rt_value_t callable_name(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v))
        return v;
    if (phpvm_is_object(v) || phpvm_is_closure(v))
        return phpvm_binop(PHPVM_OP_CONCAT, rt_from_ptr(phpvm_class_of(v)->name),
                           phpvm_cstr("::__invoke"));
    rt_value_t t = phpvm_is_array(v) ? phpvm_deref(rt_map_get_int(phpvm_arr(v), 0)) : 0;
    rt_value_t m = phpvm_is_array(v) ? phpvm_deref(rt_map_get_int(phpvm_arr(v), 1)) : 0;
    if (rt_map_count(phpvm_arr(v)) != 2 || !t || !m || !phpvm_is_str(m) ||
        !(phpvm_is_str(t) || phpvm_is_object(t)))
        return phpvm_cstr("Array");
    rt_value_t cls = phpvm_is_str(t) ? t : rt_from_ptr(phpvm_class_of(t)->name);
    rt_value_t r = phpvm_binop(PHPVM_OP_CONCAT, cls, phpvm_cstr("::"));
    return r ? phpvm_binop(PHPVM_OP_CONCAT, r, m) : r;
}

static rt_value_t fn_is_callable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t a, b, v = phpvm_deref(args[0]);
    if (argc > 2 && phpvm_is_ref(args[2]) && !phpvm_is_array(v) && !phpvm_is_str(v) &&
        !phpvm_is_object(v) && !phpvm_is_closure(v)) {
        rt_value_t name = phpvm_to_str(v) ? rt_from_ptr(phpvm_to_str(v)) : RT_NOVALUE;
        if (name == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[2]), name);
    } else if (argc > 2 && phpvm_is_ref(args[2])) {
        rt_value_t name = callable_name(v);
        if (name == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[2]), name);
    }
    if (phpvm_arg_given(argc, args, 1) && phpvm_to_bool(args[1])) { /* syntax only */
        if (phpvm_is_str(v) || phpvm_is_closure(v))
            return rt_true;
        if (phpvm_is_array(v) && rt_map_count(phpvm_arr(v)) == 2) {
            rt_value_t t = phpvm_deref(rt_map_get_int(phpvm_arr(v), 0));
            rt_value_t m = phpvm_deref(rt_map_get_int(phpvm_arr(v), 1));
            return rt_bool(t && m && phpvm_is_str(m) && (phpvm_is_str(t) || phpvm_is_object(t)));
        }
    }
    bool ok = phpvm_callable(v, &a, &b, false);
    phpvm_callable_deprecated(v); /* (as PHP, also for a form that names a class but fails) */
    return rt_exc_pending() ? RT_NOVALUE : rt_bool(ok);
}

/* intval of a string in a base other than 10: whitespace, a sign, then a 0x/0o/0b prefix that
** matches the base (or picks it, for base 0) before strtoll's digits. */
static int64_t intval_base(const char *p, int base)
{
    while (isspace((unsigned char)*p))
        p++;
    bool neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    static const struct { char letter; int base; } prefixes[] = {{'x', 16}, {'o', 8}, {'b', 2}};
    if (p[0] == '0')
        for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
            if (tolower((unsigned char)p[1]) == prefixes[i].letter &&
                (base == 0 || base == prefixes[i].base)) {
                p += 2;
                base = prefixes[i].base;
            }
    uint64_t u = strtoull(p, NULL, base); /* saturates like PHP's strtol on overflow */
    if (neg)
        return u > (uint64_t)INT64_MAX ? INT64_MIN : -(int64_t)u;
    return u > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)u;
}

static rt_value_t fn_intval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t base = 10;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &base))
        return RT_NOVALUE;
    if (base != 10 && phpvm_is_str(args[0]))
        return phpvm_int(intval_base(phpvm_str(args[0])->data, (int)base));
    return phpvm_int(phpvm_to_int(args[0]));
}

/* settype($var, $type): the cast of that name written back through the reference; its type
** names and the casts they stand for. */
static const struct {
    const char *name;
    uint32_t cast;
} settypes[] = {
    {"integer", PHPVM_AF_TYPE_LONG}, {"int", PHPVM_AF_TYPE_LONG},
    {"float", PHPVM_AF_TYPE_DOUBLE}, {"double", PHPVM_AF_TYPE_DOUBLE},
    {"string", PHPVM_AF_TYPE_STRING}, {"array", PHPVM_AF_TYPE_ARRAY},
    {"object", PHPVM_AF_TYPE_OBJECT}, {"boolean", PHPVM_AF_TYPE_BOOL},
    {"bool", PHPVM_AF_TYPE_BOOL}, {"null", PHPVM_AF_TYPE_NULL},
};

static rt_value_t fn_settype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *type = phpvm_arg_str(args, argc, 1);
    if (!type)
        return RT_NOVALUE;
    for (size_t i = 0; i < sizeof settypes / sizeof settypes[0]; i++) {
        if (strcasecmp(type->data, settypes[i].name) != 0)
            continue;
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[0]);
        rt_value_t v = phpvm_cast(r->v, settypes[i].cast);
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_ref_set(r, v);
        return rt_true;
    }
    if (strcasecmp(type->data, "resource") == 0)
        return phpvm_throw("ValueError", "Cannot convert to resource type");
    return phpvm_throw("ValueError", "settype(): Argument #2 ($type) must be a valid type");
}

static rt_value_t fn_floatval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return phpvm_float(phpvm_to_float(args[0]));
}

static rt_value_t fn_boolval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return rt_bool(phpvm_to_bool(args[0]));
}

static rt_value_t fn_strval(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_str_t *s = phpvm_to_str(args[0]);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

const phpvm_builtin_t phpvm_ext_var[] = {
    {"var_dump", fn_var_dump, 1, -1, "value,values", 0},
    {"print_r", fn_print_r, 1, 2, "value,return", 0},
    {"var_export", fn_var_export, 1, 2, "value,return", 0},
    {"gettype", fn_gettype, 1, 1, "value", 0},
    {"settype", fn_settype, 2, 2, "var,type", 1u << 0},
    {"get_debug_type", fn_get_debug_type, 1, 1, "value", 0},
    {"is_int", fn_is_int, 1, 1, "value", 0},
    {"is_integer", fn_is_int, 1, 1, "value", 0},
    {"is_long", fn_is_int, 1, 1, "value", 0},
    {"is_float", fn_is_float, 1, 1, "value", 0},
    {"is_double", fn_is_float, 1, 1, "value", 0},
    {"is_string", fn_is_string, 1, 1, "value", 0},
    {"is_bool", fn_is_bool, 1, 1, "value", 0},
    {"is_array", fn_is_array, 1, 1, "value", 0},
    {"is_object", fn_is_object, 1, 1, "value", 0},
    {"is_null", fn_is_null, 1, 1, "value", 0},
    {"is_scalar", fn_is_scalar, 1, 1, "value", 0},
    {"is_iterable", fn_is_iterable, 1, 1, "value", 0},
    {"is_countable", fn_is_countable, 1, 1, "value", 0},
    {"is_numeric", fn_is_numeric, 1, 1, "value", 0},
    {"is_callable", fn_is_callable, 1, 3, "value,syntax_only,callable_name", 1u << 2},
    {"intval", fn_intval, 1, 2, "value,base", 0},
    {"floatval", fn_floatval, 1, 1, "value", 0},
    {"doubleval", fn_floatval, 1, 1, "value", 0},
    {"boolval", fn_boolval, 1, 1, "value", 0},
    {"strval", fn_strval, 1, 1, "value", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
