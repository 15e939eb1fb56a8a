/*
** curl.h: what ext/curl's files share (internal to phpvm/ext/curl): the easy handle behind a
** CurlHandle (curl.c) and the multi interface (multi.c) that drives several of them.
*/
#ifndef PHPVM_EXT_CURL_H
#define PHPVM_EXT_CURL_H

#include <curl/curl.h>

#include "phpvm/vm.h"

enum { PHP_RETURNTRANSFER = 19913, PHP_BINARYTRANSFER = 19914, NLISTS = 4 };

/* What libcurl holds pointers to, in C memory: the easy handle, the lists and form of list and
** array options, the error buffer. `live` lists every easy_t not yet freed, so that the end of
** the script frees those whose CurlHandle is still reachable. */
typedef struct easy {
    CURL *curl;
    struct curl_slist *lists[NLISTS]; /* per slist option in `slist_opts` */
    curl_mime *mime;                   /* an array CURLOPT_POSTFIELDS */
    size_t slot;                       /* its index in `live` */
    struct handle *owner;              /* the heap object pointing here (the heap does not move) */
    char errbuf[CURL_ERROR_SIZE];
    bool in_multi;                     /* added to a CurlMultiHandle */
    char *mbuf;                        /* in_multi with RETURNTRANSFER: the body so far */
    size_t mlen, mcap;
} easy_t;

/* The heap side of a CurlHandle (in its hidden property). Holds no heap references. */
typedef struct handle {
    rt_obj_t hdr;
    easy_t *e;
    rt_strbuf_t *out; /* curl_exec's result buffer, or NULL: echo */
    bool returntransfer;
    CURLcode err;
} handle_t;

/* The CurlHandle argument i behind args[i], or NULL with PHP's TypeError pending. */
handle_t *phpvm_curl_handle_arg(rt_value_t *args, int i);

/* multi.c: CurlMultiHandle's class and the curl_multi_* functions (at start-up), and the end
** of the script (every multi handle still open is released before the easy ones). */
void phpvm_curl_multi_init(void);
void phpvm_curl_multi_shutdown(void);

#endif
