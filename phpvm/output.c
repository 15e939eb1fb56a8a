/*
** output.c: PHP's output layer. Every byte a script prints (echo, print, var_dump, diagnostics)
** goes through phpvm_out into the innermost output buffer (ob_start), or with none active to the
** request's SAPI (phpvm.h: stdout for the CLI, the HTTP response for cgi/). A buffer may have a
** handler (a callable given the buffer and PHP_OUTPUT_HANDLER_* flags, whose result goes on
** outwards) and a chunk size that flushes it when reached. The first byte that reaches the SAPI
** records where output started, for headers_sent() and "headers already sent" warnings.
** A write the SAPI cannot deliver (the client, or the reader of the CLI's stdout, went away)
** aborts the connection as PHP does: output goes nowhere from then on, and the script ends
** there (its shutdown functions and destructors still run) unless ignore_user_abort is set.
** The ob_* builtins are in ext/standard/output.c.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/interp.h"

typedef struct ob_buf {
    char *data;
    size_t len, cap;
    size_t chunk;  /* flush when len reaches this; 0: never */
    bool started;  /* the handler has been called (PHP_OUTPUT_HANDLER_START given) */
    bool disabled; /* the handler failed: the buffer's contents pass through unchanged */
    int flags;     /* PHP's flags word: type, abilities, STARTED/DISABLED/PROCESSED */
    size_t size;   /* the buffer size PHP would report (its growth policy, not ours) */
} ob_buf_t;

/* PHP's initial buffer size for a chunk size, and its growth step. */
static size_t initbuf(size_t chunk) { return chunk > 1 ? chunk + 0x1000 - chunk % 0x1000 : 0x4000; }

static struct {
    ob_buf_t *bufs;
    int n, cap;
    rt_value_t handlers; /* a PHP array: level -> callable or null (a GC root) */
    const phpvm_sapi_t *sapi;
    bool started;        /* output reached the SAPI */
    char *started_file;  /* where (malloc'ed; NULL: outside any script) */
    int started_line;
    int in_handler;      /* a handler is running: its own output is discarded, as PHP does */
    bool implicit_flush;
    bool aborted;        /* a write failed: the reader is gone */
} out;

void phpvm_output_init(void)
{
    out.handlers = rt_from_ptr(phpvm_array_new(0));
    gc_root_add(&out.handlers, 1);
}

/* ---- The SAPI end ---- */

/* The reader went away (PHP's php_handle_aborted_connection). The script stops at the running
** recovery point; outside one (the last buffers' flush at the end) there is nothing left to stop. */
static void connection_lost(void)
{
    out.aborted = true;
    if (!out.sapi)
        phpvm_vm->exit_status = 255; /* php-cli's status from then on, ignored abort or not */
    if (!phpvm_vm->ignore_user_abort && rt_ts->bailout)
        rt_fatal_abort();
}

int phpvm_connection_status(void)
{
    return (out.aborted ? PHPVM_CONNECTION_ABORTED : 0) |
           (phpvm_request_timed_out() ? PHPVM_CONNECTION_TIMEOUT : 0);
}

static void sapi_write(const char *s, size_t n)
{
    if (out.aborted)
        return;
    if (!out.started) {
        out.started = true;
        rt_str_t *file;
        int32_t line;
        phpvm_where(&file, &line);
        free(out.started_file);
        out.started_file = file ? strdup(file->data) : NULL;
        out.started_line = line;
    }
    bool delivered = out.sapi ? out.sapi->write(out.sapi->ctx, s, n)
                              : fwrite(s, 1, n, stdout) == n;
    if (!delivered)
        connection_lost();
    else if (out.implicit_flush)
        phpvm_out_flush();
}

void phpvm_out_flush(void)
{
    if (out.sapi) {
        if (!out.started)
            sapi_write("", 0);
        out.sapi->flush(out.sapi->ctx);
    } else if (!out.aborted && fflush(stdout) != 0) {
        connection_lost();
    }
}

bool phpvm_output_started(const char **file, int *line)
{
    if (file) {
        *file = out.started_file;
        *line = out.started_line;
    }
    return out.started;
}

const phpvm_sapi_t *phpvm_output_sapi(void) { return out.sapi; }

const char *phpvm_sapi_name(void) { return out.sapi ? out.sapi->name : "cli"; }

void phpvm_output_begin(const phpvm_sapi_t *sapi)
{
    out.sapi = sapi;
    out.started = false;
    free(out.started_file);
    out.started_file = NULL;
    out.implicit_flush = false;
    out.aborted = false;
}

/* ---- Buffers ---- */

static void emit(int level, const char *s, size_t n);

