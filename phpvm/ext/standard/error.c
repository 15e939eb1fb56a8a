/*
** error.c: PHP's error-handling functions: error_reporting, set_error_handler and
** restore_error_handler (the handler runs before a diagnostic is shown: phpvm_error_handled,
** called by phpvm_error), trigger_error/user_error, set_exception_handler and
** restore_exception_handler (run for an uncaught exception: phpvm_uncaught_handled), and
** error_get_last/error_clear_last (the last diagnostic no handler took).
*/
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

#define UNUSED (void)self

enum {
    E_ERROR = 1, E_WARNING = 2, E_PARSE = 4, E_NOTICE = 8, E_USER_ERROR = 256,
    E_USER_WARNING = 512, E_USER_NOTICE = 1024, E_DEPRECATED = 8192, E_USER_DEPRECATED = 16384,
    E_ALL = 32767,
    E_SILENCED = E_ERROR | E_PARSE | 16 | 64 | E_USER_ERROR | 4096, /* what @ keeps: 4437 */
};

int phpvm_errno(int level)
{
    static const int tab[] = {E_WARNING, E_NOTICE, E_DEPRECATED, E_ERROR, E_PARSE};
    return tab[level];
}

/* The last diagnostic no user handler took (error_get_last), in C storage. */
static struct {
    bool set;
    int type;
    int32_t line;
    char message[1024], file[512];
} last_error;

static bool not_handled(int errno_, const char *msg, const char *file, int32_t line)
{
    last_error.set = true;
    last_error.type = errno_;
    last_error.line = line;
    snprintf(last_error.message, sizeof last_error.message, "%s", msg);
    snprintf(last_error.file, sizeof last_error.file, "%s", file ? file : "Unknown");
    return false;
}

bool phpvm_error_handled(int errno_, const char *msg, const char *file, int32_t line)
{
    rt_value_t h = phpvm_vm->error_handler;
    /* fatal, parse and core/compile diagnostics never reach a user handler */
    if (!h || !(phpvm_vm->error_handler_mask & errno_) || (errno_ & (E_ERROR | E_PARSE | 240)))
        return not_handled(errno_, msg, file, line);
    rt_value_t args[4] = {rt_small(errno_), phpvm_cstr(msg), file ? phpvm_cstr(file) : rt_none,
                          rt_small(line)};
    /* The handler does not run for its own diagnostics (PHP unsets it meanwhile). */
    phpvm_vm->error_handler = 0;
    rt_value_t r = phpvm_call_value(h, args, 4);
    if (!phpvm_vm->error_handler)
        phpvm_vm->error_handler = h;
    return r == RT_NOVALUE || r != rt_false || not_handled(errno_, msg, file, line);
}

static rt_value_t fn_error_get_last(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    if (!last_error.set)
        return rt_none;
    phpvm_array_t *a = phpvm_array_new(4);
    phpvm_array_set(a, phpvm_cstr("type"), rt_small(last_error.type));
    phpvm_array_set(a, phpvm_cstr("message"), phpvm_cstr(last_error.message));
    phpvm_array_set(a, phpvm_cstr("file"), phpvm_cstr(last_error.file));
    phpvm_array_set(a, phpvm_cstr("line"), rt_small(last_error.line));
    return rt_from_ptr(a);
}

static rt_value_t fn_error_clear_last(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    last_error.set = false;
    return rt_none;
}

static rt_value_t fn_error_reporting(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t old = phpvm_vm->error_reporting;
    if (phpvm_vm->silence > 0)
        old &= E_SILENCED;
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none) {
        int64_t level;
        if (!phpvm_arg_long(args, argc, 0, &level))
            return RT_NOVALUE;
        phpvm_vm->error_reporting = (int)level;
    }
    return rt_small(old);
}

/* Pushes the current handler (for restore) and installs a new one; returns the old one. */
static rt_value_t push_handler(rt_value_t *slot, phpvm_array_t **stack, rt_value_t h)
{
    rt_value_t old = *slot ? *slot : rt_none;
    if (!*stack)
        *stack = phpvm_array_new(1);
    phpvm_array_append(*stack, old);
    h = phpvm_deref(h);
    *slot = h == rt_none ? 0 : phpvm_share(h);
    return old;
}

static rt_value_t pop_handler(rt_value_t *slot, phpvm_array_t *stack)
{
    int64_t n = stack ? rt_map_count(stack) : 0;
    if (n) {
        rt_value_t key = phpvm_array_key_at(stack, rt_map_next(stack, 0) + n - 1);
        rt_value_t h = phpvm_deref(phpvm_array_get(stack, key));
        phpvm_array_del(stack, key);
        *slot = h == rt_none ? 0 : h;
    } else {
        *slot = 0;
    }
    return rt_true;
}

static bool check_callback(rt_value_t *args, const char *fname)
{
    rt_value_t h = phpvm_deref(args[0]), callee, ctx;
    if (h == rt_none || phpvm_callable(h, &callee, &ctx, false))
        return true;
    phpvm_throw("TypeError", "%s(): Argument #1 ($callback) must be a valid callback or null, "
                             "%s", fname, phpvm_is_str(h) ? "function not found or invalid "
                                                            "function name"
                                                          : "no array or string given");
    return false;
}

