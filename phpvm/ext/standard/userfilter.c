/*
** userfilter.c: ext/standard's user stream filters: stream_filter_register, the
** php_user_filter class, and the bucket API a filter() method works with
** (stream_bucket_make_writeable/append/prepend/new, PSFS_* constants). filter.c runs a user
** filter as one link of a stream's read or write chain through phpvm_std_userfilter_*: each
** chunk becomes a bucket in an input "userfilter.bucket brigade" resource, filter($in, $out,
** &$consumed, $closing) moves buckets to the output brigade, and what PASS_ON leaves there is
** the link's output. A brigade resource keeps its buckets as a PHP array (its heap value), a
** bucket resource its bytes as a string, so the collector sees both.
*/
#include <stdlib.h>
#include <string.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

enum { PSFS_ERR_FATAL, PSFS_FEED_ME, PSFS_PASS_ON };

static const char BRIGADE[] = "userfilter.bucket brigade", BUCKET[] = "userfilter.bucket";

/* filter name -> class name, in registration order (a GC root) */
static phpvm_array_t *registry;

/* Payload marker of brigades and buckets: they own nothing outside the heap. */
static char marker;
static void nothing(void *p) { (void)p; }

static phpvm_resource_t *resource_of(rt_value_t v, const char *type)
{
    v = phpvm_deref(v);
    phpvm_resource_t *r = phpvm_is_resource(v) ? (phpvm_resource_t *)rt_ptr(v) : NULL;
    return r && r->data && strcmp(r->type, type) == 0 ? r : NULL;
}

/* The brigade argument args[i]; NULL with PHP's TypeError pending. */
static phpvm_resource_t *brigade_arg(rt_value_t *args, int i)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (!phpvm_is_resource(v)) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($brigade) must be of type resource, %s "
                    "given", phpvm_cur_builtin, i + 1, phpvm_type_name(v));
        return NULL;
    }
    phpvm_resource_t *r = resource_of(v, BRIGADE);
    if (!r)
        phpvm_throw("TypeError", "%s(): supplied resource is not a valid %s resource",
                    phpvm_cur_builtin, BRIGADE);
    return r;
}

/* A bucket resource holding data, and the object PHP hands out for it (bucket, data,
** datalen). May collect. */
static rt_value_t bucket_object(phpvm_resource_t *bucket)
{
    rt_value_t o = phpvm_object_new(phpvm_class_find_c("stdClass"));
    rt_value_t data = bucket->value;
    phpvm_prop_write(o, rt_str_from_cstr("bucket"), rt_from_ptr(bucket), NULL);
    phpvm_prop_write(o, rt_str_from_cstr("data"), data, NULL);
    phpvm_prop_write(o, rt_str_from_cstr("datalen"), phpvm_int(phpvm_str(data)->len), NULL);
    return o;
}

static phpvm_resource_t *bucket_new(rt_value_t data)
{
    phpvm_resource_t *b = phpvm_resource_new(BUCKET, &marker, nothing);
    RT_STORE(b, value, data);
    return b;
}

static rt_value_t fn_stream_bucket_make_writeable(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_resource_t *br = brigade_arg(args, 0);
    if (!br)
        return RT_NOVALUE;
    phpvm_array_t *list = phpvm_arr(br->value);
    int64_t p = phpvm_array_first(list);
    if (p < 0)
        return rt_none;
    rt_value_t bucket = phpvm_array_val_at(list, p);
    phpvm_array_del(list, phpvm_array_key_at(list, p));
    return bucket_object((phpvm_resource_t *)rt_ptr(bucket));
}

/* stream_bucket_append (at_end) and stream_bucket_prepend: the object's bucket, its bytes
** replaced by the object's data property when that is a string. */
static rt_value_t attach_bucket(rt_value_t *args, int argc, bool at_end)
{
    phpvm_resource_t *br = brigade_arg(args, 0);
    rt_value_t o = phpvm_deref(args[1]);
    if (!br)
        return RT_NOVALUE;
    if (!phpvm_is_object(o))
        return phpvm_throw("TypeError", "%s(): Argument #2 ($bucket) must be of type object, %s "
                           "given", phpvm_cur_builtin, phpvm_type_name(o));
    rt_value_t bv = phpvm_prop_read(o, rt_str_from_cstr("bucket"), NULL, true);
    if (bv == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_resource_t *bucket = resource_of(bv, BUCKET);
    if (!bucket)
        return phpvm_throw("ValueError", "%s(): Argument #2 ($bucket) must be an object that "
                           "has a \"bucket\" property", phpvm_cur_builtin);
    rt_value_t data = phpvm_deref(phpvm_prop_read(o, rt_str_from_cstr("data"), NULL, true));
    if (data != RT_NOVALUE && phpvm_is_str(data))
        RT_STORE(bucket, value, data);
    phpvm_array_t *list = phpvm_arr(br->value);
    for (int64_t p = phpvm_array_first(list); p >= 0; p = phpvm_array_next(list, p))
        if (phpvm_array_val_at(list, p) == rt_from_ptr(bucket)) { /* moved, never doubled */
            phpvm_array_del(list, phpvm_array_key_at(list, p));
            break;
        }
    if (at_end) {
        phpvm_array_append(list, rt_from_ptr(bucket));
        return rt_none;
    }
    phpvm_array_t *grown = phpvm_array_new(rt_map_count(list) + 1);
    phpvm_array_append(grown, rt_from_ptr(bucket));
    for (int64_t p = phpvm_array_first(list); p >= 0; p = phpvm_array_next(list, p))
        phpvm_array_append(grown, phpvm_array_val_at(list, p));
    RT_STORE(br, value, rt_from_ptr(grown));
    (void)argc;
    return rt_none;
}

static rt_value_t fn_stream_bucket_append(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return attach_bucket(args, argc, true);
}

static rt_value_t fn_stream_bucket_prepend(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return attach_bucket(args, argc, false);
}

static rt_value_t fn_stream_bucket_new(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool ok;
    phpvm_std_stream_file(args, 0, &ok);
    rt_str_t *data = ok ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!data)
        return RT_NOVALUE;
    return bucket_object(bucket_new(rt_from_ptr(data)));
}

