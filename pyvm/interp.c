/*
** interp.c: pyvm's dispatch loop (ARCHITECTURE.md section 4). One loop with computed goto over
** the handlers of handlers.inc, on the shared frame stack: a call to a Python function pushes a
** frame and keeps looping (stackless); C re-enters the loop only through pyvm_interp_call (a
** builtin calling back, __eq__ inside a dict lookup, a class body) and pyvm_interp_resume
** (generators), and the loop returns when the frame it was entered with returns or yields.
**
** The handlers are plain C written to the JIT's rules (JIT.md): every guard precedes the first
** side effect, and loops live in helpers (argument binding, unpacking, exception-table search).
** jit/jvocab_interp.h did not exist when this was written; they use the macros below, which are
** the seam where that vocabulary will go.
**
** Exceptions: an error in frame f records a traceback entry for f, then the exception table of f's
** code says where the instruction's exception goes; with no entry, f is popped and the caller's
** call instruction gets the exception in turn.
*/
#include <string.h>

#include "pyvm/code.h"

/* The exception being handled (PUSH_EXC_INFO / POP_EXCEPT); a GC root. */
static rt_value_t handled;
/* Set by YIELD_VALUE for pyvm_interp_resume. */
static bool yielded;

rt_value_t pyvm_interp_handled(void) { return handled; }

pyvm_func_t *pyvm_interp_current_func(void)
{
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev)
        if (f->lang == RT_LANG_PY)
            return (pyvm_func_t *)rt_ptr(f->slots[0]);
    return NULL;
}

/* ---- Argument binding ---- */

static bool bind_error(pyvm_func_t *fn, const char *fmt, const char *what)
{
    char msg[200];
    snprintf(msg, sizeof msg, fmt, what);
    rt_raise(RT_EXC_TYPE, "%s() %s", fn->qualname->data, msg);
    return false;
}

static int64_t param_index(pyvm_code_t *code, rt_str_t *name)
{
    uint32_t n = code->argcount + code->kwonly;
    for (uint32_t i = code->posonly; i < n; i++)
        if (rt_tuple_get(code->varnames, code->first_arg + i) == rt_from_ptr(name))
            return i;
    return -1;
}

static bool bind_kwargs(pyvm_func_t *fn, rt_value_t *params, rt_map_t *kwdict,
                        const rt_value_t *kwvals, rt_tuple_t *kwnames)
{
    pyvm_code_t *code = fn->code;
    for (int64_t k = 0; kwnames && k < rt_tuple_len(kwnames); k++) {
        rt_str_t *name = rt_ptr(rt_tuple_get(kwnames, k));
        int64_t i = param_index(code, name);
        if (i < 0) {
            if (!kwdict)
                return bind_error(fn, "got an unexpected keyword argument '%s'", name->data);
            if (!pyvm_dict_set(kwdict, rt_from_ptr(name), kwvals[k]))
                return false;
            continue;
        }
        if (params[i])
            return bind_error(fn, "got multiple values for argument '%s'", name->data);
        params[i] = kwvals[k];
    }
    return true;
}

static bool fill_defaults(pyvm_func_t *fn, rt_value_t *params)
{
    pyvm_code_t *code = fn->code;
    int64_t ndef = fn->defaults ? rt_tuple_len(fn->defaults) : 0;
    for (uint32_t i = 0; i < code->argcount; i++) {
        if (params[i])
            continue;
        int64_t d = (int64_t)i - ((int64_t)code->argcount - ndef);
        if (d < 0) {
            rt_str_t *name = rt_ptr(rt_tuple_get(code->varnames, code->first_arg + i));
            rt_raise(RT_EXC_TYPE, "%s() missing 1 required positional argument: '%s'",
                     fn->qualname->data, name->data);
            return false;
        }
        params[i] = rt_tuple_get(fn->defaults, d);
    }
    for (uint32_t i = code->argcount; i < code->argcount + code->kwonly; i++) {
        if (params[i])
            continue;
        rt_str_t *name = rt_ptr(rt_tuple_get(code->varnames, code->first_arg + i));
        rt_value_t d = fn->kwdefaults ? rt_map_get_str(fn->kwdefaults, name) : RT_NOVALUE;
        if (!d) {
            rt_raise(RT_EXC_TYPE, "%s() missing 1 required keyword-only argument: '%s'",
                     fn->qualname->data, name->data);
            return false;
        }
        params[i] = d;
    }
    return true;
}