static rt_value_t fn_set_error_handler(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (!check_callback(args, "set_error_handler"))
        return RT_NOVALUE;
    int64_t mask = E_ALL;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &mask))
        return RT_NOVALUE;
    rt_value_t old = push_handler(&phpvm_vm->error_handler, &phpvm_vm->error_handlers, args[0]);
    phpvm_vm->error_handler_mask = (int)mask;
    return old;
}

static rt_value_t fn_restore_error_handler(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    phpvm_vm->error_handler_mask = E_ALL;
    return pop_handler(&phpvm_vm->error_handler, phpvm_vm->error_handlers);
}

static rt_value_t fn_set_exception_handler(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    if (!check_callback(args, "set_exception_handler"))
        return RT_NOVALUE;
    return push_handler(&phpvm_vm->exception_handler, &phpvm_vm->exception_handlers, args[0]);
}

static rt_value_t fn_restore_exception_handler(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return pop_handler(&phpvm_vm->exception_handler, phpvm_vm->exception_handlers);
}

bool phpvm_uncaught_handled(rt_value_t exc)
{
    rt_value_t h = phpvm_vm->exception_handler;
    if (!h)
        return false;
    phpvm_vm->exception_handler = 0;
    rt_exc_clear();
    phpvm_call_value(h, &exc, 1);
    return true;
}

static rt_value_t fn_trigger_error(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *msg = phpvm_arg_str(args, argc, 0);
    int64_t level = E_USER_NOTICE;
    if (!msg || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &level)))
        return RT_NOVALUE;
    int shown;
    switch (level) {
    case E_USER_ERROR: shown = PHPVM_E_FATAL; break;
    case E_USER_WARNING: shown = PHPVM_E_WARNING; break;
    case E_USER_NOTICE: shown = PHPVM_E_NOTICE; break;
    case E_USER_DEPRECATED: shown = PHPVM_E_DEPRECATED; break;
    default:
        return phpvm_throw("ValueError", "%s(): Argument #2 ($error_level) must be one of "
                                         "E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or "
                                         "E_USER_DEPRECATED", phpvm_cur_builtin);
    }
    rt_str_t *file;
    int32_t line;
    phpvm_where(&file, &line);
    if (phpvm_error_handled((int)level, msg->data, file ? file->data : NULL, line))
        return rt_exc_pending() ? RT_NOVALUE : rt_true;
    if (phpvm_vm->error_reporting & level)
        phpvm_report(shown, msg->data, file ? file->data : NULL, line);
    if (level == E_USER_ERROR) {
        phpvm_vm->exit_status = 255;
        phpvm_vm->exiting = true;
        return RT_NOVALUE;
    }
    return rt_true;
}

/* assert($assertion, $description): assert.active=0 lets everything pass; a failure throws
** AssertionError (or the Throwable given) under assert.exception=1, php -n's default, else warns
** (assert.warning) and returns false. The compiler passes the assertion's source text as the
** description when none is given, and skips the call unless zend.assertions=1. */
static rt_value_t fn_assert(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    if (!phpvm_vm->assert_active || phpvm_to_bool(args[0]))
        return rt_true;
    rt_value_t d = phpvm_arg_given(argc, args, 1) ? phpvm_deref(args[1]) : rt_none;
    phpvm_class_t *k = phpvm_class_of(d);
    if (k && (k->flags & PHPVM_C_THROWABLE)) {
        rt_exc_set(d);
        return RT_NOVALUE;
    }
    rt_str_t *s = d == rt_none ? NULL : phpvm_to_str(d);
    if (d != rt_none && !s)
        return RT_NOVALUE;
    if (phpvm_vm->assert_exception)
        return phpvm_throw("AssertionError", "%s", s ? s->data : "");
    if (phpvm_vm->assert_warning) {
        phpvm_error(PHPVM_E_WARNING, "assert(): %s failed", s ? s->data : "Assertion failed");
        if (rt_exc_pending())
            return RT_NOVALUE;
    }
    return rt_false;
}

/* The compiled check in front of every assert() call: whether zend.assertions is 1 now. */
static rt_value_t assertions_on_builtin(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_vm->zend_assertions == 1 ? rt_true : rt_false;
}

static const phpvm_builtin_t assertions_on_def = {"assertions on", assertions_on_builtin, 0, 0,
                                                   "", 0};

phpvm_func_t *phpvm_assertions_on_fn;

void phpvm_assert_init(void)
{
    phpvm_hidden_builtin(&phpvm_assertions_on_fn, &assertions_on_def);
}

const phpvm_builtin_t phpvm_ext_error[] = {
    {"assert", fn_assert, 1, 2, "assertion,description", 0},
    {"error_reporting", fn_error_reporting, 0, 1, "error_level", 0},
    {"error_get_last", fn_error_get_last, 0, 0, "", 0},
    {"error_clear_last", fn_error_clear_last, 0, 0, "", 0},
    {"set_error_handler", fn_set_error_handler, 1, 2, "callback,error_levels", 0},
    {"restore_error_handler", fn_restore_error_handler, 0, 0, "", 0},
    {"set_exception_handler", fn_set_exception_handler, 1, 1, "callback", 0},
    {"restore_exception_handler", fn_restore_exception_handler, 0, 0, "", 0},
    {"trigger_error", fn_trigger_error, 1, 2, "message,error_level", 0},
    {"user_error", fn_trigger_error, 1, 2, "message,error_level", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};
