/*
** adapt.c: values and exceptions crossing between Python and PHP (BRIDGE.md, "Values crossing"),
** and the two call paths every adapter uses. Primitives are shared and cross as themselves;
** only what the two languages represent differently is converted here: PHP strings that are
** not valid UTF-8 become bytes, bytes become PHP strings, Python ints beyond int64 become
** floats (as PHP's own overflow does), PHP arrays become views (php_view.c). Each call switches
** rt_ts->lang to the callee's language, so errors raised by C code are built in that language.
*/
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "bridge/internal.h"

pyvm_class_t *bridge_py_BridgeError, *bridge_py_PHPException;
phpvm_class_t *bridge_php_PyException, *bridge_php_BridgeException;

/* The attribute of a PyException that holds the Python exception it stands for. */
static rt_str_t *py_exception_attr(void)
{
    static rt_str_t *name;
    if (!name)
        name = rt_str_intern_cstr("pyException");
    return name;
}

rt_value_t bridge_to_py(rt_value_t v)
{
    v = phpvm_deref(v);
    if (!rt_is_ptr(v))
        return v;
    const rt_type_t *t = rt_value_type(v);
    if (t == &rt_type_str) {
        rt_str_t *s = rt_ptr(v);
        return rt_str_is_utf8(s) ? v : rt_from_ptr(rt_bytes_new(s->data, (size_t)s->len));
    }
    if (t == &phpvm_type_array)
        return bridge_arrview_new(phpvm_ref_new(phpvm_share(v)), false);
    if (t == &phpvm_type_func && phpvm_foreign_is_call(rt_ptr(v)) && ((phpvm_func_t *)rt_ptr(v))->foreign)
        return ((phpvm_func_t *)rt_ptr(v))->foreign; /* a Python function PHP holds: itself */
    return v;
}

rt_value_t bridge_cell_to_py(phpvm_ref_t *cell)
{
    return phpvm_is_array(cell->v) ? bridge_arrview_new(cell, false) : bridge_to_py(cell->v);
}

rt_value_t bridge_to_php(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return v;
    const rt_type_t *t = rt_value_type(v);
    if (t == &rt_type_bytes) {
        rt_str_t *s = rt_ptr(v);
        return rt_from_ptr(rt_str_new(s->data, (size_t)s->len));
    }
    if (t == &rt_type_int) {
        int64_t i;
        double d;
        if (rt_int_to_i64(v, &i))
            return v;
        if (rt_int_to_double(v, &d) != RT_NUM_OK) /* past a double: PHP's own overflow, inf */
            d = rt_int_sign(v) < 0 ? -INFINITY : INFINITY;
        return rt_float_new(d);
    }
    if (t == &bridge_type_arrview)
        return bridge_arrview_value(v);
    bridge_py_slots_for((rt_type_t *)t);
    return v;
}

/* "ValueError: message" (just "ValueError" when the message is empty). */
static rt_str_t *py_exc_message(rt_value_t exc)
{
    rt_strbuf_t b;
    rt_strbuf_init(&b, 64);
    rt_strbuf_append_str(&b, pyvm_type_of(exc)->name);
    rt_value_t s = pyvm_str(exc);
    if (s && pyvm_str_of(s)->len > 0) {
        rt_strbuf_append(&b, ": ", 2);
        rt_strbuf_append_str(&b, pyvm_str_of(s));
    }
    rt_exc_clear();
    return rt_strbuf_finish(&b, &rt_type_str);
}

/* A PHP trace entry: `function` called at `at`. */
static rt_value_t trace_entry(rt_code_loc_t at, rt_str_t *function)
{
    phpvm_array_t *e = phpvm_array_new(0);
    rt_map_set_str(e, rt_str_intern_cstr("file"), rt_from_ptr(at.filename));
    rt_map_set_str(e, rt_str_intern_cstr("line"), rt_small(at.line));
    rt_map_set_str(e, rt_str_intern_cstr("function"), rt_from_ptr(function));
    rt_map_set_str(e, rt_str_intern_cstr("args"), rt_from_ptr(phpvm_array_new(0)));
    return rt_from_ptr(e);
}

