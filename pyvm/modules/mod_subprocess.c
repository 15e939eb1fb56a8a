/*
** mod_subprocess.c: child processes for Debian's subprocess.py: the native `_posixsubprocess`
** module (modules.h) with CPython's fork_exec, and the process and descriptor calls of `posix`
** that subprocess, selectors and socket use (waitpid, waitstatus_to_exitcode, fork, execv[e],
** get/set_inheritable, get/set_blocking), added to posix's namespace by
** pyvm_mod_subprocess_posix_install.
**
** fork_exec prepares every C string and array in the parent; the child only moves descriptors,
** changes directory, ids and signals, runs preexec_fn if given (the VM is a copy: it may run
** Python code) and execs. A failure before or at exec reaches the parent through errpipe_write as
** "OSError:<hex errno>:[noexec]" (noexec: it happened before exec, so it is cwd's fault), or
** "SubprocessError:0:<message>", which subprocess.py turns into its exceptions.
*/
#define _GNU_SOURCE /* close_range */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pyvm/modules/modules.h"

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* What the child needs, all prepared by the parent. */
typedef struct child {
    char **argv, **envp;         /* NULL-terminated; envp NULL: inherit the environment */
    char **exec;                 /* the executables to try, NULL-terminated */
    const char *cwd;             /* NULL: stay */
    int *keep;                   /* fds_to_keep, sorted */
    size_t nkeep;
    int fds[8];                  /* p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                 ** errpipe_read, errpipe_write (-1: none) */
    bool close_fds, restore_signals, setsid;
    int64_t pgid, gid, uid, umask; /* -1: leave */
    gid_t *groups;
    int ngroups;                 /* -1: leave */
    rt_value_t preexec;          /* None: none */
} child_t;

enum { P2CREAD, P2CWRITE, C2PREAD, C2PWRITE, ERRREAD, ERRWRITE, ERRPIPE_READ, ERRPIPE_WRITE };

static void write_all(int fd, const char *s, size_t len)
{
    while (len > 0) {
        ssize_t r = write(fd, s, len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return;
        s += r;
        len -= (size_t)r;
    }
}

/* Reports errno err (or, when 0, msg) to the parent and ends the child. */
static _Noreturn void child_fail(const child_t *c, int err, bool noexec, const char *msg)
{
    int fd = c->fds[ERRPIPE_WRITE];
    if (err) {
        char hex[16], *p = hex + sizeof hex;
        for (; err && p > hex; err /= 16)
            *--p = "0123456789abcdef"[err % 16];
        write_all(fd, "OSError:", 8);
        write_all(fd, p, (size_t)(hex + sizeof hex - p));
        write_all(fd, ":", 1);
        if (noexec)
            write_all(fd, "noexec", 6);
    } else {
        write_all(fd, "SubprocessError:0:", 18);
        write_all(fd, msg, strlen(msg));
    }
    _exit(255);
}

static int set_cloexec(int fd, bool on)
{
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0)
        return -1;
    int want = on ? flags | FD_CLOEXEC : flags & ~FD_CLOEXEC;
    return want == flags ? 0 : fcntl(fd, F_SETFD, want);
}

/* Installs fd as target (stdin/out/err): dup2, or only inheritable when it is already there. */
static int install_fd(int fd, int target)
{
    if (fd == -1)
        return 0;
    return fd == target ? set_cloexec(fd, false) : dup2(fd, target) < 0 ? -1 : 0;
}

/* Closes every descriptor from 3 up except the kept ones (sorted). */
static void close_fds(const child_t *c)
{
    unsigned from = 3;
    for (size_t k = 0; k < c->nkeep; k++) {
        if (c->keep[k] < (int)from)
            continue;
        if ((unsigned)c->keep[k] > from)
            close_range(from, (unsigned)c->keep[k] - 1, 0);
        from = (unsigned)c->keep[k] + 1;
    }
    close_range(from, ~0u, 0);
}

