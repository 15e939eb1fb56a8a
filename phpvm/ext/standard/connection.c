/*
** connection.c: ext/standard's view of the request's client: connection_aborted(),
** connection_status() and ignore_user_abort(), with the CONNECTION_* constants. The state itself
** is the output layer's (phpvm/output.c notices a lost client when a write fails) and the
** request's (max_execution_time); ignore_user_abort is the ini setting of the same name.
*/
#include "phpvm/interp.h"

#define UNUSED (void)self

static rt_value_t fn_connection_aborted(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_small(phpvm_connection_status() & PHPVM_CONNECTION_ABORTED);
}

static rt_value_t fn_connection_status(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)args, (void)argc;
    return rt_small(phpvm_connection_status());
}

/* ignore_user_abort(?bool $enable = null): the setting before the call. */
static rt_value_t fn_ignore_user_abort(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int old = phpvm_vm->ignore_user_abort;
    if (phpvm_arg_given(argc, args, 0) && args[0] != rt_none)
        phpvm_vm->ignore_user_abort = phpvm_arg_bool(args, argc, 0);
    return rt_small(old);
}

static const phpvm_intconst_t constants[] = {
    {"CONNECTION_ABORTED", PHPVM_CONNECTION_ABORTED},
    {"CONNECTION_NORMAL", 0},
    {"CONNECTION_TIMEOUT", PHPVM_CONNECTION_TIMEOUT},
    {NULL, 0}};

static const phpvm_builtin_t functions[] = {
    {"connection_aborted", fn_connection_aborted, 0, 0, "", 0},
    {"connection_status", fn_connection_status, 0, 0, "", 0},
    {"ignore_user_abort", fn_ignore_user_abort, 0, 1, "enable", 0},
    {NULL, NULL, 0, 0, NULL, 0}};

const phpvm_ext_t phpvm_ext_connection = {"standard", functions, constants, NULL, NULL, NULL};
