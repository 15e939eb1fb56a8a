/*
** mod_signal.c: the native `_signal` module (modules.h) under Debian's signal: the signal
** numbers, SIG_DFL / SIG_IGN, default_int_handler, and signal() / getsignal() recording each
** signal's handler. SIG_DFL and SIG_IGN take effect in the process; for a Python callable the
** C handler notes the signal and asks the main thread's interpreter (rt_gil_interrupt_main) to
** run the Python handler at its next check: a back edge, a call, a compiled loop's poll, as
** CPython's eval breaker. SIGINT's default_int_handler is recorded, not installed, until set
** explicitly. Also raise_signal, strsignal, alarm, pause and valid_signals.
*/
#define _GNU_SOURCE /* strsignal */
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

/* X(name): the signal numbers CPython's signal module exports on Linux. */
#define SIGNAL_NAMES(X)                                                                            \
    X(SIGABRT) X(SIGALRM) X(SIGBUS) X(SIGCHLD) X(SIGCLD) X(SIGCONT) X(SIGFPE) X(SIGHUP) X(SIGILL)   \
    X(SIGINT) X(SIGIO) X(SIGIOT) X(SIGKILL) X(SIGPIPE) X(SIGPOLL) X(SIGPROF) X(SIGPWR) X(SIGQUIT)  \
    X(SIGSEGV) X(SIGSTKFLT) X(SIGSTOP) X(SIGSYS) X(SIGTERM) X(SIGTRAP) X(SIGTSTP) X(SIGTTIN)       \
    X(SIGTTOU) X(SIGURG) X(SIGUSR1) X(SIGUSR2) X(SIGVTALRM) X(SIGWINCH) X(SIGXCPU) X(SIGXFSZ)

static rt_value_t handlers; /* list indexed by signal number */

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static bool signum_arg(rt_value_t v, int64_t *s)
{
    if (!pyvm_index_i64(v, s))
        return false;
    if (*s < 1 || *s >= NSIG) {
        rt_raise(RT_EXC_VALUE, "signal number out of range");
        return false;
    }
    return true;
}

FN(s_default_int_handler)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_exc_set(pyvm_exc_new(pyvm_exc_KeyboardInterrupt, NULL, 0));
}

static const pyvm_cfunc_def_t default_int_def = {"default_int_handler", s_default_int_handler,
                                                 0, -1, 0, 0};

FN(s_getsignal)
{
    (void)self, (void)n, (void)kw;
    int64_t s;
    if (!signum_arg(a[0], &s))
        return RT_NOVALUE;
    return rt_vec_get(rt_ptr(handlers), s);
}

/* Signals delivered whose Python handler has not run yet. */
static volatile sig_atomic_t tripped[NSIG];

/* At the main thread's check: runs the Python handlers of the signals that arrived, lowest number
** first, as CPython's PyErr_CheckSignals; a handler that raises stops it (false, the exception
** pending) and leaves the others for the next check. */
static bool run_tripped(void)
{
    for (int s = 1; s < NSIG; s++) {
        if (!tripped[s])
            continue;
        tripped[s] = 0;
        rt_value_t h = rt_vec_get(rt_ptr(handlers), s);
        if (pyvm_is_intlike(h))
            continue; /* set to SIG_DFL or SIG_IGN since */
        rt_value_t args[2] = {rt_small(s), rt_none};
        if (pyvm_call(h, args, 2, NULL) == RT_NOVALUE) {
            for (int t = s + 1; t < NSIG; t++) {
                if (tripped[t]) {
                    rt_gil_interrupt_main(run_tripped);
                    break;
                }
            }
            return false;
        }
    }
    return true;
}

/* The C handler of a signal with a Python handler: async-signal-safe stores only. */
static void on_signal(int s)
{
    tripped[s] = 1;
    rt_gil_interrupt_main(run_tripped);
}

