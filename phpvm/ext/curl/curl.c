/*
** curl.c: ext/curl on libcurl's easy interface: CurlHandle objects, curl_init/setopt/
** setopt_array/exec/getinfo/error/errno/close/reset, curl_version, curl_strerror, and the
** CURLOPT_* / CURLINFO_* / CURLE_* constants PHP code uses most. A CurlHandle keeps its libcurl
** handle in a hidden property holding a small heap object whose light finalizer frees it when
** the CurlHandle dies (PHP 8 frees handles then too; curl_close does nothing). multi.c drives
** several handles at once through libcurl's multi interface.
*/
#include <stdlib.h>
#include <string.h>

/* curl_getinfo() reports what PHP 8.2 reports, which includes libcurl's deprecated double-typed
** sizes and speeds and CURLINFO_PROTOCOL. */
#define CURL_DISABLE_DEPRECATION
#include <curl/curl.h>

#include "phpvm/interp.h"
#include "phpvm/ext/curl/curl.h"

#define UNUSED (void)self

static easy_t **live;
static size_t nlive, caplive;

static const CURLoption slist_opts[NLISTS] = {CURLOPT_HTTPHEADER, CURLOPT_QUOTE,
                                              CURLOPT_POSTQUOTE, CURLOPT_RESOLVE};

static easy_t *easy_new(struct handle *owner)
{
    easy_t *e = calloc(1, sizeof *e);
    e->owner = owner;
    e->curl = curl_easy_init();
    if (nlive == caplive) {
        caplive = caplive ? 2 * caplive : 16;
        live = realloc(live, caplive * sizeof *live);
    }
    e->slot = nlive;
    live[nlive++] = e;
    return e;
}

static void easy_free(easy_t *e)
{
    e->owner->e = NULL;
    live[e->slot] = live[--nlive];
    live[e->slot]->slot = e->slot;
    curl_easy_cleanup(e->curl);
    for (int i = 0; i < NLISTS; i++)
        curl_slist_free_all(e->lists[i]);
    curl_mime_free(e->mime);
    free(e->mbuf);
    free(e);
}

/* The light finalizer of a dead CurlHandle's handle object. */
static void handle_finalize(void *obj)
{
    handle_t *h = obj;
    if (h->e)
        easy_free(h->e);
}

/* The end of the script: every handle still reachable goes (as PHP's do at shutdown). */
static void curl_shutdown(void)
{
    phpvm_curl_multi_shutdown();
    while (nlive)
        easy_free(live[0]);
}

static rt_type_t handle_type = RT_TYPE_INIT("curl handle", NULL, handle_finalize, 0);
static phpvm_class_t *handle_class;
static rt_str_t *hidden_name;

static size_t on_write(char *data, size_t size, size_t n, void *ctx)
{
    handle_t *h = ctx;
    easy_t *e = h->e;
    if (e && e->in_multi && h->returntransfer) { /* kept for curl_multi_getcontent() */
        if (e->mlen + size * n > e->mcap) {
            e->mcap = 2 * (e->mlen + size * n) + 256;
            e->mbuf = realloc(e->mbuf, e->mcap);
        }
        memcpy(e->mbuf + e->mlen, data, size * n);
        e->mlen += size * n;
    } else if (h->out)
        rt_strbuf_append(h->out, data, size * n);
    else
        phpvm_out(data, size * n);
    return size * n;
}

/* libcurl's defaults as PHP sets them on a new or reset handle. */
static void defaults(handle_t *h)
{
    curl_easy_setopt(h->e->curl, CURLOPT_NOPROGRESS, 1L);
    curl_easy_setopt(h->e->curl, CURLOPT_VERBOSE, 0L);
    curl_easy_setopt(h->e->curl, CURLOPT_ERRORBUFFER, h->e->errbuf);
    curl_easy_setopt(h->e->curl, CURLOPT_WRITEFUNCTION, on_write);
    curl_easy_setopt(h->e->curl, CURLOPT_WRITEDATA, h);
    curl_easy_setopt(h->e->curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h->e->curl, CURLOPT_DNS_CACHE_TIMEOUT, 120L);
    curl_easy_setopt(h->e->curl, CURLOPT_MAXREDIRS, 20L);
    h->returntransfer = false;
}