static _Noreturn void child_exec(child_t *c)
{
    int *f = c->fds;
    for (size_t k = 0; k < c->nkeep; k++)
        if (c->keep[k] != f[ERRPIPE_WRITE] && set_cloexec(c->keep[k], false) < 0)
            child_fail(c, errno, true, "");
    static const int parent_ends[] = {P2CWRITE, C2PREAD, ERRREAD, ERRPIPE_READ};
    for (size_t k = 0; k < sizeof parent_ends / sizeof parent_ends[0]; k++)
        if (f[parent_ends[k]] != -1)
            close(f[parent_ends[k]]);
    /* a descriptor about to be replaced by an earlier dup2 moves out of the way first */
    if (f[C2PWRITE] == 0 && (f[C2PWRITE] = dup(f[C2PWRITE])) < 0)
        child_fail(c, errno, true, "");
    while ((f[ERRWRITE] == 0 || f[ERRWRITE] == 1) && f[ERRWRITE] != -1)
        if ((f[ERRWRITE] = dup(f[ERRWRITE])) < 0)
            child_fail(c, errno, true, "");
    if (install_fd(f[P2CREAD], 0) < 0 || install_fd(f[C2PWRITE], 1) < 0 ||
        install_fd(f[ERRWRITE], 2) < 0)
        child_fail(c, errno, true, "");
    if (c->cwd && chdir(c->cwd) < 0)
        child_fail(c, errno, true, "");
    if (c->umask >= 0)
        umask((mode_t)c->umask);
    if (c->restore_signals) {
        signal(SIGPIPE, SIG_DFL);
        signal(SIGXFSZ, SIG_DFL);
    }
    if ((c->setsid && setsid() < 0) || (c->pgid >= 0 && setpgid(0, (pid_t)c->pgid) < 0) ||
        (c->ngroups >= 0 && setgroups((size_t)c->ngroups, c->groups) < 0) ||
        (c->gid >= 0 && setregid((gid_t)c->gid, (gid_t)c->gid) < 0) ||
        (c->uid >= 0 && setreuid((uid_t)c->uid, (uid_t)c->uid) < 0))
        child_fail(c, errno, false, "");
    if (c->preexec != rt_none && !pyvm_call0(c->preexec))
        child_fail(c, 0, false, "Exception occurred in preexec_fn.");
    if (c->close_fds)
        close_fds(c);
    int first = 0;
    for (char **e = c->exec; *e; e++) {
        if (c->envp)
            execve(*e, c->argv, c->envp);
        else
            execv(*e, c->argv);
        if (errno != ENOENT && errno != ENOTDIR && first == 0)
            first = errno;
    }
    child_fail(c, first ? first : errno, false, "");
}

/* The C string of a str, bytes or path-like (kept alive in `keep`); NULL with the error
** pending. */
static char *c_path(rt_value_t v, rt_vec_t *keep)
{
    rt_value_t s = pyvm_mod_posix_fspath(v);
    if (!s)
        return NULL;
    rt_vec_append(keep, s);
    rt_str_t *str = rt_ptr(s);
    if (memchr(str->data, 0, (size_t)str->len)) {
        rt_raise(RT_EXC_VALUE, "embedded null byte");
        return NULL;
    }
    return str->data;
}

/* A malloc'd NULL-terminated array of the C strings of a sequence's items (None: NULL, *ok
** true). */
static char **c_array(rt_value_t seq, rt_vec_t *keep, bool *ok)
{
    *ok = true;
    if (seq == rt_none)
        return NULL;
    rt_vec_t *items = pyvm_seq_to_vec(seq);
    char **arr = items ? calloc((size_t)rt_vec_len(items) + 1, sizeof *arr) : NULL;
    if (!arr) {
        *ok = false;
        return NULL;
    }
    rt_vec_append(keep, rt_from_ptr(items));
    for (int64_t i = 0; i < rt_vec_len(items); i++)
        if (!(arr[i] = c_path(rt_vec_get(items, i), keep))) {
            free(arr);
            *ok = false;
            return NULL;
        }
    return arr;
}

/* An optional id argument: None gives -1. */
static bool opt_id(rt_value_t v, int64_t *out)
{
    *out = -1;
    return v == rt_none || pyvm_index_i64(v, out);
}