/* Cells for cell variables (parameters copied in) and the closure's cells. */
static void setup_cells(pyvm_func_t *fn, rt_frame_t *f)
{
    pyvm_code_t *code = fn->code;
    const int32_t *cellargs = (const int32_t *)(const void *)code->cellargs->data;
    for (uint32_t i = 0; i < code->ncells; i++) {
        int32_t a = cellargs[i];
        pyvm_cell_t *c = pyvm_cell_new(a >= 0 ? f->slots[a] : RT_NOVALUE);
        f->slots[code->cell_base + i] = rt_from_ptr(c);
    }
    for (uint32_t i = 0; i < code->nfree; i++)
        f->slots[code->free_base + i] = rt_tuple_get(fn->closure, i);
}

bool pyvm_interp_bind(pyvm_func_t *fn, rt_frame_t *f, const rt_value_t *args, size_t nargs,
                      rt_tuple_t *kwnames)
{
    pyvm_code_t *code = fn->code;
    rt_value_t *params = f->slots + code->first_arg;
    size_t nkw = kwnames ? (size_t)rt_tuple_len(kwnames) : 0;
    f->slots[0] = rt_from_ptr(fn);
    if (nkw == 0 && nargs == code->argcount && !(code->pyflags & (PYVM_CO_VARARGS | PYVM_CO_VARKW)) &&
        code->kwonly == 0) {
        memcpy(params, args, nargs * sizeof *args);
        if (code->ncells || code->nfree)
            setup_cells(fn, f);
        return true;
    }
    size_t npos = nargs < code->argcount ? nargs : code->argcount;
    memcpy(params, args, npos * sizeof *args);
    uint32_t extra = code->argcount + code->kwonly;
    if (code->pyflags & PYVM_CO_VARARGS) {
        params[extra++] = pyvm_tuple_from(args + npos, (int64_t)(nargs - npos));
    } else if (nargs > code->argcount) {
        int64_t ndef = fn->defaults ? rt_tuple_len(fn->defaults) : 0;
        if (ndef)
            rt_raise(RT_EXC_TYPE, "%s() takes from %u to %u positional arguments but %zu were given",
                     fn->qualname->data, code->argcount - (uint32_t)ndef, code->argcount, nargs);
        else
            rt_raise(RT_EXC_TYPE, "%s() takes %u positional argument%s but %zu %s given",
                     fn->qualname->data, code->argcount, code->argcount == 1 ? "" : "s", nargs,
                     nargs == 1 ? "was" : "were");
        return false;
    }
    rt_map_t *kwdict = NULL;
    if (code->pyflags & PYVM_CO_VARKW) {
        kwdict = pyvm_dict_new();
        params[extra] = rt_from_ptr(kwdict);
    }
    if (!bind_kwargs(fn, params, kwdict, args + nargs, kwnames) || !fill_defaults(fn, params))
        return false;
    if (code->ncells || code->nfree)
        setup_cells(fn, f);
    return true;
}

/* ---- Helpers the handlers call (loops and slow paths) ---- */

/* The exception-table entry covering pc, or NULL. */
static const pyvm_exc_entry_t *find_handler(pyvm_code_t *code, uint32_t pc)
{
    const pyvm_exc_entry_t *t = pyvm_code_exctab(code);
    const pyvm_exc_entry_t *best = NULL;
    for (uint32_t i = 0; i < code->nexc; i++)
        if (t[i].start <= pc && pc < t[i].end)
            best = &t[i];
    return best;
}

