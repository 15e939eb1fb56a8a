/*
** exc.c: PHP's built-in classes (stdClass, Closure, the Throwable hierarchy and the core
** interfaces), exceptions' file/line/trace capture at construction, their string form, and the
** hook through which runtime code raises PHP exceptions (rt_raise).
*/
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "phpvm/interp.h"

static rt_str_t *S(const char *s) { return rt_str_intern_cstr(s); }

static rt_value_t prop(rt_value_t exc, const char *name)
{
    phpvm_object_t *o = phpvm_obj(exc);
    rt_value_t v = rt_slots_get_attr(&o->slots, S(name));
    return v ? phpvm_deref(v) : rt_none;
}

static void set_prop(rt_value_t exc, const char *name, rt_value_t v)
{
    phpvm_object_t *o = phpvm_obj(exc);
    rt_slots_set_attr(o, &o->slots, S(name), v, 0);
}

/* ---- Trace ---- */

void phpvm_append_scalar(rt_strbuf_t *b, rt_value_t v)
{
    static const char esc[][2] = {{'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}, {'\f', 'f'},
                                  {'\v', 'v'}, {'\\', '\\'}, {27, 'e'}};
    v = phpvm_deref(v);
    switch (phpvm_kind(v)) {
    case PHPVM_NULL: rt_strbuf_append(b, "NULL", 4); break;
    case PHPVM_BOOL: rt_strbuf_appendf(b, "%s", v == rt_true ? "true" : "false"); break;
    case PHPVM_STRING: {
        rt_str_t *s = phpvm_str(v);
        rt_strbuf_append_char(b, '\'');
        for (int64_t i = 0; i < s->len && i < 15; i++) {
            unsigned char c = (unsigned char)s->data[i];
            if (c >= 32 && c <= 126 && c != '\\') {
                rt_strbuf_append_char(b, (char)c);
                continue;
            }
            size_t k = 0;
            while (k < sizeof esc / sizeof esc[0] && (unsigned char)esc[k][0] != c)
                k++;
            if (k < sizeof esc / sizeof esc[0])
                rt_strbuf_appendf(b, "\\%c", esc[k][1]);
            else
                rt_strbuf_appendf(b, "\\x%02X", c);
        }
        rt_strbuf_append(b, s->len > 15 ? "...'" : "'", s->len > 15 ? 4 : 1);
        break;
    }
    case PHPVM_FLOAT: {
        char buf[RT_NUMFMT_FLOAT_MAX];
        rt_strbuf_append(b, buf, rt_numfmt_float_php(rt_float_value(v), phpvm_vm->precision,
                                                     RT_NUMFMT_PHP_ZERO_FRAC, buf, sizeof buf));
        break;
    }
    default:
        phpvm_append_value(b, v);
    }
}

static void append_arg(rt_strbuf_t *b, rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_kind(v) == PHPVM_ARRAY)
        rt_strbuf_append(b, "Array", 5);
    else if (phpvm_kind(v) == PHPVM_OBJECT)
        rt_strbuf_appendf(b, "Object(%s)", phpvm_class_of(v)->name->data);
    else
        phpvm_append_scalar(b, v);
}

rt_value_t phpvm_throw_unhandled_match(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_kind(v) == PHPVM_ARRAY || phpvm_kind(v) == PHPVM_OBJECT)
        return phpvm_throw("UnhandledMatchError", "Unhandled match case of type %s",
                           phpvm_type_name(v));
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    phpvm_append_scalar(&b, v); /* the same spelling as a trace's arguments */
    rt_str_t *s = rt_strbuf_finish(&b, &rt_type_str);
    return phpvm_throw("UnhandledMatchError", "Unhandled match case %s", s->data);
}