/* fds_to_keep: a tuple of sorted non-negative ints, into a malloc'd array. */
static bool keep_fds(rt_value_t v, child_t *c)
{
    if (!pyvm_is_tuple(v)) {
        rt_raise(RT_EXC_TYPE, "fds_to_keep must be a tuple");
        return false;
    }
    rt_tuple_t *t = rt_ptr(v);
    c->nkeep = (size_t)rt_tuple_len(t);
    c->keep = calloc(c->nkeep + 1, sizeof *c->keep);
    for (size_t k = 0; c->keep && k < c->nkeep; k++) {
        int64_t fd;
        rt_value_t item = rt_tuple_get(t, (int64_t)k);
        if (!rt_is_int(item) || !pyvm_index_i64(item, &fd) || fd < 0 || fd > INT32_MAX ||
            (k && fd < c->keep[k - 1])) {
            rt_raise(RT_EXC_VALUE, "bad value(s) in fds_to_keep");
            return false;
        }
        c->keep[k] = (int)fd;
    }
    return c->keep != NULL;
}

static bool groups_arg(rt_value_t v, child_t *c)
{
    c->ngroups = -1;
    if (v == rt_none)
        return true;
    rt_vec_t *items = pyvm_seq_to_vec(v);
    if (!items)
        return false;
    c->ngroups = (int)rt_vec_len(items);
    c->groups = calloc((size_t)c->ngroups + 1, sizeof *c->groups);
    for (int k = 0; c->groups && k < c->ngroups; k++) {
        int64_t g;
        if (!pyvm_index_i64(rt_vec_get(items, k), &g))
            return false;
        c->groups[k] = (gid_t)g;
    }
    return c->groups != NULL;
}

/* Every argument into c; false with the error pending (what was allocated is freed by the
** caller). */
static bool prepare(const rt_value_t *a, child_t *c, rt_vec_t *keep)
{
    bool ok;
    c->argv = c_array(a[0], keep, &ok);
    if (ok)
        c->exec = c_array(a[1], keep, &ok);
    if (ok && !c->exec)
        rt_raise(RT_EXC_TYPE, "executable_list must be a sequence of paths");
    if (!c->exec)
        return false;
    int t;
    if ((t = pyvm_truth(a[2])) < 0 || !keep_fds(a[3], c))
        return false;
    c->close_fds = t;
    if (a[4] != rt_none && !(c->cwd = c_path(a[4], keep)))
        return false;
    c->envp = c_array(a[5], keep, &ok);
    if (!ok)
        return false;
    for (int k = 0; k < 8; k++) {
        int64_t fd;
        if (!pyvm_index_i64(a[6 + k], &fd))
            return false;
        c->fds[k] = (int)fd;
    }
    if (c->close_fds && c->fds[ERRPIPE_WRITE] < 3) {
        rt_raise(RT_EXC_VALUE, "errpipe_write must be >= 3");
        return false;
    }
    int rs = pyvm_truth(a[14]), ss = pyvm_truth(a[15]);
    if (rs < 0 || ss < 0 || !opt_id(a[16], &c->pgid) || !opt_id(a[17], &c->gid) ||
        !groups_arg(a[18], c) || !opt_id(a[19], &c->uid) || !pyvm_index_i64(a[20], &c->umask))
        return false;
    c->restore_signals = rs, c->setsid = ss;
    c->preexec = a[21];
    return true;
}

/* fork_exec(args, executable_list, close_fds, fds_to_keep, cwd, env_list, p2cread, p2cwrite,
** c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
** call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork):
** the child's pid. */
FN(s_fork_exec)
{
    (void)self, (void)n, (void)kw;
    child_t c = {.ngroups = -1};
    rt_vec_t *keep = pyvm_list_new(8);
    rt_value_t r = RT_NOVALUE;
    if (!prepare(a, &c, keep))
        goto fail;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0)
        child_exec(&c);
    r = pid < 0 ? pyvm_raise_errno(errno, RT_NOVALUE) : rt_int_from_i64(pid);