static rt_value_t fn_stream_filter_register(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0), *cls = name ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!cls)
        return RT_NOVALUE;
    if (name->len == 0 || cls->len == 0)
        return phpvm_throw("ValueError", "stream_filter_register(): Argument #%d ($%s) must be "
                           "a non-empty string", name->len ? 2 : 1,
                           name->len ? "class" : "filter_name");
    if (phpvm_std_filter_known(name->data) ||
        phpvm_array_get(registry, rt_from_ptr(name)) != RT_NOVALUE)
        return rt_false;
    phpvm_array_set(registry, rt_from_ptr(name), rt_from_ptr(cls));
    return rt_true;
}

void phpvm_std_userfilter_names(phpvm_array_t *out)
{
    for (int64_t p = phpvm_array_first(registry); p >= 0; p = phpvm_array_next(registry, p))
        phpvm_array_append(out, phpvm_array_key_at(registry, p));
}

/* The class name registered for name, or for its wildcard forms "a.b.*", "a.*" (longest
** first), or 0. May collect. */
static rt_value_t registered(const char *name)
{
    rt_value_t c = phpvm_array_get(registry, phpvm_cstr(name));
    size_t n = strlen(name);
    char *w = malloc(n + 3);
    memcpy(w, name, n + 1);
    for (char *dot = strrchr(w, '.'); c == RT_NOVALUE && dot; dot = strrchr(w, '.')) {
        strcpy(dot + 1, "*");
        c = phpvm_array_get(registry, phpvm_cstr(w));
        *dot = '\0';
    }
    free(w);
    return c == RT_NOVALUE ? 0 : c;
}

bool phpvm_std_userfilter_exists(const char *name) { return registered(name) != 0; }

/* Calls obj->method(args) when the class has it: its result, 0 when it has none. */
static rt_value_t call_method(rt_value_t obj, const char *lcname, rt_value_t *args, int argc)
{
    phpvm_func_t *m = phpvm_class_method(phpvm_class_of(obj), rt_str_from_cstr(lcname));
    return m ? phpvm_call_func(rt_from_ptr(m), obj, args, argc) : 0;
}

rt_value_t phpvm_std_userfilter_new(const char *name, rt_value_t params)
{
    rt_value_t cls = registered(name);
    phpvm_class_t *k = cls ? phpvm_class_lookup(phpvm_str(cls), false) : NULL;
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (!k) {
        phpvm_error(PHPVM_E_WARNING, "%s(): User-filter \"%s\" requires class \"%s\", but that "
                    "class is not defined", phpvm_cur_builtin, name, phpvm_str(cls)->data);
        return rt_false;
    }
    rt_value_t obj = phpvm_object_new(k);
    if (obj == RT_NOVALUE ||
        !phpvm_prop_write(obj, rt_str_from_cstr("filtername"), phpvm_cstr(name), NULL) ||
        !phpvm_prop_write(obj, rt_str_from_cstr("params"), params ? params : rt_none, NULL))
        return RT_NOVALUE;
    rt_value_t r = call_method(obj, "oncreate", NULL, 0);
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    return r == rt_false ? rt_false : obj;
}

/* $this->stream = v, where the object has that property (PHP hands the stream over only
** there: a filter that unset it gets no dynamic one). */
static void set_stream(rt_value_t obj, rt_str_t *prop, rt_value_t v)
{
    rt_value_t *slot = v ? phpvm_prop_slot(obj, prop, NULL, false) : NULL;
    if (slot && *slot != RT_NOVALUE) {
        *slot = v;
        gc_write_barrier(rt_ptr(obj));
    }
}