/* One frame of a trace: where the call happened (NULL: in a builtin, "[internal function]"),
** what was called (a method of class cls, or NULL); `self` ($this, or 0) is listed as "object"
** when with_object. */
static phpvm_array_t *trace_entry(rt_frame_t *at, rt_str_t *fname, phpvm_class_t *cls,
                                  rt_value_t self, bool with_object)
{
    phpvm_array_t *e = phpvm_array_new(0);
    if (at) {
        rt_map_set_str(e, S("file"), rt_from_ptr(at->code->filename));
        rt_map_set_str(e, S("line"), rt_small(rt_code_line(at->code, at->pc)));
    }
    rt_map_set_str(e, S("function"), rt_from_ptr(fname));
    if (cls) {
        rt_map_set_str(e, S("class"), rt_from_ptr(cls->name));
        if (self && with_object)
            rt_map_set_str(e, S("object"), self);
        rt_map_set_str(e, S("type"), phpvm_cstr(self ? "->" : "::"));
    }
    return e;
}

/* ---- SensitiveParameterValue: a #[SensitiveParameter] argument as traces show it ---- */

static phpvm_class_t *sensitive_class;

/* The value kept, in the instance's hidden slot: no dump, cast or export shows it. */
static rt_value_t *sensitive_slot(rt_value_t self) { return &phpvm_obj(self)->slots.inl[0]; }

static void sensitive_set(rt_value_t self, rt_value_t v)
{
    *sensitive_slot(self) = phpvm_share(phpvm_deref(v));
    gc_write_barrier(phpvm_obj(self));
}

static rt_value_t sv_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    sensitive_set(self, args[0]);
    return rt_none;
}

static rt_value_t sv_get_value(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return *sensitive_slot(self);
}