FN(s_signal)
{
    (void)self, (void)n, (void)kw;
    int64_t s;
    if (!signum_arg(a[0], &s))
        return RT_NOVALUE;
    rt_value_t h = a[1];
    int64_t disp = -1;
    if (pyvm_is_intlike(h) && !pyvm_index_i64(h, &disp))
        return RT_NOVALUE;
    if (disp != -1 && disp != 0 && disp != 1)
        return rt_raise(RT_EXC_TYPE, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                                     "or a callable object");
    if (disp == -1 && (!pyvm_slots(h) || !pyvm_slots(h)->call))
        return rt_raise(RT_EXC_TYPE, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                                     "or a callable object");
    if (s == SIGKILL || s == SIGSTOP)
        return rt_raise(RT_EXC_OS, "[Errno 22] Invalid argument");
    struct sigaction sa = {.sa_handler = disp == 0 ? SIG_DFL : disp == 1 ? SIG_IGN : on_signal,
                           .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction((int)s, &sa, NULL);
    rt_value_t old = rt_vec_get(rt_ptr(handlers), s);
    rt_vec_set(rt_ptr(handlers), s, h);
    return old;
}

FN(s_raise_signal)
{
    (void)self, (void)n, (void)kw;
    int64_t s;
    if (!signum_arg(a[0], &s))
        return RT_NOVALUE;
    return raise((int)s) == 0 ? rt_none : pyvm_raise_errno(22, RT_NOVALUE);
}

FN(s_strsignal)
{
    (void)self, (void)n, (void)kw;
    int64_t s;
    if (!signum_arg(a[0], &s))
        return RT_NOVALUE;
    const char *d = strsignal((int)s);
    return d ? pyvm_str_cstr(d) : rt_none;
}

FN(s_alarm)
{
    (void)self, (void)n, (void)kw;
    int64_t secs;
    if (!pyvm_index_i64(a[0], &secs))
        return RT_NOVALUE;
    return rt_small(alarm((unsigned)secs));
}

FN(s_pause)
{
    (void)self, (void)a, (void)n, (void)kw;
    pause();
    return rt_none;
}

FN(s_valid_signals)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_map_t *set = pyvm_set_new(&pyvm_type_set);
    for (int s = 1; s < NSIG; s++)
        if (s != 32 && s != 33) /* glibc's internal real-time signals */
            pyvm_set_add(set, rt_small(s));
    return rt_from_ptr(set);
}

static const pyvm_cfunc_def_t signal_functions[] = {
    {"signal", s_signal, 2, 2, 0, 0},
    {"getsignal", s_getsignal, 1, 1, 0, 0},
    {"raise_signal", s_raise_signal, 1, 1, 0, 0},
    {"strsignal", s_strsignal, 1, 1, 0, 0},
    {"alarm", s_alarm, 1, 1, 0, 0},
    {"pause", s_pause, 0, 0, 0, 0},
    {"valid_signals", s_valid_signals, 0, 0, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_signal_dict(void)
{
    rt_value_t dflt = pyvm_cfunc_new(&default_int_def, RT_NOVALUE);
    if (!handlers) {
        gc_root_add(&handlers, 1);
        rt_vec_t *h = pyvm_list_new(NSIG);
        for (int s = 0; s < NSIG; s++) {
            struct sigaction sa;
            bool ign = sigaction(s, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN;
            rt_vec_append(h, s == SIGINT ? dflt : rt_small(ign ? 1 : 0));
        }
        handlers = rt_from_ptr(h);
    }
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, signal_functions);
    pyvm_mod_put(d, "default_int_handler", rt_vec_get(rt_ptr(handlers), SIGINT));
#define SIG_PUT(name) pyvm_mod_put(d, #name, rt_small(name));
    SIGNAL_NAMES(SIG_PUT)
#undef SIG_PUT
    pyvm_mod_put(d, "SIGRTMIN", rt_small(SIGRTMIN));
    pyvm_mod_put(d, "SIGRTMAX", rt_small(SIGRTMAX));
    pyvm_mod_put(d, "SIG_DFL", rt_small(0));
    pyvm_mod_put(d, "SIG_IGN", rt_small(1));
    pyvm_mod_put(d, "NSIG", rt_small(NSIG));
    return d;
}
