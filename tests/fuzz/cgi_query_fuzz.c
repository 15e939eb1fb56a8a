/*
** cgi_query_fuzz.c: libFuzzer target for cgi/query.c and cgi/cookie.c: the input is parsed as a
** query string, an urlencoded body and a Cookie header, with small limits so that the
** max_input_vars and nesting paths run too; the tests' array-building sink consumes the calls.
*/
#include <stdlib.h>
#include <string.h>

#include "cgi/cgi.h"
#include "tests/unit/cgi/dump.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    cfg.max_input_vars = 50;
    cfg.max_input_nesting_level = 8;
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    dump_t *d = dump_new(NULL);
    cgi_sink_t sink = dump_sink(d);
    cgi_query_parse(&cfg, &sink, CGI_TRACK_GET, s, size);
    cgi_query_parse(&cfg, &sink, CGI_TRACK_POST, s, size);
    cgi_cookie_parse(&cfg, &sink, s);
    free(dump_text(d));
    free(dump_warnings(d));
    dump_free(d);
    free(s);
    return 0;
}