static const phpvm_builtin_t sensitive_methods[] = {
    {"__construct", sv_construct, 1, 1, "value", 0},
    {"getValue", sv_get_value, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void sensitive_init(void)
{
    sensitive_class = phpvm_class_builtin("SensitiveParameterValue", NULL, NULL,
                                          PHPVM_C_FINAL | PHPVM_C_SEALED);
    phpvm_class_add_methods(sensitive_class, sensitive_methods);
    phpvm_class_add_prop(sensitive_class, rt_str_intern(rt_str_new("\0value", 6)),
                         PHPVM_F_PRIVATE, rt_none);
    phpvm_class_declare(sensitive_class);
}

/* What a trace shows of argument v of a parameter with flags pflags. */
static rt_value_t trace_arg(uint32_t pflags, rt_value_t v)
{
    if (!(pflags & PHPVM_P_SENSITIVE) || v == RT_NOVALUE)
        return v;
    rt_value_t o = phpvm_object_alloc(sensitive_class);
    sensitive_set(o, v);
    return o;
}

/* A trace entry's args: vals[0..n), each under its name in keys (NULL, or RT_NOVALUE: a
** positional one). */
static void add_args(phpvm_array_t *e, rt_value_t *vals, const rt_value_t *keys, int n)
{
    phpvm_array_t *args = phpvm_array_new(0);
    for (int i = 0; i < n; i++) {
        if (vals[i] == RT_NOVALUE)
            continue;
        rt_value_t v = phpvm_share(phpvm_deref(vals[i]));
        if (keys && keys[i] != RT_NOVALUE)
            phpvm_array_set(args, keys[i], v);
        else
            phpvm_array_append(args, v);
    }
    rt_map_set_str(e, S("args"), rt_from_ptr(args));
}

static rt_frame_t *php_frame(void)
{
    rt_frame_t *f = rt_ts->frame;
    while (f && f->lang != RT_LANG_PHP)
        f = f->prev;
    return f;
}

phpvm_array_t *phpvm_backtrace(int skip, bool with_object)
{
    phpvm_array_t *trace = phpvm_array_new(0);
    phpvm_bcall_t *bc = phpvm_bcalls;
    for (rt_frame_t *f = php_frame(); f; f = f->prev) {
        if (f->lang != RT_LANG_PHP)
            continue;
        for (; bc && bc->frame == f; bc = bc->prev) {
            if (bc->func && (bc->func->flags & PHPVM_F_HIDDEN))
                continue;
            if (skip > 0) {
                skip--;
                continue;
            }
            /* a builtin method is listed with its class, as "A->m" or "A::m" */
            phpvm_class_t *cls = bc->func ? bc->func->scope : NULL;
            rt_value_t self = cls && phpvm_kind(bc->self) == PHPVM_OBJECT ? bc->self : 0;
            phpvm_array_t *e = trace_entry(f, rt_str_from_cstr(bc->name), cls, self, with_object);
            add_args(e, bc->args, NULL, bc->argc);
            phpvm_array_append(trace, rt_from_ptr(e));
        }
        phpvm_func_t *fn = phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC]);
        if ((!f->prev && (f->code->flags & PHPVM_CODE_MAIN)) || (fn->flags & PHPVM_F_THUNK))
            continue;
        rt_value_t callee = f->slots[PHPVM_SLOT_FUNC];
        phpvm_class_t *cls = phpvm_is_closure(callee) ? ((phpvm_closure_t *)rt_ptr(callee))->scope
                                                      : fn->scope;
        /* called back by a builtin that f->prev called (array_map, iterator_to_array...), or
        ** by the engine itself with no PHP code below (exception handler, shutdown function);
        ** a destructor that a statement of f->prev runs (a hidden builtin) is called there */
        bool internal = !f->prev || ((f->flags & RT_FRAME_ENTRY) && bc && bc->frame == f->prev &&
                                     !(bc->func && (bc->func->flags & PHPVM_F_HIDDEN) &&
                                       strcasecmp(fn->name->data, "__destruct") == 0));
        phpvm_array_t *e = trace_entry(internal ? NULL : f->prev, fn->name, cls,
                                       f->slots[PHPVM_SLOT_THIS], with_object);
        rt_value_t vals[64], keys[64]; /* a variadic parameter's named arguments by name */
        int n = 0;
        for (uint32_t i = 0, np = phpvm_params_passed(f, fn); i < np && n < 64; i++) {
            rt_value_t v = f->slots[PHPVM_NHIDDEN + i];
            if (v == RT_NOVALUE)
                break;
            if ((fn->pflags[i] & PHPVM_P_VARIADIC) && phpvm_is_array(phpvm_deref(v))) {
                phpvm_array_t *r = phpvm_arr(phpvm_deref(v));
                for (int64_t p = phpvm_array_first(r); p >= 0 && n < 64;
                     p = phpvm_array_next(r, p)) {
                    rt_value_t k = phpvm_array_key_at(r, p);
                    keys[n] = phpvm_is_str(k) ? k : RT_NOVALUE;
                    vals[n++] = trace_arg(fn->pflags[i], phpvm_array_val_at(r, p));
                }
                continue;
            }
            keys[n] = RT_NOVALUE;
            vals[n++] = trace_arg(fn->pflags[i], v);
        }
        add_args(e, vals, keys, n);
        phpvm_array_append(trace, rt_from_ptr(e));
    }
    return trace;
}

/* File, line and trace of a new Throwable: where it was made, innermost first. */
void phpvm_exc_fill(rt_value_t exc)
{
    rt_frame_t *f = php_frame();
    if (!f)
        return;
    set_prop(exc, "file", rt_from_ptr(f->code->filename));
    set_prop(exc, "line", rt_small(rt_code_line(f->code, f->pc)));
    set_prop(exc, "trace", rt_from_ptr(phpvm_backtrace(0, false)));
}

void phpvm_exc_set_line(rt_value_t exc, int64_t line)
{
    set_prop(exc, "line", rt_small(line));
}