handle_t *phpvm_curl_handle_arg(rt_value_t *args, int i)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_object(v) && phpvm_obj(v)->cls == handle_class) {
        rt_value_t *slot = phpvm_prop_slot(v, hidden_name, handle_class, false);
        if (slot && rt_is_ptr(*slot) && ((handle_t *)rt_ptr(*slot))->e)
            return (handle_t *)rt_ptr(*slot);
    }
    phpvm_throw("TypeError", "%s(): Argument #%d ($handle) must be of type CurlHandle, %s given",
                phpvm_cur_builtin, i + 1, phpvm_type_name(v));
    return NULL;
}

/* The handle behind argument 0, or NULL with PHP's TypeError pending. */
static handle_t *arg_handle(rt_value_t *args)
{
    return phpvm_curl_handle_arg(args, 0);
}

static rt_value_t fn_curl_init(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *url = NULL;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none &&
        !(url = phpvm_arg_str(args, argc, 0)))
        return RT_NOVALUE;
    rt_value_t obj = phpvm_object_new(handle_class);
    if (obj == RT_NOVALUE)
        return obj;
    handle_t *h = rt_alloc(&handle_type, sizeof *h);
    h->e = easy_new(h);
    if (!h->e->curl)
        return rt_false;
    defaults(h);
    *phpvm_prop_slot(obj, hidden_name, handle_class, false) = rt_from_ptr(h);
    gc_write_barrier(phpvm_obj(obj));
    if (url)
        curl_easy_setopt(h->e->curl, CURLOPT_URL, (const char *)url->data);
    return obj;
}

/* CURLOPT_POSTFIELDS: a string (copied), or an array sent as multipart/form-data. */
static bool set_postfields(handle_t *h, rt_value_t v)
{
    if (!phpvm_is_array(v)) {
        rt_str_t *s = phpvm_to_str(v);
        if (!s)
            return false;
        curl_easy_setopt(h->e->curl, CURLOPT_POSTFIELDSIZE, (long)s->len);
        return curl_easy_setopt(h->e->curl, CURLOPT_COPYPOSTFIELDS, (const char *)s->data) == CURLE_OK;
    }
    curl_mime_free(h->e->mime);
    h->e->mime = curl_mime_init(h->e->curl);
    phpvm_array_t *a = phpvm_arr(v);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_str_t *k = phpvm_to_str(phpvm_array_key_at(a, p));
        rt_str_t *val = phpvm_to_str(phpvm_array_val_at(a, p));
        if (!k || !val)
            return false;
        curl_mimepart *part = curl_mime_addpart(h->e->mime);
        curl_mime_name(part, k->data);
        curl_mime_data(part, val->data, (size_t)val->len);
    }
    return curl_easy_setopt(h->e->curl, CURLOPT_MIMEPOST, h->e->mime) == CURLE_OK;
}

/* A list option (HTTPHEADER, ...) from a PHP array of strings. */
static bool set_list(handle_t *h, int slot, CURLoption opt, rt_value_t v)
{
    if (!phpvm_is_array(v)) {
        phpvm_throw("TypeError", "%s(): The %s option must have an array value",
                    phpvm_cur_builtin, opt == CURLOPT_HTTPHEADER ? "CURLOPT_HTTPHEADER" : "list");
        return false;
    }
    struct curl_slist *list = NULL;
    phpvm_array_t *a = phpvm_arr(v);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_str_t *s = phpvm_to_str(phpvm_array_val_at(a, p));
        if (!s) {
            curl_slist_free_all(list);
            return false;
        }
        list = curl_slist_append(list, s->data);
    }
    curl_slist_free_all(h->e->lists[slot]);
    h->e->lists[slot] = list;
    return curl_easy_setopt(h->e->curl, opt, list) == CURLE_OK;
}

