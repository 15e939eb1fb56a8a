/*
** multi.c: ext/curl's multi interface: CurlMultiHandle objects on libcurl's CURLM,
** curl_multi_init/add_handle/remove_handle/exec/select/info_read/getcontent/close/errno/
** strerror. A multi handle keeps the CurlHandles added to it alive in a hidden array (keyed by
** their easy handle's address, which info_read maps back); a RETURNTRANSFER handle's body
** collects in its easy_t for curl_multi_getcontent().
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"
#include "phpvm/ext/curl/curl.h"

/* The heap side of a CurlMultiHandle; holds no heap references. */
typedef struct multi {
    rt_obj_t hdr;
    CURLM *m;
    CURLMcode err;
    size_t slot; /* in `open_multis` */
} multi_t;

static multi_t **open_multis;
static size_t nopen, capopen;

static void multi_release(multi_t *mu)
{
    if (!mu->m)
        return;
    curl_multi_cleanup(mu->m);
    mu->m = NULL;
    open_multis[mu->slot] = open_multis[--nopen];
    open_multis[mu->slot]->slot = mu->slot;
}

static void multi_finalize(void *obj)
{
    multi_release(obj);
}

static rt_type_t multi_type = RT_TYPE_INIT("curl multi", NULL, multi_finalize, 0);
static phpvm_class_t *multi_class;
static rt_str_t *multi_name, *handles_name;

void phpvm_curl_multi_shutdown(void)
{
    while (nopen)
        multi_release(open_multis[0]);
}

/* The CurlMultiHandle argument 0: its object in *obj; NULL with a TypeError pending. */
static multi_t *multi_arg(rt_value_t *args, rt_value_t *obj)
{
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_object(v) && phpvm_obj(v)->cls == multi_class) {
        rt_value_t *slot = phpvm_prop_slot(v, multi_name, multi_class, false);
        if (slot && rt_is_ptr(*slot) && ((multi_t *)rt_ptr(*slot))->m) {
            *obj = v;
            return (multi_t *)rt_ptr(*slot);
        }
    }
    phpvm_throw("TypeError", "%s(): Argument #1 ($multi_handle) must be of type CurlMultiHandle, "
                "%s given", phpvm_cur_builtin, phpvm_type_name(v));
    return NULL;
}

static phpvm_array_t *handles_of(rt_value_t obj)
{
    return phpvm_arr(phpvm_deref(*phpvm_prop_slot(obj, handles_name, multi_class, false)));
}

static rt_value_t fn_multi_init(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    rt_value_t obj = phpvm_object_new(multi_class);
    if (obj == RT_NOVALUE)
        return obj;
    multi_t *mu = rt_alloc(&multi_type, sizeof *mu);
    mu->m = curl_multi_init();
    if (nopen == capopen) {
        capopen = capopen ? 2 * capopen : 8;
        open_multis = realloc(open_multis, capopen * sizeof *open_multis);
    }
    mu->slot = nopen;
    open_multis[nopen++] = mu;
    *phpvm_prop_slot(obj, multi_name, multi_class, false) = rt_from_ptr(mu);
    *phpvm_prop_slot(obj, handles_name, multi_class, false) = rt_from_ptr(phpvm_array_new(0));
    gc_write_barrier(phpvm_obj(obj));
    return obj;
}

/* The (multi handle, CurlHandle) arguments of add/remove; false with a TypeError pending. */
static bool pair_args(rt_value_t *args, rt_value_t *obj, multi_t **mu, handle_t **h)
{
    *mu = multi_arg(args, obj);
    *h = *mu ? phpvm_curl_handle_arg(args, 1) : NULL;
    return *h != NULL;
}

static rt_value_t fn_multi_add_handle(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t obj;
    multi_t *mu;
    handle_t *h;
    if (!pair_args(args, &obj, &mu, &h))
        return RT_NOVALUE;
    mu->err = curl_multi_add_handle(mu->m, h->e->curl);
    if (mu->err == CURLM_OK) {
        h->e->in_multi = true;
        h->e->mlen = 0;
        h->e->errbuf[0] = 0;
        curl_easy_setopt(h->e->curl, CURLOPT_PRIVATE, (void *)h);
        phpvm_array_set(handles_of(obj), phpvm_int((int64_t)(intptr_t)h),
                        phpvm_deref(args[1]));
    }
    return phpvm_int(mu->err);
}

static rt_value_t fn_multi_remove_handle(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t obj;
    multi_t *mu;
    handle_t *h;
    if (!pair_args(args, &obj, &mu, &h))
        return RT_NOVALUE;
    mu->err = curl_multi_remove_handle(mu->m, h->e->curl);
    h->e->in_multi = false;
    phpvm_array_del(handles_of(obj), phpvm_int((int64_t)(intptr_t)h));
    return phpvm_int(mu->err);
}

