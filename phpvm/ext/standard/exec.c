/*
** exec.c: ext/standard's program execution: exec, system, passthru, shell_exec (and so the
** backtick operator), escapeshellarg/escapeshellcmd, popen/pclose, and proc_open with its
** descriptor specs (pipes, files, streams, redirects, null), proc_close, proc_get_status and
** proc_terminate. Commands run through /bin/sh -c, as PHP's do; PHP's output is flushed
** before every fork so a child writing to the same stdout keeps the program's order.
*/
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "phpvm/ext/standard/stdext.h"
#include "phpvm/interp.h"

#define UNUSED (void)self

extern char **environ;

/* Flushes what PHP wrote so far before a child may write to the same descriptors. */
static void flush_all(void)
{
    fflush(stdout);
    fflush(stderr);
}

/* A command argument: its string, or NULL with PHP's ValueError (empty, NUL bytes). */
static rt_str_t *command_arg(rt_value_t *args, int argc, int i, bool may_be_empty)
{
    rt_str_t *s = phpvm_arg_str(args, argc, i);
    if (!s)
        return NULL;
    if (!s->len && !may_be_empty) {
        phpvm_throw("ValueError", "%s(): Argument #%d ($command) cannot be empty",
                    phpvm_cur_builtin, i + 1);
        return NULL;
    }
    if (strlen(s->data) != (size_t)s->len) {
        phpvm_throw("ValueError", "%s(): Argument #%d ($command) must not contain any null bytes",
                    phpvm_cur_builtin, i + 1);
        return NULL;
    }
    return s;
}

/* ---- escaping ---- */

/* The length of the UTF-8 character at s, what PHP's mblen sees under the C.UTF-8 locale
** php-cli runs in: 1 for ASCII, 2-4 for a valid sequence, -1 for a byte starting none. */
static int char_len(const char *s, size_t n)
{
    unsigned char c = (unsigned char)*s;
    int len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
            : c >= 0xf0 && c <= 0xf4 ? 4 : -1;
    if (len <= 1)
        return len;
    return (size_t)len <= n && rt_utf8_validate(s, (size_t)len, NULL) ? len : -1;
}

static rt_value_t fn_escapeshellarg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    if (strlen(s->data) != (size_t)s->len)
        return phpvm_throw("ValueError", "escapeshellarg(): Argument #1 ($arg) must not contain "
                                         "any null bytes");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 2);
    rt_strbuf_append_char(&b, '\'');
    for (size_t i = 0, n = (size_t)s->len; i < n;) {
        int l = char_len(s->data + i, n - i);
        if (l < 0) {
            i++;
            continue;
        }
        if (s->data[i] == '\'')
            rt_strbuf_append(&b, "'\\'", 3);
        rt_strbuf_append(&b, s->data + i, (size_t)l);
        i += (size_t)l;
    }
    rt_strbuf_append_char(&b, '\'');
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* Quotes stay unescaped when they come in pairs; the shell's metacharacters get a '\'. */
static rt_value_t fn_escapeshellcmd(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s)
        return RT_NOVALUE;
    if (strlen(s->data) != (size_t)s->len)
        return phpvm_throw("ValueError", "escapeshellcmd(): Argument #1 ($command) must not "
                                         "contain any null bytes");
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    const char *pair = NULL;
    for (size_t i = 0, n = (size_t)s->len; i < n;) {
        int l = char_len(s->data + i, n - i);
        if (l < 0) {
            i++;
            continue;
        }
        char c = s->data[i];
        if (l == 1 && (c == '"' || c == '\'')) {
            if (!pair && (pair = memchr(s->data + i + 1, c, n - i - 1)))
                ;
            else if (pair && *pair == c)
                pair = NULL;
            else
                rt_strbuf_append_char(&b, '\\');
        } else if (l == 1 && c && strchr("#&;`|*?~<>^()[]{}$\\\n\xff", c)) {
            rt_strbuf_append_char(&b, '\\');
        }
        rt_strbuf_append(&b, s->data + i, (size_t)l);
        i += (size_t)l;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- exec, system, passthru, shell_exec ---- */

enum { RUN_EXEC, RUN_SYSTEM, RUN_ARRAY, RUN_PASSTHRU };

/* The exit status PHP reports for a pclose() result. */
static int64_t exit_status(int st)
{
    return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : st;
}

static size_t strip_trailing(const char *s, size_t n)
{
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    return n;
}

/* PHP's php_exec: runs cmd, hands each output line on as `mode` says; *result the last
** line (whitespace stripped) or "" (passthru: null). Returns the exit status, -1 when the
** shell could not start (*result false, warned). May collect and re-enter (output
** handlers). */
static int64_t run(int mode, rt_str_t *cmd, phpvm_array_t *lines, rt_value_t *result)
{
    flush_all();
    FILE *fp = popen(cmd->data, "r");
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "%s(): Unable to fork [%s]", phpvm_cur_builtin, cmd->data);
        *result = rt_false;
        return -1;
    }
    rt_strbuf_t line;
    rt_strbuf_init(&line, 256);
    *result = rt_none;
    if (mode == RUN_PASSTHRU) {
        char buf[8192];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
            phpvm_out(buf, n);
        return exit_status(pclose(fp));
    }
    size_t last = 0;
    bool any = false;
    for (int c = 0; c != EOF;) {
        line.len = 0;
        while ((c = getc(fp)) != EOF) {
            rt_strbuf_append_char(&line, (char)c);
            if (c == '\n')
                break;
        }
        if (!line.len)
            break;
        any = true;
        if (mode == RUN_SYSTEM) {
            phpvm_out(line.data, line.len);
            if (!phpvm_ob_level())
                phpvm_out_flush();
        }
        last = strip_trailing(line.data, line.len);
        if (mode == RUN_ARRAY)
            phpvm_array_append(lines, phpvm_str_value(line.data, last));
    }
    int st = pclose(fp);
    *result = phpvm_str_value(any ? line.data : "", any ? last : 0);
    return exit_status(st);
}