/* The CURLOPT_* options PHP code may set (others raise PHP's ValueError). */
static const CURLoption known_opts[] = {
    CURLOPT_URL, CURLOPT_HEADER, CURLOPT_NOBODY, CURLOPT_POST, CURLOPT_POSTFIELDS,
    CURLOPT_HTTPHEADER, CURLOPT_FOLLOWLOCATION, CURLOPT_MAXREDIRS, CURLOPT_TIMEOUT,
    CURLOPT_TIMEOUT_MS, CURLOPT_CONNECTTIMEOUT, CURLOPT_CONNECTTIMEOUT_MS, CURLOPT_CUSTOMREQUEST,
    CURLOPT_USERAGENT, CURLOPT_REFERER, CURLOPT_HTTPGET, CURLOPT_ACCEPT_ENCODING,
    CURLOPT_SSL_VERIFYPEER, CURLOPT_SSL_VERIFYHOST, CURLOPT_COOKIE, CURLOPT_USERPWD,
    CURLOPT_FAILONERROR, CURLOPT_VERBOSE, CURLOPT_PORT, CURLOPT_AUTOREFERER, CURLOPT_RANGE,
    CURLOPT_FRESH_CONNECT, CURLOPT_FORBID_REUSE, CURLOPT_HTTP_VERSION, CURLOPT_NOSIGNAL,
    CURLOPT_PROXY, CURLOPT_QUOTE, CURLOPT_POSTQUOTE, CURLOPT_RESOLVE, CURLOPT_UNRESTRICTED_AUTH,
    CURLOPT_HTTPAUTH, CURLOPT_COOKIEFILE, CURLOPT_COOKIEJAR, CURLOPT_LOW_SPEED_LIMIT,
    CURLOPT_LOW_SPEED_TIME, CURLOPT_TCP_NODELAY, CURLOPT_IPRESOLVE, CURLOPT_CAINFO,
};

static bool set_option(handle_t *h, int64_t opt, rt_value_t v)
{
    v = phpvm_deref(v);
    if (opt == PHP_RETURNTRANSFER || opt == PHP_BINARYTRANSFER) {
        if (opt == PHP_RETURNTRANSFER)
            h->returntransfer = phpvm_to_bool(v);
        return true;
    }
    size_t k = 0;
    while (k < sizeof known_opts / sizeof known_opts[0] && known_opts[k] != opt)
        k++;
    if (k == sizeof known_opts / sizeof known_opts[0]) {
        h->err = CURLE_UNKNOWN_OPTION; /* as curl_errno() then reports in PHP */
        phpvm_throw("ValueError", "%s(): Argument #2 ($option) is not a valid cURL option",
                    phpvm_cur_builtin);
        return false;
    }
    for (int i = 0; i < NLISTS; i++)
        if (slist_opts[i] == opt)
            return set_list(h, i, (CURLoption)opt, v);
    if (opt == CURLOPT_POSTFIELDS)
        return set_postfields(h, v);
    if (opt < CURLOPTTYPE_OBJECTPOINT)
        return curl_easy_setopt(h->e->curl, (CURLoption)opt, (long)phpvm_to_int(v)) == CURLE_OK;
    if (v == rt_none)
        return curl_easy_setopt(h->e->curl, (CURLoption)opt, (char *)NULL) == CURLE_OK;
    rt_str_t *s = phpvm_to_str(v); /* libcurl copies string options */
    return s && curl_easy_setopt(h->e->curl, (CURLoption)opt, (const char *)s->data) == CURLE_OK;
}

static rt_value_t fn_curl_setopt(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    handle_t *h = arg_handle(args);
    int64_t opt;
    if (!h || !phpvm_arg_long(args, argc, 1, &opt))
        return RT_NOVALUE;
    bool ok = set_option(h, opt, args[2]);
    return rt_exc_pending() ? RT_NOVALUE : ok ? rt_true : rt_false;
}

static rt_value_t fn_curl_setopt_array(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    handle_t *h = arg_handle(args);
    phpvm_array_t *a = h ? phpvm_arg_array(args, argc, 1) : NULL;
    if (!a)
        return RT_NOVALUE;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t k = phpvm_array_key_at(a, p);
        if (!rt_is_int(k))
            return phpvm_throw("ValueError", "%s(): Argument #2 ($options) contains an invalid "
                                             "cURL option", phpvm_cur_builtin);
        if (!set_option(h, phpvm_int_of(k), rt_map_value_at(a, p)))
            return rt_exc_pending() ? RT_NOVALUE : rt_false;
    }
    return rt_true;
}

static rt_value_t fn_curl_exec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    handle_t *h = arg_handle(args);
    if (!h)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 0);
    h->out = h->returntransfer ? &b : NULL;
    h->e->errbuf[0] = 0;
    h->err = curl_easy_perform(h->e->curl);
    h->out = NULL;
    if (h->err != CURLE_OK)
        return rt_false;
    return h->returntransfer ? rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str)) : rt_true;
}

/* ---- curl_getinfo ---- */

