/*
** interp.c: pyvm's dispatch loop (ARCHITECTURE.md section 4). One loop with computed goto over
** the handlers of handlers.inc, on the shared frame stack: a call to a Python function pushes a
** frame and keeps looping (stackless); C re-enters the loop only through pyvm_interp_call (a
** builtin calling back, __eq__ inside a dict lookup, a class body) and pyvm_interp_resume
** (generators), and the loop returns when the frame it was entered with returns or yields.
**
** The handlers of the hot opcodes (PYVM_JIT_OPS, interp.h) are written in the JIT vocabulary in
** jhandlers.inc and compiled here after jit/jvocab_interp.h: a short glue per opcode moves the
** loop's state into a jit_hctx_t, calls h_NAME and moves it back; the same file compiled by
** record.c is the trace recorder. The other handlers (handlers.inc) are plain C written to the
** JIT's rules (JIT.md): every guard precedes the first side effect, and loops live in helpers.
** Back-edge counters call the JIT (jit_backedge_hot): a hot loop runs its trace, or starts
** recording, which runs record.c's loop until the recording ends; a trace's exit resumes here
** through the resume hook with the frames it rebuilt.
**
** Exceptions: an error in frame f records a traceback entry for f, then the exception table of f's
** code says where the instruction's exception goes; with no entry, f is popped and the caller's
** call instruction gets the exception in turn.
*/
#include <string.h>

#include "pyvm/interp.h"

/* The exception being handled (PUSH_EXC_INFO / POP_EXCEPT); a GC root. While a generator runs,
** `handled` is its own and `outer_handled` what its callers handle, which sys.exc_info(), a
** bare raise and implicit chaining fall back to (CPython's chain of exception states).
** Per thread, as CPython's thread states: each thread registers its own two roots. */
static __thread rt_value_t handled, outer_handled;

static rt_value_t current_handled(void) { return handled ? handled : outer_handled; }
/* Set by YIELD_VALUE for pyvm_interp_resume. */
static __thread bool yielded;

rt_code_t *(*pyvm_foreign_code_hook)(rt_value_t f, uint32_t nargs, rt_value_t *pre, uint32_t *npre);

rt_value_t pyvm_interp_handled(void) { return current_handled(); }

/* What the C callers of pyvm_interp_call_held hold, innermost last (a list, made on first use). */
static __thread rt_value_t held_values;

/* Deoptimization lands here: the frame and its pc and depth are what a trace exit rebuilt. */
static void resume(jit_hctx_t *H, rt_frame_t *f)
{
    H->f = f;
    H->pc = f->pc;
    H->sp = f->code->nlocals + f->depth;
}

static rt_value_t run(rt_thread_t *ts, rt_frame_t *f);

static uint32_t after_call(const rt_frame_t *f) { return J_VM_AFTER_CALL(f); }

/* jit_lang_t.run: the innermost frame runs until `entry` (flagged) returns. */
static rt_value_t run_to(rt_frame_t *entry)
{
    (void)entry;
    return run(rt_ts, rt_ts->frame);
}

void pyvm_interp_thread_start(void)
{
    gc_root_add(&handled, 1);
    gc_root_add(&outer_handled, 1);
    gc_root_add(&held_values, 1);
}

void pyvm_interp_thread_end(void)
{
    gc_root_remove(&handled);
    gc_root_remove(&outer_handled);
    gc_root_remove(&held_values);
}

void pyvm_interp_init(void)
{
    pyvm_interp_thread_start();
    jit_set_resume_hook(RT_LANG_PY, resume);
    jit_set_lang(RT_LANG_PY, &(jit_lang_t){pyvm_record_step, after_call, run_to});
}

pyvm_func_t *pyvm_interp_current_func(void)
{
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev)
        if (f->lang == RT_LANG_PY)
            return (pyvm_func_t *)rt_ptr(f->slots[0]);
    return NULL;
}

rt_value_t pyvm_interp_frame_locals(const rt_value_t *slots, const pyvm_code_t *code)
{
    if (code->pyflags & PYVM_CO_NAMESPACE)
        return slots[1];
    rt_map_t *d = pyvm_dict_new();
    for (int64_t i = 0; i < rt_tuple_len(code->varnames); i++) {
        rt_str_t *name = rt_ptr(rt_tuple_get(code->varnames, i));
        rt_value_t v = slots[i];
        if (name->len == 0 || !v)
            continue;
        bool cell = ((uint32_t)i >= code->cell_base && (uint32_t)i < code->cell_base + code->ncells) ||
                    ((uint32_t)i >= code->free_base && (uint32_t)i < code->free_base + code->nfree);
        if (cell && !(v = ((pyvm_cell_t *)rt_ptr(v))->value))
            continue;
        if (!pyvm_dict_set(d, rt_from_ptr(name), v))
            return RT_NOVALUE;
    }
    return rt_from_ptr(d);
}

rt_value_t pyvm_interp_current_locals(void)
{
    for (rt_frame_t *f = rt_ts->frame; f; f = f->prev)
        if (f->lang == RT_LANG_PY)
            return pyvm_interp_frame_locals(f->slots, (const pyvm_code_t *)f->code);
    return rt_from_ptr(pyvm_dict_new());
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

/* The error for keywords naming positional-only parameters (without **kwargs): all of them. */
static bool posonly_error(pyvm_func_t *fn, rt_tuple_t *kwnames)
{
    pyvm_code_t *code = fn->code;
    char names[160] = "";
    for (int64_t k = 0; k < rt_tuple_len(kwnames); k++)
        for (uint32_t i = 0; i < code->posonly; i++)
            if (rt_tuple_get(code->varnames, code->first_arg + i) == rt_tuple_get(kwnames, k)) {
                size_t len = strlen(names);
                snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "",
                         pyvm_str_of(rt_tuple_get(kwnames, k))->data);
            }
    return bind_error(fn, "got some positional-only arguments passed as keyword arguments: '%s'",
                      names);
}

static bool is_posonly(pyvm_code_t *code, rt_str_t *name)
{
    for (uint32_t i = 0; i < code->posonly; i++)
        if (rt_tuple_get(code->varnames, code->first_arg + i) == rt_from_ptr(name))
            return true;
    return false;
}

