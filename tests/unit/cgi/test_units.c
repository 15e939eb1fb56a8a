/*
** test_units.c: properties of cgi/ that need no oracle: the multipart parser gives the same
** result whatever the chunking, upload bookkeeping (is_uploaded_file, cleanup), ini sizes,
** and invalid cookies refused with PHP's messages.
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cgi/cgi.h"
#include "tests/unit/cgi/dump.h"
#include "tests/unit/unit.h"

static const char body[] = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                           "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n"
                           "\r\n--B-not-a-boundary\r\n\r\n--B--\r\n";

/* Parses body in chunks of `step` bytes; returns the dump text. */
static char *parse_chunked(size_t step)
{
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    dump_t *d = dump_new(NULL);
    cgi_sink_t sink = dump_sink(d);
    cgi_multipart_t *mp = cgi_multipart_new(&cfg, &sink, "multipart/form-data; boundary=B");
    for (size_t i = 0; i < sizeof body - 1; i += step)
        cgi_multipart_feed(mp, body + i, sizeof body - 1 - i < step ? sizeof body - 1 - i : step);
    cgi_multipart_finish(mp);
    char *text = dump_text(d);
    dump_free(d);
    cgi_multipart_free(mp);
    return text;
}

static void test_multipart_chunking(void)
{
    char *whole = parse_chunked(sizeof body);
    for (size_t step = 1; step < 40; step++) {
        char *text = parse_chunked(step);
        /* tmp_name differs between runs; compare everything else. */
        char *a = strstr(whole, "\"tmp_name\""), *b = strstr(text, "\"tmp_name\"");
        CU_ASSERT_EQUAL(a - whole, b - text);
        CU_ASSERT_STRING_EQUAL(strstr(a, "\"error\""), strstr(b, "\"error\""));
        free(text);
    }
    free(whole);
}

/* Uploaded files are known to is_uploaded_file(), survive until the request ends unless moved,
** and are removed then. */
static void test_upload_bookkeeping(void)
{
    char dir[] = "/tmp/pyhyp-cgi-up-XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    snprintf(cfg.upload_tmp_dir, sizeof cfg.upload_tmp_dir, "%s", dir);
    dump_t *d = dump_new(NULL);
    cgi_sink_t sink = dump_sink(d);
    cgi_multipart_t *mp = cgi_multipart_new(&cfg, &sink, "multipart/form-data; boundary=B");
    cgi_multipart_feed(mp, body, sizeof body - 1);
    cgi_multipart_finish(mp);
    char *text = dump_text(d);
    char *tmp = strstr(text, "\"tmp_name\" = \"");
    CU_ASSERT_PTR_NOT_NULL_FATAL(tmp);
    tmp += strlen("\"tmp_name\" = \"");
    *strchr(tmp, '"') = '\0';
    CU_ASSERT_EQUAL(strncmp(tmp, dir, strlen(dir)), 0);
    CU_ASSERT_TRUE(cgi_multipart_is_upload(mp, tmp));
    CU_ASSERT_FALSE(cgi_multipart_is_upload(mp, "/etc/passwd"));
    CU_ASSERT_EQUAL(access(tmp, F_OK), 0);
    cgi_multipart_free(mp);
    CU_ASSERT_NOT_EQUAL(access(tmp, F_OK), 0);
    free(text);
    dump_free(d);
    rmdir(dir);
}

static void test_config_sizes(void)
{
    CU_ASSERT_EQUAL(cgi_config_parse_size("8M"), 8 << 20);
    CU_ASSERT_EQUAL(cgi_config_parse_size("2g"), INT64_C(2) << 30);
    CU_ASSERT_EQUAL(cgi_config_parse_size("512"), 512);
    CU_ASSERT_EQUAL(cgi_config_parse_size("1k"), 1024);
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    CU_ASSERT_TRUE(cgi_config_set(&cfg, "post_max_size", 13, "1K"));
    CU_ASSERT_EQUAL(cfg.post_max_size, 1024);
    CU_ASSERT_FALSE(cgi_config_set(&cfg, "memory_limit", 12, "1"));
}

static void test_cookie_errors(void)
{
    const char *err = NULL;
    cgi_cookie_t c = {.name = "a=b", .value = "x"};
    CU_ASSERT_PTR_NULL(cgi_cookie_format(&c, 0, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "Argument #1 ($name) cannot contain"));
    c = (cgi_cookie_t){.name = "", .value = "x"};
    CU_ASSERT_PTR_NULL(cgi_cookie_format(&c, 0, &err));
    c = (cgi_cookie_t){.name = "a", .value = "x y", .raw = true};
    CU_ASSERT_PTR_NULL(cgi_cookie_format(&c, 0, &err));
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "Argument #2 ($value)"));
    c = (cgi_cookie_t){.name = "a", .value = "x", .expires = INT64_C(253402300800)};
    CU_ASSERT_PTR_NULL(cgi_cookie_format(&c, 0, &err));
    /* The date as `php -n -r 'echo gmdate("D, d M Y H:i:s", 1700000100);'` prints it. */
    c = (cgi_cookie_t){.name = "a", .value = "x", .expires = 1700000100};
    char *line = cgi_cookie_format(&c, 1700000000, &err);
    CU_ASSERT_STRING_EQUAL(line, "Set-Cookie: a=x; expires=Tue, 14 Nov 2023 22:15:00 GMT; "
                                 "Max-Age=100");
    free(line);
}

UNIT_SUITE(cgi_units, NULL, NULL, UNIT_TEST(test_multipart_chunking),
           UNIT_TEST(test_upload_bookkeeping), UNIT_TEST(test_config_sizes),
           UNIT_TEST(test_cookie_errors))
