/*
** context.c: ext/standard's stream context parameters and the default context
** (stream_context_get_params/set_params, stream_context_get_default/set_default) over the
** "stream-context" resources of stream.c, and the STREAM_* constants of the streams layer.
** A context's options are its resource's heap value (stream.c); its notification callback is
** kept here by resource id, in a GC root.
*/
#include <string.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

/* GC roots: the default context (0 until asked for), notification callbacks by context id */
static rt_value_t default_ctx;
static phpvm_array_t *notifications;

/* The context argument args[i] and its options; NULL with PHP's TypeError pending. */
static phpvm_resource_t *context_arg(rt_value_t *args, int i, const char *param)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (!phpvm_context_options(v)) {
        phpvm_throw("TypeError", "%s(): Argument #%d ($%s) must be of type resource, %s given",
                    phpvm_cur_builtin, i + 1, param, phpvm_type_name(v));
        return NULL;
    }
    return (phpvm_resource_t *)rt_ptr(v);
}

/* Merges wrapper => [option => value] arrays into the context's options (a new array);
** false with PHP's TypeError pending when opts has a non-array entry. May collect. */
static bool merge_options(phpvm_resource_t *ctx, phpvm_array_t *opts)
{
    phpvm_array_t *merged = phpvm_array_dup(phpvm_arr(ctx->value));
    for (int64_t p = phpvm_array_first(opts); p >= 0; p = phpvm_array_next(opts, p)) {
        rt_value_t wrapper = phpvm_array_key_at(opts, p);
        rt_value_t items = phpvm_deref(phpvm_array_val_at(opts, p));
        if (!phpvm_is_array(items)) {
            phpvm_throw("TypeError", "Options should have the form "
                                     "[\"wrappername\"][\"optionname\"] = $value");
            return false;
        }
        rt_value_t old = phpvm_array_get(merged, wrapper);
        phpvm_array_t *w = old != RT_NOVALUE && phpvm_is_array(phpvm_deref(old))
                               ? phpvm_array_dup(phpvm_arr(phpvm_deref(old)))
                               : phpvm_array_new(0);
        phpvm_array_t *ia = phpvm_arr(items);
        for (int64_t q = phpvm_array_first(ia); q >= 0; q = phpvm_array_next(ia, q))
            phpvm_array_set(w, phpvm_array_key_at(ia, q), phpvm_share(phpvm_array_val_at(ia, q)));
        phpvm_array_set(merged, wrapper, rt_from_ptr(w));
    }
    RT_STORE(ctx, value, phpvm_share(rt_from_ptr(merged)));
    return true;
}

static rt_value_t fn_stream_context_get_params(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_resource_t *ctx = context_arg(args, 0, "context");
    if (!ctx)
        return RT_NOVALUE;
    phpvm_array_t *r = phpvm_array_new(2);
    rt_value_t cb = phpvm_array_get(notifications, phpvm_int(ctx->id));
    if (cb != RT_NOVALUE)
        phpvm_array_set(r, phpvm_cstr("notification"), cb);
    phpvm_array_set(r, phpvm_cstr("options"), phpvm_share(ctx->value));
    return rt_from_ptr(r);
}

static rt_value_t fn_stream_context_set_params(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_resource_t *ctx = context_arg(args, 0, "context");
    phpvm_array_t *params = ctx ? phpvm_arg_array(args, argc, 1) : NULL;
    if (!params)
        return RT_NOVALUE;
    rt_value_t cb = phpvm_array_get(params, phpvm_cstr("notification"));
    if (cb != RT_NOVALUE)
        phpvm_array_set(notifications, phpvm_int(ctx->id), phpvm_share(phpvm_deref(cb)));
    rt_value_t opts = phpvm_array_get(params, phpvm_cstr("options"));
    if (opts == RT_NOVALUE)
        return rt_true;
    opts = phpvm_deref(opts);
    if (!phpvm_is_array(opts))
        return phpvm_throw("TypeError", "Invalid stream/context parameter");
    return merge_options(ctx, phpvm_arr(opts)) ? rt_true : RT_NOVALUE;
}

/* The default context, made on first use. May collect. */
static rt_value_t default_context(void)
{
    if (!default_ctx)
        default_ctx = phpvm_func_lookup(rt_str_from_cstr("stream_context_create"))
                          ->builtin->fn(0, NULL, 0);
    return default_ctx;
}

/* stream_context_get_default(options = null) and stream_context_set_default(options). */
static rt_value_t fn_stream_context_default(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_array_t *opts = NULL;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none &&
        !(opts = phpvm_arg_array(args, argc, 0)))
        return RT_NOVALUE;
    rt_value_t ctx = default_context();
    if (opts && !merge_options((phpvm_resource_t *)rt_ptr(ctx), opts))
        return RT_NOVALUE;
    return ctx;
}

static void context_init(void)
{
    gc_root_add(&default_ctx, 1);
    gc_root_add((rt_value_t *)&notifications, 1);
    notifications = phpvm_array_new(0);
}