fail:
    free(c.argv);
    free(c.exec);
    free(c.envp);
    free(c.keep);
    free(c.groups);
    return r;
}

static const pyvm_cfunc_def_t subprocess_functions[] = {
    {"fork_exec", s_fork_exec, 23, 23, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

rt_map_t *pyvm_mod_posixsubprocess_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, subprocess_functions);
    return d;
}

/* ---- posix additions ---- */

static bool fd_arg(rt_value_t v, int *fd)
{
    int64_t i;
    if (!pyvm_index_i64(v, &i))
        return false;
    *fd = (int)i;
    return true;
}

/* waitpid(pid, options): (pid, status), retried after EINTR as PEP 475 says. */
FN(p_waitpid)
{
    (void)self, (void)n, (void)kw;
    int64_t pid, opts;
    if (!pyvm_index_i64(a[0], &pid) || !pyvm_index_i64(a[1], &opts))
        return RT_NOVALUE;
    int status = 0;
    pid_t r;
    do
        RT_ALLOW_THREADS(r = waitpid((pid_t)pid, &status, (int)opts));
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    rt_value_t t[2] = {rt_int_from_i64(r), rt_int_from_i64(status)};
    return pyvm_tuple_from(t, 2);
}

FN(p_waitstatus_to_exitcode)
{
    (void)self, (void)n, (void)kw;
    int64_t s;
    if (!pyvm_index_i64(a[0], &s))
        return RT_NOVALUE;
    int st = (int)s;
    if (WIFEXITED(st))
        return rt_small(WEXITSTATUS(st));
    if (WIFSIGNALED(st))
        return rt_small(-WTERMSIG(st));
    return rt_raise(RT_EXC_VALUE, "invalid wait status: %d", st);
}

/* The callables of os.register_at_fork: before (run last registered first), after_in_child,
** after_in_parent. */
static rt_vec_t *at_fork[3];

