/*
** obj_exc.c: Python's exceptions (object.h). The BaseException hierarchy is made of Python
** classes whose instances are ordinary instances; args, __traceback__, __cause__, __context__
** are attributes in their slots. Runtime errors (rt_raise) arrive through the hook registered
** here, which maps each runtime error kind to its Python class. An uncaught exception prints as
** CPython prints it: chained causes and contexts, "Traceback (most recent call last):", one
** 'File "x.py", line N, in f' per frame with its source line, then "Type: message".
*/
#include <stdio.h>
#include <string.h>

#include "pyvm/code.h"
#include "pyvm/pyvm.h"

#define PYVM_EXC_DEF(n, b) pyvm_class_t *pyvm_exc_##n;
PYVM_EXC_CLASSES(PYVM_EXC_DEF)
#undef PYVM_EXC_DEF

rt_value_t pyvm_exc_get(rt_value_t exc, rt_str_t *name)
{
    pyvm_instance_t *i = rt_ptr(exc);
    return rt_slots_get_attr(&i->slots, name);
}

void pyvm_exc_put(rt_value_t exc, rt_str_t *name, rt_value_t v)
{
    pyvm_instance_t *i = rt_ptr(exc);
    rt_slots_set_attr(i, &i->slots, name, v, 0);
}

rt_value_t pyvm_exc_new(pyvm_class_t *cls, const rt_value_t *args, size_t nargs)
{
    return pyvm_call(rt_from_ptr(cls), args, nargs, NULL);
}

rt_value_t pyvm_exc_stop_iteration(rt_value_t v)
{
    /* a generator that returned None stops with StopIteration(), as CPython */
    rt_value_t e = pyvm_exc_new(pyvm_exc_StopIteration, &v, v == rt_none ? 0 : 1);
    return e ? rt_exc_set(e) : e;
}