/* Unpacks seq into sp[0, n) in reverse (first item on top). false with the error pending. */
static bool unpack(rt_value_t seq, uint32_t before, int after, bool star, rt_value_t *out)
{
    rt_vec_t *items = NULL;
    const rt_value_t *src;
    int64_t len;
    if (pyvm_is_tuple(seq)) {
        src = ((rt_tuple_t *)rt_ptr(seq))->items;
        len = rt_tuple_len(rt_ptr(seq));
    } else if (pyvm_is_list(seq)) {
        src = rt_vec_items(rt_ptr(seq));
        len = rt_vec_len(rt_ptr(seq));
    } else {
        items = pyvm_seq_to_vec(seq);
        if (!items)
            return false;
        src = rt_vec_items(items);
        len = rt_vec_len(items);
    }
    int64_t need = (int64_t)before + (after < 0 ? 0 : after);
    if (!star && len != need) {
        if (len > need)
            rt_raise(RT_EXC_VALUE, "too many values to unpack (expected %lld)", (long long)need);
        else
            rt_raise(RT_EXC_VALUE, "not enough values to unpack (expected %lld, got %lld)",
                     (long long)need, (long long)len);
        return false;
    }
    if (star && len < need) {
        rt_raise(RT_EXC_VALUE, "not enough values to unpack (expected at least %lld, got %lld)",
                 (long long)need, (long long)len);
        return false;
    }
    int64_t total = star ? need + 1 : need;
    int64_t k = total - 1;
    for (uint32_t i = 0; i < before; i++)
        out[k--] = src[i];
    if (star) {
        int64_t mid = len - need;
        rt_value_t l = pyvm_list_from(src + before, mid);
        /* src may have moved if it was a list we just copied from: re-read */
        out[k--] = l;
        for (int i = 0; i < after; i++)
            out[k--] = src[before + mid + i];
    }
    return true;
}

static rt_value_t make_function(pyvm_code_t *code, rt_value_t *extras, uint32_t flags,
                                pyvm_func_t *outer)
{
    pyvm_func_t *fn = rt_alloc(&pyvm_type_func, sizeof *fn);
    fn->code = code;
    fn->globals = outer->globals;
    fn->name = code->base.name;
    fn->qualname = code->base.qualname;
    int k = 0;
    if (flags & 1)
        fn->defaults = rt_ptr(extras[k++]);
    if (flags & 2)
        fn->kwdefaults = rt_ptr(extras[k++]);
    if (flags & 8)
        fn->closure = rt_ptr(extras[k++]);
    gc_write_barrier(fn);
    return rt_from_ptr(fn);
}

static rt_value_t load_name(rt_map_t *ns, pyvm_func_t *fn, rt_str_t *name, bool global)
{
    rt_value_t v = RT_NOVALUE;
    if (ns && (v = pyvm_dict_get_str(ns, name)))
        return v;
    if ((v = pyvm_dict_get_str(fn->globals, name)))
        return v;
    if ((v = pyvm_dict_get_str(pyvm_builtins, name)))
        return v;
    (void)global;
    return rt_raise(RT_EXC_NAME, "name '%s' is not defined", name->data);
}

static rt_value_t unbound_local(pyvm_code_t *code, uint32_t slot)
{
    rt_str_t *name = rt_ptr(rt_tuple_get(code->varnames, slot));
    return pyvm_raise_cls(pyvm_exc_UnboundLocalError,
                          "cannot access local variable '%s' where it is not associated with a value",
                          name->data);
}

static rt_value_t free_unbound(pyvm_code_t *code, uint32_t slot)
{
    rt_str_t *name = rt_ptr(rt_tuple_get(code->varnames, slot));
    return pyvm_raise_cls(pyvm_exc_NameError,
                          "cannot access free variable '%s' where it is not associated with a value"
                          " in enclosing scope",
                          name->data);
}

static rt_value_t do_raise(rt_value_t exc, rt_value_t cause, int kind)
{
    if (kind == 0) {
        if (!handled)
            return rt_raise(RT_EXC_RUNTIME, "No active exception to reraise");
        rt_value_t tb = pyvm_exc_get(handled, pyvm_name(traceback));
        return rt_exc_restore(handled, tb && tb != rt_none ? rt_ptr(tb) : NULL);
    }
    if (rt_is_ptr(exc) && rt_obj_type(rt_ptr(exc)) == &pyvm_type_class) {
        exc = pyvm_call0(exc);
        if (!exc)
            return RT_NOVALUE;
    }
    if (!pyvm_is_exc(exc))
        return rt_raise(RT_EXC_TYPE, "exceptions must derive from BaseException");
    if (kind == 2) {
        if (rt_is_ptr(cause) && rt_obj_type(rt_ptr(cause)) == &pyvm_type_class) {
            cause = pyvm_call0(cause);
            if (!cause)
                return RT_NOVALUE;
        }
        pyvm_exc_put(exc, pyvm_name(cause), cause);
        pyvm_exc_put(exc, pyvm_name(suppress_context), rt_true);
    }
    rt_value_t tb = pyvm_exc_get(exc, pyvm_name(traceback));
    return rt_exc_restore(exc, tb && tb != rt_none ? rt_ptr(tb) : NULL);
}