static rt_value_t fn_exec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *cmd = command_arg(args, argc, 0, false);
    if (!cmd)
        return RT_NOVALUE;
    phpvm_array_t *lines = NULL;
    if (phpvm_arg_given(argc, args, 1)) {
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(args[1]);
        if (phpvm_is_array(r->v)) {
            lines = phpvm_array_sep(&r->v);
        } else {
            lines = phpvm_array_new(0);
            phpvm_ref_set(r, rt_from_ptr(lines));
        }
    }
    rt_value_t result;
    int64_t st = run(lines ? RUN_ARRAY : RUN_EXEC, cmd, lines, &result);
    phpvm_arg_set_ref(args, argc, 2, phpvm_int(st));
    return result;
}

/* system() and passthru(): the output goes to PHP's, the status to args[1]. */
static rt_value_t run_out(rt_value_t *args, int argc, int mode)
{
    rt_str_t *cmd = command_arg(args, argc, 0, false);
    if (!cmd)
        return RT_NOVALUE;
    rt_value_t result;
    int64_t st = run(mode, cmd, NULL, &result);
    phpvm_arg_set_ref(args, argc, 1, phpvm_int(st));
    return rt_exc_pending() ? RT_NOVALUE : result;
}

static rt_value_t fn_system(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_out(args, argc, RUN_SYSTEM);
}

static rt_value_t fn_passthru(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return run_out(args, argc, RUN_PASSTHRU);
}

/* The whole output, or null when there was none. */
static rt_value_t fn_shell_exec(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *cmd = command_arg(args, argc, 0, false);
    if (!cmd)
        return RT_NOVALUE;
    flush_all();
    FILE *fp = popen(cmd->data, "r");
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "shell_exec(): Unable to execute '%s'", cmd->data);
        return rt_false;
    }
    rt_str_t *out = phpvm_std_read_all(fp);
    pclose(fp);
    return out->len ? rt_from_ptr(out) : rt_none;
}

/* ---- popen / pclose ---- */

static rt_value_t fn_popen(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *cmd = command_arg(args, argc, 0, true), *mode = cmd ? phpvm_arg_str(args, argc, 1) : NULL;
    if (!mode)
        return RT_NOVALUE;
    /* PHP drops one 'b', then wants "r" or "w" (an empty mode reaches popen and fails) */
    char m[3] = {0};
    size_t n = 0;
    bool dropped = false;
    for (int64_t i = 0; i < mode->len; i++) {
        if (mode->data[i] == 'b' && !dropped)
            dropped = true;
        else if (n++ < 2)
            m[n - 1] = mode->data[i];
    }
    if (n > 2 || (n == 1 && m[0] != 'r' && m[0] != 'w') || (n == 2 && !(m[1] == 'b' && (m[0] == 'r' || m[0] == 'w'))))
        return phpvm_throw("ValueError", "popen(): Argument #2 ($mode) must be one of \"r\", "
                                         "\"rb\", \"w\", or \"wb\"");
    flush_all();
    FILE *fp = popen(cmd->data, m); /* glibc refuses what is left of "rbb" */
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "popen(%s,%s): %s", cmd->data, m, strerror(errno));
        return rt_false;
    }
    return phpvm_std_stream_new(fp, false, m[0] == 'r', m[0] == 'w', true);
}

static rt_value_t fn_pclose(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    bool ok;
    int st = phpvm_std_stream_pclose(args, 0, &ok);
    return ok ? phpvm_int(st) : RT_NOVALUE;
}

static const phpvm_builtin_t functions[] = {
    {"exec", fn_exec, 1, 3, "command,output,result_code", (1u << 1) | (1u << 2)},
    {"system", fn_system, 1, 2, "command,result_code", 1u << 1},
    {"passthru", fn_passthru, 1, 2, "command,result_code", 1u << 1},
    {"shell_exec", fn_shell_exec, 1, 1, "command", 0},
    {"escapeshellarg", fn_escapeshellarg, 1, 1, "arg", 0},
    {"escapeshellcmd", fn_escapeshellcmd, 1, 1, "command", 0},
    {"popen", fn_popen, 2, 2, "command,mode", 0},
    {"pclose", fn_pclose, 1, 1, "handle", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_exec = {"standard", functions, NULL, NULL, NULL, NULL};
