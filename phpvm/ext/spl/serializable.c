/*
** serializable.c: Serializable::serialize() and unserialize() of SPL's containers, the
** pre-7.4 "C:" format PHP 8.2 still writes and reads through them: ArrayObject/ArrayIterator
** ("x:flags;storage;m:members"), SplObjectStorage ("x:count;obj,info;...;m:members") and
** SplDoublyLinkedList ("flags:elem:elem..."). Both directions go through the class's own
** __serialize()/__unserialize() (the base class's, not an override), so the state layout
** lives in one place; ext/standard's serializer numbers the pieces as one value.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/ext/spl/spl.h"
#include "phpvm/ext/standard/var.h"

/* The __serialize()/__unserialize() (`name`) that class `base` itself defines, called on self. */
static rt_value_t base_call(rt_value_t self, const char *base, const char *name, rt_value_t arg)
{
    phpvm_class_t *c = phpvm_class_find_c(base);
    phpvm_func_t *m = c ? phpvm_class_method(c, rt_str_from_cstr(name)) : NULL;
    if (!m)
        return phpvm_throw("Error", "Call to undefined method %s::%s()", base, name);
    return phpvm_call_func(rt_from_ptr(m), self, &arg, arg == RT_NOVALUE ? 0 : 1);
}

/* The state array of base's __serialize(), or NULL with an exception pending. */
static phpvm_array_t *state(rt_value_t self, const char *base)
{
    rt_value_t d = base_call(self, base, "__serialize", RT_NOVALUE);
    return d == RT_NOVALUE ? NULL : phpvm_arr(phpvm_deref(d));
}

static rt_value_t item(phpvm_array_t *a, int64_t i)
{
    rt_value_t v = phpvm_array_get(a, phpvm_int(i));
    return v == RT_NOVALUE ? rt_none : phpvm_deref(v);
}

/* A serialization being assembled: phpvm_serialize_seq's template and its values. */
typedef struct seq {
    rt_strbuf_t tmpl;
    rt_vec_t *vals;
} seq_t;

static void seq_init(seq_t *q, int64_t n)
{
    rt_strbuf_init(&q->tmpl, (size_t)(4 * n + 8));
    q->vals = rt_vec_new(n);
}

/* Literal text, then one value. */
static void seq_add(seq_t *q, const char *lit, rt_value_t v)
{
    rt_strbuf_append(&q->tmpl, lit, strlen(lit));
    rt_strbuf_append_char(&q->tmpl, '%');
    rt_vec_append(q->vals, v);
}

/* The serialized string, or RT_NOVALUE with an exception pending. */
static rt_value_t seq_finish(seq_t *q)
{
    rt_str_t *tmpl = rt_strbuf_finish(&q->tmpl, &rt_type_str);
    rt_str_t *s = phpvm_serialize_seq(tmpl->data, rt_vec_items(q->vals));
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

/* PHP's complaint about malformed data, at the reader's position. */
static rt_value_t bad(const phpvm_unser_t *u)
{
    if (rt_exc_pending())
        return RT_NOVALUE;
    return phpvm_throw("UnexpectedValueException", "Error at offset %" PRId64 " of %" PRId64
                       " bytes", (int64_t)(u->p - u->buf), (int64_t)(u->end - u->buf));
}

/* The data string of unserialize(), or NULL: with an exception pending, or for "" (nothing to
** do, as in PHP). */
static rt_str_t *data_arg(rt_value_t *args, int argc)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    return s && s->len ? s : NULL;
}

/* Hands the pieces read to base's __unserialize() and runs the queued calls. */
static rt_value_t finish(rt_value_t self, const char *base, phpvm_unser_t *u, phpvm_array_t *d)
{
    if (base_call(self, base, "__unserialize", rt_from_ptr(d)) == RT_NOVALUE)
        return RT_NOVALUE;
    return phpvm_unser_finish(u) ? rt_none : RT_NOVALUE;
}

static const char *array_base(rt_value_t self)
{
    phpvm_class_t *ai = phpvm_class_find_c("ArrayIterator");
    return ai && phpvm_instanceof(phpvm_obj(self)->cls, ai) ? "ArrayIterator" : "ArrayObject";
}

rt_value_t phpvm_spl_array_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *d = state(self, array_base(self));
    if (!d)
        return RT_NOVALUE;
    seq_t q;
    seq_init(&q, 3);
    seq_add(&q, "x:", item(d, 0));
    seq_add(&q, "", item(d, 1));
    seq_add(&q, ";m:", item(d, 2));
    return seq_finish(&q);
}