static rt_value_t with_enter(rt_value_t mgr, rt_value_t *exit_out)
{
    rt_value_t exit = pyvm_getattr(mgr, pyvm_name(exit));
    if (!exit)
        return RT_NOVALUE;
    rt_value_t enter = pyvm_getattr(mgr, pyvm_name(enter));
    if (!enter)
        return RT_NOVALUE;
    *exit_out = exit;
    return pyvm_call0(enter);
}

static rt_value_t with_except(rt_value_t exit, rt_value_t exc)
{
    rt_value_t args[3] = {rt_from_ptr(pyvm_type_of(exc)), exc,
                          pyvm_exc_get(exc, pyvm_name(traceback))};
    if (!args[2])
        args[2] = rt_none;
    return pyvm_call(exit, args, 3, NULL);
}

static rt_value_t import_from(rt_value_t mod, rt_str_t *name)
{
    rt_value_t v = pyvm_getattr_opt(mod, name);
    if (!v && !rt_exc_pending())
        return pyvm_raise_cls(pyvm_exc_ImportError, "cannot import name '%s'", name->data);
    return v;
}

static rt_value_t build_class(rt_value_t body, rt_value_t name, rt_value_t *bases, uint32_t n);

static rt_value_t format_value(rt_value_t v, uint32_t flags, rt_value_t spec)
{
    switch (flags & 3) {
    case 1:
        v = pyvm_str(v);
        break;
    case 2:
    case 3:
        v = pyvm_repr(v);
        break;
    }
    if (!v)
        return RT_NOVALUE;
    if (!spec && pyvm_is_str(v))
        return v;
    return pyvm_format(v, spec ? rt_ptr(spec) : rt_str_new("", 0));
}

/* The exception to chain as __context__ of a new one. */
static void set_context(rt_value_t exc)
{
    if (!handled || handled == exc || !pyvm_is_exc(exc))
        return;
    rt_value_t old = pyvm_exc_get(exc, pyvm_name(context));
    if (!old || old == rt_none)
        pyvm_exc_put(exc, pyvm_name(context), handled);
}

/* ---- The loop ---- */

static rt_value_t run(rt_thread_t *ts, rt_frame_t *f);

rt_value_t pyvm_interp_call(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames)
{
    rt_thread_t *ts = rt_ts;
    if (fn->code->pyflags & PYVM_CO_GENERATOR)
        return pyvm_interp_make_gen(fn, args, nargs, kwnames);
    rt_frame_t *f = rt_frame_push(ts, &fn->code->base);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY;
    if (!pyvm_interp_bind(fn, f, args, nargs, kwnames)) {
        rt_frame_pop(ts, f);
        return RT_NOVALUE;
    }
    return run(ts, f);
}

/* Runs a namespace body (class statement) with `ns` as its namespace. */
static rt_value_t run_namespace(pyvm_func_t *fn, rt_map_t *ns)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_push(ts, &fn->code->base);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY;
    f->slots[0] = rt_from_ptr(fn);
    f->slots[1] = rt_from_ptr(ns);
    setup_cells(fn, f);
    return run(ts, f);
}

rt_value_t pyvm_interp_run_module(pyvm_func_t *fn, rt_map_t *globals);
rt_value_t pyvm_interp_run_module(pyvm_func_t *fn, rt_map_t *globals)
{
    return run_namespace(fn, globals);
}

rt_value_t pyvm_interp_make_gen(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                                rt_tuple_t *kwnames)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_push(ts, &fn->code->base);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    if (!pyvm_interp_bind(fn, f, args, nargs, kwnames)) {
        rt_frame_pop(ts, f);
        return RT_NOVALUE;
    }
    pyvm_gen_t *g = rt_alloc(&pyvm_type_gen, sizeof *g);
    g->name = fn->name;
    g->qualname = fn->qualname;
    rt_frameobj_t *fo = rt_frame_suspend(ts, f);
    RT_STORE(g, frame, fo);
    return rt_from_ptr(g);
}

