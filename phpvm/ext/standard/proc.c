/*
** proc.c: ext/standard's proc_open family: proc_open with PHP's descriptor specs (["pipe",
** mode], ["file", path, mode], ["redirect", n], ["null"], a stream resource), an argv array
** (run without a shell) or a shell command, a working directory and an environment;
** proc_close, proc_get_status and proc_terminate. A process is a "process" resource whose
** heap value is the array of the parent's pipe streams, so proc_close closes them before it
** waits, as PHP does (a child reading its stdin would otherwise never end).
*/
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

typedef struct proc {
    pid_t pid;
} proc_t;

/* The light finalizer of an unclosed process: reap it if it is done, never wait. */
static void proc_free(void *p)
{
    proc_t *pr = p;
    if (pr->pid > 0)
        waitpid(pr->pid, NULL, WNOHANG);
    free(pr);
}

/* One descriptor of the spec: the child's end (dup2'd to index) and, for a pipe, the
** parent's end and whether the parent writes it. */
typedef struct desc {
    int index;
    int child, parent;
    bool parent_writes;
} desc_t;

/* ---- descriptor specs ---- */

/* item[i] as a string; NULL with "Missing <what>" ValueError (or a conversion's error). */
static rt_str_t *spec_str(phpvm_array_t *item, int64_t i, const char *what)
{
    rt_value_t v = phpvm_array_get(item, rt_small(i));
    if (v == RT_NOVALUE) {
        phpvm_throw("ValueError", "Missing %s", what);
        return NULL;
    }
    return phpvm_to_str(phpvm_deref(v));
}

static bool open_pipe(desc_t *d, rt_str_t *mode)
{
    int fds[2];
    if (pipe(fds) != 0) {
        phpvm_error(PHPVM_E_WARNING, "proc_open(): Unable to create pipe %s", strerror(errno));
        return false;
    }
    d->parent_writes = mode->data[0] != 'w';
    d->child = d->parent_writes ? fds[0] : fds[1];
    d->parent = d->parent_writes ? fds[1] : fds[0];
    fcntl(d->parent, F_SETFD, FD_CLOEXEC);
    return true;
}

static bool open_file(desc_t *d, rt_str_t *path, rt_str_t *mode)
{
    FILE *fp = fopen(path->data, mode->data);
    if (!fp) {
        phpvm_error(PHPVM_E_WARNING, "proc_open(%s): Failed to open stream: %s", path->data,
                    strerror(errno));
        return false;
    }
    d->child = dup(fileno(fp));
    fclose(fp);
    return true;
}

/* A redirect to target: the child end of an earlier descriptor, else the parent's 0-2. */
static bool open_redirect(desc_t *d, rt_value_t target, const desc_t *descs, int n)
{
    if (target == RT_NOVALUE) {
        phpvm_throw("ValueError", "Missing redirection target");
        return false;
    }
    target = phpvm_deref(target);
    if (!rt_is_int(target)) {
        phpvm_throw("ValueError", "Redirection target must be of type int, %s given",
                    phpvm_type_name(target));
        return false;
    }
    int64_t t = rt_int_i64(target);
    int fd = -1;
    for (int i = 0; i < n; i++)
        if (descs[i].index == t)
            fd = descs[i].child;
    if (fd < 0 && (t < 0 || t > 2)) {
        phpvm_error(PHPVM_E_WARNING, "proc_open(): Redirection target %d not found", (int)t);
        return false;
    }
    d->child = dup(fd < 0 ? (int)t : fd);
    return true;
}

/* One array spec into descs[n]; false with the warning or exception PHP gives. */
static bool open_spec(phpvm_array_t *item, desc_t *descs, int n)
{
    desc_t *d = &descs[n];
    rt_str_t *type = spec_str(item, 0, "handle qualifier"), *a, *b;
    if (!type)
        return false;
    if (strcmp(type->data, "pipe") == 0)
        return (a = spec_str(item, 1, "mode parameter for 'pipe'")) && open_pipe(d, a);
    if (strcmp(type->data, "file") == 0)
        return (a = spec_str(item, 1, "file name parameter for 'file'")) &&
               (b = spec_str(item, 2, "mode parameter for 'file'")) && open_file(d, a, b);
    if (strcmp(type->data, "redirect") == 0)
        return open_redirect(d, phpvm_array_get(item, rt_small(1)), descs, n);
    if (strcmp(type->data, "null") == 0) {
        d->child = open("/dev/null", O_RDWR);
        if (d->child < 0)
            phpvm_error(PHPVM_E_WARNING, "proc_open(): Failed to open /dev/null: %s",
                        strerror(errno));
        return d->child >= 0;
    }
    phpvm_error(PHPVM_E_WARNING, "proc_open(): %s is not a valid descriptor spec/mode",
                type->data);
    return false;
}