FN(p_register_at_fork)
{
    (void)self;
    static const char *const names[] = {"before", "after_in_child", "after_in_parent", NULL};
    rt_value_t v[3];
    if (!pyvm_parse_args("register_at_fork", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    if (!v[0] && !v[1] && !v[2])
        return rt_raise(RT_EXC_TYPE, "At least one argument is required.");
    for (int k = 0; k < 3; k++)
        if (v[k] && !pyvm_slots(v[k])->call && !pyvm_getattr_opt(v[k], pyvm_name(call)))
            return rt_raise(RT_EXC_TYPE, "'%s' must be callable, not %s", names[k],
                            pyvm_type_name(v[k]));
    for (int k = 0; k < 3; k++) {
        if (!v[k])
            continue;
        if (!at_fork[k]) {
            gc_root_add(&at_fork[k], 1);
            at_fork[k] = pyvm_list_new(1);
        }
        rt_vec_append(at_fork[k], v[k]);
    }
    return rt_none;
}

/* Runs the at-fork callables of one kind; their exceptions are reported and ignored, as
** CPython does. */
static void run_at_fork(int kind)
{
    int64_t len = at_fork[kind] ? rt_vec_len(at_fork[kind]) : 0;
    for (int64_t i = 0; i < len; i++) {
        rt_value_t f = rt_vec_get(at_fork[kind], kind == 0 ? len - 1 - i : i);
        rt_tb_t *tb;
        if (!pyvm_call0(f)) {
            rt_value_t e = rt_exc_fetch(&tb);
            pyvm_exc_print(e, tb, stderr);
        }
    }
}

FN(p_fork)
{
    (void)self, (void)a, (void)n, (void)kw;
    run_at_fork(0);
    fflush(NULL);
    pid_t pid = fork();
    int err = errno;
    run_at_fork(pid == 0 ? 1 : 2);
    return pid < 0 ? pyvm_raise_errno(err, RT_NOVALUE) : rt_int_from_i64(pid);
}

/* execv(path, argv) / execve(path, argv, env): only return with OSError. */
static rt_value_t do_exec(const rt_value_t *a, size_t n)
{
    rt_vec_t *keep = pyvm_list_new(4);
    const char *path = c_path(a[0], keep);
    bool ok = path != NULL;
    char **argv = ok ? c_array(a[1], keep, &ok) : NULL, **envp = NULL;
    if (ok && (!argv || !argv[0])) {
        rt_raise(RT_EXC_VALUE, "execv() arg 2 must not be empty");
        ok = false;
    }
    if (ok && n > 2) {
        rt_value_t items = pyvm_getattr(a[2], rt_str_intern_cstr("items"));
        rt_vec_t *pairs = items ? pyvm_seq_to_vec(pyvm_call0(items)) : NULL;
        rt_vec_t *strs = pairs ? pyvm_list_new(0) : NULL;
        for (int64_t i = 0; strs && i < rt_vec_len(pairs); i++) {
            rt_value_t kv = rt_vec_get(pairs, i);
            char *k = c_path(rt_tuple_get(rt_ptr(kv), 0), keep);
            char *v = k ? c_path(rt_tuple_get(rt_ptr(kv), 1), keep) : NULL;
            if (!v)
                break;
            rt_strbuf_t b;
            rt_strbuf_init(&b, 64);
            rt_strbuf_appendf(&b, "%s=%s", k, v);
            rt_vec_append(strs, rt_from_ptr(rt_strbuf_finish(&b, &rt_type_bytes)));
        }
        ok = strs && !rt_exc_pending() && (envp = c_array(rt_from_ptr(strs), keep, &ok)) && ok;
    }
    if (ok) {
        fflush(NULL);
        if (envp)
            execve(path, argv, envp);
        else
            execv(path, argv);
        pyvm_raise_errno(errno, RT_NOVALUE);
    }
    free(argv);
    free(envp);
    return RT_NOVALUE;
}

FN(p_execv)
{
    (void)self, (void)kw;
    return do_exec(a, n);
}

FN(p_get_inheritable)
{
    (void)self, (void)n, (void)kw;
    int fd, flags;
    if (!fd_arg(a[0], &fd))
        return RT_NOVALUE;
    if ((flags = fcntl(fd, F_GETFD)) < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_bool(!(flags & FD_CLOEXEC));
}

FN(p_set_inheritable)
{
    (void)self, (void)n, (void)kw;
    int fd, on = pyvm_truth(a[1]);
    if (!fd_arg(a[0], &fd) || on < 0)
        return RT_NOVALUE;
    return set_cloexec(fd, !on) < 0 ? pyvm_raise_errno(errno, RT_NOVALUE) : rt_none;
}

FN(p_get_blocking)
{
    (void)self, (void)n, (void)kw;
    int fd, flags;
    if (!fd_arg(a[0], &fd))
        return RT_NOVALUE;
    if ((flags = fcntl(fd, F_GETFL)) < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_bool(!(flags & O_NONBLOCK));
}

FN(p_set_blocking)
{
    (void)self, (void)n, (void)kw;
    int fd, flags, on = pyvm_truth(a[1]);
    if (!fd_arg(a[0], &fd) || on < 0)
        return RT_NOVALUE;
    if ((flags = fcntl(fd, F_GETFL)) < 0 ||
        fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
        return pyvm_raise_errno(errno, RT_NOVALUE);
    return rt_none;
}

static const pyvm_cfunc_def_t posix_process_functions[] = {
    {"waitpid", p_waitpid, 2, 2, 0, 0},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, 1, 1, 0, 0},
    {"fork", p_fork, 0, 0, 0, 0},
    {"register_at_fork", p_register_at_fork, 0, 0, 0, 1},
    {"execv", p_execv, 2, 2, 0, 0},
    {"execve", p_execv, 3, 3, 0, 0},
    {"get_inheritable", p_get_inheritable, 1, 1, 0, 0},
    {"set_inheritable", p_set_inheritable, 2, 2, 0, 0},
    {"get_blocking", p_get_blocking, 1, 1, 0, 0},
    {"set_blocking", p_set_blocking, 2, 2, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

void pyvm_mod_subprocess_posix_install(rt_map_t *posix)
{
    pyvm_cfunc_install_dict(posix, posix_process_functions);
}