static rt_value_t fn_multi_exec(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t obj;
    multi_t *mu = multi_arg(args, &obj);
    if (!mu)
        return RT_NOVALUE;
    int running = 0;
    mu->err = curl_multi_perform(mu->m, &running);
    phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[1]), phpvm_int(running));
    return phpvm_int(mu->err);
}

static rt_value_t fn_multi_select(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t obj;
    multi_t *mu = multi_arg(args, &obj);
    double timeout = 1.0;
    if (!mu || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_double(args, argc, 1, &timeout)))
        return RT_NOVALUE;
    int n = 0;
    mu->err = curl_multi_wait(mu->m, NULL, 0, (int)(timeout * 1000), &n);
    return phpvm_int(mu->err == CURLM_OK ? n : -1);
}

static rt_value_t fn_multi_info_read(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_value_t obj;
    multi_t *mu = multi_arg(args, &obj);
    if (!mu)
        return RT_NOVALUE;
    int queued = 0;
    CURLMsg *msg = curl_multi_info_read(mu->m, &queued);
    if (phpvm_arg_given(argc, args, 1))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[1]), phpvm_int(queued));
    if (!msg)
        return rt_false;
    handle_t *h = NULL;
    curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&h);
    phpvm_array_t *out = phpvm_array_new(3);
    phpvm_array_set(out, phpvm_cstr("msg"), phpvm_int(msg->msg));
    phpvm_array_set(out, phpvm_cstr("result"), phpvm_int(msg->data.result));
    if (h) {
        h->err = msg->data.result;
        rt_value_t ch = phpvm_array_get(handles_of(obj), phpvm_int((int64_t)(intptr_t)h));
        phpvm_array_set(out, phpvm_cstr("handle"), ch == RT_NOVALUE ? rt_none : ch);
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_multi_getcontent(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    handle_t *h = phpvm_curl_handle_arg(args, 0);
    if (!h)
        return RT_NOVALUE;
    if (!h->returntransfer)
        return rt_none;
    return phpvm_str_value(h->e->mbuf ? h->e->mbuf : "", h->e->mlen);
}

static rt_value_t fn_multi_close(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t obj;
    multi_t *mu = multi_arg(args, &obj);
    if (!mu)
        return RT_NOVALUE;
    phpvm_array_t *hs = handles_of(obj);
    for (int64_t p = phpvm_array_first(hs); p >= 0; p = phpvm_array_next(hs, p)) {
        handle_t *h = (handle_t *)(intptr_t)phpvm_int_of(phpvm_array_key_at(hs, p));
        if (h->e) {
            curl_multi_remove_handle(mu->m, h->e->curl);
            h->e->in_multi = false;
        }
    }
    rt_map_clear(hs);
    return rt_none;
}

static rt_value_t fn_multi_errno(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_value_t obj;
    multi_t *mu = multi_arg(args, &obj);
    return mu ? phpvm_int(mu->err) : RT_NOVALUE;
}

static rt_value_t fn_multi_strerror(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t code;
    if (!phpvm_arg_long(args, argc, 0, &code))
        return RT_NOVALUE;
    return phpvm_cstr(curl_multi_strerror((CURLMcode)code));
}

static const phpvm_builtin_t functions[] = {
    {"curl_multi_init", fn_multi_init, 0, 0, "", 0},
    {"curl_multi_add_handle", fn_multi_add_handle, 2, 2, "multi_handle,handle", 0},
    {"curl_multi_remove_handle", fn_multi_remove_handle, 2, 2, "multi_handle,handle", 0},
    {"curl_multi_exec", fn_multi_exec, 2, 2, "multi_handle,still_running", 1u << 1},
    {"curl_multi_select", fn_multi_select, 1, 2, "multi_handle,timeout", 0},
    {"curl_multi_info_read", fn_multi_info_read, 1, 2, "multi_handle,queued_messages", 1u << 1},
    {"curl_multi_getcontent", fn_multi_getcontent, 1, 1, "handle", 0},
    {"curl_multi_close", fn_multi_close, 1, 1, "multi_handle", 0},
    {"curl_multi_errno", fn_multi_errno, 1, 1, "multi_handle", 0},
    {"curl_multi_strerror", fn_multi_strerror, 1, 1, "error_code", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

void phpvm_curl_multi_init(void)
{
    multi_name = rt_str_intern(rt_str_new("\0multi", 6));
    handles_name = rt_str_intern(rt_str_new("\0handles", 8));
    phpvm_class_t *c = phpvm_class_builtin("CurlMultiHandle", NULL, NULL, PHPVM_C_FINAL);
    phpvm_class_add_prop(c, multi_name, PHPVM_F_PRIVATE, rt_none);
    phpvm_class_add_prop(c, handles_name, PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(c);
    multi_class = c;
    gc_root_add(&multi_class, 1);
    phpvm_register_builtins(functions);
}