static rt_value_t info_value(handle_t *h, CURLINFO info)
{
    switch (info & CURLINFO_TYPEMASK) {
    case CURLINFO_STRING: {
        char *s = NULL;
        if (curl_easy_getinfo(h->e->curl, info, &s) != CURLE_OK)
            return rt_false;
        return s ? phpvm_cstr(s) : rt_none;
    }
    case CURLINFO_LONG: {
        long l = 0;
        return curl_easy_getinfo(h->e->curl, info, &l) == CURLE_OK ? phpvm_int(l) : rt_false;
    }
    case CURLINFO_DOUBLE: {
        double d = 0;
        return curl_easy_getinfo(h->e->curl, info, &d) == CURLE_OK ? phpvm_float(d) : rt_false;
    }
    case CURLINFO_OFF_T: {
        curl_off_t o = 0;
        return curl_easy_getinfo(h->e->curl, info, &o) == CURLE_OK ? phpvm_int(o) : rt_false;
    }
    default:
        return rt_false;
    }
}

/* curl_getinfo()'s array, in PHP's key order. */
static const struct {
    const char *key;
    CURLINFO info;
} info_keys[] = {
    {"url", CURLINFO_EFFECTIVE_URL}, {"content_type", CURLINFO_CONTENT_TYPE},
    {"http_code", CURLINFO_RESPONSE_CODE}, {"header_size", CURLINFO_HEADER_SIZE},
    {"request_size", CURLINFO_REQUEST_SIZE}, {"filetime", CURLINFO_FILETIME},
    {"ssl_verify_result", CURLINFO_SSL_VERIFYRESULT}, {"redirect_count", CURLINFO_REDIRECT_COUNT},
    {"total_time", CURLINFO_TOTAL_TIME}, {"namelookup_time", CURLINFO_NAMELOOKUP_TIME},
    {"connect_time", CURLINFO_CONNECT_TIME}, {"pretransfer_time", CURLINFO_PRETRANSFER_TIME},
    {"size_upload", CURLINFO_SIZE_UPLOAD}, {"size_download", CURLINFO_SIZE_DOWNLOAD},
    {"speed_download", CURLINFO_SPEED_DOWNLOAD}, {"speed_upload", CURLINFO_SPEED_UPLOAD},
    {"download_content_length", CURLINFO_CONTENT_LENGTH_DOWNLOAD},
    {"upload_content_length", CURLINFO_CONTENT_LENGTH_UPLOAD},
    {"starttransfer_time", CURLINFO_STARTTRANSFER_TIME},
    {"redirect_time", CURLINFO_REDIRECT_TIME}, {"redirect_url", CURLINFO_REDIRECT_URL},
    {"primary_ip", CURLINFO_PRIMARY_IP}, {"certinfo", CURLINFO_NONE},
    {"primary_port", CURLINFO_PRIMARY_PORT}, {"local_ip", CURLINFO_LOCAL_IP},
    {"local_port", CURLINFO_LOCAL_PORT}, {"http_version", CURLINFO_HTTP_VERSION},
    {"protocol", CURLINFO_PROTOCOL}, {"ssl_verifyresult", CURLINFO_PROXY_SSL_VERIFYRESULT},
    {"scheme", CURLINFO_SCHEME}, {"appconnect_time_us", CURLINFO_APPCONNECT_TIME_T},
    {"connect_time_us", CURLINFO_CONNECT_TIME_T},
    {"namelookup_time_us", CURLINFO_NAMELOOKUP_TIME_T},
    {"pretransfer_time_us", CURLINFO_PRETRANSFER_TIME_T},
    {"redirect_time_us", CURLINFO_REDIRECT_TIME_T},
    {"starttransfer_time_us", CURLINFO_STARTTRANSFER_TIME_T},
    {"total_time_us", CURLINFO_TOTAL_TIME_T}, {"effective_method", CURLINFO_EFFECTIVE_METHOD},
};