/* Puts the Python frames the exception went through (tb, outermost first) in front of the
** PyException's PHP trace, so the trace lists both languages' frames in order, and makes the
** raise point its file and line. The PHP trace starts with the call that entered Python. */
static void add_python_frames(phpvm_object_t *o, rt_tb_t *tb)
{
    rt_str_t *trace_name = rt_str_intern_cstr("trace");
    rt_value_t old = rt_slots_get_attr(&o->slots, trace_name);
    if (!tb || !old || !phpvm_is_array(old))
        return;
    int n = 0;
    for (rt_tb_t *t = tb; t; t = t->next)
        n++;
    rt_tb_t *chain[n];
    n = 0;
    for (rt_tb_t *t = tb; t; t = t->next)
        chain[n++] = t;
    phpvm_array_t *trace = phpvm_array_new(n);
    for (int i = n - 1; i > 0; i--)
        phpvm_array_append(trace, trace_entry(rt_tb_location(chain[i - 1]),
                                              rt_tb_location(chain[i]).qualname));
    phpvm_array_t *php = phpvm_arr(old);
    for (int64_t p = phpvm_array_first(php); p >= 0; p = phpvm_array_next(php, p)) {
        rt_value_t e = phpvm_array_val_at(php, p);
        if (p == phpvm_array_first(php) && phpvm_is_array(e)) {
            e = rt_from_ptr(phpvm_array_dup(phpvm_arr(e)));
            rt_map_set_str(phpvm_arr(e), rt_str_intern_cstr("function"),
                           rt_from_ptr(rt_tb_location(chain[0]).qualname));
        }
        phpvm_array_append(trace, e);
    }
    rt_code_loc_t at = rt_tb_location(chain[n - 1]);
    rt_slots_set_attr(o, &o->slots, trace_name, rt_from_ptr(trace), 0);
    rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("file"), rt_from_ptr(at.filename), 0);
    rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("line"), rt_small(at.line), 0);
}

/* sys.exit() in Python code called from PHP ends the PHP script as exit() does: PHP unwinds
** with nothing pending and the status set. */
static rt_value_t python_exit_to_php(rt_value_t exc)
{
    rt_value_t code = pyvm_exc_get(exc, rt_str_intern_cstr("code"));
    int64_t status = 0;
    if (code && code != rt_none && !(pyvm_is_intlike(code) && rt_int_to_i64(pyvm_int_of(code), &status))) {
        rt_value_t s = pyvm_str(code);
        if (s)
            fprintf(stderr, "%s\n", pyvm_str_of(s)->data);
        rt_exc_clear();
        status = 1;
    }
    phpvm_vm->exit_status = (int)(status & 255);
    phpvm_vm->exiting = true;
    return RT_NOVALUE;
}

rt_value_t bridge_exc_to_php(void)
{
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PY;
    rt_tb_t *tb;
    rt_value_t exc = rt_exc_fetch(&tb);
    if (pyvm_isinstance(exc, pyvm_exc_SystemExit)) {
        python_exit_to_php(exc);
        rt_ts->lang = lang;
        return RT_NOVALUE;
    }
    rt_value_t php = pyvm_isinstance(exc, bridge_py_PHPException)
                         ? pyvm_exc_get(exc, rt_str_intern_cstr("php_exception"))
                         : RT_NOVALUE;
    bool bridge = !php && pyvm_isinstance(exc, bridge_py_BridgeError);
    rt_str_t *msg = php ? NULL : bridge ? pyvm_str_of(pyvm_str(exc)) : py_exc_message(exc);
    rt_ts->lang = RT_LANG_PHP;
    if (!php) {
        php = phpvm_exc_new(bridge ? bridge_php_BridgeException : bridge_php_PyException, msg);
        phpvm_object_t *o = phpvm_obj(php);
        rt_slots_set_attr(o, &o->slots, py_exception_attr(), exc, 0);
        if (tb) /* kept for the way back: Python's traceback then shows these frames again */
            rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("pyTraceback"), rt_from_ptr(tb), 0);
        add_python_frames(o, tb);
    }
    rt_exc_set(php);
    rt_ts->lang = lang;
    return RT_NOVALUE;
}