rt_value_t pyvm_interp_resume(pyvm_gen_t *g, rt_value_t sent, bool *did_yield)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_resume(ts, g->frame);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY;
    if (g->started)
        f->slots[f->code->nlocals + f->depth++] = sent;
    g->started = true;
    yielded = false;
    rt_value_t r = run(ts, f);
    *did_yield = yielded;
    yielded = false;
    return r;
}

static rt_value_t build_class(rt_value_t body, rt_value_t name, rt_value_t *bases, uint32_t n)
{
    rt_tuple_t *bt = rt_tuple_from(bases, n);
    rt_map_t *ns = pyvm_dict_new();
    rt_value_t cell = run_namespace(rt_ptr(body), ns);
    if (!cell)
        return RT_NOVALUE;
    pyvm_class_t *cls = pyvm_type_new(rt_ptr(name), bt, ns);
    if (!cls)
        return RT_NOVALUE;
    if (rt_is_ptr(cell) && rt_obj_type(rt_ptr(cell)) == &pyvm_type_cell)
        RT_STORE((pyvm_cell_t *)rt_ptr(cell), value, rt_from_ptr(cls));
    return rt_from_ptr(cls);
}

/* Handler-writing vocabulary (see the file comment). */
#define ARG        pyvm_op_arg(ip, 0)
#define ARG2       pyvm_op_arg(ip, 1)
#define PUSH(v)    (*sp++ = (v))
#define POP()      (*--sp)
#define TOP()      (sp[-1])
#define PEEK(n)    (sp[-(n)])
#define SYNC()     (f->depth = (uint32_t)(sp - stack))
#define NEXT(op)   do { ip += pyvm_op_len(PYVM_OP_##op); goto dispatch; } while (0)
#define CHECK(v)   do { if (__builtin_expect((v) == RT_NOVALUE, 0)) goto error; } while (0)
#define CONST(i)   (code->base.consts->items[i])
#define NAME(i)    ((rt_str_t *)rt_ptr(code->base.names->items[i]))
#define FUNC()     ((pyvm_func_t *)rt_ptr(f->slots[0]))

static rt_value_t run(rt_thread_t *ts, rt_frame_t *f)
{
    static const void *const labels[PYVM_NOPS] = {
#define OP(name, fmt, pops, pushes, flags, doc) [PYVM_OP_##name] = &&op_##name,
#include "pyvm/ops.def"
#undef OP
    };
    pyvm_code_t *code;
    const uint8_t *bc, *ip;
    rt_value_t *locals, *stack, *sp;
    rt_value_t res;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = (pyvm_code_t *)f->code;                                                             \
        bc = code->base.bytecode;                                                                  \
        locals = f->slots;                                                                         \
        stack = locals + code->base.nlocals;                                                       \
        sp = stack + f->depth;                                                                     \
        ip = bc + f->pc;                                                                           \
    } while (0)

    LOAD_FRAME();
dispatch:
    f->pc = (uint32_t)(ip - bc);
    goto *labels[*ip];

#include "pyvm/handlers.inc"

error:
    /* An exception is pending, raised at f->pc: record this frame, then unwind. */
    SYNC();
    set_context(ts->exc);
    rt_tb_here(f, true);
unwind: {
    const pyvm_exc_entry_t *h = find_handler(code, f->pc);
    if (h) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        if (pyvm_is_exc(exc))
            pyvm_exc_put(exc, pyvm_name(traceback), tb ? rt_from_ptr(tb) : rt_none);
        sp = stack + h->depth;
        PUSH(exc);
        ip = bc + h->target;
        goto dispatch;
    }
    bool entry = (f->flags & RT_FRAME_ENTRY) != 0;
    rt_frame_pop(ts, f);
    if (entry)
        return RT_NOVALUE;
    f = ts->frame;
    LOAD_FRAME();
    set_context(ts->exc);
    rt_tb_here(f, true);
    goto unwind;
}
}
