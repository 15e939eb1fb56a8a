/*
** output.c: ext/standard's output-control functions (ob_start, ob_get_clean, ob_get_contents,
** ob_end_flush, ob_get_level, ob_get_length, ob_list_handlers, ob_implicit_flush, flush, ...),
** with PHP 8.2's notices, over phpvm/output.c's buffer stack.
*/
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

/* PHP's notice for an operation on an empty buffer stack; false to the caller. */
static rt_value_t no_buffer(const char *what)
{
    phpvm_error(PHPVM_E_NOTICE, "%s(): Failed to %s", phpvm_cur_builtin, what);
    return rt_false;
}

static rt_value_t handler_name(rt_value_t h);

/* Whether the innermost buffer has the ability `flag` (PHPVM_OB_F_*); else PHP's notice
** "Failed to <verb> buffer of <name> (<level>)". */
static bool allowed(int flag, const char *verb)
{
    int level = phpvm_ob_level() - 1;
    phpvm_ob_status_t st;
    phpvm_ob_status(level, &st);
    if (st.flags & flag)
        return true;
    rt_value_t name = handler_name(phpvm_ob_handler(level));
    phpvm_error(PHPVM_E_NOTICE, "%s(): Failed to %s buffer of %s (%d)", phpvm_cur_builtin, verb,
                name == RT_NOVALUE ? "" : phpvm_str(name)->data, level);
    return false;
}

/* r, or the failure sentinel when a buffer's handler threw (its exception goes on). */
static rt_value_t handler_result(rt_value_t r) { return rt_exc_pending() ? RT_NOVALUE : r; }

static rt_value_t fn_ob_start(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t handler = 0;
    if (phpvm_arg_given(argc, args, 0) && args[0] != rt_none) {
        rt_value_t callee, ctx;
        if (!phpvm_callable(args[0], &callee, &ctx, false)) {
            phpvm_error(PHPVM_E_WARNING, "ob_start(): %s", "no array or string given");
            phpvm_error(PHPVM_E_NOTICE, "ob_start(): Failed to create buffer");
            return rt_false;
        }
        handler = args[0];
    }
    int64_t chunk = 0, flags = PHPVM_OB_F_STDFLAGS;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &chunk))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags))
        return RT_NOVALUE;
    if (!phpvm_ob_start(handler, chunk > 0 ? (size_t)chunk : 0, (int)flags)) {
        phpvm_error(PHPVM_E_NOTICE, "ob_start(): Failed to create buffer");
        return rt_false;
    }
    return rt_true;
}

static rt_value_t contents(void)
{
    size_t len;
    const char *s = phpvm_ob_contents(&len);
    return s ? phpvm_str_value(s, len) : rt_false;
}

static rt_value_t fn_ob_get_contents(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return contents();
}

static rt_value_t fn_ob_get_length(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    size_t len;
    return phpvm_ob_contents(&len) ? phpvm_int((int64_t)len) : rt_false;
}

static rt_value_t fn_ob_get_level(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return rt_small(phpvm_ob_level());
}

static rt_value_t fn_ob_flush(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return no_buffer("flush buffer. No buffer to flush");
    if (!allowed(PHPVM_OB_F_FLUSHABLE, "flush"))
        return rt_false;
    phpvm_ob_flush();
    return handler_result(rt_true);
}

static rt_value_t fn_ob_clean(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return no_buffer("delete buffer. No buffer to delete");
    if (!allowed(PHPVM_OB_F_CLEANABLE, "delete"))
        return rt_false;
    phpvm_ob_clean();
    return handler_result(rt_true);
}

static rt_value_t fn_ob_end_flush(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return no_buffer("delete and flush buffer. No buffer to delete or flush");
    if (!allowed(PHPVM_OB_F_REMOVABLE, "send"))
        return rt_false;
    phpvm_ob_end(true);
    return handler_result(rt_true);
}

static rt_value_t fn_ob_end_clean(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return no_buffer("delete buffer. No buffer to delete");
    if (!allowed(PHPVM_OB_F_REMOVABLE, "discard"))
        return rt_false;
    phpvm_ob_end(false);
    return handler_result(rt_true);
}

static rt_value_t fn_ob_get_clean(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return rt_false;
    rt_value_t r = contents();
    if (!allowed(PHPVM_OB_F_REMOVABLE, "discard"))
        allowed(0, "delete");
    else
        phpvm_ob_end(false);
    return handler_result(r);
}

static rt_value_t fn_ob_get_flush(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    if (!phpvm_ob_level())
        return no_buffer("delete and flush buffer. No buffer to delete or flush");
    rt_value_t r = contents();
    if (!allowed(PHPVM_OB_F_REMOVABLE, "send"))
        allowed(0, "delete");
    else
        phpvm_ob_end(true);
    return handler_result(r);
}