static const phpvm_builtin_t functions[] = {
    {"stream_context_get_params", fn_stream_context_get_params, 1, 1, "context", 0},
    {"stream_context_set_params", fn_stream_context_set_params, 2, 2, "context,params", 0},
    {"stream_context_get_default", fn_stream_context_default, 0, 1, "options", 0},
    {"stream_context_set_default", fn_stream_context_default, 1, 1, "options", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* php -n 8.2's values */
static const phpvm_intconst_t constants[] = {
    {"STREAM_NOTIFY_CONNECT", 2},
    {"STREAM_NOTIFY_AUTH_REQUIRED", 3},
    {"STREAM_NOTIFY_AUTH_RESULT", 10},
    {"STREAM_NOTIFY_MIME_TYPE_IS", 4},
    {"STREAM_NOTIFY_FILE_SIZE_IS", 5},
    {"STREAM_NOTIFY_REDIRECTED", 6},
    {"STREAM_NOTIFY_PROGRESS", 7},
    {"STREAM_NOTIFY_FAILURE", 9},
    {"STREAM_NOTIFY_COMPLETED", 8},
    {"STREAM_NOTIFY_RESOLVE", 1},
    {"STREAM_NOTIFY_SEVERITY_INFO", 0},
    {"STREAM_NOTIFY_SEVERITY_WARN", 1},
    {"STREAM_NOTIFY_SEVERITY_ERR", 2},
    {"STREAM_CLIENT_PERSISTENT", 1},
    {"STREAM_CLIENT_ASYNC_CONNECT", 2},
    {"STREAM_CLIENT_CONNECT", 4},
    {"STREAM_CRYPTO_METHOD_ANY_CLIENT", 127},
    {"STREAM_CRYPTO_METHOD_SSLv2_CLIENT", 3},
    {"STREAM_CRYPTO_METHOD_SSLv3_CLIENT", 5},
    {"STREAM_CRYPTO_METHOD_SSLv23_CLIENT", 57},
    {"STREAM_CRYPTO_METHOD_TLS_CLIENT", 121},
    {"STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT", 9},
    {"STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT", 17},
    {"STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT", 33},
    {"STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT", 65},
    {"STREAM_CRYPTO_METHOD_ANY_SERVER", 126},
    {"STREAM_CRYPTO_METHOD_SSLv2_SERVER", 2},
    {"STREAM_CRYPTO_METHOD_SSLv3_SERVER", 4},
    {"STREAM_CRYPTO_METHOD_SSLv23_SERVER", 120},
    {"STREAM_CRYPTO_METHOD_TLS_SERVER", 120},
    {"STREAM_CRYPTO_METHOD_TLSv1_0_SERVER", 8},
    {"STREAM_CRYPTO_METHOD_TLSv1_1_SERVER", 16},
    {"STREAM_CRYPTO_METHOD_TLSv1_2_SERVER", 32},
    {"STREAM_CRYPTO_METHOD_TLSv1_3_SERVER", 64},
    {"STREAM_CRYPTO_PROTO_SSLv3", 4},
    {"STREAM_CRYPTO_PROTO_TLSv1_0", 8},
    {"STREAM_CRYPTO_PROTO_TLSv1_1", 16},
    {"STREAM_CRYPTO_PROTO_TLSv1_2", 32},
    {"STREAM_CRYPTO_PROTO_TLSv1_3", 64},
    {"STREAM_SHUT_RD", 0},
    {"STREAM_SHUT_WR", 1},
    {"STREAM_SHUT_RDWR", 2},
    {"STREAM_PF_INET", 2},
    {"STREAM_PF_INET6", 10},
    {"STREAM_PF_UNIX", 1},
    {"STREAM_IPPROTO_IP", 0},
    {"STREAM_IPPROTO_TCP", 6},
    {"STREAM_IPPROTO_UDP", 17},
    {"STREAM_IPPROTO_ICMP", 1},
    {"STREAM_IPPROTO_RAW", 255},
    {"STREAM_SOCK_STREAM", 1},
    {"STREAM_SOCK_DGRAM", 2},
    {"STREAM_SOCK_RAW", 3},
    {"STREAM_SOCK_SEQPACKET", 5},
    {"STREAM_SOCK_RDM", 4},
    {"STREAM_PEEK", 2},
    {"STREAM_OOB", 1},
    {"STREAM_SERVER_BIND", 4},
    {"STREAM_SERVER_LISTEN", 8},
    {"STREAM_USE_PATH", 1},
    {"STREAM_IGNORE_URL", 2},
    {"STREAM_REPORT_ERRORS", 8},
    {"STREAM_MUST_SEEK", 16},
    {"STREAM_URL_STAT_LINK", 1},
    {"STREAM_URL_STAT_QUIET", 2},
    {"STREAM_MKDIR_RECURSIVE", 1},
    {"STREAM_IS_URL", 1},
    {"STREAM_OPTION_BLOCKING", 1},
    {"STREAM_OPTION_READ_TIMEOUT", 4},
    {"STREAM_OPTION_READ_BUFFER", 2},
    {"STREAM_OPTION_WRITE_BUFFER", 3},
    {"STREAM_BUFFER_NONE", 0},
    {"STREAM_BUFFER_LINE", 1},
    {"STREAM_BUFFER_FULL", 2},
    {"STREAM_CAST_AS_STREAM", 0},
    {"STREAM_CAST_FOR_SELECT", 3},
    {"STREAM_META_TOUCH", 1},
    {"STREAM_META_OWNER", 3},
    {"STREAM_META_OWNER_NAME", 2},
    {"STREAM_META_GROUP", 5},
    {"STREAM_META_GROUP_NAME", 4},
    {"STREAM_META_ACCESS", 6},
    {NULL, 0},
};

const phpvm_ext_t phpvm_ext_stream_context = {"standard", functions, constants, context_init,
                                              NULL, NULL};