/* Every descriptor of the spec into descs (*n set as they open, for the cleanup). */
static bool open_specs(phpvm_array_t *spec, desc_t *descs, int *n)
{
    for (int64_t p = phpvm_array_first(spec); p >= 0; p = phpvm_array_next(spec, p)) {
        rt_value_t key = phpvm_array_key_at(spec, p), v = phpvm_array_val_at(spec, p);
        if (!rt_is_int(key)) {
            phpvm_throw("ValueError", "proc_open(): Argument #2 ($descriptor_spec) must be an "
                                      "integer indexed array");
            return false;
        }
        desc_t *d = &descs[*n];
        *d = (desc_t){(int)rt_int_i64(key), -1, -1, false};
        if (phpvm_is_resource(v)) {
            bool ok;
            FILE *fp = phpvm_std_stream_file(&v, 0, &ok);
            if (!ok)
                return false;
            d->child = fp ? dup(fileno(fp)) : dup(1);
        } else if (phpvm_is_array(v)) {
            if (!open_spec(phpvm_arr(v), descs, *n))
                return false;
        } else {
            phpvm_throw("ValueError", "proc_open(): Argument #2 ($descriptor_spec) must only "
                                      "contain arrays and streams");
            return false;
        }
        (*n)++;
    }
    return true;
}

static void close_descs(desc_t *descs, int n, bool parent_too)
{
    for (int i = 0; i < n; i++) {
        if (descs[i].child >= 0)
            close(descs[i].child);
        if (parent_too && descs[i].parent >= 0)
            close(descs[i].parent);
    }
}

/* ---- the command, the environment ---- */

/* argv of a command array (NULL-terminated, strings owned by the heap); NULL with the
** exception pending. */
static char **command_argv(phpvm_array_t *cmd, rt_str_t **first)
{
    int64_t n = rt_map_count(cmd);
    char **argv = calloc((size_t)n + 1, sizeof *argv);
    int i = 0;
    for (int64_t p = phpvm_array_first(cmd); p >= 0; p = phpvm_array_next(cmd, p), i++) {
        rt_str_t *s = phpvm_to_str(phpvm_array_val_at(cmd, p));
        if (!s)
            goto fail;
        if (strlen(s->data) != (size_t)s->len) {
            phpvm_throw("ValueError", "Command array element %d contains a null byte", i + 1);
            goto fail;
        }
        if (i == 0)
            *first = s;
        argv[i] = s->data;
    }
    return argv;
fail:
    free(argv);
    return NULL;
}

/* "key=value" strings of an environment array (numeric keys: the value alone). */
static char **env_list(phpvm_array_t *env, phpvm_array_t *keep)
{
    char **envp = calloc((size_t)rt_map_count(env) + 1, sizeof *envp);
    int i = 0;
    for (int64_t p = phpvm_array_first(env); p >= 0; p = phpvm_array_next(env, p)) {
        rt_value_t k = phpvm_array_key_at(env, p);
        rt_str_t *v = phpvm_to_str(phpvm_array_val_at(env, p));
        if (!v)
            continue;
        rt_strbuf_t b;
        rt_strbuf_init(&b, 64);
        if (!rt_is_int(k)) {
            rt_strbuf_append_str(&b, phpvm_str(k));
            rt_strbuf_append_char(&b, '=');
        }
        rt_strbuf_append_str(&b, v);
        rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
        phpvm_array_append(keep, rt_from_ptr(s)); /* keeps the bytes alive until the fork */
        envp[i++] = s->data;
    }
    return envp;
}

/* The child: descriptors in place, then exec; never returns. */
static void child_exec(desc_t *descs, int n, const char *cwd, char **argv, const char *cmd,
                       char **envp)
{
    for (int i = 0; i < n; i++) {
        if (descs[i].parent >= 0)
            close(descs[i].parent);
        if (dup2(descs[i].child, descs[i].index) < 0)
            _exit(127);
        if (descs[i].child != descs[i].index)
            close(descs[i].child);
    }
    if (cwd && chdir(cwd) != 0)
        (void)0; /* PHP ignores a failed chdir too */
    if (envp)
        environ = envp;
    if (argv)
        execvp(argv[0], argv);
    else
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
    phpvm_error(PHPVM_E_WARNING, "proc_open(): Exec failed: %s", strerror(errno));
    fflush(stdout);
    _exit(127);
}