rt_value_t phpvm_spl_array_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *s = data_arg(args, argc);
    if (!s)
        return rt_exc_pending() ? RT_NOVALUE : rt_none;
    phpvm_unser_t u;
    phpvm_unser_start(&u, s);
    rt_value_t flags, arr, members;
    if (!phpvm_unser_lit(&u, "x:") || (flags = phpvm_unser_value(&u)) == RT_NOVALUE ||
        !rt_is_int(flags) || u.p >= u.end || !strchr("aOCr", *u.p) ||
        (arr = phpvm_unser_value(&u)) == RT_NOVALUE ||
        !(phpvm_is_array(arr) || phpvm_is_object(arr)) || !phpvm_unser_lit(&u, ";") ||
        !phpvm_unser_lit(&u, "m:") || (members = phpvm_unser_value(&u)) == RT_NOVALUE ||
        !phpvm_is_array(members))
        return bad(&u);
    phpvm_array_t *d = phpvm_array_new(3);
    phpvm_array_append(d, flags);
    phpvm_array_append(d, arr);
    phpvm_array_append(d, members);
    return finish(self, array_base(self), &u, d);
}

rt_value_t phpvm_spl_storage_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *d = state(self, "SplObjectStorage");
    if (!d)
        return RT_NOVALUE;
    phpvm_array_t *flat = phpvm_arr(item(d, 0));
    int64_t n = rt_map_count(flat) / 2;
    seq_t q;
    seq_init(&q, 2 * n + 2);
    seq_add(&q, "x:", phpvm_int(n)); /* then "obj,info;" per element */
    for (int64_t i = 0; i < n; i++) {
        seq_add(&q, i ? ";" : "", item(flat, 2 * i));
        seq_add(&q, ",", item(flat, 2 * i + 1));
    }
    seq_add(&q, n ? ";m:" : "m:", item(d, 1));
    return seq_finish(&q);
}

rt_value_t phpvm_spl_storage_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *s = data_arg(args, argc);
    if (!s)
        return rt_exc_pending() ? RT_NOVALUE : rt_none;
    phpvm_unser_t u;
    phpvm_unser_start(&u, s);
    rt_value_t count, obj, inf, members;
    if (!phpvm_unser_lit(&u, "x:") || (count = phpvm_unser_value(&u)) == RT_NOVALUE ||
        !rt_is_int(count))
        return bad(&u);
    if (phpvm_int_of(count) < 0) {
        u.p--; /* PHP reports the count's ';' */
        return bad(&u);
    }
    phpvm_array_t *flat = phpvm_array_new(0);
    for (int64_t i = 0; i < phpvm_int_of(count); i++) {
        if ((i > 0 && !phpvm_unser_lit(&u, ";")) || u.p >= u.end || !strchr("OCr", *u.p) ||
            (obj = phpvm_unser_value(&u)) == RT_NOVALUE)
            return bad(&u);
        inf = rt_none;
        if (phpvm_unser_lit(&u, ",") && (inf = phpvm_unser_value(&u)) == RT_NOVALUE)
            return bad(&u);
        if (!phpvm_is_object(obj))
            return bad(&u);
        phpvm_array_append(flat, obj);
        phpvm_array_append(flat, inf);
    }
    if ((phpvm_int_of(count) > 0 && !phpvm_unser_lit(&u, ";")) || !phpvm_unser_lit(&u, "m:") ||
        (members = phpvm_unser_value(&u)) == RT_NOVALUE || !phpvm_is_array(members))
        return bad(&u);
    phpvm_array_t *d = phpvm_array_new(2);
    phpvm_array_append(d, rt_from_ptr(flat));
    phpvm_array_append(d, members);
    return finish(self, "SplObjectStorage", &u, d);
}

rt_value_t phpvm_spl_dllist_serialize(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *d = state(self, "SplDoublyLinkedList");
    if (!d)
        return RT_NOVALUE;
    phpvm_array_t *elems = phpvm_arr(item(d, 1));
    seq_t q;
    seq_init(&q, rt_map_count(elems) + 1);
    seq_add(&q, "", item(d, 0)); /* the flags, then ":elem" per element */
    for (int64_t p = phpvm_array_first(elems); p >= 0; p = phpvm_array_next(elems, p))
        seq_add(&q, ":", phpvm_deref(phpvm_array_val_at(elems, p)));
    return seq_finish(&q);
}

rt_value_t phpvm_spl_dllist_unserialize(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *s = data_arg(args, argc);
    if (!s)
        return rt_exc_pending() ? RT_NOVALUE : rt_none;
    phpvm_unser_t u;
    phpvm_unser_start(&u, s);
    rt_value_t flags = phpvm_unser_value(&u), v;
    if (flags == RT_NOVALUE || !rt_is_int(flags))
        return bad(&u);
    phpvm_array_t *elems = phpvm_array_new(0);
    while (phpvm_unser_lit(&u, ":")) {
        if ((v = phpvm_unser_value(&u)) == RT_NOVALUE)
            return bad(&u);
        phpvm_array_append(elems, v);
    }
    if (u.p != u.end)
        return bad(&u);
    phpvm_array_t *d = phpvm_array_new(3);
    phpvm_array_append(d, flags);
    phpvm_array_append(d, rt_from_ptr(elems));
    phpvm_array_append(d, rt_from_ptr(phpvm_spl_members(self, phpvm_class_find_c(
                                                                  "SplDoublyLinkedList"))));
    return finish(self, "SplDoublyLinkedList", &u, d);
}
