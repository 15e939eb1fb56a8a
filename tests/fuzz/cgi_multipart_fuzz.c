/*
** cgi_multipart_fuzz.c: libFuzzer target for cgi/multipart.c. The first byte picks a chunk size
** so the streaming paths are exercised; the rest is a multipart/form-data body with boundary
** "B" (the dictionary seeds the structure). Uploads go to a private directory and must all be
** removed by cgi_multipart_free.
*/
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cgi/cgi.h"
#include "tests/unit/cgi/dump.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size < 1)
        return 0;
    static char dir[64];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/pyhyp-mpfuzz-%d", (int)getpid());
        mkdir(dir, 0700);
    }
    cgi_config_t cfg;
    cgi_config_init(&cfg);
    cfg.upload_max_filesize = 64;
    cfg.max_file_uploads = 3;
    cfg.max_input_vars = 10;
    cfg.max_input_nesting_level = 6;
    snprintf(cfg.upload_tmp_dir, sizeof cfg.upload_tmp_dir, "%s", dir);
    size_t step = (size_t)data[0] % 17 + 1;
    dump_t *d = dump_new(NULL);
    cgi_sink_t sink = dump_sink(d);
    cgi_multipart_t *mp = cgi_multipart_new(&cfg, &sink, "multipart/form-data; boundary=B");
    for (size_t i = 1; i < size; i += step)
        cgi_multipart_feed(mp, (const char *)data + i, size - i < step ? size - i : step);
    cgi_multipart_finish(mp);
    free(dump_text(d));
    dump_free(d);
    cgi_multipart_free(mp);
    return 0;
}