static rt_str_t *trace_string(rt_value_t exc)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 128);
    int64_t n = phpvm_trace_append(&b, prop(exc, "trace"));
    rt_strbuf_appendf(&b, "#%" PRId64 " {main}", n);
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* A frame's string entry `key` (class, type, function) as it is; PHP's warning and "[unknown]"
** for one that is not a string. */
static void append_frame_key(rt_strbuf_t *b, phpvm_array_t *e, const char *key)
{
    rt_value_t v = rt_map_get_str(e, S(key));
    if (v == RT_NOVALUE)
        return;
    v = phpvm_deref(v);
    if (!phpvm_is_str(v)) {
        phpvm_error(PHPVM_E_WARNING, "Value for %s is not a string", key);
        rt_strbuf_append(b, "[unknown]", 9);
    } else if (strcmp(key, "class") == 0) { /* up to a NUL, as PHP: "class@anonymous" without
                                            ** where it is declared */
        rt_strbuf_append(b, phpvm_str(v)->data, strlen(phpvm_str(v)->data));
    } else {
        rt_strbuf_append_str(b, phpvm_str(v));
    }
}

/* Line `n` of getTraceAsString for frame e, which user code may have replaced (through
** Reflection) with anything: what is not of its type is warned about and shown as unknown. */
static void append_frame(rt_strbuf_t *b, phpvm_array_t *e, int64_t n)
{
    rt_value_t file = rt_map_get_str(e, S("file"));
    if (file == RT_NOVALUE) {
        rt_strbuf_appendf(b, "#%" PRId64 " [internal function]: ", n);
    } else if (!phpvm_is_str(phpvm_deref(file))) {
        phpvm_error(PHPVM_E_WARNING, "File name is not a string");
        rt_strbuf_appendf(b, "#%" PRId64 " [unknown file]: ", n);
    } else {
        rt_value_t line = rt_map_get_str(e, S("line"));
        line = line == RT_NOVALUE ? rt_small(0) : phpvm_deref(line);
        if (!rt_is_int(line)) {
            phpvm_error(PHPVM_E_WARNING, "Line is not an int");
            line = rt_small(0);
        }
        rt_strbuf_appendf(b, "#%" PRId64 " %s(%" PRId64 "): ", n,
                          phpvm_str(phpvm_deref(file))->data, rt_int_i64(line));
    }
    append_frame_key(b, e, "class");
    append_frame_key(b, e, "type");
    append_frame_key(b, e, "function");
    rt_strbuf_append_char(b, '(');
    rt_value_t args = rt_map_get_str(e, S("args"));
    if (args != RT_NOVALUE && !phpvm_is_array(phpvm_deref(args))) {
        phpvm_error(PHPVM_E_WARNING, "args element is not an array");
    } else if (args != RT_NOVALUE) {
        phpvm_array_t *a = phpvm_arr(phpvm_deref(args));
        for (int64_t q = phpvm_array_first(a); q >= 0; q = phpvm_array_next(a, q)) {
            if (q != phpvm_array_first(a))
                rt_strbuf_append(b, ", ", 2);
            rt_value_t k = phpvm_array_key_at(a, q);
            if (phpvm_is_str(k)) { /* a named argument */
                rt_strbuf_append_str(b, phpvm_str(k));
                rt_strbuf_append(b, ": ", 2);
            }
            append_arg(b, phpvm_array_val_at(a, q));
        }
    }
    rt_strbuf_append(b, ")\n", 2);
}

int64_t phpvm_trace_append(rt_strbuf_t *b, rt_value_t t)
{
    int64_t n = 0;
    if (!phpvm_is_array(t))
        return 0;
    phpvm_array_t *a = phpvm_arr(t);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t e = phpvm_deref(phpvm_array_val_at(a, p));
        if (!phpvm_is_array(e)) {
            rt_value_t k = phpvm_array_key_at(a, p);
            if (phpvm_is_str(k))
                phpvm_error(PHPVM_E_WARNING, "Expected array for frame %s", phpvm_str(k)->data);
            else
                phpvm_error(PHPVM_E_WARNING, "Expected array for frame %" PRId64, rt_int_i64(k));
            continue;
        }
        append_frame(b, phpvm_arr(e), n++);
    }
    return n;
}