int pyvm_exc_matches(rt_value_t exc, rt_value_t match)
{
    if (pyvm_is_tuple(match)) {
        rt_tuple_t *t = rt_ptr(match);
        for (int64_t i = 0; i < rt_tuple_len(t); i++) {
            int r = pyvm_exc_matches(exc, t->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (pyvm_instancecheck_foreign && rt_is_ptr(match) &&
        rt_value_type(match) != &pyvm_type_class) {
        int r = pyvm_instancecheck_foreign(exc, match);
        if (r >= 0)
            return r;
    }
    if (!rt_is_ptr(match) || rt_obj_type(rt_ptr(match)) != &pyvm_type_class ||
        !(((pyvm_class_t *)rt_ptr(match))->flags & PYVM_CLASS_BASEEXC)) {
        rt_raise(RT_EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return pyvm_isinstance(exc, rt_ptr(match));
}

/* ---- BaseException's methods ---- */

#define METHOD(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

/* The keyword arguments some exceptions take (ImportError(msg, name=, path=), AttributeError
** (name=, obj=), NameError(name=)) become attributes; others are a TypeError. */
static bool exc_keywords(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const struct {
        pyvm_class_t **cls;
        const char *names[2];
    } allowed[] = {
        {&pyvm_exc_ImportError, {"name", "path"}},
        {&pyvm_exc_AttributeError, {"name", "obj"}},
        {&pyvm_exc_NameError, {"name", NULL}},
    };
    int64_t nkw = kw ? rt_tuple_len(kw) : 0;
    size_t which = 0;
    while (which < sizeof allowed / sizeof allowed[0] && !pyvm_isinstance(self, *allowed[which].cls))
        which++;
    if (which == 0) /* ImportError.msg */
        pyvm_exc_put(self, rt_str_intern_cstr("msg"), n == 1 ? a[0] : rt_none);
    for (int i = 0; which < sizeof allowed / sizeof allowed[0] && i < 2; i++)
        if (allowed[which].names[i]) /* these attributes always exist, None by default */
            pyvm_exc_put(self, rt_str_intern_cstr(allowed[which].names[i]), rt_none);
    for (int64_t k = 0; k < nkw; k++) {
        rt_str_t *key = rt_ptr(rt_tuple_get(kw, k));
        bool ok = false;
        for (int i = 0; which < sizeof allowed / sizeof allowed[0] && i < 2; i++)
            ok |= allowed[which].names[i] && strcmp(key->data, allowed[which].names[i]) == 0;
        if (!ok) {
            if (which < sizeof allowed / sizeof allowed[0])
                rt_raise(RT_EXC_TYPE, "'%s' is an invalid keyword argument for %s()", key->data,
                         pyvm_type_name(self));
            else
                rt_raise(RT_EXC_TYPE, "%s() takes no keyword arguments", pyvm_type_name(self));
            return false;
        }
        pyvm_exc_put(self, rt_str_intern(key), a[n + (size_t)k]);
    }
    return true;
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
static rt_value_t syntax_init(rt_value_t self, const rt_value_t *a, size_t n)
{
    static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno",
                                         "end_offset"};
    pyvm_exc_put(self, rt_str_intern_cstr("msg"), n ? a[0] : rt_none);
    rt_tuple_t *info = n == 2 && pyvm_is_tuple(a[1]) ? rt_ptr(a[1]) : NULL;
    if (n == 2 && (!info || rt_tuple_len(info) < 4 || rt_tuple_len(info) > 6))
        return rt_raise(RT_EXC_INDEX, "tuple index out of range");
    for (int64_t i = 0; i < 6; i++)
        pyvm_exc_put(self, rt_str_intern_cstr(fields[i]),
                     info && i < rt_tuple_len(info) ? rt_tuple_get(info, i) : rt_none);
    return rt_none;
}

/* str() of a SyntaxError with a position: "msg (file basename, line N)". */
static rt_value_t syntax_str(rt_value_t self)
{
    rt_value_t msg = pyvm_exc_get(self, rt_str_intern_cstr("msg"));
    rt_value_t file = pyvm_exc_get(self, rt_str_intern_cstr("filename"));
    rt_value_t line = pyvm_exc_get(self, rt_str_intern_cstr("lineno"));
    rt_value_t m = msg && msg != rt_none ? pyvm_str(msg) : RT_NOVALUE;
    if (!m)
        return RT_NOVALUE;
    bool has_file = file && pyvm_is_str(file), has_line = line && rt_is_small(line);
    if (!has_file && !has_line)
        return m;
    const char *f = has_file ? pyvm_str_of(file)->data : "";
    const char *slash = strrchr(f, '/');
    char buf[600];
    if (has_file && has_line)
        snprintf(buf, sizeof buf, "%s (%s, line %lld)", pyvm_str_of(m)->data, slash ? slash + 1 : f,
                 (long long)rt_small_value(line));
    else if (has_file)
        snprintf(buf, sizeof buf, "%s (%s)", pyvm_str_of(m)->data, slash ? slash + 1 : f);
    else
        snprintf(buf, sizeof buf, "%s (line %lld)", pyvm_str_of(m)->data,
                 (long long)rt_small_value(line));
    return pyvm_str_cstr(buf);
}

METHOD(exc_init)
{
    if (!exc_keywords(self, a, n, kw))
        return RT_NOVALUE;
    rt_value_t args = pyvm_tuple_from(a, (int64_t)n);
    pyvm_exc_put(self, pyvm_name(args), args);
    if (pyvm_isinstance(self, pyvm_exc_StopIteration))
        pyvm_exc_put(self, pyvm_name(value), n ? a[0] : rt_none);
    if (pyvm_isinstance(self, pyvm_exc_SystemExit)) /* one argument: itself; more: the tuple */
        pyvm_exc_put(self, pyvm_name(code), n == 0 ? rt_none : n == 1 ? a[0] : args);
    if (pyvm_isinstance(self, pyvm_exc_SyntaxError))
        return syntax_init(self, a, n);
    return rt_none;
}

bool pyvm_exc_set_link(rt_value_t exc, rt_str_t *name, rt_value_t v)
{
    bool cause = name == pyvm_name(cause);
    if (v && v != rt_none && !pyvm_is_exc(v)) {
        rt_raise(RT_EXC_TYPE, "exception %s must be None or derive from BaseException",
                 cause ? "cause" : "context");
        return false;
    }
    pyvm_exc_put(exc, name, v ? v : rt_none);
    if (cause) /* setting __cause__ implies __suppress_context__, as raise ... from does */
        pyvm_exc_put(exc, pyvm_name(suppress_context), rt_true);
    return true;
}

static rt_tuple_t *exc_args(rt_value_t self)
{
    rt_value_t a = pyvm_exc_get(self, pyvm_name(args));
    return a && pyvm_is_tuple(a) ? rt_ptr(a) : rt_tuple_new(0);
}

METHOD(exc_str)
{
    (void)a, (void)n, (void)kw;
    if (pyvm_isinstance(self, pyvm_exc_SyntaxError) &&
        pyvm_exc_get(self, rt_str_intern_cstr("msg")))
        return syntax_str(self);
    rt_tuple_t *args = exc_args(self);
    if (rt_tuple_len(args) == 0)
        return rt_from_ptr(rt_str_new("", 0));
    if (rt_tuple_len(args) == 1) {
        if (pyvm_isinstance(self, pyvm_exc_KeyError))
            return pyvm_repr(args->items[0]);
        return pyvm_str(args->items[0]);
    }
    return pyvm_repr(rt_from_ptr(args));
}

METHOD(exc_repr)
{
    (void)a, (void)n, (void)kw;
    rt_tuple_t *args = exc_args(self);
    rt_value_t r = rt_tuple_len(args) == 1 ? pyvm_repr(args->items[0])
                                           : pyvm_repr(rt_from_ptr(args));
    if (!r)
        return r;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_append_str(&b, pyvm_type_of(self)->name);
    if (rt_tuple_len(args) == 1) {
        rt_strbuf_append_char(&b, '(');
        rt_strbuf_append_str(&b, rt_ptr(r));
        rt_strbuf_append_char(&b, ')');
    } else {
        rt_strbuf_append_str(&b, rt_ptr(r));
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

METHOD(exc_with_traceback)
{
    (void)n, (void)kw;
    pyvm_exc_put(self, pyvm_name(traceback), a[0]);
    return self;
}

/* ImportError(*args, name=None, path=None): msg is the single argument, if only one. */
METHOD(import_error_init)
{
    rt_value_t name = rt_none, path = rt_none;
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        rt_str_t *key = pyvm_str_of(rt_tuple_get(kw, k));
        if (strcmp(key->data, "name") == 0)
            name = a[n + (size_t)k];
        else if (strcmp(key->data, "path") == 0)
            path = a[n + (size_t)k];
        else
            return rt_raise(RT_EXC_TYPE, "'%s' is an invalid keyword argument for %s()",
                            key->data, pyvm_type_of(self)->name->data);
    }
    pyvm_exc_put(self, pyvm_name(args), pyvm_tuple_from(a, (int64_t)n));
    pyvm_exc_put(self, rt_str_intern_cstr("msg"), n == 1 ? a[0] : rt_none);
    pyvm_exc_put(self, pyvm_name(name_attr), name);
    pyvm_exc_put(self, pyvm_name(path_attr), path);
    return rt_none;
}

static const pyvm_cfunc_def_t import_error_methods[] = {
    {"__init__", import_error_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

/* BaseException.__setstate__(state): each item of the dict becomes an attribute (unpickling);
** None does nothing. The items are copied first: setting one may run code that changes it. */
METHOD(exc_setstate)
{
    (void)n, (void)kw;
    if (a[0] == rt_none)
        return rt_none;
    if (!pyvm_is_dict(a[0]))
        return rt_raise(RT_EXC_TYPE, "state is not a dictionary");
    rt_map_t *d = rt_ptr(a[0]);
    rt_vec_t *items = rt_vec_new(2 * rt_map_count(d));
    for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
        rt_map_key_t key = rt_map_key_at(d, p);
        rt_vec_append(items, key.obj ? key.obj : rt_int_from_i64(key.i));
        rt_vec_append(items, rt_map_value_at(d, p));
    }
    for (int64_t i = 0; i < rt_vec_len(items); i += 2) {
        rt_value_t k = rt_vec_get(items, i);
        if (!pyvm_is_str(k))
            return rt_raise(RT_EXC_TYPE, "attribute name must be string, not '%s'",
                            pyvm_type_name(k));
        if (!pyvm_setattr(self, rt_str_intern(pyvm_str_of(k)), rt_vec_get(items, i + 1)))
            return RT_NOVALUE;
    }
    return rt_none;
}

static const pyvm_cfunc_def_t exc_methods[] = {
    {"__init__", exc_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__setstate__", exc_setstate, 1, 1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {"__str__", exc_str, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__repr__", exc_repr, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"with_traceback", exc_with_traceback, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Attributes every exception has even when never set. */
rt_value_t pyvm_exc_getattr(rt_value_t self, rt_str_t *name)
{
    rt_value_t v = pyvm_generic_getattr(self, name);
    if (v || !pyvm_isinstance(rt_exc_current(), pyvm_exc_AttributeError))
        return v;
    if (name == pyvm_name(args) || name == pyvm_name(traceback) || name == pyvm_name(cause) ||
        name == pyvm_name(context)) {
        rt_exc_clear();
        return name == pyvm_name(args) ? rt_from_ptr(rt_tuple_new(0)) : rt_none;
    }
    if (name == pyvm_name(suppress_context)) {
        rt_exc_clear();
        return rt_false;
    }
    return v;
}

/* ---- The runtime's hook ---- */

static pyvm_class_t **const kind_class[RT_EXC_NKINDS] = {
    [RT_EXC_TYPE] = &pyvm_exc_TypeError,
    [RT_EXC_VALUE] = &pyvm_exc_ValueError,
    [RT_EXC_ARITHMETIC] = &pyvm_exc_ArithmeticError,
    [RT_EXC_ZERO_DIVISION] = &pyvm_exc_ZeroDivisionError,
    [RT_EXC_OVERFLOW] = &pyvm_exc_OverflowError,
    [RT_EXC_MEMORY] = &pyvm_exc_MemoryError,
    [RT_EXC_INDEX] = &pyvm_exc_IndexError,
    [RT_EXC_KEY] = &pyvm_exc_KeyError,
    [RT_EXC_RECURSION] = &pyvm_exc_RecursionError,
    [RT_EXC_ATTRIBUTE] = &pyvm_exc_AttributeError,
    [RT_EXC_NAME] = &pyvm_exc_NameError,
    [RT_EXC_UNICODE] = &pyvm_exc_UnicodeError,
    [RT_EXC_NOT_IMPLEMENTED] = &pyvm_exc_NotImplementedError,
    [RT_EXC_RUNTIME] = &pyvm_exc_RuntimeError,
    [RT_EXC_SYSTEM] = &pyvm_exc_SystemError,
    [RT_EXC_STOP_ITERATION] = &pyvm_exc_StopIteration,
    [RT_EXC_ASSERTION] = &pyvm_exc_AssertionError,
    [RT_EXC_OS] = &pyvm_exc_OSError,
    [RT_EXC_ARGUMENT_COUNT] = &pyvm_exc_TypeError,
};

/* Builds the exception without running Python code: a fresh instance with args = (message,). */
static rt_value_t hook(rt_exc_kind_t kind, rt_str_t *message)
{
    pyvm_class_t *cls = kind_class[kind] ? *kind_class[kind] : pyvm_exc_SystemError;
    pyvm_instance_t *e = pyvm_instance_new(cls);
    rt_value_t m = rt_from_ptr(message);
    rt_value_t exc = rt_from_ptr(e);
    pyvm_exc_put(exc, pyvm_name(args), pyvm_tuple_from(&m, 1));
    return exc;
}

/* ---- Printing uncaught exceptions ---- */

/* Sources of the files run so far, for quoting lines in tracebacks. */
static rt_map_t *sources;

void pyvm_exc_add_source(rt_str_t *filename, const char *src, size_t len)
{
    rt_map_set_str(sources, filename, rt_from_ptr(rt_str_new(src, len)));
}

/* The state of printing one uncaught exception (CPython's pythonrun.c): inside an exception
** group, every line starts with two columns of indent per level and a "| " margin; need_close
** says the group's closing line is still due; seen holds the ids of the exceptions printed, so a
** cycle of causes or contexts prints once. */
typedef struct {
    FILE *out;
    int group_depth;
    bool need_close;
    rt_map_t *seen;
} print_ctx_t;

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

static void indent(print_ctx_t *c) { fprintf(c->out, "%*s", 2 * c->group_depth, ""); }

static void margin(print_ctx_t *c)
{
    indent(c);
    fputs(c->group_depth ? "| " : "", c->out);
}

static void print_source_line(print_ctx_t *c, rt_str_t *file, int32_t line)
{
    rt_value_t src = rt_map_get_str(sources, file);
    if (!src || line <= 0)
        return;
    rt_str_t *s = rt_ptr(src);
    const char *p = s->data, *end = p + s->len;
    for (int32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e)
        e = end;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\r' || e[-1] == '\t'))
        e--;
    if (e > p) {
        margin(c);
        fprintf(c->out, "    %.*s\n", (int)(e - p), p);
    }
}

static void print_repeats(print_ctx_t *c, int repeats)
{
    if (repeats >= 3) {
        margin(c);
        fprintf(c->out, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                repeats - 2 == 1 ? "" : "s");
    }
}

/* "Traceback (most recent call last):" and one entry per frame; a group's header line carries
** the "+ " that opens the box at the outermost level. */
static void print_tb(print_ctx_t *c, rt_value_t exc, rt_tb_t *tb)
{
    bool group = pyvm_excgroup_is(exc);
    indent(c);
    fputs(group && c->group_depth == 1 ? "+ " : c->group_depth ? "| " : "", c->out);
    fputs(group ? "Exception Group Traceback (most recent call last):\n"
                : "Traceback (most recent call last):\n",
          c->out);
    /* As CPython: after 3 identical entries, one line counts the further repeats. */
    rt_code_loc_t last = {0};
    int repeats = 0;
    for (rt_tb_t *t = tb; t; t = t->next) {
        rt_code_loc_t loc = rt_tb_location(t);
        if (last.filename == loc.filename && last.line == loc.line && last.name == loc.name) {
            if (++repeats >= 3)
                continue;
        } else {
            print_repeats(c, repeats);
            repeats = 0;
        }
        last = loc;
        margin(c);
        fprintf(c->out, "  File \"%s\", line %d, in %s\n", loc.filename->data, loc.line,
                loc.name->data);
        print_source_line(c, loc.filename, loc.line);
    }
    print_repeats(c, repeats);
}

/* Each note of __notes__ on its own lines, under the message. */
static void print_notes(print_ctx_t *c, rt_value_t exc)
{
    rt_value_t notes = pyvm_exc_get(exc, rt_str_intern_cstr("__notes__"));
    if (!notes || !(pyvm_is_list(notes) || pyvm_is_tuple(notes)))
        return;
    rt_vec_t *items = pyvm_seq_to_vec(notes);
    for (int64_t i = 0; items && i < rt_vec_len(items); i++) {
        rt_value_t s = pyvm_str(rt_vec_get(items, i));
        if (!s) {
            rt_exc_clear();
            continue;
        }
        const char *p = pyvm_str_of(s)->data, *end = p + pyvm_str_of(s)->len;
        do {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *e = nl ? nl : end;
            margin(c);
            fprintf(c->out, "%.*s\n", (int)(e - p), p);
            p = nl ? nl + 1 : end;
        } while (p < end);
    }
}

static void print_one(print_ctx_t *c, rt_value_t exc, rt_tb_t *tb)
{
    rt_value_t file = pyvm_exc_get(exc, rt_str_intern_cstr("filename"));
    rt_value_t line = pyvm_exc_get(exc, rt_str_intern_cstr("lineno"));
    if (tb)
        print_tb(c, exc, tb);
    if (pyvm_isinstance(exc, pyvm_exc_SyntaxError) && file && pyvm_is_str(file) && line &&
        rt_is_small(line)) {
        /* a compile-time error: its place after any traceback */
        margin(c);
        fprintf(c->out, "  File \"%s\", line %lld\n", pyvm_str_of(file)->data,
                (long long)rt_small_value(line));
        print_source_line(c, rt_ptr(file), (int32_t)rt_small_value(line));
    }
    pyvm_class_t *cls = pyvm_type_of(exc);
    rt_value_t smsg = pyvm_isinstance(exc, pyvm_exc_SyntaxError)
                          ? pyvm_exc_get(exc, rt_str_intern_cstr("msg")) : RT_NOVALUE;
    /* a SyntaxError's last line is its bare msg: the place was printed above */
    rt_value_t msg = smsg && pyvm_is_str(smsg) ? smsg : pyvm_str(exc);
    if (!msg) {
        rt_exc_clear();
        msg = pyvm_str_cstr("<exception str() failed>");
    }
    margin(c);
    if (pyvm_str_of(msg)->len)
        fprintf(c->out, "%s: %s\n", cls->qualname->data, pyvm_str_of(msg)->data);
    else
        fprintf(c->out, "%s\n", cls->qualname->data);
    print_notes(c, exc);
}

static rt_tb_t *tb_of(rt_value_t exc)
{
    rt_value_t t = pyvm_exc_get(exc, pyvm_name(traceback));
    return t && t != rt_none ? rt_ptr(t) : NULL;
}

static void print_recursive(print_ctx_t *c, rt_value_t exc, rt_tb_t *tb);

static bool seen(print_ctx_t *c, rt_value_t exc)
{
    return pyvm_set_has(c->seen, rt_small((int64_t)(exc >> 3))) == 1;
}

static void print_chained(print_ctx_t *c, rt_value_t exc, const char *message)
{
    bool need_close = c->need_close;
    print_recursive(c, exc, tb_of(exc));
    c->need_close = need_close;
    margin(c);
    fputs("\n", c->out);
    margin(c);
    fputs(message, c->out);
    margin(c);
    fputs("\n", c->out);
}

/* The group's own traceback and message, then each sub-exception in a numbered box (at most
** MAX_GROUP_WIDTH, MAX_GROUP_DEPTH levels deep), as CPython 3.11. */
static void print_group(print_ctx_t *c, rt_value_t eg, rt_tb_t *tb)
{
    if (c->group_depth > MAX_GROUP_DEPTH) {
        margin(c);
        fprintf(c->out, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (c->group_depth == 0)
        c->group_depth++;
    print_one(c, eg, tb);
    rt_tuple_t *excs = pyvm_excgroup_excs(eg);
    int64_t count = rt_tuple_len(excs);
    int64_t n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) /* the closing line may come from a nested group */
            c->need_close = true;
        indent(c);
        if (truncated)
            fprintf(c->out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            fprintf(c->out, "%s+---------------- %lld ----------------\n", i == 0 ? "+-" : "  ",
                    (long long)i + 1);
        c->group_depth++;
        if (!truncated) {
            rt_value_t sub = rt_tuple_get(excs, i);
            print_recursive(c, sub, tb_of(sub));
        } else {
            int64_t more = count - MAX_GROUP_WIDTH;
            margin(c);
            fprintf(c->out, "and %lld more exception%s\n", (long long)more, more > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            indent(c);
            fputs("+------------------------------------\n", c->out);
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (c->group_depth == 1)
        c->group_depth--;
}

static void print_recursive(print_ctx_t *c, rt_value_t exc, rt_tb_t *tb)
{
    if (pyvm_is_exc(exc) && pyvm_set_add(c->seen, rt_small((int64_t)(exc >> 3)))) {
        rt_value_t cause = pyvm_exc_get(exc, pyvm_name(cause));
        rt_value_t ctx = pyvm_exc_get(exc, pyvm_name(context));
        rt_value_t sup = pyvm_exc_get(exc, pyvm_name(suppress_context));
        if (cause && cause != rt_none && pyvm_is_exc(cause)) {
            if (!seen(c, cause))
                print_chained(c, cause, "The above exception was the direct cause of the "
                                        "following exception:\n");
        } else if (ctx && ctx != rt_none && pyvm_is_exc(ctx) && sup != rt_true) {
            if (!seen(c, ctx))
                print_chained(c, ctx, "During handling of the above exception, another "
                                      "exception occurred:\n");
        }
    }
    if (pyvm_excgroup_is(exc))
        print_group(c, exc, tb);
    else
        print_one(c, exc, tb);
}

void pyvm_exc_print(rt_value_t exc, rt_tb_t *tb, FILE *out)
{
    fflush(stdout);
    print_ctx_t c = {out, 0, false, pyvm_set_new(&pyvm_type_set)};
    print_recursive(&c, exc, tb);
    fflush(out);
}

/* ---- Tracebacks and frame objects, as Python sees them ---- */

static rt_value_t tb_getattr(rt_value_t self, rt_str_t *name)
{
    rt_tb_t *tb = rt_ptr(self);
    const char *n = name->data;
    if (strcmp(n, "tb_next") == 0)
        return tb->next ? rt_from_ptr(tb->next) : rt_none;
    if (strcmp(n, "tb_frame") == 0)
        return tb->frame ? rt_from_ptr(tb->frame) : rt_none;
    if (strcmp(n, "tb_lineno") == 0)
        return rt_small(rt_tb_location(tb).line);
    if (strcmp(n, "tb_lasti") == 0)
        return rt_small(tb->pc);
    return pyvm_generic_getattr(self, name);
}

/* The frame's slot 0 (a Python frame's function), live or saved. */
static pyvm_func_t *frame_func(rt_frameobj_t *fo)
{
    rt_value_t f = fo->frame ? fo->frame->slots[0] : fo->nsaved ? fo->saved[0] : RT_NOVALUE;
    return f && rt_is_ptr(f) && rt_obj_type(rt_ptr(f)) == &pyvm_type_func ? rt_ptr(f) : NULL;
}

static rt_value_t frame_getattr(rt_value_t self, rt_str_t *name)
{
    rt_frameobj_t *fo = rt_ptr(self);
    const char *n = name->data;
    rt_code_t *code = fo->frame ? fo->frame->code : fo->code;
    uint32_t pc = fo->frame ? fo->frame->pc : fo->pc;
    pyvm_func_t *fn = frame_func(fo);
    if (strcmp(n, "f_code") == 0)
        return code ? rt_from_ptr(code) : rt_none;
    if (strcmp(n, "f_lineno") == 0)
        return rt_small(code ? rt_code_location(code, pc).line : 0);
    if (strcmp(n, "f_lasti") == 0)
        return rt_small(pc);
    if (strcmp(n, "f_globals") == 0)
        return fn ? rt_from_ptr(fn->globals) : rt_from_ptr(pyvm_dict_new());
    if (strcmp(n, "f_builtins") == 0)
        return rt_from_ptr(pyvm_builtins);
    if (strcmp(n, "f_locals") == 0) {
        const rt_value_t *slots = fo->frame ? fo->frame->slots : fo->nsaved ? fo->saved : NULL;
        return slots && code && code->lang == RT_LANG_PY
                   ? pyvm_interp_frame_locals(slots, (const pyvm_code_t *)code)
                   : rt_from_ptr(pyvm_dict_new());
    }
    if (strcmp(n, "f_back") == 0)
        return fo->back ? rt_from_ptr(fo->back) : rt_none;
    return pyvm_generic_getattr(self, name);
}

/* Only tb_next can be set (unittest trims its own frames from tracebacks). */
static bool tb_setattr(rt_value_t self, rt_str_t *name, rt_value_t v)
{
    if (v && strcmp(name->data, "tb_next") == 0 &&
        (v == rt_none || (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_tb))) {
        RT_STORE((rt_tb_t *)rt_ptr(self), next, v == rt_none ? NULL : (rt_tb_t *)rt_ptr(v));
        return true;
    }
    rt_raise(RT_EXC_ATTRIBUTE, "'traceback' object attribute '%s' is read-only", name->data);
    return false;
}

/* frame.clear(): a finished frame's locals would be dropped; pyvm's frame objects keep no
** more than their saved slots, which the collector reclaims with the frame object. */
static rt_value_t frame_clear(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    if (((rt_frameobj_t *)rt_ptr(self))->frame)
        return rt_raise(RT_EXC_RUNTIME, "cannot clear an executing frame");
    return rt_none;
}

static const pyvm_cfunc_def_t frame_methods[] = {
    {"clear", frame_clear, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const rt_pyslots_t tb_slots = {
    .cls = &pyvm_cls_traceback, .getattr = tb_getattr, .setattr = tb_setattr};
static const rt_pyslots_t frame_slots = {.cls = &pyvm_cls_frame, .getattr = frame_getattr};

void pyvm_exc_init(void)
{
    static const struct {
        pyvm_class_t **cls;
        pyvm_class_t **base;
        const char *name;
    } table[] = {
#define PYVM_EXC_ROW(n, b) {&pyvm_exc_##n, &pyvm_exc_##b, #n},
#define pyvm_exc_object pyvm_cls_object
        PYVM_EXC_CLASSES(PYVM_EXC_ROW)
#undef pyvm_exc_object
#undef PYVM_EXC_ROW
    };
    gc_root_add(&sources, 1);
    sources = rt_map_new(0);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        gc_root_add(table[i].cls, 1);
        rt_value_t bases[2] = {rt_from_ptr(*table[i].base), RT_NOVALUE};
        if (table[i].cls == &pyvm_exc_ExceptionGroup) { /* (BaseExceptionGroup, Exception) */
            bases[0] = rt_from_ptr(pyvm_exc_BaseExceptionGroup);
            bases[1] = rt_from_ptr(pyvm_exc_Exception);
        }
        *table[i].cls = pyvm_type_new_builtin_bases(table[i].name, NULL,
                                                    rt_tuple_from(bases, bases[1] ? 2 : 1));
    }
    pyvm_exc_BaseException->flags |= PYVM_CLASS_BASEEXC;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        (*table[i].cls)->flags |= PYVM_CLASS_BASEEXC;
    pyvm_cfunc_install(pyvm_exc_BaseException, exc_methods);
    pyvm_cfunc_install(pyvm_exc_ImportError, import_error_methods);
    rt_exc_set_hook(RT_LANG_PY, hook);
    rt_type_tb.py = &tb_slots;
    rt_type_frameobj.py = &frame_slots;
    pyvm_cls_traceback = pyvm_type_new_builtin("traceback", &rt_type_tb, pyvm_cls_object);
    pyvm_cls_frame = pyvm_type_new_builtin("frame", &rt_type_frameobj, pyvm_cls_object);
    pyvm_cfunc_install(pyvm_cls_frame, frame_methods);
}