static bool bind_kwargs(pyvm_func_t *fn, rt_value_t *params, rt_map_t *kwdict,
                        const rt_value_t *kwvals, rt_tuple_t *kwnames)
{
    pyvm_code_t *code = fn->code;
    for (int64_t k = 0; kwnames && k < rt_tuple_len(kwnames); k++) {
        rt_str_t *name = rt_ptr(rt_tuple_get(kwnames, k));
        int64_t i = param_index(code, name);
        if (i < 0) {
            if (!kwdict && is_posonly(code, name))
                return posonly_error(fn, kwnames);
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

/* CPython's TypeError for too many positional arguments, which also counts the keyword-only
** arguments that were given. */
static void too_many_positional(pyvm_func_t *fn, size_t nargs, rt_tuple_t *kwnames)
{
    pyvm_code_t *code = fn->code;
    int64_t ndef = fn->defaults ? rt_tuple_len(fn->defaults) : 0;
    size_t kwonly = 0;
    for (int64_t k = 0; kwnames && k < rt_tuple_len(kwnames); k++) {
        int64_t i = param_index(code, rt_ptr(rt_tuple_get(kwnames, k)));
        kwonly += i >= (int64_t)code->argcount && i < (int64_t)(code->argcount + code->kwonly);
    }
    char takes[64], extra[96] = "";
    if (ndef)
        snprintf(takes, sizeof takes, "from %u to %u", code->argcount - (uint32_t)ndef,
                 code->argcount);
    else
        snprintf(takes, sizeof takes, "%u", code->argcount);
    if (kwonly)
        snprintf(extra, sizeof extra, " positional argument%s (and %zu keyword-only argument%s)",
                 nargs == 1 ? "" : "s", kwonly, kwonly == 1 ? "" : "s");
    rt_raise(RT_EXC_TYPE, "%s() takes %s positional argument%s but %zu%s %s given",
             fn->qualname->data, takes, ndef == 0 && code->argcount == 1 ? "" : "s", nargs, extra,
             nargs == 1 && !kwonly ? "was" : "were");
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
        if (nargs)
            memcpy(params, args, nargs * sizeof *args);
        if (code->ncells || code->nfree)
            setup_cells(fn, f);
        return true;
    }
    size_t npos = nargs < code->argcount ? nargs : code->argcount;
    if (npos)
        memcpy(params, args, npos * sizeof *args);
    uint32_t extra = code->argcount + code->kwonly;
    if (code->pyflags & PYVM_CO_VARARGS) {
        params[extra++] = pyvm_tuple_from(args + npos, (int64_t)(nargs - npos));
    } else if (nargs > code->argcount) {
        too_many_positional(fn, nargs, kwnames);
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
/* With the TypeError of iterating v pending: when v is not iterable at all, CPython's message for
** the context instead (fmt has one %s, the type name). */
static void not_iterable_error(rt_value_t v, const char *fmt)
{
    const rt_pyslots_t *s = pyvm_slots(v);
    pyvm_class_t *c = pyvm_type_of(v);
    bool iterable = rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance
                        ? pyvm_type_lookup(c, pyvm_name(iter)) ||
                              pyvm_type_lookup(c, pyvm_name(getitem))
                        : s && (s->iter || s->getitem);
    if (iterable || !pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError))
        return;
    rt_exc_clear();
    rt_raise(RT_EXC_TYPE, fmt, c->name->data);
}

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
        if (!items) {
            not_iterable_error(seq, "cannot unpack non-iterable %s object");
            return false;
        }
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
        out[k--] = pyvm_list_from(src + before, mid); /* the heap never moves: src stays valid */
        for (int i = 0; i < after; i++)
            out[k--] = src[before + mid + i];
    }
    return true;
}

static rt_value_t build_set(const rt_value_t *items, uint32_t n)
{
    rt_map_t *s = pyvm_set_new(&pyvm_type_set);
    for (uint32_t i = 0; i < n; i++)
        if (!pyvm_set_add(s, items[i]))
            return RT_NOVALUE;
    return rt_from_ptr(s);
}

static rt_value_t build_map(const rt_value_t *kv, uint32_t n)
{
    rt_map_t *d = pyvm_dict_new();
    for (uint32_t i = 0; i < n; i++)
        if (!pyvm_dict_set(d, kv[2 * i], kv[2 * i + 1]))
            return RT_NOVALUE;
    return rt_from_ptr(d);
}

static rt_value_t build_string(const rt_value_t *parts, uint32_t n)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    for (uint32_t i = 0; i < n; i++)
        rt_strbuf_append_str(&b, rt_ptr(parts[i]));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* ---- Pattern matching (match statements) ---- */

/* Whether s is a sequence (its class marked PYVM_CLASS_SEQUENCE: never str, bytes or
** bytearray) of the length the pattern needs; false with an error pending if len() fails. */
static bool match_sequence(rt_value_t s, uint32_t a)
{
    int64_t len;
    if (pyvm_is_list(s))
        len = rt_vec_len(rt_ptr(s));
    else if (pyvm_is_tuple(s))
        len = rt_tuple_len(rt_ptr(s));
    else if (pyvm_type_of(s)->flags & PYVM_CLASS_SEQUENCE)
        len = pyvm_len(s);
    else
        return false;
    if (len < 0)
        return false;
    uint32_t n = a & ~PYVM_MATCH_STAR;
    return (a & PYVM_MATCH_STAR) ? len >= (int64_t)n : len == (int64_t)n;
}

/* The values of keys in the mapping s as a tuple, or None when one is missing: a dict is read
** directly, any other mapping through its get() with a private default, as CPython does. */
static rt_value_t match_keys(rt_value_t s, rt_tuple_t *keys)
{
    rt_value_t get = RT_NOVALUE, missing = RT_NOVALUE;
    if (!pyvm_is_dict(s)) {
        get = pyvm_getattr(s, rt_str_intern_cstr("get"));
        missing = get ? pyvm_call0(rt_from_ptr(pyvm_cls_object)) : RT_NOVALUE;
        if (!missing)
            return RT_NOVALUE;
    }
    rt_tuple_t *out = rt_tuple_new(rt_tuple_len(keys));
    for (int64_t i = 0; i < rt_tuple_len(keys); i++) {
        rt_value_t v = get ? pyvm_call2(get, keys->items[i], missing)
                           : pyvm_dict_get(rt_ptr(s), keys->items[i]);
        if (!v)
            return rt_exc_pending() ? RT_NOVALUE : rt_none;
        if (v == missing)
            return rt_none;
        rt_tuple_init_item(out, i, v);
    }
    return rt_from_ptr(out);
}

/* The attributes a class pattern names, or None when s is not an instance of cls or lacks one. */
static rt_value_t match_class(rt_value_t s, rt_value_t cls, rt_tuple_t *kwnames, uint32_t npos)
{
    if (!rt_is_ptr(cls) || rt_obj_type(rt_ptr(cls)) != &pyvm_type_class)
        return rt_raise(RT_EXC_TYPE, "called match pattern must be a class");
    pyvm_class_t *c = rt_ptr(cls);
    if (!pyvm_isinstance(s, c))
        return rt_none;
    int64_t nkw = rt_tuple_len(kwnames);
    rt_tuple_t *out = rt_tuple_new((int64_t)npos + nkw);
    rt_value_t margs = RT_NOVALUE;
    if (npos && c->builtin && c != pyvm_cls_object) {
        if (npos > 1)
            return rt_raise(RT_EXC_TYPE, "%s() accepts 1 positional sub-pattern (%u given)",
                            c->name->data, npos);
        rt_tuple_init_item(out, 0, s);
    } else if (npos) {
        margs = pyvm_getattr_opt(cls, pyvm_name(match_args));
        if (!margs || !pyvm_is_tuple(margs))
            return rt_exc_pending() ? RT_NOVALUE
                                    : rt_raise(RT_EXC_TYPE, "%s() accepts 0 positional "
                                               "sub-patterns (%u given)", c->name->data, npos);
        if ((uint32_t)rt_tuple_len(rt_ptr(margs)) < npos)
            return rt_raise(RT_EXC_TYPE, "%s() accepts %lld positional sub-pattern%s (%u given)",
                            c->name->data, (long long)rt_tuple_len(rt_ptr(margs)),
                            rt_tuple_len(rt_ptr(margs)) == 1 ? "" : "s", npos);
    }
    for (int64_t i = 0; i < (int64_t)npos + nkw; i++) {
        if (i < (int64_t)npos && !margs)
            continue;
        rt_value_t name = i < (int64_t)npos ? rt_tuple_get(rt_ptr(margs), i)
                                            : rt_tuple_get(kwnames, i - npos);
        if (!pyvm_is_str(name))
            return rt_raise(RT_EXC_TYPE, "__match_args__ elements must be strings");
        rt_value_t v = pyvm_getattr_opt(s, rt_str_intern(rt_ptr(name)));
        if (!v)
            return rt_exc_pending() ? RT_NOVALUE : rt_none;
        rt_tuple_init_item(out, i, v);
    }
    return rt_from_ptr(out);
}

/* f(*pos, **kw): spreads the dict into keyword arguments. */
/* How CPython's call errors name a callable: "module.qualname()", or "qualname()" for builtins. */
static const char *func_str(rt_value_t f, char *buf, size_t cap)
{
    rt_value_t q = pyvm_getattr_opt(f, pyvm_name(qualname));
    rt_value_t m = q ? pyvm_getattr_opt(f, pyvm_name(module)) : RT_NOVALUE;
    rt_exc_clear();
    if (!q || !pyvm_is_str(q))
        snprintf(buf, cap, "%s object", pyvm_type_name(f));
    else if (m && pyvm_is_str(m) && strcmp(pyvm_str_of(m)->data, "builtins") != 0)
        snprintf(buf, cap, "%s.%s()", pyvm_str_of(m)->data, pyvm_str_of(q)->data);
    else
        snprintf(buf, cap, "%s()", pyvm_str_of(q)->data);
    return buf;
}

/* f(..., **other): other's items join the keyword dict d; a repeated name is a TypeError. */
static bool dict_merge(rt_map_t *d, rt_value_t other, rt_value_t f)
{
    char buf[300];
    if (!pyvm_is_dict(other) && !pyvm_getattr_opt(other, pyvm_name(keys))) {
        rt_exc_clear();
        rt_raise(RT_EXC_TYPE, "%s argument after ** must be a mapping, not %s",
                 func_str(f, buf, sizeof buf), pyvm_type_name(other));
        return false;
    }
    rt_map_t *tmp = pyvm_dict_new();
    if (!pyvm_dict_update(tmp, other))
        return false;
    for (int64_t p = rt_map_next(tmp, 0); p >= 0; p = rt_map_next(tmp, p + 1)) {
        rt_value_t k = rt_map_key_at(tmp, p).obj; /* NULL: an int key */
        if (!k || !pyvm_is_str(k)) {
            rt_raise(RT_EXC_TYPE, "keywords must be strings");
            return false;
        }
        if (pyvm_dict_get(d, k)) {
            rt_raise(RT_EXC_TYPE, "%s got multiple values for keyword argument '%s'",
                     func_str(f, buf, sizeof buf), pyvm_str_of(k)->data);
            return false;
        }
        if (rt_exc_pending() || !pyvm_dict_set(d, k, rt_map_value_at(tmp, p)))
            return false;
    }
    return true;
}

/* The Python function that a call of `callable` runs in a frame of this loop (stackless: no C
** frame between the caller's frame and the callee's), and in *self the argument it takes before
** the call's own (RT_NOVALUE: none): a function, a bound method of one, an instance whose
** class's __call__ is one. NULL: anything else, which pyvm_call calls. */
static pyvm_func_t *stackless_callee(rt_value_t callable, rt_value_t *self)
{
    *self = RT_NOVALUE;
    if (!rt_is_ptr(callable))
        return NULL;
    const rt_type_t *t = rt_value_type(callable);
    if (t == &pyvm_type_method) {
        pyvm_method_t *m = rt_ptr(callable);
        *self = m->self;
        callable = m->func;
    } else if (t == &pyvm_type_instance) {
        *self = callable;
        callable = pyvm_type_lookup(pyvm_type_of(callable), pyvm_name(call));
    }
    if (!callable || !rt_is_ptr(callable) || rt_obj_type(rt_ptr(callable)) != &pyvm_type_func)
        return NULL;
    pyvm_func_t *fn = rt_ptr(callable);
    return fn->code->pyflags & PYVM_CO_GENERATOR ? NULL : fn;
}

/* Pushes the frame of fn (from stackless_callee) with self, then the nargs positional and the
** keyword arguments at args; self goes into args[-1], which the caller leaves free. NULL with
** the exception pending: the stack overflowed or the arguments do not bind. */
static rt_frame_t *push_call(pyvm_func_t *fn, rt_value_t self, rt_value_t *args, size_t nargs,
                             rt_tuple_t *kwnames)
{
    if (self) {
        *--args = self;
        nargs++;
    }
    rt_frame_t *nf = rt_frame_push(rt_ts, &fn->code->base);
    if (!nf) {
        rt_frame_raise_overflow(rt_ts, RT_LANG_PY);
        return NULL;
    }
    if (!pyvm_interp_bind(fn, nf, args, nargs, kwnames)) {
        rt_frame_pop(rt_ts, nf);
        return NULL;
    }
    fn->code->base.entry_count++;
    return nf;
}

/* CALL_EX: f(*pos, **kw). With `pushed`, a Python function's frame is pushed (*pushed set,
** RT_NOVALUE returned, nothing pending); anything else (or everything, without `pushed`) is called
** and its result returned. */
static rt_value_t call_ex(rt_value_t f, rt_tuple_t *pos, rt_value_t kw, rt_frame_t **pushed)
{
    rt_tuple_t *kwnames = NULL;
    int64_t nkw = kw ? rt_map_count(rt_ptr(kw)) : 0;
    /* the arguments after a free slot for push_call's self */
    rt_vec_t *all = pyvm_list_new(1 + rt_tuple_len(pos) + nkw);
    rt_vec_append(all, rt_none);
    rt_vec_replace(all, 1, 1, pos->items, rt_tuple_len(pos));
    if (nkw) {
        rt_map_t *d = rt_ptr(kw);
        kwnames = rt_tuple_new(nkw);
        int64_t k = 0;
        for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
            rt_map_key_t key = rt_map_key_at(d, p);
            if (!pyvm_is_str(key.obj))
                return rt_raise(RT_EXC_TYPE, "keywords must be strings");
            rt_tuple_init_item(kwnames, k++, rt_from_ptr(rt_str_intern(rt_ptr(key.obj))));
            rt_vec_append(all, rt_map_value_at(d, p));
        }
    }
    rt_value_t self;
    pyvm_func_t *fn = stackless_callee(f, &self);
    size_t npos = (size_t)rt_tuple_len(pos);
    if (fn && pushed) {
        *pushed = push_call(fn, self, rt_vec_items(all) + 1, npos, kwnames);
        return RT_NOVALUE;
    }
    return pyvm_call(f, rt_vec_items(all) + 1, npos, kwnames);
}