static void buf_append(ob_buf_t *b, const char *s, size_t n)
{
    if (n && b->size - b->len <= n) {
        size_t gi = initbuf(b->chunk), gb = initbuf(n - (b->size - b->len));
        b->size += gi > gb ? gi : gb;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown)
            rt_fatal_oom(cap);
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

/* Runs level i's handler over its contents with `flags` (PHP_OUTPUT_HANDLER_*); the buffer is
** emptied. Returns the handler's result (NULL: pass the contents through), or with `discard` no
** result at all. May re-enter the VM. */
static rt_str_t *run_handler(int i, int flags, bool discard, bool *through)
{
    ob_buf_t *b = &out.bufs[i];
    *through = true;
    rt_value_t cb = phpvm_array_get(phpvm_arr(out.handlers), rt_small(i));
    if (b->disabled)
        return NULL;
    b->flags |= PHPVM_OB_F_STARTED | PHPVM_OB_F_PROCESSED;
    if (cb == RT_NOVALUE || cb == rt_none)
        return NULL;
    if (!b->started)
        flags |= PHPVM_OB_START;
    b->started = true;
    rt_value_t args[2] = {phpvm_str_value(b->data ? b->data : "", b->len), rt_small(flags)};
    out.in_handler++;
    rt_value_t r = phpvm_call_value(cb, args, 2);
    out.in_handler--;
    b = &out.bufs[i];
    if (r == RT_NOVALUE) {
        b->disabled = true;
        b->flags = (b->flags & ~PHPVM_OB_F_PROCESSED) | PHPVM_OB_F_DISABLED;
        b->size = 0;
        return NULL;
    }
    r = phpvm_deref(r);
    if (r == rt_false) {
        b->flags = (b->flags & ~PHPVM_OB_F_PROCESSED) | PHPVM_OB_F_DISABLED;
        b->size = 0;
    }
    if (discard || r == rt_false)
        return NULL;
    *through = false;
    return phpvm_to_str(r);
}

/* Sends level i's contents outwards through its handler and empties it. */
static void flush_level(int i, int flags)
{
    bool through;
    rt_str_t *r = run_handler(i, flags, false, &through);
    ob_buf_t *b = &out.bufs[i];
    if (through) {
        if (b->len)
            emit(i, b->data, b->len);
    } else if (r) {
        emit(i, r->data, (size_t)r->len);
    }
    out.bufs[i].len = 0;
}

/* Output arriving at `level` (0: the SAPI, k: buffer k-1). */
static void emit(int level, const char *s, size_t n)
{
    if (level == 0) {
        if (n)
            sapi_write(s, n);
        return;
    }
    ob_buf_t *b = &out.bufs[level - 1];
    buf_append(b, s, n);
    if (b->chunk && b->len >= b->chunk)
        flush_level(level - 1, PHPVM_OB_WRITE);
}

void phpvm_out(const char *s, size_t n)
{
    if (out.in_handler)
        return;
    emit(out.n, s, n);
}

void phpvm_out_str(const rt_str_t *s) { phpvm_out(s->data, (size_t)s->len); }

void phpvm_outf(const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        phpvm_out(small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        rt_fatal_oom((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    phpvm_out(big, (size_t)n);
    free(big);
}

int phpvm_ob_level(void) { return out.n; }

bool phpvm_ob_start(rt_value_t handler, size_t chunk, int flags)
{
    if (out.in_handler) {
        phpvm_error(PHPVM_E_WARNING,
                    "ob_start(): Cannot use output buffering in output buffering display handlers");
        return false;
    }
    if (out.n == out.cap) {
        int cap = out.cap ? out.cap * 2 : 8;
        ob_buf_t *grown = realloc(out.bufs, (size_t)cap * sizeof *grown);
        if (!grown)
            rt_fatal_oom((size_t)cap * sizeof *grown);
        out.bufs = grown;
        out.cap = cap;
    }
    out.bufs[out.n] = (ob_buf_t){.chunk = chunk, .size = initbuf(chunk),
                                 .flags = (flags & ~0xf) | (handler ? PHPVM_OB_F_USER : 0)};
    phpvm_array_set(phpvm_arr(out.handlers), rt_small(out.n), handler ? handler : rt_none);
    out.n++;
    return true;
}

const char *phpvm_ob_contents(size_t *len)
{
    if (!out.n)
        return NULL;
    ob_buf_t *b = &out.bufs[out.n - 1];
    *len = b->len;
    return b->data ? b->data : "";
}

void phpvm_ob_status(int level, phpvm_ob_status_t *st)
{
    const ob_buf_t *b = &out.bufs[level];
    *st = (phpvm_ob_status_t){b->flags, b->chunk, b->size, b->len};
}

rt_value_t phpvm_ob_handler(int level)
{
    return phpvm_array_get(phpvm_arr(out.handlers), rt_small(level));
}

void phpvm_ob_flush(void)
{
    if (out.n)
        flush_level(out.n - 1, PHPVM_OB_FLUSH);
}

void phpvm_ob_clean(void)
{
    if (!out.n)
        return;
    bool through;
    run_handler(out.n - 1, PHPVM_OB_CLEAN, true, &through);
    out.bufs[out.n - 1].len = 0;
}

void phpvm_ob_end(bool flush)
{
    if (!out.n)
        return;
    int i = out.n - 1;
    if (flush) {
        flush_level(i, PHPVM_OB_FINAL);
    } else {
        bool through;
        run_handler(i, PHPVM_OB_CLEAN | PHPVM_OB_FINAL, true, &through);
    }
    free(out.bufs[i].data);
    phpvm_array_del(phpvm_arr(out.handlers), rt_small(i));
    out.n = i;
}

void phpvm_ob_end_all(bool flush)
{
    while (out.n)
        phpvm_ob_end(flush);
}

void phpvm_ob_implicit_flush(bool on) { out.implicit_flush = on; }