/* A new brigade holding the chunk in[0..n) as one bucket (none when empty). */
static phpvm_resource_t *brigade_new(const char *in, size_t n)
{
    phpvm_array_t *list = phpvm_array_new(1);
    phpvm_resource_t *br = phpvm_resource_new(BRIGADE, &marker, nothing);
    RT_STORE(br, value, rt_from_ptr(list));
    if (n)
        phpvm_array_append(list, rt_from_ptr(bucket_new(phpvm_str_value(in, n))));
    return br;
}

rt_value_t phpvm_std_userfilter_run(rt_value_t obj, rt_value_t stream, const char *in, size_t n,
                                    bool closing, bool writing)
{
    phpvm_resource_t *bin = brigade_new(in, n), *bout = brigade_new("", 0);
    rt_str_t *prop = rt_str_from_cstr("stream");
    set_stream(obj, prop, stream);
    rt_value_t args[4] = {rt_from_ptr(bin), rt_from_ptr(bout),
                          rt_from_ptr(phpvm_ref_new(writing ? phpvm_int(0) : rt_none)),
                          rt_bool(closing)};
    rt_value_t r = call_method(obj, "filter", args, 4);
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    int64_t status = r ? phpvm_to_int(phpvm_deref(r)) : PSFS_ERR_FATAL;
    if (rt_map_count(phpvm_arr(bin->value)))
        phpvm_error(PHPVM_E_WARNING, "%s(): Unprocessed filter buckets remaining on input "
                    "brigade", phpvm_cur_builtin);
    if (stream)
        set_stream(obj, prop, rt_none);
    rt_value_t out = status == PSFS_FEED_ME ? rt_none : rt_false;
    if (status == PSFS_PASS_ON) {
        rt_strbuf_t b;
        rt_strbuf_init(&b, n + 16);
        phpvm_array_t *list = phpvm_arr(bout->value);
        for (int64_t p = phpvm_array_first(list); p >= 0; p = phpvm_array_next(list, p)) {
            rt_value_t data = ((phpvm_resource_t *)rt_ptr(phpvm_array_val_at(list, p)))->value;
            rt_strbuf_append(&b, phpvm_str(data)->data, (size_t)phpvm_str(data)->len);
        }
        out = rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    phpvm_resource_close(bin);
    phpvm_resource_close(bout);
    return out;
}

void phpvm_std_userfilter_close(rt_value_t obj)
{
    if (!gc_collecting() && !rt_exc_pending())
        call_method(obj, "onclose", NULL, 0);
}

/* ---- php_user_filter ---- */

static rt_value_t m_filter(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return phpvm_int(PSFS_ERR_FATAL);
}

static rt_value_t m_oncreate(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_true;
}

static rt_value_t m_onclose(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_none;
}

static const phpvm_builtin_t methods[] = {
    {"filter", m_filter, 4, 4, "in,out,consumed,closing", 4},
    {"onCreate", m_oncreate, 0, 0, "", 0},
    {"onClose", m_onclose, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void userfilter_init(void)
{
    gc_root_add(&registry, 1);
    registry = phpvm_array_new(0);
    phpvm_class_t *c = phpvm_class_builtin("php_user_filter", NULL, NULL, 0);
    phpvm_class_add_methods(c, methods);
    phpvm_class_add_prop(c, rt_str_intern(rt_str_from_cstr("filtername")), PHPVM_F_PUBLIC,
                         phpvm_cstr(""));
    phpvm_class_add_prop(c, rt_str_intern(rt_str_from_cstr("params")), PHPVM_F_PUBLIC,
                         phpvm_cstr(""));
    phpvm_class_add_prop(c, rt_str_intern(rt_str_from_cstr("stream")), PHPVM_F_PUBLIC, rt_none);
    phpvm_class_declare(c);
}

static const phpvm_builtin_t functions[] = {
    {"stream_filter_register", fn_stream_filter_register, 2, 2, "filter_name,class", 0},
    {"stream_bucket_make_writeable", fn_stream_bucket_make_writeable, 1, 1, "brigade", 0},
    {"stream_bucket_append", fn_stream_bucket_append, 2, 2, "brigade,bucket", 0},
    {"stream_bucket_prepend", fn_stream_bucket_prepend, 2, 2, "brigade,bucket", 0},
    {"stream_bucket_new", fn_stream_bucket_new, 2, 2, "stream,buffer", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"PSFS_PASS_ON", PSFS_PASS_ON},
    {"PSFS_FEED_ME", PSFS_FEED_ME},
    {"PSFS_ERR_FATAL", PSFS_ERR_FATAL},
    {"PSFS_FLAG_NORMAL", 0},
    {"PSFS_FLAG_FLUSH_INC", 1},
    {"PSFS_FLAG_FLUSH_CLOSE", 2},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_userfilter = {"standard", functions, constants, userfilter_init,
                                          NULL, NULL};