rt_str_t *phpvm_exc_string(rt_value_t exc)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 256);
    rt_value_t prev = prop(exc, "previous");
    if (phpvm_is_object(prev)) {
        rt_strbuf_append_str(&b, phpvm_exc_string(prev));
        rt_strbuf_append(&b, "\n\nNext ", 7);
    }
    rt_str_t *msg = phpvm_to_str(prop(exc, "message"));
    rt_strbuf_append_str(&b, phpvm_obj(exc)->cls->name);
    if (msg && msg->len) {
        rt_strbuf_append(&b, ": ", 2);
        rt_strbuf_append_str(&b, msg);
        /* an argument's TypeError names the call site; the location is the callee's */
        phpvm_class_t *k = phpvm_obj(exc)->cls;
        if ((strcmp(k->name->data, "TypeError") == 0 ||
             strcmp(k->name->data, "ArgumentCountError") == 0) &&
            strstr(msg->data, ", called in "))
            rt_strbuf_append(&b, " and defined", 12);
    }
    rt_strbuf_appendf(&b, " in %s:%" PRId64 "\nStack trace:\n",
                      phpvm_to_str(prop(exc, "file"))->data, phpvm_to_int(prop(exc, "line")));
    rt_strbuf_append_str(&b, trace_string(exc));
    return rt_strbuf_finish(&b, &rt_type_str);
}

rt_value_t phpvm_exc_new(phpvm_class_t *c, rt_str_t *msg)
{
    rt_value_t e = phpvm_object_new(c);
    if (e != RT_NOVALUE)
        set_prop(e, "message", rt_from_ptr(msg));
    return e;
}

rt_value_t phpvm_throw(const char *cls, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    phpvm_class_t *c = phpvm_class_find_c(cls);
    rt_value_t e = phpvm_exc_new(c, rt_str_from_cstr(buf));
    if (e != RT_NOVALUE)
        rt_exc_set(e);
    return RT_NOVALUE;
}

rt_value_t phpvm_exc_hook(rt_exc_kind_t kind, rt_str_t *message)
{
    const char *name = rt_exc_kind_name(kind, RT_LANG_PHP);
    phpvm_class_t *c = phpvm_class_find_c(name ? name : "Error");
    return phpvm_exc_new(c, message);
}

/* ---- Chaining ---- */

phpvm_func_t *phpvm_exc_chain_fn;

rt_value_t phpvm_exc_set_previous(rt_value_t exc, rt_value_t add)
{
    if (!phpvm_is_object(exc) || !phpvm_is_object(add) || exc == add)
        return exc;
    /* PHP's rule: add goes at the end of exc's chain, unless some exception of that chain is
    ** already among add's own previous ones (linking would make a cycle): then it is dropped. */
    for (rt_value_t x = exc; x != add;) {
        for (rt_value_t y = prop(add, "previous"); phpvm_is_object(y); y = prop(y, "previous"))
            if (y == x)
                return exc;
        rt_value_t prev = prop(x, "previous");
        if (!phpvm_is_object(prev)) {
            set_prop(x, "previous", add);
            return exc;
        }
        x = prev;
    }
    return exc;
}

/* args[0] thrown while a finally block ran for args[1]. */
static rt_value_t exc_chain(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    (void)argc;
    return phpvm_exc_set_previous(phpvm_deref(args[0]), phpvm_deref(args[1]));
}

static const phpvm_builtin_t exc_chain_builtin = {"exception chain", exc_chain, 2, 2, "", 0};

phpvm_func_t *phpvm_exc_error_fn;

static rt_value_t exc_error(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    rt_str_t *msg = phpvm_to_str(phpvm_deref(args[0]));
    return msg ? phpvm_throw("Error", "%s", msg->data) : RT_NOVALUE;
}