rt_value_t pyvm_interp_call_ex(rt_value_t f, rt_tuple_t *pos, rt_value_t kw)
{
    return call_ex(f, pos, kw, NULL);
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

rt_value_t (*pyvm_name_fallback)(rt_map_t *globals, rt_str_t *name);
int (*pyvm_store_fallback)(rt_map_t *globals, rt_str_t *name, rt_value_t v);
int (*pyvm_instancecheck_foreign)(rt_value_t v, rt_value_t cls);
rt_value_t (*pyvm_foreign_exception)(rt_value_t v);

/* STORE_GLOBAL: the fallback's store for a name the globals do not bind, else the globals. */
static bool store_global(rt_map_t *globals, rt_str_t *name, rt_value_t v)
{
    if (pyvm_store_fallback && !pyvm_dict_get_str(globals, name)) {
        int r = pyvm_store_fallback(globals, name, v);
        if (r >= 0)
            return r;
    }
    return pyvm_dict_set(globals, rt_from_ptr(name), v);
}

/* An unbound global name: the fallback's answer, else NameError. */
static rt_value_t name_fallback(rt_map_t *globals, rt_str_t *name)
{
    if (pyvm_name_fallback) {
        rt_value_t v = pyvm_name_fallback(globals, name);
        if (v || rt_exc_pending())
            return v;
    }
    return rt_raise(RT_EXC_NAME, "name '%s' is not defined", name->data);
}

static rt_value_t load_name(rt_value_t ns, pyvm_func_t *fn, rt_str_t *name)
{
    rt_value_t v = RT_NOVALUE;
    if (ns && ((v = pyvm_ns_get(ns, name)) || rt_exc_pending()))
        return v;
    if ((v = pyvm_dict_get_str(fn->globals, name)))
        return v;
    if ((v = pyvm_dict_get_str(pyvm_builtins, name)))
        return v;
    return name_fallback(fn->globals, name);
}

/* A float operand as a double: a float, or a small int (converted exactly as CPython does). */
static inline bool as_double(rt_value_t v, double *d)
{
    if (rt_is_small(v)) {
        *d = (double)rt_small_value(v);
        return true;
    }
    if (rt_is_float(v)) {
        *d = rt_float_value(v);
        return true;
    }
    return false;
}

/* The fast path of float arithmetic and comparison: false when the operands or the operator
** need the general path (errors included). */
static inline bool float_binop(uint32_t op, rt_value_t a, rt_value_t b, rt_value_t *out)
{
    double x, y;
    if (!(rt_is_float(a) || rt_is_float(b)) || !as_double(a, &x) || !as_double(b, &y))
        return false;
    switch (op) {
    case PYVM_AST_Add: *out = rt_float_new(x + y); return true;
    case PYVM_AST_Sub: *out = rt_float_new(x - y); return true;
    case PYVM_AST_Mult: *out = rt_float_new(x * y); return true;
    case PYVM_AST_Div:
        if (y == 0.0)
            return false;
        *out = rt_float_new(x / y);
        return true;
    default: return false;
    }
}

static inline bool float_compare(uint32_t op, rt_value_t a, rt_value_t b, rt_value_t *out)
{
    if (!rt_is_float(a) || !rt_is_float(b))
        return false;
    double x = rt_float_value(a), y = rt_float_value(b);
    bool r;
    switch (op) {
    case PYVM_LT: r = x < y; break;
    case PYVM_LE: r = x <= y; break;
    case PYVM_EQ: r = x == y; break;
    case PYVM_NE: r = x != y; break;
    case PYVM_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    *out = rt_bool(r);
    return true;
}

/* LOAD_GLOBAL's slow path: looks the name up and, when both dicts hold only str keys, caches
** the dicts' generations and the position it was found at. */
static rt_value_t load_global(rt_map_t *globals, rt_str_t *name, rt_vec_t *caches, uint32_t index)
{
    bool plain = !(globals->flags & RT_MAP_OBJKEYS) && !(pyvm_builtins->flags & RT_MAP_OBJKEYS);
    rt_map_t *where = globals;
    int64_t pos = plain ? rt_map_find_str(globals, name) : -1;
    if (pos < 0 && plain) {
        where = pyvm_builtins;
        pos = rt_map_find_str(pyvm_builtins, name);
    }
    if (pos < 0) {
        rt_value_t v = pyvm_dict_get_str(globals, name);
        if (!v)
            v = pyvm_dict_get_str(pyvm_builtins, name);
        return v ? v : name_fallback(globals, name);
    }
    int64_t base = (int64_t)index * PYVM_CACHE_WORDS;
    rt_vec_set(caches, base, rt_small((int64_t)globals->gen));
    rt_vec_set(caches, base + 1, rt_small((int64_t)pyvm_builtins->gen));
    rt_vec_set(caches, base + 2, rt_small(pos));
    rt_vec_set(caches, base + 3, rt_small(where == pyvm_builtins));
    return rt_map_value_at(where, pos);
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
        rt_value_t h = current_handled();
        if (!h)
            return rt_raise(RT_EXC_RUNTIME, "No active exception to reraise");
        rt_value_t tb = pyvm_exc_get(h, pyvm_name(traceback));
        return rt_exc_restore(h, tb && tb != rt_none ? rt_ptr(tb) : NULL);
    }
    if (rt_is_ptr(exc) && rt_obj_type(rt_ptr(exc)) == &pyvm_type_class) {
        exc = pyvm_call0(exc);
        if (!exc)
            return RT_NOVALUE;
    }
    if (!pyvm_is_exc(exc) && pyvm_foreign_exception && rt_is_ptr(exc)) {
        rt_value_t wrapped = pyvm_foreign_exception(exc); /* a PHP Throwable: PHPException */
        if (wrapped)
            exc = wrapped;
    }
    if (!pyvm_is_exc(exc))
        return rt_raise(RT_EXC_TYPE, "exceptions must derive from BaseException");
    if (kind == 2) {
        if (rt_is_ptr(cause) && rt_obj_type(rt_ptr(cause)) == &pyvm_type_class &&
            (((pyvm_class_t *)rt_ptr(cause))->flags & PYVM_CLASS_BASEEXC)) {
            cause = pyvm_call0(cause);
            if (!cause)
                return RT_NOVALUE;
        }
        if (cause != rt_none && !pyvm_is_exc(cause))
            return rt_raise(RT_EXC_TYPE, "exception causes must derive from BaseException");
        pyvm_exc_put(exc, pyvm_name(cause), cause);
        pyvm_exc_put(exc, pyvm_name(suppress_context), rt_true);
    }
    rt_value_t tb = pyvm_exc_get(exc, pyvm_name(traceback));
    return rt_exc_restore(exc, tb && tb != rt_none ? rt_ptr(tb) : NULL);
}

/* __enter__ and __exit__ (async: __aenter__ and __aexit__) are looked up on the manager's
** class, as CPython's special lookup. */
static rt_value_t with_enter(rt_value_t mgr, rt_value_t *exit_out, bool async)
{
    pyvm_class_t *cls = pyvm_type_of(mgr);
    rt_value_t enter = pyvm_type_lookup(cls, async ? rt_str_intern_cstr("__aenter__")
                                                   : pyvm_name(enter));
    rt_value_t exit = pyvm_type_lookup(cls, async ? rt_str_intern_cstr("__aexit__")
                                                  : pyvm_name(exit));
    if (!enter || !exit)
        return rt_raise(RT_EXC_TYPE,
                        enter ? "'%s' object does not support the %scontext manager protocol "
                                "(missed __%sexit__ method)"
                              : "'%s' object does not support the %scontext manager protocol",
                        pyvm_type_name(mgr), async ? "asynchronous " : "", async ? "a" : "");
    exit = pyvm_bind(exit, mgr, cls);
    enter = exit ? pyvm_bind(enter, mgr, cls) : RT_NOVALUE;
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

static rt_value_t build_class(rt_value_t body, rt_value_t name, rt_value_t *bases, uint32_t n);

static rt_value_t format_value(rt_value_t v, uint32_t flags, rt_value_t spec)
{
    switch (flags & 3) {
    case 1:
        v = pyvm_str(v);
        break;
    case 2:
        v = pyvm_repr(v);
        break;
    case 3:
        v = pyvm_ascii(v);
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
    rt_value_t h = current_handled();
    if (!h || h == exc || !pyvm_is_exc(exc))
        return;
    /* never set yet; an explicit exc.__context__ = None stays (it may arrive here again
    ** through a call from C after being raised) */
    if (!pyvm_exc_get(exc, pyvm_name(context)))
        pyvm_exc_put(exc, pyvm_name(context), h);
}

/* ---- Helpers and slow paths of the vocabulary handlers (interp.h, helpers.def) ---- */

int64_t pyvm_jh_unbound(void *code, int64_t slot)
{
    unbound_local(code, (uint32_t)slot);
    return 0;
}

rt_value_t pyvm_jh_load_global(void *fn, int64_t name, int64_t cache)
{
    pyvm_func_t *func = fn;
    pyvm_code_t *code = func->code;
    return load_global(func->globals, rt_ptr(code->base.names->items[name]), code->caches,
                       (uint32_t)cache);
}

rt_value_t pyvm_jh_getattr(void *code, int64_t name, int64_t cache, rt_value_t o)
{
    pyvm_code_t *c = code;
    rt_str_t *n = rt_ptr(c->base.names->items[name]);
    rt_value_t res = pyvm_getattr(o, n);
    if (res)
        pyvm_cache_attr(c->caches, (uint32_t)cache, o, n, NULL);
    return res;
}

/* The operators of two small ints that the handlers leave to this helper (floor division,
** modulo, right shift, the bitwise ones), when the result is a small int too: false otherwise
** (division by zero, negative shifts, the one overflowing quotient). Python rounds quotients
** toward minus infinity and gives remainders the divisor's sign. */
static inline bool small_binop(uint32_t op, rt_value_t a, rt_value_t b, rt_value_t *out)
{
    if (!rt_is_small(a) || !rt_is_small(b))
        return false;
    int64_t x = rt_small_value(a), y = rt_small_value(b), r;
    switch (op) {
    case PYVM_AST_Mod:
        if (y == 0)
            return false;
        r = x % y;
        if (r != 0 && (r ^ y) < 0)
            r += y;
        break;
    case PYVM_AST_FloorDiv:
        if (y == 0)
            return false;
        r = x / y;
        if (x % y != 0 && (x ^ y) < 0)
            r--;
        break;
    case PYVM_AST_RShift:
        if (y < 0)
            return false;
        r = x >> (y < 63 ? y : 63);
        break;
    case PYVM_AST_BitAnd: r = x & y; break;
    case PYVM_AST_BitOr: r = x | y; break;
    case PYVM_AST_BitXor: r = x ^ y; break;
    default: return false;
    }
    if (!rt_small_fits(r))
        return false;
    *out = rt_small(r);
    return true;
}

rt_value_t pyvm_jh_binop(int64_t op, rt_value_t a, rt_value_t b)
{
    rt_value_t res;
    if (small_binop((uint32_t)op & 15, a, b, &res) || float_binop((uint32_t)op & 15, a, b, &res))
        return res;
    return pyvm_binop((int)op, a, b);
}

rt_value_t pyvm_jh_unop(int64_t op, rt_value_t a) { return pyvm_unop((int)op, a); }

rt_value_t pyvm_jh_compare(int64_t op, rt_value_t a, rt_value_t b)
{
    rt_value_t res;
    if (float_compare((uint32_t)op, a, b, &res))
        return res;
    return pyvm_richcmp(a, b, (int)op);
}

rt_value_t pyvm_jh_getitem(rt_value_t o, rt_value_t k) { return pyvm_getitem(o, k); }

int64_t pyvm_jh_truth(rt_value_t v) { return pyvm_truth(v); }

rt_value_t pyvm_jh_iter(rt_value_t v) { return pyvm_iter(v); }

rt_value_t pyvm_jh_contains(rt_value_t container, rt_value_t x, int64_t invert)
{
    int r = pyvm_contains(container, x);
    return r < 0 ? RT_NOVALUE : rt_bool((r != 0) != (invert != 0));
}

rt_value_t pyvm_jh_build(int64_t list, int64_t n, rt_value_t a0, rt_value_t a1, rt_value_t a2,
                         rt_value_t a3)
{
    rt_value_t items[PYVM_JH_CALL_MAX] = {a0, a1, a2, a3};
    return list ? pyvm_list_from(items, n) : pyvm_tuple_from(items, n);
}

/* After a call of a C function: as CPython's CALL, answers rt_eval_breaker (an interrupt_main
** raises here, where a blocking call such as a lock's acquire returned). */
static rt_value_t after_c_call(rt_value_t res)
{
    if (__builtin_expect(rt_eval_breaker, 0) && res && !rt_eval_break())
        return RT_NOVALUE;
    return res;
}

rt_value_t pyvm_jh_call(rt_value_t callable, int64_t nargs, rt_value_t a0, rt_value_t a1,
                        rt_value_t a2, rt_value_t a3)
{
    rt_value_t args[PYVM_JH_CALL_MAX] = {a0, a1, a2, a3};
    return after_c_call(pyvm_call(callable, args, (size_t)nargs, NULL));
}

#define JHELPER JIT_HELPER_DEFINE
#include "pyvm/helpers.def"
#undef JHELPER

/* The value stack of H's frame, and its depth stored for the collector and re-entry. */
static rt_value_t *h_stack(jit_hctx_t *H)
{
    H->f->depth = H->sp - H->f->code->nlocals;
    return H->f->slots + H->sp;
}

static jit_step_t h_next(jit_hctx_t *H, rt_value_t *sp)
{
    H->sp = (uint32_t)(sp - H->f->slots);
    H->pc = H->next;
    return JIT_STEP_OK;
}

jit_step_t pyvm_interp_slow_call(jit_hctx_t *H)
{
    rt_frame_t *f = H->f;
    uint8_t op = f->code->bytecode[H->pc];
    uint32_t n = H->arg[0];
    rt_value_t *sp = h_stack(H);
    rt_tuple_t *kwnames = NULL;
    uint32_t npop = n + 1;
    if (op == PYVM_OP_CALL_KW || op == PYVM_OP_CALL_METHOD_KW) {
        kwnames = rt_ptr(sp[-1]);
        npop++;
    }
    rt_value_t *args = sp - npop + 1;
    rt_value_t callable = args[-1];
    size_t nargs = n;
    if (op == PYVM_OP_CALL_METHOD || op == PYVM_OP_CALL_METHOD_KW) {
        npop++;
        callable = args[-2];
        if (args[-1]) {
            args--;
            nargs++;
        }
    }
    if (kwnames)
        nargs -= (size_t)rt_tuple_len(kwnames);
    /* args[-1] is now the callable's slot or the empty self slot: push_call may use it */
    rt_value_t self;
    pyvm_func_t *fn = stackless_callee(callable, &self);
    if (fn) {
        f->depth -= npop;
        rt_frame_t *nf = push_call(fn, self, args, nargs, kwnames);
        if (!nf)
            return JIT_STEP_ERROR;
        H->f = nf;
        H->pc = 0;
        H->sp = nf->code->nlocals;
        return JIT_STEP_OK;
    }
    rt_value_t res = after_c_call(pyvm_call(callable, args, nargs, kwnames));
    if (!res)
        return JIT_STEP_ERROR;
    sp -= npop;
    *sp++ = res;
    return h_next(H, sp);
}

jit_step_t pyvm_interp_slow_for_iter(jit_hctx_t *H)
{
    rt_value_t *sp = h_stack(H);
    rt_value_t res = pyvm_next(sp[-1]);
    if (!res) {
        if (rt_exc_pending())
            return JIT_STEP_ERROR;
        H->sp--;
        H->pc = H->arg[0];
        return JIT_STEP_OK;
    }
    *sp++ = res;
    return h_next(H, sp);
}

jit_step_t pyvm_interp_slow_store_attr(jit_hctx_t *H)
{
    rt_value_t *sp = h_stack(H);
    pyvm_code_t *code = (pyvm_code_t *)H->f->code;
    rt_str_t *name = rt_ptr(code->base.names->items[H->arg[0]]);
    rt_value_t o = sp[-1];
    const rt_shape_t *before = rt_is_ptr(o) && rt_obj_type(rt_ptr(o)) == &pyvm_type_instance
                                   ? ((pyvm_instance_t *)rt_ptr(o))->slots.shape
                                   : NULL;
    if (!pyvm_setattr(o, name, sp[-2]))
        return JIT_STEP_ERROR;
    if (before)
        pyvm_cache_attr(code->caches, H->arg[1], o, name, before);
    return h_next(H, sp - 2);
}

jit_step_t pyvm_interp_slow_load_method(jit_hctx_t *H)
{
    rt_value_t *sp = h_stack(H);
    pyvm_code_t *code = (pyvm_code_t *)H->f->code;
    rt_value_t o = sp[-1];
    rt_value_t *c = rt_vec_items(code->caches) + (size_t)H->arg[1] * PYVM_CACHE_WORDS;
    rt_value_t key = pyvm_cache_key(o);
    int way = key && c[0] == rt_small((int64_t)pyvm_type_epoch) ? pyvm_cache_way(c, key) : -1;
    if (way >= 0) {
        sp[-1] = c[2 + 2 * way];
        *sp++ = o;
        return h_next(H, sp);
    }
    rt_value_t meth, self;
    if (!pyvm_getmethod(o, rt_ptr(code->base.names->items[H->arg[0]]), &meth, &self))
        return JIT_STEP_ERROR;
    if (self)
        pyvm_cache_method(code->caches, H->arg[1], o, meth);
    else if (pyvm_module_dict(o)) /* an instance's own attribute must not look like a method */
        pyvm_cache_attr(code->caches, H->arg[1], o, rt_ptr(code->base.names->items[H->arg[0]]),
                        NULL);
    sp[-1] = meth;
    *sp++ = self;
    return h_next(H, sp);
}

jit_step_t pyvm_interp_slow_store_subscr(jit_hctx_t *H)
{
    rt_value_t *sp = h_stack(H);
    if (!pyvm_setitem(sp[-2], sp[-1], sp[-3]))
        return JIT_STEP_ERROR;
    return h_next(H, sp - 3);
}

jit_step_t pyvm_interp_slow_build(jit_hctx_t *H)
{
    rt_value_t *sp = h_stack(H);
    uint32_t n = H->arg[0];
    bool list = H->f->code->bytecode[H->pc] == PYVM_OP_BUILD_LIST;
    rt_value_t res = list ? pyvm_list_from(sp - n, n) : pyvm_tuple_from(sp - n, n);
    sp -= n;
    *sp++ = res;
    return h_next(H, sp);
}

/* The vocabulary handlers, interpreter build. */
#include "jit/jvocab_interp.h"

#define JHELPER J_HELPER_WRAPPER
#include "jit/helpers.def"
#include "pyvm/helpers.def"
#undef JHELPER

#include "pyvm/jhandlers.inc"

/* ---- The loop ---- */

static rt_value_t call_entry(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                             rt_tuple_t *kwnames, uint16_t flags)
{
    rt_thread_t *ts = rt_ts;
    if (fn->code->pyflags & PYVM_CO_GENERATOR)
        return pyvm_interp_make_gen(fn, args, nargs, kwnames);
    rt_frame_t *f = rt_cstack_ok() ? rt_frame_push(ts, &fn->code->base) : NULL; /* C re-entry */
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY | flags;
    if (!pyvm_interp_bind(fn, f, args, nargs, kwnames)) {
        rt_frame_pop(ts, f);
        return RT_NOVALUE;
    }
    return run(ts, f);
}

rt_value_t pyvm_interp_call(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                            rt_tuple_t *kwnames)
{
    return call_entry(fn, args, nargs, kwnames, 0);
}

rt_value_t pyvm_interp_call_held(pyvm_func_t *fn, const rt_value_t *args, size_t nargs,
                                 rt_tuple_t *kwnames, rt_value_t held)
{
    if (!held_values)
        held_values = rt_from_ptr(rt_vec_new(8));
    rt_vec_t *hv = rt_ptr(held_values);
    rt_vec_append(hv, held);
    int64_t mark = rt_vec_len(hv);
    rt_value_t r = call_entry(fn, args, nargs, kwnames, PYVM_FRAME_PRECISE_ENTRY);
    rt_vec_del(hv, mark - 1, rt_vec_len(hv)); /* and what a bail-out left above it */
    return r;
}

/* Runs a namespace body (class statement) with `ns` as its namespace. */
static rt_value_t run_namespace(pyvm_func_t *fn, rt_value_t ns)
{
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_push(ts, &fn->code->base);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY;
    f->slots[0] = rt_from_ptr(fn);
    f->slots[1] = ns;
    setup_cells(fn, f);
    return run(ts, f);
}

rt_value_t pyvm_interp_run_module(pyvm_func_t *fn, rt_map_t *globals)
{
    return run_namespace(fn, rt_from_ptr(globals));
}

rt_value_t pyvm_interp_run_namespace(pyvm_func_t *fn, rt_value_t ns)
{
    return run_namespace(fn, ns);
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
    uint32_t flags = fn->code->pyflags;
    pyvm_gen_t *g = rt_alloc((flags & PYVM_CO_ASYNCGEN)    ? &pyvm_type_asyncgen
                             : (flags & PYVM_CO_COROUTINE) ? &pyvm_type_coro
                                                           : &pyvm_type_gen,
                             sizeof *g);
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->code = &fn->code->base;
    rt_frameobj_t *fo = rt_frame_suspend(ts, f);
    RT_STORE(g, frame, fo);
    return rt_from_ptr(g);
}

rt_value_t pyvm_interp_resume(pyvm_gen_t *g, rt_value_t sent, bool *did_yield)
{
    bool throwing = sent == RT_NOVALUE;
    rt_thread_t *ts = rt_ts;
    rt_frame_t *f = rt_frame_resume(ts, g->frame);
    if (!f)
        return rt_frame_raise_overflow(ts, RT_LANG_PY);
    f->flags |= RT_FRAME_ENTRY;
    if (g->started && !throwing)
        f->slots[f->code->nlocals + f->depth++] = sent;
    g->started = true;
    yielded = false;
    /* the generator runs with its own handled exception (kept across its yields), its callers'
    ** as the fallback */
    rt_value_t caller = handled, caller_outer = outer_handled;
    outer_handled = current_handled();
    handled = g->exc_state;
    rt_value_t r = run(ts, f);
    *did_yield = yielded;
    g->exc_state = yielded ? handled : RT_NOVALUE;
    gc_write_barrier(g);
    handled = caller;
    outer_handled = caller_outer;
    yielded = false;
    return r;
}

/* After the metaclass made cls: type.__new__ must have put it into the body's __class__ cell
** (a metaclass that drops __classcell__ from the namespace, or builds another class from it, is
** an error, as in CPython). Returns cls, or RT_NOVALUE with the error pending. */
static rt_value_t check_classcell(pyvm_cell_t *cell, rt_value_t name, rt_value_t cls)
{
    if (cell->value == cls)
        return cls;
    rt_value_t rn = pyvm_repr(name), rc = rn ? pyvm_repr(cls) : RT_NOVALUE;
    rt_value_t rv = rc && cell->value ? pyvm_repr(cell->value) : RT_NOVALUE;
    if (!rc || (cell->value && !rv))
        return RT_NOVALUE;
    if (!cell->value)
        return rt_raise(RT_EXC_RUNTIME, "__class__ not set defining %s as %s. Was __classcell__ "
                        "propagated to type.__new__?", pyvm_str_of(rn)->data,
                        pyvm_str_of(rc)->data);
    return rt_raise(RT_EXC_TYPE, "__class__ set to %s defining %s as %s", pyvm_str_of(rv)->data,
                    pyvm_str_of(rn)->data, pyvm_str_of(rc)->data);
}

/* The class statement (CPython's __build_class__): bases after __mro_entries__, the metaclass
** (keyword `metaclass`, else from the bases), its __prepare__d namespace filled by the body,
** then metaclass(name, bases, namespace, **kw), whose type.__new__ fills the body's __class__
** cell. */
static rt_value_t build_class_kw(rt_value_t body, rt_value_t name, const rt_value_t *bases,
                                 size_t n, const rt_value_t *kwv, rt_tuple_t *kwnames)
{
    rt_tuple_t *orig = rt_tuple_from(bases, (int64_t)n);
    rt_tuple_t *bt = pyvm_type_resolve_bases(orig);
    if (!bt)
        return RT_NOVALUE;
    /* the class keywords without metaclass=, values in kv */
    rt_value_t meta = RT_NOVALUE;
    int64_t nkw = kwnames ? rt_tuple_len(kwnames) : 0;
    rt_vec_t *kv = rt_vec_new(nkw + 1), *kn = rt_vec_new(nkw + 1);
    for (int64_t i = 0; i < nkw; i++) {
        if (pyvm_str_of(rt_tuple_get(kwnames, i)) == pyvm_name(metaclass)) {
            meta = kwv[i];
            continue;
        }
        rt_vec_append(kv, kwv[i]);
        rt_vec_append(kn, rt_tuple_get(kwnames, i));
    }
    rt_tuple_t *kwt = rt_vec_len(kn) ? rt_tuple_from(rt_vec_items(kn), rt_vec_len(kn)) : NULL;
    bool meta_is_class = !meta || (rt_is_ptr(meta) && rt_obj_type(rt_ptr(meta)) == &pyvm_type_class);
    if (meta_is_class) {
        pyvm_class_t *m = pyvm_type_calc_meta(meta ? rt_ptr(meta) : NULL, bt);
        if (!m)
            return RT_NOVALUE;
        meta = rt_from_ptr(m);
    }
    rt_value_t ns = meta_is_class
                    ? pyvm_type_prepare(rt_ptr(meta), rt_ptr(name), bt, rt_vec_items(kv), kwt)
                    : rt_from_ptr(pyvm_dict_new());
    if (!ns)
        return RT_NOVALUE;
    if (bt != orig && !pyvm_ns_set(ns, rt_str_intern_cstr("__orig_bases__"), rt_from_ptr(orig)))
        return RT_NOVALUE;
    rt_value_t cell = run_namespace(rt_ptr(body), ns);
    if (!cell)
        return RT_NOVALUE;
    rt_value_t cls;
    if (meta == rt_from_ptr(pyvm_cls_type) && !kwt && pyvm_is_dict(ns)) {
        pyvm_class_t *c = pyvm_type_new(rt_ptr(name), bt, rt_ptr(ns));
        cls = c ? rt_from_ptr(c) : RT_NOVALUE;
    } else {
        rt_value_t a[PYVM_ARGBUF];
        if (rt_vec_len(kv) + 3 > PYVM_ARGBUF)
            return rt_raise(RT_EXC_TYPE, "too many class keywords");
        a[0] = name;
        a[1] = rt_from_ptr(bt);
        a[2] = ns;
        memcpy(a + 3, rt_vec_items(kv), (size_t)rt_vec_len(kv) * sizeof *a);
        cls = pyvm_call(meta, a, 3, kwt);
    }
    if (cls && rt_is_ptr(cls) && rt_obj_type(rt_ptr(cls)) == &pyvm_type_class &&
        rt_is_ptr(cell) && rt_obj_type(rt_ptr(cell)) == &pyvm_type_cell)
        return check_classcell(rt_ptr(cell), name, cls);
    return cls;
}

static rt_value_t build_class(rt_value_t body, rt_value_t name, rt_value_t *bases, uint32_t n)
{
    return build_class_kw(body, name, bases, n, NULL, NULL);
}

rt_value_t pyvm_interp_build_class(rt_value_t self, const rt_value_t *args, size_t nargs,
                                   rt_tuple_t *kwnames)
{
    (void)self;
    if (nargs < 2 || !rt_is_ptr(args[0]) || rt_obj_type(rt_ptr(args[0])) != &pyvm_type_func)
        return rt_raise(RT_EXC_TYPE, "__build_class__: func must be a function");
    if (!pyvm_is_str(args[1]))
        return rt_raise(RT_EXC_TYPE, "__build_class__: name is not a string");
    return build_class_kw(args[0], args[1], args + 2, nargs - 2, args + nargs, kwnames);
}

/* A call or return answers the interpreter lock's requests (gil.h) with f's pc and depth
** stored; out of line, so that the dispatch loop keeps its registers. */
static __attribute__((noinline, cold)) bool eval_break_at(rt_frame_t *f, uint32_t pc,
                                                          uint32_t depth)
{
    f->pc = pc;
    f->depth = depth;
    return rt_eval_break();
}

/* Handler-writing vocabulary (see the file comment). */
#define ARG        pyvm_op_arg(ip, 0)
#define ARG2       pyvm_op_arg(ip, 1)
#define PUSH(v)    (*sp++ = (v))
#define POP()      (*--sp)
#define TOP()      (sp[-1])
#define PEEK(n)    (sp[-(ptrdiff_t)(n)])
#define SYNC()     (f->depth = (uint32_t)(sp - stack))
#define NEXT(op)   do { ip += pyvm_op_len(PYVM_OP_##op); DISPATCH(); } while (0)
#define CHECK(v)   do { if (__builtin_expect((v) == RT_NOVALUE, 0)) goto error; } while (0)
#define CONST(i)   (code->base.consts->items[i])
#define NAME(i)    ((rt_str_t *)rt_ptr(code->base.names->items[i]))
#define FUNC()     ((pyvm_func_t *)rt_ptr(f->slots[0]))
#define CACHE(i)   (rt_vec_items(code->caches) + (size_t)(i) * PYVM_CACHE_WORDS)
#define EPOCH()    rt_small((int64_t)pyvm_type_epoch)

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
    jit_hctx_t jh; /* the state after a vocabulary handler left the fast path */
    jit_step_t step;

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
    if (rt_exc_pending()) /* generator.throw(): the exception appears at the yield */
        goto error;
/* Each handler ends in its own copy of the dispatch jump, so that the branch predictor sees one
** indirect jump per opcode (threaded code) rather than one shared by all. */
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        f->pc = (uint32_t)(ip - bc);                                                               \
        goto *labels[*ip];                                                                         \
    } while (0)
dispatch:
    DISPATCH();

#include "pyvm/handlers.inc"

    /* The vocabulary handlers: the loop's state in and out of a jit_hctx_t. A handler that stays
    ** in the frame continues at once; anything else (a call, a return, a trace exit into other
    ** frames, recording, an error) goes through jit_step. */
#define JSTEP(name, nopnd)                                                                         \
    op_##name: {                                                                                   \
        jit_hctx_t h_; /* no initializer: zeroing it would cost stores on every instruction */     \
        h_.f = f;                                                                                  \
        h_.pc = (uint32_t)(ip - bc);                                                               \
        h_.top = sp;                                                                               \
        h_.vm = code;                                                                              \
        pyvm_interp_decode(&h_, ip, nopnd);                                                        \
        step = h_##name(&h_);                                                                      \
        if (__builtin_expect(step == JIT_STEP_OK && h_.f == f, 1)) {                               \
            sp = h_.top;                                                                           \
            ip = bc + h_.pc;                                                                       \
            DISPATCH();                                                                            \
        }                                                                                          \
        J_HAND_OVER(jh, h_, step);                                                                 \
        goto jit_step;                                                                             \
    }
    PYVM_JIT_OPS(JSTEP)
#undef JSTEP

jit_step:
    if (step == JIT_STEP_RECORD) {
        step = jit_record(&jh, f);
    } else if (step == JIT_STEP_OK && jh.f->lang != RT_LANG_PY) { /* a call into PHP pushed it */
        jh.f->pc = jh.pc;
        jh.f->depth = jh.sp - jh.f->code->nlocals;
        step = jit_settle(&jh, f);
    }
    if (step == JIT_STEP_DONE)
        return jh.ret;
    f = jh.f;
    code = (pyvm_code_t *)f->code;
    bc = code->base.bytecode;
    locals = f->slots;
    stack = locals + code->base.nlocals;
    sp = locals + jh.sp;
    ip = bc + jh.pc;
    if (__builtin_expect(rt_eval_breaker, 0) && step == JIT_STEP_OK &&
        !eval_break_at(f, jh.pc, (uint32_t)(sp - stack))) /* calls and returns */
        step = JIT_STEP_ERROR;
    if (step == JIT_STEP_ERROR) {
        f->pc = jh.pc;
        goto error;
    }
    goto dispatch;

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
    rt_tb_here(f, true); /* its __context__ was set where it was raised, as CPython */
    goto unwind;
}
}