/* A handler's name as ob_list_handlers() shows it. */
static rt_value_t handler_name(rt_value_t h)
{
    h = phpvm_deref(h);
    if (h == rt_none || h == RT_NOVALUE)
        return phpvm_cstr("default output handler");
    if (phpvm_is_str(h))
        return h;
    if (phpvm_is_closure(h))
        return phpvm_cstr("Closure::__invoke");
    if (phpvm_is_array(h) && rt_map_count(phpvm_arr(h)) == 2) {
        rt_value_t o = phpvm_array_val_at(phpvm_arr(h), 0);
        rt_value_t m = phpvm_array_val_at(phpvm_arr(h), 1);
        phpvm_class_t *c = phpvm_class_of(o);
        rt_str_t *ms = phpvm_to_str(m);
        if (!ms)
            return RT_NOVALUE;
        rt_strbuf_t b;
        rt_strbuf_init(&b, 32);
        if (c)
            rt_strbuf_append_str(&b, c->name);
        else if (phpvm_is_str(o))
            rt_strbuf_append_str(&b, phpvm_str(o));
        rt_strbuf_append(&b, "::", 2);
        rt_strbuf_append_str(&b, ms);
        return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
    }
    phpvm_class_t *c = phpvm_class_of(h);
    if (!c)
        return phpvm_cstr("???");
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_append_str(&b, c->name);
    rt_strbuf_append(&b, "::__invoke", 10);
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_ob_list_handlers(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    phpvm_array_t *a = phpvm_array_new(phpvm_ob_level());
    for (int i = 0; i < phpvm_ob_level(); i++) {
        rt_value_t name = handler_name(phpvm_ob_handler(i));
        if (name == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_append(a, name);
    }
    return rt_from_ptr(a);
}

/* One level's status array, as PHP's php_output_handler_status builds it. */
static rt_value_t status_array(int level)
{
    phpvm_ob_status_t st;
    phpvm_ob_status(level, &st);
    rt_value_t name = handler_name(phpvm_ob_handler(level));
    if (name == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_t *a = phpvm_array_new(7);
    phpvm_array_set(a, phpvm_cstr("name"), name);
    phpvm_array_set(a, phpvm_cstr("type"), rt_small(st.flags & 0xf));
    phpvm_array_set(a, phpvm_cstr("flags"), rt_small(st.flags));
    phpvm_array_set(a, phpvm_cstr("level"), rt_small(level));
    phpvm_array_set(a, phpvm_cstr("chunk_size"), phpvm_int((int64_t)st.chunk));
    phpvm_array_set(a, phpvm_cstr("buffer_size"), phpvm_int((int64_t)st.size));
    phpvm_array_set(a, phpvm_cstr("buffer_used"), phpvm_int((int64_t)st.used));
    return rt_from_ptr(a);
}

/* The innermost buffer's status, or with full_status every level's (outermost first). */
static rt_value_t fn_ob_get_status(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    bool full = phpvm_arg_given(argc, args, 0) && phpvm_arg_bool(args, argc, 0);
    int n = phpvm_ob_level();
    if (!full)
        return n ? status_array(n - 1) : rt_from_ptr(phpvm_array_new(0));
    phpvm_array_t *all = phpvm_array_new(n);
    for (int i = 0; i < n; i++) {
        rt_value_t st = status_array(i);
        if (st == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_append(all, st);
    }
    return rt_from_ptr(all);
}

static rt_value_t fn_ob_implicit_flush(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_ob_implicit_flush(!phpvm_arg_given(argc, args, 0) || phpvm_arg_bool(args, argc, 0));
    return rt_none;
}

static rt_value_t fn_flush(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    phpvm_out_flush();
    return rt_none;
}

const phpvm_builtin_t phpvm_ext_output[] = {
    {"ob_start", fn_ob_start, 0, 3, "callback,chunk_size,flags", 0},
    {"ob_get_contents", fn_ob_get_contents, 0, 0, "", 0},
    {"ob_get_length", fn_ob_get_length, 0, 0, "", 0},
    {"ob_get_level", fn_ob_get_level, 0, 0, "", 0},
    {"ob_flush", fn_ob_flush, 0, 0, "", 0},
    {"ob_clean", fn_ob_clean, 0, 0, "", 0},
    {"ob_end_flush", fn_ob_end_flush, 0, 0, "", 0},
    {"ob_end_clean", fn_ob_end_clean, 0, 0, "", 0},
    {"ob_get_clean", fn_ob_get_clean, 0, 0, "", 0},
    {"ob_get_flush", fn_ob_get_flush, 0, 0, "", 0},
    {"ob_list_handlers", fn_ob_list_handlers, 0, 0, "", 0},
    {"ob_implicit_flush", fn_ob_implicit_flush, 0, 1, "enable", 0},
    {"ob_get_status", fn_ob_get_status, 0, 1, "full_status", 0},
    {"flush", fn_flush, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