static const phpvm_builtin_t exc_error_builtin = {"error", exc_error, 1, 1, "", 0};

/* ---- Throwable's methods ---- */

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    if (phpvm_arg_given(argc, args, 0)) {
        rt_str_t *s = phpvm_arg_str(args, argc, 0);
        if (!s)
            return RT_NOVALUE;
        set_prop(self, "message", rt_from_ptr(s));
    }
    if (phpvm_arg_given(argc, args, 1))
        set_prop(self, "code", args[1]);
    if (phpvm_arg_given(argc, args, 2))
        set_prop(self, "previous", args[2]);
    return rt_none;
}

/* ErrorException($message, $code, $severity = E_ERROR, $filename = null, $line = null,
** $previous = null) */
static rt_value_t m_error_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t base[3] = {argc > 0 ? args[0] : RT_NOVALUE, argc > 1 ? args[1] : RT_NOVALUE,
                          argc > 5 ? args[5] : RT_NOVALUE};
    if (m_construct(self, base, 3) == RT_NOVALUE)
        return RT_NOVALUE;
    set_prop(self, "severity", phpvm_arg_given(argc, args, 2) ? phpvm_deref(args[2]) : rt_small(1));
    rt_value_t line = phpvm_arg_given(argc, args, 4) ? phpvm_deref(args[4]) : rt_none;
    if (phpvm_arg_given(argc, args, 3) && phpvm_deref(args[3]) != rt_none) {
        set_prop(self, "file", phpvm_deref(args[3]));
        set_prop(self, "line", line != rt_none ? line : rt_small(0)); /* a file, no line: 0 */
    } else if (line != rt_none) {
        set_prop(self, "line", line);
    }
    return rt_none;
}

static rt_value_t m_getseverity(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "severity");
}

static const phpvm_builtin_t error_exception_methods[] = {
    {"__construct", m_error_construct, 0, 6, "message,code,severity,filename,line,previous", 0},
    {"getSeverity", m_getseverity, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static rt_value_t m_getmessage(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "message");
}
static rt_value_t m_getcode(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "code");
}
static rt_value_t m_getprevious(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "previous");
}
static rt_value_t m_getfile(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "file");
}
static rt_value_t m_getline(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return prop(self, "line");
}
static rt_value_t m_gettrace(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return phpvm_share(prop(self, "trace"));
}
static rt_value_t m_gettraceasstring(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return rt_from_ptr(trace_string(self));
}
static rt_value_t m_tostring(rt_value_t self, rt_value_t *a, int n)
{
    (void)a, (void)n;
    return rt_from_ptr(phpvm_exc_string(self));
}

