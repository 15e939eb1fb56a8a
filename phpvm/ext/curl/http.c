/*
** http.c: PHP's http:// and https:// stream wrapper for file_get_contents() and fopen(), on
** libcurl's easy interface: the context's http options (method, header, content, timeout,
** ignore_errors, follow_location, max_redirects, user_agent, protocol_version), every
** response's header lines into the caller's $http_response_header, and PHP's warnings
** ("HTTP request failed! <status line>", the connection's error).
*/
#include <errno.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "phpvm/interp.h"

typedef struct fetch {
    rt_strbuf_t body;
    phpvm_array_t *headers; /* response header lines, status lines included */
} fetch_t;

static size_t on_body(char *data, size_t size, size_t n, void *ctx)
{
    rt_strbuf_append(&((fetch_t *)ctx)->body, data, size * n);
    return size * n;
}

static size_t on_header(char *data, size_t size, size_t n, void *ctx)
{
    size_t len = size * n, l = len;
    while (l && (data[l - 1] == '\n' || data[l - 1] == '\r' || data[l - 1] == ' ' ||
                 data[l - 1] == '\t')) /* PHP trims all trailing blanks */
        l--;
    if (l)
        phpvm_array_append(((fetch_t *)ctx)->headers, phpvm_str_value(data, l));
    return len;
}

/* An http option of the context, or RT_NOVALUE. */
static rt_value_t opt(phpvm_array_t *http, const char *name)
{
    if (!http)
        return RT_NOVALUE;
    rt_value_t v = rt_map_get_str(http, rt_str_from_cstr(name));
    return v == RT_NOVALUE ? v : phpvm_deref(v);
}

/* The request headers of the "header" option (a string of lines or an array of them); whether
** one of them is a Content-Type. */
static struct curl_slist *request_headers(rt_value_t h, bool *has_type)
{
    struct curl_slist *list = curl_slist_append(NULL, "Accept:"); /* PHP sends none */
    phpvm_array_t *lines = phpvm_array_new(0);
    if (phpvm_is_array(h)) {
        lines = phpvm_arr(h);
    } else if (phpvm_is_str(h)) {
        rt_str_t *s = phpvm_str(h);
        for (int64_t start = 0, k = 0; k <= s->len; k++) {
            if (k == s->len || s->data[k] == '\n' || s->data[k] == '\r') {
                if (k > start)
                    phpvm_array_append(lines, phpvm_str_value(s->data + start, (size_t)(k - start)));
                start = k + 1;
            }
        }
    }
    for (int64_t p = phpvm_array_first(lines); p >= 0; p = phpvm_array_next(lines, p)) {
        rt_value_t v = phpvm_array_val_at(lines, p);
        if (!phpvm_is_str(v))
            continue;
        if (strncasecmp(phpvm_str(v)->data, "content-type:", 13) == 0)
            *has_type = true;
        list = curl_slist_append(list, phpvm_str(v)->data);
    }
    return list;
}

/* Sets the request up from the context's http options. */
static struct curl_slist *configure(CURL *c, const char *fname, phpvm_array_t *http)
{
    bool has_type = false;
    struct curl_slist *list = request_headers(opt(http, "header"), &has_type);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
    rt_value_t content = opt(http, "content"), method = opt(http, "method");
    if (phpvm_is_str(content)) {
        if (!has_type)
            phpvm_error(PHPVM_E_NOTICE, "%s(): Content-type not specified assuming "
                        "application/x-www-form-urlencoded", fname);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)phpvm_str(content)->len);
        curl_easy_setopt(c, CURLOPT_COPYPOSTFIELDS, (const char *)phpvm_str(content)->data);
    }
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, phpvm_is_str(method) ? phpvm_str(method)->data : "GET");
    rt_value_t ua = opt(http, "user_agent"), tmo = opt(http, "timeout");
    if (phpvm_is_str(ua))
        curl_easy_setopt(c, CURLOPT_USERAGENT, (const char *)phpvm_str(ua)->data);
    if (tmo != RT_NOVALUE)
        curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)(phpvm_to_float(tmo) * 1000));
    rt_value_t follow = opt(http, "follow_location"), maxr = opt(http, "max_redirects");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, follow == RT_NOVALUE || phpvm_to_bool(follow) ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, maxr == RT_NOVALUE ? 20L : (long)phpvm_to_int(maxr));
    rt_value_t ver = opt(http, "protocol_version");
    curl_easy_setopt(c, CURLOPT_HTTP_VERSION, ver != RT_NOVALUE && phpvm_to_float(ver) < 1.05
                                                  ? CURL_HTTP_VERSION_1_0 : CURL_HTTP_VERSION_1_1);
    return list;
}

/* The last status line among the response headers. */
static const char *last_status(phpvm_array_t *headers)
{
    const char *st = "";
    for (int64_t p = phpvm_array_first(headers); p >= 0; p = phpvm_array_next(headers, p)) {
        rt_value_t v = phpvm_array_val_at(headers, p);
        if (phpvm_is_str(v) && strncmp(phpvm_str(v)->data, "HTTP/", 5) == 0)
            st = phpvm_str(v)->data;
    }
    return st;
}

rt_value_t phpvm_http_fetch(const char *fname, rt_str_t *url, rt_value_t context)
{
    phpvm_array_t *options = context ? phpvm_context_options(context) : NULL;
    rt_value_t h = options ? rt_map_get_str(options, rt_str_from_cstr("http")) : RT_NOVALUE;
    phpvm_array_t *http = h != RT_NOVALUE && phpvm_is_array(phpvm_deref(h)) ? phpvm_arr(phpvm_deref(h)) : NULL;
    fetch_t f = {.headers = phpvm_array_new(0)};
    rt_strbuf_init(&f.body, 1024);
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, (const char *)url->data);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &f);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &f);
    struct curl_slist *list = configure(c, fname, http);
    CURLcode err = curl_easy_perform(c);
    long code = 0, oserr = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(c, CURLINFO_OS_ERRNO, &oserr);
    curl_easy_cleanup(c);
    curl_slist_free_all(list);
    rt_str_t *body = rt_strbuf_finish(&f.body, &rt_type_str);
    if (err != CURLE_OK && code == 0) {
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: %s", fname, url->data,
                    oserr ? strerror((int)oserr) : curl_easy_strerror(err));
        return rt_false;
    }
    phpvm_ref_set(phpvm_var_ref(phpvm_bcalls->frame, rt_str_intern_cstr("http_response_header")),
                  rt_from_ptr(f.headers));
    rt_value_t ign = opt(http, "ignore_errors");
    if (code >= 400 && !(ign != RT_NOVALUE && phpvm_to_bool(ign))) {
        phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: HTTP request failed! %s\r\n",
                    fname, url->data, last_status(f.headers));
        return rt_false;
    }
    return rt_from_ptr(body);
}