/* The Python exception standing for PHP exception object exc: the original Python exception of a
** PyException, else a PHPException carrying exc. */
static rt_value_t py_exception_for(rt_value_t exc)
{
    rt_value_t py = RT_NOVALUE;
    rt_value_t msg = rt_from_ptr(rt_str_new("", 0));
    if (phpvm_is_object(exc)) {
        phpvm_object_t *o = phpvm_obj(exc);
        if (phpvm_instanceof(o->cls, bridge_php_PyException))
            py = rt_slots_get_attr(&o->slots, py_exception_attr());
        rt_value_t m = rt_slots_get_attr(&o->slots, rt_str_intern_cstr("message"));
        if (m && phpvm_is_str(phpvm_deref(m)))
            msg = bridge_to_py(m);
    }
    bool bridge = phpvm_is_object(exc) &&
                  phpvm_instanceof(phpvm_obj(exc)->cls, bridge_php_BridgeException);
    if (!py && bridge) /* misuse of the bridge reads the same in both languages */
        return pyvm_exc_new(bridge_py_BridgeError, &msg, 1);
    if (!py && (py = pyvm_exc_new(bridge_py_PHPException, &msg, 1))) {
        pyvm_exc_put(py, rt_str_intern_cstr("message"), msg);
        pyvm_exc_put(py, rt_str_intern_cstr("php_exception"), exc);
    }
    return py;
}

/* pyvm_foreign_exception: `raise e` in Python of a PHP Throwable object. */
static rt_value_t raise_php_object(rt_value_t v)
{
    phpvm_class_t *k = phpvm_class_of(v);
    return k && (k->flags & PHPVM_C_THROWABLE) ? py_exception_for(v) : RT_NOVALUE;
}

rt_value_t bridge_exc_to_py(void)
{
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PHP;
    rt_tb_t *tb;
    rt_value_t exc = rt_exc_fetch(&tb);
    rt_ts->lang = RT_LANG_PY;
    rt_value_t py = py_exception_for(exc);
    /* a Python exception coming back: the PHP frames, then the Python frames it first left */
    rt_value_t inner = phpvm_is_object(exc) ? rt_slots_get_attr(&phpvm_obj(exc)->slots,
                                                                rt_str_intern_cstr("pyTraceback"))
                                            : RT_NOVALUE;
    if (inner && tb) {
        rt_tb_t *last = tb;
        while (last->next)
            last = last->next;
        RT_STORE(last, next, rt_ptr(inner));
    } else if (inner) {
        tb = rt_ptr(inner);
    }
    if (py)
        rt_exc_restore(py, tb); /* the PHP frames stay in the traceback Python prints */
    rt_ts->lang = lang;
    return RT_NOVALUE;
}

/* catch (ValueError $e) in PHP: a PyException whose Python exception is of a class (or has a
** base) of that name; a namespaced name matches by its last segment. */
static bool php_catches_py(rt_value_t v, rt_str_t *name)
{
    if (!phpvm_is_object(v) || !phpvm_instanceof(phpvm_obj(v)->cls, bridge_php_PyException))
        return false;
    rt_value_t exc = rt_slots_get_attr(&phpvm_obj(v)->slots, py_exception_attr());
    if (!exc)
        return false;
    const char *want = strrchr(name->data, '\\');
    want = want ? want + 1 : name->data;
    rt_tuple_t *mro = pyvm_type_of(exc)->mro;
    for (int64_t i = 0; i < rt_tuple_len(mro); i++)
        if (strcasecmp(((pyvm_class_t *)rt_ptr(rt_tuple_get(mro, i)))->name->data, want) == 0)
            return true;
    return false;
}

/* isinstance(v, C) and `except C:` in Python for a PHP class C; a PHPException stands for its
** PHP exception object. */
static int py_instance_of_php(rt_value_t v, rt_value_t cls)
{
    if (rt_value_type(cls) != &phpvm_type_class)
        return -1;
    if (pyvm_isinstance(v, bridge_py_PHPException))
        v = pyvm_exc_get(v, rt_str_intern_cstr("php_exception"));
    phpvm_class_t *k = v ? phpvm_class_of(v) : NULL;
    return k && phpvm_instanceof(k, (phpvm_class_t *)rt_ptr(cls));
}

void bridge_adapt_hooks(void)
{
    phpvm_instanceof_hook = php_catches_py;
    pyvm_instancecheck_foreign = py_instance_of_php;
    pyvm_foreign_exception = raise_php_object;
}

rt_value_t bridge_py_error(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PY;
    rt_value_t msg = pyvm_str_cstr(buf);
    rt_value_t exc = pyvm_exc_new(bridge_py_BridgeError, &msg, 1);
    if (exc)
        rt_exc_set(exc);
    rt_ts->lang = lang;
    return RT_NOVALUE;
}

rt_value_t bridge_php_error(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PHP;
    rt_value_t exc = phpvm_exc_new(bridge_php_BridgeException, rt_str_from_cstr(buf));
    if (exc)
        rt_exc_set(exc);
    rt_ts->lang = lang;
    return RT_NOVALUE;
}