/* The parent's ends as streams in *pipes (index => stream), kept by the process too. */
static phpvm_array_t *parent_streams(desc_t *descs, int n)
{
    phpvm_array_t *pipes = phpvm_array_new(n);
    for (int i = 0; i < n; i++) {
        if (descs[i].parent < 0)
            continue;
        FILE *fp = fdopen(descs[i].parent, descs[i].parent_writes ? "w" : "r");
        descs[i].parent = -1;
        phpvm_array_set(pipes, rt_small(descs[i].index),
                        phpvm_std_stream_new(fp, false, !descs[i].parent_writes,
                                             descs[i].parent_writes, false));
    }
    return pipes;
}

typedef struct open_args {
    char **argv, **envp;
    rt_str_t *cmd;
    const char *cwd;
    phpvm_array_t *keep;
} open_args_t;

/* The command (args[0]), cwd (args[3]) and environment (args[5]) arguments. */
static bool command_args(rt_value_t *args, int argc, open_args_t *o)
{
    rt_value_t cmd = phpvm_deref(args[0]);
    o->keep = phpvm_array_new(0);
    if (phpvm_is_array(cmd)) {
        if (rt_map_count(phpvm_arr(cmd)) == 0) {
            phpvm_throw("ValueError", "proc_open(): Argument #1 ($command) must have at least "
                                      "one element");
            return false;
        }
        if (!(o->argv = command_argv(phpvm_arr(cmd), &o->cmd)))
            return false;
    } else if (!(o->cmd = phpvm_arg_str(args, argc, 0))) {
        return false;
    }
    if (phpvm_arg_given(argc, args, 3) && phpvm_deref(args[3]) != rt_none) {
        rt_str_t *cwd = phpvm_arg_str(args, argc, 3);
        if (!cwd)
            return false;
        o->cwd = cwd->data;
    }
    if (phpvm_arg_given(argc, args, 4) && phpvm_deref(args[4]) != rt_none) {
        phpvm_array_t *env = phpvm_arg_array(args, argc, 4);
        if (!env)
            return false;
        o->envp = env_list(env, o->keep);
    }
    return true;
}

static rt_value_t fn_proc_open(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t result = RT_NOVALUE;
    open_args_t o = {0};
    desc_t *descs = NULL;
    int n = 0;
    phpvm_array_t *spec = phpvm_arg_array(args, argc, 1);
    if (!spec || !command_args(args, argc, &o))
        goto done;
    descs = calloc((size_t)rt_map_count(spec) + 1, sizeof *descs);
    if (!open_specs(spec, descs, &n)) {
        result = rt_exc_pending() ? RT_NOVALUE : rt_false;
        goto done;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0)
        child_exec(descs, n, o.cwd, o.argv, o.cmd->data, o.envp);
    if (pid < 0) {
        phpvm_error(PHPVM_E_WARNING, "proc_open(): Fork failed: %s", strerror(errno));
        result = rt_false;
        goto done;
    }
    close_descs(descs, n, false);
    for (int i = 0; i < n; i++)
        descs[i].child = -1;
    /* the pipes first: PHP numbers them before the process */
    phpvm_array_t *pipes = parent_streams(descs, n), *kept = phpvm_array_dup(pipes);
    proc_t *pr = malloc(sizeof *pr);
    pr->pid = pid;
    phpvm_resource_t *res = phpvm_resource_new("process", pr, proc_free);
    phpvm_array_set(kept, phpvm_cstr("command"), rt_from_ptr(o.cmd)); /* proc_get_status's */
    RT_STORE(res, value, rt_from_ptr(kept));
    phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[2]), rt_from_ptr(pipes));
    result = rt_from_ptr(res);
done:
    if (descs)
        close_descs(descs, n, true);
    free(descs);
    free(o.argv);
    free(o.envp);
    return result;
}

/* ---- proc_close, proc_get_status, proc_terminate ---- */