static const phpvm_builtin_t throwable_methods[] = {
    {"__construct", m_construct, 0, 3, "message,code,previous", 0},
    {"getMessage", m_getmessage, 0, 0, "", 0},
    {"getCode", m_getcode, 0, 0, "", 0},
    {"getPrevious", m_getprevious, 0, 0, "", 0},
    {"getFile", m_getfile, 0, 0, "", 0},
    {"getLine", m_getline, 0, 0, "", 0},
    {"getTrace", m_gettrace, 0, 0, "", 0},
    {"getTraceAsString", m_gettraceasstring, 0, 0, "", 0},
    {"__toString", m_tostring, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* ---- Declaring the built-in classes ---- */

static void add_prop(phpvm_class_t *c, const char *name, uint32_t flags, rt_value_t def)
{
    phpvm_class_add_prop(c, S(name), flags, def);
}

void phpvm_class_add_prop(phpvm_class_t *c, rt_str_t *n, uint32_t flags, rt_value_t def)
{
    rt_tuple_t *info = rt_tuple_new(PHPVM_PI_N);
    rt_tuple_init_item(info, PHPVM_PI_FLAGS, rt_small(flags));
    rt_tuple_init_item(info, PHPVM_PI_CLASS, rt_from_ptr(c));
    rt_tuple_init_item(info, PHPVM_PI_SLOT, rt_small(0));
    rt_tuple_init_item(info, PHPVM_PI_TYPE, rt_none);
    rt_map_set_str(c->props, n, rt_from_ptr(info));
    rt_map_set_str(c->defaults, n, def);
}

void phpvm_class_add_methods(phpvm_class_t *c, const phpvm_builtin_t *tab)
{
    for (; tab->name; tab++) {
        phpvm_func_t *f = phpvm_func_new(rt_str_from_cstr(tab->name));
        f->builtin = tab;
        RT_STORE(f, scope, c);
        f->flags = PHPVM_F_PUBLIC;
        char lc[64];
        size_t n = strlen(tab->name);
        for (size_t i = 0; i <= n && i < sizeof lc; i++)
            lc[i] = (char)(tab->name[i] >= 'A' && tab->name[i] <= 'Z' ? tab->name[i] + 32
                                                                       : tab->name[i]);
        rt_map_set_str(c->methods, rt_str_from_cstr(lc), rt_from_ptr(f));
    }
}

static phpvm_class_t *declare(const char *name, const char *parent, const char *ifaces,
                              uint32_t flags)
{
    phpvm_class_t *c = phpvm_class_new_decl(rt_str_from_cstr(name), flags);
    if (parent)
        RT_STORE(c, parent_name, rt_str_from_cstr(parent));
    if (ifaces) { /* comma-separated */
        int64_t n = 1;
        for (const char *p = ifaces; *p; p++)
            n += *p == ',';
        rt_tuple_t *t = rt_tuple_new(n);
        for (int64_t i = 0; i < n; i++) {
            size_t len = strcspn(ifaces, ",");
            rt_tuple_init_item(t, i, phpvm_str_value(ifaces, len));
            ifaces += len + (ifaces[len] == ',');
        }
        RT_STORE(c, iface_names, t);
    }
    return c;
}

phpvm_class_t *phpvm_class_define(const char *name, const char *parent, const char *iface,
                                  uint32_t flags, const phpvm_builtin_t *methods)
{
    phpvm_class_t *c = declare(name, parent, iface, flags);
    if (methods)
        phpvm_class_add_methods(c, methods);
    return phpvm_class_declare(c) ? c : NULL;
}

phpvm_class_t *phpvm_class_builtin(const char *name, const char *parent, const char *ifaces,
                                   uint32_t flags)
{
    return declare(name, parent, ifaces, flags);
}

static void throwable_base(const char *name)
{
    phpvm_class_t *c = declare(name, NULL, "Throwable", 0);
    c->flags |= PHPVM_C_THROWABLE;
    add_prop(c, "message", PHPVM_F_PROTECTED, phpvm_cstr(""));
    add_prop(c, "code", PHPVM_F_PROTECTED, rt_small(0));
    add_prop(c, "file", PHPVM_F_PROTECTED, phpvm_cstr(""));
    add_prop(c, "line", PHPVM_F_PROTECTED, rt_small(0));
    add_prop(c, "trace", PHPVM_F_PRIVATE, phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    add_prop(c, "previous", PHPVM_F_PRIVATE, rt_none);
    phpvm_class_add_methods(c, throwable_methods);
    phpvm_class_declare(c);
}

/* What follows any fatal error: no destructors, exit status 255, the script stops. */
static void fatal_state(void)
{
    phpvm_dtor_off();
    phpvm_vm->exit_status = 255;
    phpvm_vm->exiting = true;
}

/* The marker is null: no exception is ever null, and the top level reads only objects. */
void phpvm_exit_mark(void)
{
    if (phpvm_vm->exiting && !rt_exc_pending())
        rt_ts->exc = rt_none;
}

void phpvm_exit_unmark(void)
{
    if (rt_ts->exc == rt_none)
        rt_ts->exc = RT_NOVALUE;
}

void phpvm_fatal(const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    phpvm_error(PHPVM_E_FATAL, "%s", msg);
    fatal_state();
}

void phpvm_fatal_at(const char *file, int32_t line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    phpvm_report(PHPVM_E_FATAL, msg, file, line);
    fatal_state();
}

void phpvm_classes_init(void)
{
    static const char *const ifaces[] = {"Traversable", "Stringable", "Countable",
                                         "JsonSerializable", "Serializable"};
    for (size_t i = 0; i < sizeof ifaces / sizeof ifaces[0]; i++)
        phpvm_class_declare(declare(ifaces[i], NULL, NULL, PHPVM_C_INTERFACE));
    phpvm_class_declare(declare("Iterator", NULL, "Traversable", PHPVM_C_INTERFACE));
    phpvm_class_declare(declare("IteratorAggregate", NULL, "Traversable", PHPVM_C_INTERFACE));
    phpvm_class_declare(declare("ArrayAccess", NULL, NULL, PHPVM_C_INTERFACE));
    phpvm_class_t *thr = declare("Throwable", NULL, "Stringable", PHPVM_C_INTERFACE);
    thr->flags |= PHPVM_C_THROWABLE;
    phpvm_class_declare(thr);
    phpvm_class_declare(declare("stdClass", NULL, NULL, PHPVM_C_DYNAMIC));
    phpvm_class_t *closure = declare("Closure", NULL, NULL, PHPVM_C_FINAL | PHPVM_C_VM_ONLY);
    phpvm_closure_init(closure);
    phpvm_class_declare(closure);
    throwable_base("Exception");
    throwable_base("Error");
    static const char *const tree[][2] = {
        {"ErrorException", "Exception"}, {"TypeError", "Error"}, {"ValueError", "Error"},
        {"ArithmeticError", "Error"}, {"DivisionByZeroError", "ArithmeticError"},
        {"ArgumentCountError", "TypeError"}, {"AssertionError", "Error"},
        {"UnhandledMatchError", "Error"}, {"CompileError", "Error"}, {"ParseError", "CompileError"},
        {"RuntimeException", "Exception"}, {"LogicException", "Exception"},
        {"InvalidArgumentException", "LogicException"}, {"DomainException", "LogicException"},
        {"LengthException", "LogicException"}, {"OutOfRangeException", "LogicException"},
        {"BadFunctionCallException", "LogicException"},
        {"BadMethodCallException", "BadFunctionCallException"},
        {"OutOfBoundsException", "RuntimeException"}, {"RangeException", "RuntimeException"},
        {"OverflowException", "RuntimeException"}, {"UnderflowException", "RuntimeException"},
        {"UnexpectedValueException", "RuntimeException"}, {"JsonException", "Exception"},
        {"ClosedGeneratorException", "Exception"},
    };
    for (size_t i = 0; i < sizeof tree / sizeof tree[0]; i++) {
        phpvm_class_t *k = declare(tree[i][0], tree[i][1], NULL, 0);
        if (strcmp(tree[i][0], "ErrorException") == 0) {
            add_prop(k, "severity", PHPVM_F_PROTECTED, rt_small(1));
            phpvm_class_add_methods(k, error_exception_methods);
        }
        phpvm_class_declare(k);
    }
    phpvm_gen_init();
    phpvm_enum_init();
    phpvm_weak_init();
    sensitive_init();
    phpvm_hidden_builtin(&phpvm_exc_chain_fn, &exc_chain_builtin);
    phpvm_hidden_builtin(&phpvm_exc_error_fn, &exc_error_builtin);
}

void phpvm_hidden_builtin(phpvm_func_t **slot, const phpvm_builtin_t *b)
{
    *slot = phpvm_func_new(rt_str_from_cstr(b->name));
    (*slot)->builtin = b;
    (*slot)->flags |= PHPVM_F_HIDDEN;
    gc_root_add(slot, 1);
}