static rt_value_t fn_curl_getinfo(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    handle_t *h = arg_handle(args);
    if (!h)
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none) {
        int64_t opt;
        if (!phpvm_arg_long(args, argc, 1, &opt))
            return RT_NOVALUE;
        return info_value(h, (CURLINFO)opt);
    }
    phpvm_array_t *out = phpvm_array_new(0);
    for (size_t i = 0; i < sizeof info_keys / sizeof info_keys[0]; i++) {
        rt_value_t v = info_keys[i].info == CURLINFO_NONE ? rt_from_ptr(phpvm_array_new(0))
                                                          : info_value(h, info_keys[i].info);
        if (v == rt_none && (info_keys[i].info & CURLINFO_TYPEMASK) == CURLINFO_STRING &&
            info_keys[i].info != CURLINFO_CONTENT_TYPE)
            v = phpvm_cstr("");
        phpvm_array_set(out, phpvm_cstr(info_keys[i].key), v);
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_curl_error(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    handle_t *h = arg_handle(args);
    if (!h)
        return RT_NOVALUE;
    if (h->err == CURLE_OK)
        return phpvm_cstr("");
    return phpvm_cstr(h->e->errbuf[0] ? h->e->errbuf : curl_easy_strerror(h->err));
}

static rt_value_t fn_curl_errno(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    handle_t *h = arg_handle(args);
    return h ? rt_small(h->err) : RT_NOVALUE;
}

static rt_value_t fn_curl_close(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    return arg_handle(args) ? rt_none : RT_NOVALUE;
}

static rt_value_t fn_curl_reset(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    handle_t *h = arg_handle(args);
    if (!h)
        return RT_NOVALUE;
    curl_easy_reset(h->e->curl);
    defaults(h);
    return rt_none;
}

static rt_value_t fn_curl_strerror(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t code;
    if (!phpvm_arg_long(args, argc, 0, &code))
        return RT_NOVALUE;
    return phpvm_cstr(curl_easy_strerror((CURLcode)code));
}

static rt_value_t fn_curl_version(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    curl_version_info_data *d = curl_version_info(CURLVERSION_NOW);
    phpvm_array_t *out = phpvm_array_new(0);
    phpvm_array_set(out, phpvm_cstr("version_number"), phpvm_int(d->version_num));
    phpvm_array_set(out, phpvm_cstr("age"), phpvm_int(d->age));
    phpvm_array_set(out, phpvm_cstr("features"), phpvm_int(d->features));
    phpvm_array_set(out, phpvm_cstr("ssl_version_number"), rt_small(0));
    phpvm_array_set(out, phpvm_cstr("version"), phpvm_cstr(d->version));
    phpvm_array_set(out, phpvm_cstr("host"), phpvm_cstr(d->host));
    phpvm_array_set(out, phpvm_cstr("ssl_version"), phpvm_cstr(d->ssl_version ? d->ssl_version
                                                                              : ""));
    phpvm_array_set(out, phpvm_cstr("libz_version"), phpvm_cstr(d->libz_version ? d->libz_version
                                                                                : ""));
    phpvm_array_t *protos = phpvm_array_new(0);
    for (const char *const *p = d->protocols; p && *p; p++)
        phpvm_array_append(protos, phpvm_cstr(*p));
    phpvm_array_set(out, phpvm_cstr("protocols"), rt_from_ptr(protos));
    return rt_from_ptr(out);
}

static void curl_init_ext(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    phpvm_curl_multi_init();
    hidden_name = rt_str_intern(rt_str_new("\0handle", 7));
    phpvm_class_t *c = phpvm_class_builtin("CurlHandle", NULL, NULL, PHPVM_C_FINAL);
    phpvm_class_add_prop(c, hidden_name, PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(c);
    handle_class = c;
}

static const phpvm_builtin_t functions[] = {
    {"curl_init", fn_curl_init, 0, 1, "url", 0},
    {"curl_setopt", fn_curl_setopt, 3, 3, "handle,option,value", 0},
    {"curl_setopt_array", fn_curl_setopt_array, 2, 2, "handle,options", 0},
    {"curl_exec", fn_curl_exec, 1, 1, "handle", 0},
    {"curl_getinfo", fn_curl_getinfo, 1, 2, "handle,option", 0},
    {"curl_error", fn_curl_error, 1, 1, "handle", 0},
    {"curl_errno", fn_curl_errno, 1, 1, "handle", 0},
    {"curl_close", fn_curl_close, 1, 1, "handle", 0},
    {"curl_reset", fn_curl_reset, 1, 1, "handle", 0},
    {"curl_strerror", fn_curl_strerror, 1, 1, "code", 0},
    {"curl_version", fn_curl_version, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

#define C(name) {#name, name}
static const phpvm_intconst_t constants[] = {
    C(CURLOPT_URL), C(CURLOPT_HEADER), C(CURLOPT_NOBODY), C(CURLOPT_POST), C(CURLOPT_POSTFIELDS),
    C(CURLOPT_HTTPHEADER), C(CURLOPT_FOLLOWLOCATION), C(CURLOPT_MAXREDIRS), C(CURLOPT_TIMEOUT),
    C(CURLOPT_TIMEOUT_MS), C(CURLOPT_CONNECTTIMEOUT), C(CURLOPT_CONNECTTIMEOUT_MS),
    C(CURLOPT_CUSTOMREQUEST), C(CURLOPT_USERAGENT), C(CURLOPT_REFERER), C(CURLOPT_HTTPGET),
    C(CURLOPT_ACCEPT_ENCODING), C(CURLOPT_SSL_VERIFYPEER), C(CURLOPT_SSL_VERIFYHOST),
    C(CURLOPT_COOKIE), C(CURLOPT_USERPWD), C(CURLOPT_FAILONERROR), C(CURLOPT_VERBOSE),
    C(CURLOPT_PORT), C(CURLOPT_AUTOREFERER), C(CURLOPT_RANGE), C(CURLOPT_FRESH_CONNECT),
    C(CURLOPT_FORBID_REUSE), C(CURLOPT_HTTP_VERSION), C(CURLOPT_NOSIGNAL), C(CURLOPT_PROXY),
    C(CURLOPT_QUOTE), C(CURLOPT_POSTQUOTE), C(CURLOPT_RESOLVE), C(CURLOPT_UNRESTRICTED_AUTH),
    C(CURLOPT_HTTPAUTH), C(CURLOPT_COOKIEFILE), C(CURLOPT_COOKIEJAR), C(CURLOPT_LOW_SPEED_LIMIT),
    C(CURLOPT_LOW_SPEED_TIME), C(CURLOPT_TCP_NODELAY), C(CURLOPT_IPRESOLVE), C(CURLOPT_CAINFO),
    {"CURLOPT_ENCODING", CURLOPT_ACCEPT_ENCODING},
    {"CURLOPT_RETURNTRANSFER", PHP_RETURNTRANSFER},
    {"CURLOPT_BINARYTRANSFER", PHP_BINARYTRANSFER},
    C(CURLINFO_EFFECTIVE_URL), C(CURLINFO_RESPONSE_CODE), C(CURLINFO_CONTENT_TYPE),
    C(CURLINFO_HEADER_SIZE), C(CURLINFO_REQUEST_SIZE), C(CURLINFO_TOTAL_TIME),
    C(CURLINFO_SIZE_DOWNLOAD), C(CURLINFO_REDIRECT_COUNT), C(CURLINFO_REDIRECT_URL),
    C(CURLINFO_PRIMARY_IP), C(CURLINFO_PRIMARY_PORT), C(CURLINFO_CONTENT_LENGTH_DOWNLOAD),
    C(CURLINFO_EFFECTIVE_METHOD), C(CURLINFO_SCHEME),
    {"CURLINFO_HTTP_CODE", CURLINFO_RESPONSE_CODE},
    C(CURLE_OK), C(CURLE_UNSUPPORTED_PROTOCOL), C(CURLE_URL_MALFORMAT),
    C(CURLE_COULDNT_RESOLVE_HOST),
    C(CURLE_COULDNT_CONNECT), C(CURLE_OPERATION_TIMEDOUT), C(CURLE_HTTP_RETURNED_ERROR),
    C(CURLE_FILE_COULDNT_READ_FILE), C(CURLE_TOO_MANY_REDIRECTS),
    C(CURL_HTTP_VERSION_1_0), C(CURL_HTTP_VERSION_1_1), C(CURL_HTTP_VERSION_NONE),
    C(CURLAUTH_BASIC), C(CURLAUTH_ANY), C(CURL_IPRESOLVE_V4), C(CURL_IPRESOLVE_V6),
    C(CURLM_OK), C(CURLM_CALL_MULTI_PERFORM), C(CURLM_BAD_HANDLE), C(CURLM_BAD_EASY_HANDLE),
    C(CURLM_ADDED_ALREADY), C(CURLMSG_DONE),
    {NULL, 0},
};
#undef C

const phpvm_ext_t phpvm_ext_curl = {"curl", functions, constants, curl_init_ext, NULL, curl_shutdown};