/* The process argument; NULL with PHP's TypeError pending. */
static phpvm_resource_t *proc_arg(rt_value_t *args)
{
    rt_value_t v = phpvm_deref(args[0]);
    if (!phpvm_is_resource(v)) {
        phpvm_throw("TypeError", "%s(): Argument #1 ($process) must be of type resource, %s "
                                 "given", phpvm_cur_builtin, phpvm_type_name(v));
        return NULL;
    }
    phpvm_resource_t *r = (phpvm_resource_t *)rt_ptr(v);
    if (!r->data || strcmp(r->type, "process") != 0) {
        phpvm_throw("TypeError", "%s(): supplied resource is not a valid process resource",
                    phpvm_cur_builtin);
        return NULL;
    }
    return r;
}

static rt_value_t fn_proc_close(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_resource_t *r = proc_arg(args);
    if (!r)
        return RT_NOVALUE;
    phpvm_array_t *pipes = phpvm_arr(r->value);
    for (int64_t p = phpvm_array_first(pipes); p >= 0; p = phpvm_array_next(pipes, p)) {
        rt_value_t s = phpvm_array_val_at(pipes, p);
        if (phpvm_is_resource(s))
            phpvm_resource_close((phpvm_resource_t *)rt_ptr(s));
    }
    pid_t pid = ((proc_t *)r->data)->pid;
    int st;
    pid_t w;
    while ((w = waitpid(pid, &st, 0)) < 0 && errno == EINTR)
        ;
    ((proc_t *)r->data)->pid = -1; /* reaped: the finalizer has nothing to wait for */
    phpvm_resource_close(r);
    if (w <= 0)
        return rt_small(-1);
    return phpvm_int(WIFEXITED(st) ? WEXITSTATUS(st) : st);
}

/* As PHP 8.2: each call polls; the exit is reported once, later calls see no child. */
static rt_value_t fn_proc_get_status(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED, (void)argc;
    phpvm_resource_t *r = proc_arg(args);
    if (!r)
        return RT_NOVALUE;
    pid_t pid = ((proc_t *)r->data)->pid;
    bool running = true, signaled = false, stopped = false;
    int64_t exitcode = -1, termsig = 0, stopsig = 0;
    int st;
    pid_t w = waitpid(pid, &st, WNOHANG | WUNTRACED);
    if (w == pid) {
        if (WIFEXITED(st))
            running = false, exitcode = WEXITSTATUS(st);
        if (WIFSIGNALED(st))
            running = false, signaled = true, termsig = WTERMSIG(st);
        if (WIFSTOPPED(st))
            stopped = true, stopsig = WSTOPSIG(st);
    } else if (w < 0) {
        running = false;
    }
    phpvm_array_t *a = phpvm_array_new(8);
    phpvm_array_set(a, phpvm_cstr("command"),
                    phpvm_array_get(phpvm_arr(r->value), phpvm_cstr("command")));
    phpvm_array_set(a, phpvm_cstr("pid"), phpvm_int(pid));
    phpvm_array_set(a, phpvm_cstr("running"), running ? rt_true : rt_false);
    phpvm_array_set(a, phpvm_cstr("signaled"), signaled ? rt_true : rt_false);
    phpvm_array_set(a, phpvm_cstr("stopped"), stopped ? rt_true : rt_false);
    phpvm_array_set(a, phpvm_cstr("exitcode"), phpvm_int(exitcode));
    phpvm_array_set(a, phpvm_cstr("termsig"), phpvm_int(termsig));
    phpvm_array_set(a, phpvm_cstr("stopsig"), phpvm_int(stopsig));
    return rt_from_ptr(a);
}

static rt_value_t fn_proc_terminate(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    phpvm_resource_t *r = proc_arg(args);
    int64_t sig = SIGTERM;
    if (!r || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &sig)))
        return RT_NOVALUE;
    return kill(((proc_t *)r->data)->pid, (int)sig) == 0 ? rt_true : rt_false;
}

static const phpvm_builtin_t functions[] = {
    {"proc_open", fn_proc_open, 3, 6, "command,descriptor_spec,pipes,cwd,env_vars,options",
     1u << 2},
    {"proc_close", fn_proc_close, 1, 1, "process", 0},
    {"proc_get_status", fn_proc_get_status, 1, 1, "process", 0},
    {"proc_terminate", fn_proc_terminate, 1, 2, "process,signal", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_proc = {"standard", functions, NULL, NULL, NULL, NULL};
