/*
** config.c: the php.ini settings the request layer obeys (cgi.h), with PHP 8.2's built-in
** defaults, set from `-d key=value` by the front ends; phpvm owns every other ini key. Also a
** reader for php.ini files (the front ends load the one $PHPRC names).
*/
#include <ctype.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cgi/cgi.h"

void cgi_config_init(cgi_config_t *cfg)
{
    *cfg = (cgi_config_t){
        .max_input_vars = 1000,
        .max_input_nesting_level = 64,
        .post_max_size = 8 << 20,
        .upload_max_filesize = 2 << 20,
        .max_file_uploads = 20,
        .max_multipart_body_parts = -1,
        .file_uploads = true,
        .force_redirect = true,
        .fix_pathinfo = true,
        .register_argc_argv = true,
    };
    strcpy(cfg->limit_extensions, ".php .phtml");
}

int64_t cgi_config_parse_size(const char *s)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    switch (tolower((unsigned char)*end)) {
    case 'g':
        v *= 1024;
        /* fall through */
    case 'm':
        v *= 1024;
        /* fall through */
    case 'k':
        v *= 1024;
        break;
    default:
        break;
    }
    return v;
}

static bool parse_bool(const char *s)
{
    return strcmp(s, "1") == 0 || strcasecmp(s, "on") == 0 || strcasecmp(s, "yes") == 0 ||
           strcasecmp(s, "true") == 0;
}

enum setting_kind { SIZE, BOOL, STRING };

static const struct setting {
    const char *key;
    enum setting_kind kind;
    size_t offset;
    size_t size; /* STRING: buffer size */
} settings[] = {
    {"max_input_vars", SIZE, offsetof(cgi_config_t, max_input_vars), 0},
    {"max_input_nesting_level", SIZE, offsetof(cgi_config_t, max_input_nesting_level), 0},
    {"post_max_size", SIZE, offsetof(cgi_config_t, post_max_size), 0},
    {"upload_max_filesize", SIZE, offsetof(cgi_config_t, upload_max_filesize), 0},
    {"max_file_uploads", SIZE, offsetof(cgi_config_t, max_file_uploads), 0},
    {"max_multipart_body_parts", SIZE, offsetof(cgi_config_t, max_multipart_body_parts), 0},
    {"file_uploads", BOOL, offsetof(cgi_config_t, file_uploads), 0},
    {"cgi.force_redirect", BOOL, offsetof(cgi_config_t, force_redirect), 0},
    {"cgi.fix_pathinfo", BOOL, offsetof(cgi_config_t, fix_pathinfo), 0},
    {"register_argc_argv", BOOL, offsetof(cgi_config_t, register_argc_argv), 0},
    {"upload_tmp_dir", STRING, offsetof(cgi_config_t, upload_tmp_dir),
     sizeof ((cgi_config_t *)0)->upload_tmp_dir},
    {"security.limit_extensions", STRING, offsetof(cgi_config_t, limit_extensions),
     sizeof ((cgi_config_t *)0)->limit_extensions},
};

bool cgi_config_set(cgi_config_t *cfg, const char *key, size_t key_len, const char *value)
{
    for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++) {
        const struct setting *s = &settings[i];
        if (strlen(s->key) != key_len || memcmp(s->key, key, key_len) != 0)
            continue;
        char *field = (char *)cfg + s->offset;
        switch (s->kind) {
        case SIZE:
            *(int64_t *)field = cgi_config_parse_size(value);
            break;
        case BOOL:
            *(bool *)field = parse_bool(value);
            break;
        case STRING:
            snprintf(field, s->size, "%s", value);
            break;
        }
        return true;
    }
    return false;
}

const char *cgi_config_tmp_dir(const cgi_config_t *cfg)
{
    if (cfg->upload_tmp_dir[0])
        return cfg->upload_tmp_dir;
    const char *env = getenv("TMPDIR");
    return env && *env ? env : "/tmp";
}

/* ---- php.ini files ---- */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* An ini value as PHP's scanner reads it: a quoted string as is, otherwise up to a ';' comment,
** with the keywords On/Yes/True as "1" and Off/No/False/None as "". */
static const char *ini_value(char *v)
{
    if (*v == '"') {
        char *end = strchr(v + 1, '"');
        if (end)
            *end = '\0';
        return v + 1;
    }
    char *semi = strchr(v, ';');
    if (semi)
        *semi = '\0';
    v = trim(v);
    static const char *const yes[] = {"on", "yes", "true"}, *const no[] = {"off", "no", "false",
                                                                         "none"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (strcasecmp(v, yes[i]) == 0)
            return "1";
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (strcasecmp(v, no[i]) == 0)
            return "";
    return v;
}

char *cgi_config_read_ini(const char *path, cgi_php_ini_t **out, int *n)
{
    *out = NULL;
    *n = 0;
    char file[4096];
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        snprintf(file, sizeof file, "%s/php.ini", path);
    else
        snprintf(file, sizeof file, "%s", path);
    FILE *f = fopen(file, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    char buf[8192];
    size_t got;
    while (mem && (got = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, got, mem);
    fclose(f);
    if (!mem || fclose(mem) != 0)
        goto fail;
    int cap = 16;
    *out = malloc((size_t)cap * sizeof **out);
    if (!*out)
        goto fail;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        line = trim(line);
        char *eq = strchr(line, '=');
        if (!*line || *line == ';' || *line == '[' || !eq)
            continue;
        *eq = '\0';
        char *key = trim(line);
        if (*n == cap) {
            cgi_php_ini_t *grown = realloc(*out, (size_t)(cap *= 2) * sizeof *grown);
            if (!grown)
                goto fail;
            *out = grown;
        }
        (*out)[(*n)++] = (cgi_php_ini_t){key, (int)strlen(key), ini_value(trim(eq + 1))};
    }
    return text;
fail:
    free(*out);
    free(text);
    *out = NULL;
    *n = 0;
    return NULL;
}