rt_value_t bridge_call_py(rt_value_t f, rt_value_t *args, int argc, rt_tuple_t *kwnames)
{
    if (!rt_cstack_ok()) /* crossings recurse in C: deep mutual recursion ends in an error */
        return phpvm_throw("Error", "Maximum call stack size reached in calls between PHP and "
                                    "Python. Infinite recursion?");
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PY;
    rt_value_t py[argc > 0 ? argc : 1];
    for (int i = 0; i < argc; i++)
        py[i] = !phpvm_is_ref(args[i])          ? bridge_to_py(args[i])
                : bridge_param_by_ref(f, i) ? args[i] /* the PHPRef itself */
                                            : bridge_cell_to_py(rt_ptr(args[i]));
    size_t npos = (size_t)argc - (kwnames ? (size_t)rt_tuple_len(kwnames) : 0);
    rt_value_t r = pyvm_call(f, py, npos, kwnames);
    rt_ts->lang = lang;
    return r ? bridge_to_php(r) : bridge_exc_to_php();
}

bool bridge_php_thread_ok(void)
{
    if (rt_ts == rt_thread_main())
        return true;
    rt_raise(RT_EXC_RUNTIME, "PHP code can only run in the main thread (pyhyp's PHP side is "
             "single-threaded)");
    return false;
}

rt_value_t bridge_call_php(rt_value_t callee, rt_value_t ctx, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kwnames)
{
    if (!bridge_php_thread_ok())
        return RT_NOVALUE;
    if (!rt_cstack_ok())
        return pyvm_raise_cls(pyvm_exc_RecursionError, "maximum recursion depth exceeded in calls "
                                                       "between Python and PHP");
    phpvm_func_t *fn = phpvm_callee_func(callee);
    char name[256];
    if (kwnames && rt_tuple_len(kwnames) > 0) {
        phpvm_func_display(fn, name, sizeof name);
        return bridge_py_error("PHP function %s() does not take keyword arguments", name);
    }
    rt_value_t php[nargs > 0 ? nargs : 1];
    for (size_t i = 0; i < nargs; i++) {
        bool is_ref = phpvm_is_ref(args[i]);
        if (!is_ref && phpvm_param_byref(callee, (uint32_t)i)) {
            phpvm_func_display(fn, name, sizeof name);
            return bridge_py_error("argument %zu of PHP function %s() is passed by reference: "
                                   "pass a PHPRef", i + 1, name);
        }
        php[i] = is_ref ? args[i] : bridge_to_php(args[i]);
    }
    uint32_t lang = rt_ts->lang;
    rt_ts->lang = RT_LANG_PHP;
    rt_value_t r = phpvm_call_func(callee, ctx, php, (int)nargs);
    rt_ts->lang = lang;
    return bridge_php_result_to_py(r);
}

rt_value_t bridge_php_result_to_py(rt_value_t r)
{
    if (!r && !rt_exc_pending() && phpvm_vm->exiting) { /* exit() in PHP: Python's SystemExit */
        phpvm_vm->exiting = false;
        rt_value_t code = rt_small(phpvm_vm->exit_status);
        rt_value_t e = pyvm_exc_new(pyvm_exc_SystemExit, &code, 1);
        return e ? rt_exc_set(e) : RT_NOVALUE;
    }
    return r ? bridge_to_py(r) : bridge_exc_to_py();
}

void bridge_adapt_py_init(void)
{
    static pyvm_class_t **const roots[] = {&bridge_py_BridgeError, &bridge_py_PHPException};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    bridge_py_BridgeError = pyvm_type_new_builtin("BridgeError", NULL, pyvm_exc_Exception);
    bridge_py_PHPException = pyvm_type_new_builtin("PHPException", NULL, pyvm_exc_Exception);
    rt_map_set_str(pyvm_builtins, bridge_py_BridgeError->name, rt_from_ptr(bridge_py_BridgeError));
    rt_map_set_str(pyvm_builtins, bridge_py_PHPException->name,
                   rt_from_ptr(bridge_py_PHPException));
}

void bridge_adapt_php_init(void)
{
    static phpvm_class_t **const roots[] = {&bridge_php_PyException, &bridge_php_BridgeException};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    bridge_php_PyException = phpvm_class_define("PyException", "Exception", NULL, 0, NULL);
    bridge_php_BridgeException = phpvm_class_define("BridgeException", "Exception", NULL, 0, NULL);
}
