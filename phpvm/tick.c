/*
** tick.c: declare(ticks=N) at run time. The compiler ends every statement compiled under
** declare(ticks=N) with a call of the hidden builtin phpvm_tick_fn(N); one counter for the whole
** script counts those calls and every N-th runs the functions register_tick_function() keeps,
** in registration order, each with its extra arguments (PHP's ZEND_TICKS and user ticks).
*/
#include "phpvm/vm.h"

#define UNUSED (void)self

/* The registered functions: a PHP array of tuples (callable, args...), a GC root. */
static rt_value_t tick_fns;
/* Ticks since the tick functions last ran. */
static int64_t ticks;

/* The entries being run, innermost first (on the C stack): PHP does not re-enter a tick
** function from the ticks of its own body. */
typedef struct running {
    rt_tuple_t *entry;
    struct running *outer;
} running_t;
static running_t *running;

static bool is_running(rt_tuple_t *t)
{
    for (running_t *r = running; r; r = r->outer)
        if (r->entry == t)
            return true;
    return false;
}

static phpvm_array_t *fns(void)
{
    if (!tick_fns) {
        gc_root_add(&tick_fns, 1);
        tick_fns = rt_from_ptr(phpvm_array_new(0));
    }
    return phpvm_arr(tick_fns);
}

static rt_value_t run_ticks(phpvm_array_t *list)
{
    for (int64_t i = 0; i < rt_map_count(list); i++) {
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(phpvm_array_val_at(list, i));
        if (is_running(t))
            continue;
        rt_tuple_t *args = rt_tuple_from(t->items + 1, rt_tuple_len(t) - 1);
        running_t me = {t, running};
        running = &me;
        rt_value_t r = phpvm_call_value(rt_tuple_get(t, 0), args->items, (int)rt_tuple_len(args));
        running = me.outer;
        if (r == RT_NOVALUE)
            return RT_NOVALUE;
    }
    return rt_none;
}

/* The hidden builtin after each ticking statement: args[0] is the declare's N. */
static rt_value_t tick_builtin(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    if (++ticks < rt_small_value(args[0]))
        return rt_none;
    ticks = 0;
    if (!tick_fns || rt_map_count(phpvm_arr(tick_fns)) == 0)
        return rt_none;
    /* The list as it is now: a function may register or unregister others. */
    return run_ticks(phpvm_array_dup(phpvm_arr(tick_fns)));
}

static rt_value_t fn_register_tick_function(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    if (!phpvm_callable(args[0], &callee, &ctx, false)) {
        char why[256];
        phpvm_callable_reason(args[0], why, sizeof why);
        return phpvm_throw("TypeError",
                           "register_tick_function(): Argument #1 ($callback) must be a valid "
                           "callback, %s", why);
    }
    rt_tuple_t *t = rt_tuple_new(argc);
    rt_tuple_init_item(t, 0, phpvm_share(args[0]));
    for (int i = 1; i < argc; i++)
        rt_tuple_init_item(t, i, phpvm_share(phpvm_deref(args[i])));
    phpvm_array_append(fns(), rt_from_ptr(t));
    return rt_true;
}

/* Removes the first entry whose callable equals the argument (as PHP's list delete does). */
static rt_value_t fn_unregister_tick_function(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    phpvm_array_t *old = fns(), *keep = phpvm_array_new(0);
    bool found = false;
    for (int64_t i = 0; i < rt_map_count(old); i++) {
        rt_value_t e = phpvm_array_val_at(old, i);
        rt_tuple_t *t = (rt_tuple_t *)rt_ptr(e);
        if (!found && phpvm_loose_eq(rt_tuple_get(t, 0), args[0])) {
            if (rt_ts->exc)
                return RT_NOVALUE;
            if (is_running(t))
                return phpvm_throw("Error", "Registered tick function cannot be unregistered "
                                            "while it is being executed");
            found = true;
            continue;
        }
        phpvm_array_append(keep, e);
    }
    tick_fns = rt_from_ptr(keep);
    return rt_none;
}

static const phpvm_builtin_t functions[] = {
    {"register_tick_function", fn_register_tick_function, 1, -1, "callback,args", 0},
    {"unregister_tick_function", fn_unregister_tick_function, 1, 1, "callback", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t tick = {"tick", tick_builtin, 1, 1, "ticks", 0};

phpvm_func_t *phpvm_tick_fn;

static void tick_init(void) { phpvm_hidden_builtin(&phpvm_tick_fn, &tick); }

/* A request forgets the previous one's tick functions. */
static void tick_shutdown(void)
{
    if (tick_fns)
        tick_fns = rt_from_ptr(phpvm_array_new(0));
    ticks = 0;
}

const phpvm_ext_t phpvm_ext_tick = {"standard", functions, NULL, tick_init, NULL, tick_shutdown};
