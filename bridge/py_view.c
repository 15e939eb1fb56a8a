/*
** py_view.c: how PHP code sees Python values (BRIDGE.md). Python's types get *foreign* PHP slot
** tables (phpvm/foreign.c routes PHP's operations to them), so a Python object, function, class
** or module is used from PHP without a wrapper: `$o->attr`, `$o->m(...)`, `$f(...)`, `$l[0]`,
** `foreach`, `count`, `(string)`, `==`. Lists, tuples and dicts keep PHP value semantics: PHP
** reads them in place, and a PHP variable holding one becomes a PHP array copy before PHP writes
** into it, so the Python original never changes behind Python's back. A type gets its table the
** first time one of its values crosses (bridge_py_slots_for), so types added later need nothing.
** Every hook runs Python with rt_ts->lang switched to Python and turns Python exceptions into
** PyException (adapt.c).
*/
#include "bridge/internal.h"

static phpvm_class_t *cls_object, *cls_func, *cls_list, *cls_tuple, *cls_dict, *cls_class;

/* ---- Running Python from a PHP hook ---- */

static uint32_t py_enter(void) { return bridge_enter(RT_LANG_PY); }

static rt_value_t py_leave(uint32_t prev, rt_value_t r)
{
    return bridge_leave(prev, r, bridge_exc_to_php);
}

static rt_value_t prop_read(rt_value_t obj, rt_str_t *name)
{
    uint32_t lang = py_enter();
    rt_value_t v = pyvm_getattr(obj, name);
    return py_leave(lang, v) ? bridge_to_php(v) : RT_NOVALUE;
}

static bool prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v)
{
    uint32_t lang = py_enter();
    bool ok = pyvm_setattr(obj, name, bridge_to_py(v));
    return py_leave(lang, ok ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static rt_value_t method(rt_value_t obj, rt_str_t *name)
{
    uint32_t lang = py_enter();
    rt_value_t m = pyvm_getattr(obj, name);
    return py_leave(lang, m) ? bridge_to_php(m) : RT_NOVALUE;
}

static bool is_lookup_error(rt_value_t exc)
{
    return pyvm_isinstance(exc, pyvm_exc_LookupError);
}

static rt_value_t dim_read(rt_value_t obj, rt_value_t key, bool quiet)
{
    uint32_t lang = py_enter();
    rt_value_t v = pyvm_getitem(obj, bridge_to_py(key));
    if (!v && quiet && is_lookup_error(rt_exc_current())) {
        rt_exc_clear();
        rt_ts->lang = lang;
        return RT_NOVALUE;
    }
    return py_leave(lang, v) ? bridge_to_php(v) : RT_NOVALUE;
}

static bool dim_write(rt_value_t obj, rt_value_t key, rt_value_t v)
{
    uint32_t lang = py_enter();
    bool ok;
    if (key == RT_NOVALUE) {
        rt_value_t append = pyvm_getattr(obj, rt_str_intern_cstr("append"));
        ok = append && pyvm_call1(append, bridge_to_py(v));
    } else {
        ok = pyvm_setitem(obj, bridge_to_py(key), bridge_to_py(v));
    }
    return py_leave(lang, ok ? rt_true : RT_NOVALUE) != RT_NOVALUE;
}

static rt_value_t call(rt_value_t obj, rt_value_t *args, int argc, rt_tuple_t *names)
{
    if (names) { /* PHP's names are strings; Python's keyword names are interned str */
        rt_tuple_t *kw = rt_tuple_new(rt_tuple_len(names));
        for (int64_t i = 0; i < rt_tuple_len(names); i++)
            rt_tuple_init_item(kw, i, rt_from_ptr(rt_str_intern(rt_ptr(rt_tuple_get(names, i)))));
        names = kw;
    }
    return bridge_call_py(obj, args, argc, names);
}

static int equals(rt_value_t a, rt_value_t b)
{
    uint32_t lang = py_enter();
    int r = pyvm_eq(bridge_to_py(a), bridge_to_py(b));
    if (r < 0)
        bridge_exc_to_php();
    rt_ts->lang = lang;
    return r;
}

static rt_str_t *to_string(rt_value_t obj)
{
    uint32_t lang = py_enter();
    rt_value_t s = pyvm_str(obj);
    if (!py_leave(lang, s))
        return NULL;
    return rt_ptr(s); /* a str: valid UTF-8, a PHP string as it is */
}

static int64_t count(rt_value_t obj)
{
    uint32_t lang = py_enter();
    int64_t n = pyvm_len(obj);
    if (n < 0)
        bridge_exc_to_php();
    rt_ts->lang = lang;
    return n;
}

/* A list or tuple as a PHP list of its items (crossed). */
static rt_value_t seq_to_array(rt_value_t obj)
{
    rt_vec_t *items = pyvm_is_list(obj) ? rt_ptr(obj) : NULL;
    rt_tuple_t *tup = items ? NULL : rt_ptr(obj);
    int64_t n = items ? rt_vec_len(items) : rt_tuple_len(tup);
    phpvm_array_t *a = phpvm_array_new(n);
    for (int64_t i = 0; i < n; i++)
        phpvm_array_append(a, bridge_to_php(items ? rt_vec_get(items, i) : rt_tuple_get(tup, i)));
    return rt_from_ptr(a);
}

/* A dict as a PHP array; its keys must be ints (bools count) or strs. */
static rt_value_t dict_to_array(rt_value_t obj)
{
    rt_map_t *d = rt_ptr(obj);
    phpvm_array_t *a = phpvm_array_new(rt_map_count(d));
    for (int64_t p = rt_map_next(d, 0); p >= 0; p = rt_map_next(d, p + 1)) {
        rt_map_key_t mk = rt_map_key_at(d, p);
        rt_value_t k = mk.obj ? mk.obj : rt_int_from_i64(mk.i);
        if (pyvm_is_intlike(k))
            k = pyvm_int_of(k);
        if (!rt_is_int(k) && !pyvm_is_str(k))
            return bridge_php_error("a Python dict with a key of type %s cannot become a PHP array",
                                    pyvm_type_name(k));
        k = phpvm_key(bridge_to_php(k));
        if (!k)
            return RT_NOVALUE;
        phpvm_array_set(a, k, bridge_to_php(rt_map_value_at(d, p)));
    }
    return rt_from_ptr(a);
}

static rt_value_t to_array(rt_value_t obj)
{
    return pyvm_is_dict(obj) ? dict_to_array(obj) : seq_to_array(obj);
}

/* ---- foreach over any other Python iterable: its Python iterator, stepped by next ---- */

static int next(rt_value_t it, rt_value_t *out)
{
    uint32_t lang = py_enter();
    rt_value_t v = pyvm_next(it);
    if (!v && rt_exc_pending())
        return py_leave(lang, RT_NOVALUE) ? 0 : -1;
    rt_ts->lang = lang;
    if (!v)
        return 0;
    *out = bridge_to_php(v);
    return 1;
}

static rt_value_t iterate(rt_value_t obj)
{
    if (pyvm_is_list(obj) || pyvm_is_tuple(obj) || pyvm_is_dict(obj))
        return to_array(obj); /* PHP's rule: the length is fixed when the loop starts */
    uint32_t lang = py_enter();
    rt_value_t it = pyvm_iter(obj);
    return py_leave(lang, it) ? bridge_to_php(it) : RT_NOVALUE;
}

/* new $C: C.__new__(C), whose __init__ NEW then prepares to call with the arguments. */
static rt_value_t instantiate(rt_value_t cls)
{
    uint32_t lang = py_enter();
    rt_value_t new_ = pyvm_getattr(cls, rt_str_intern_cstr("__new__"));
    rt_value_t obj = new_ ? pyvm_call1(new_, cls) : RT_NOVALUE;
    return py_leave(lang, obj) ? bridge_to_php(obj) : RT_NOVALUE;
}

/* ---- The slot tables ---- */

#define PY_SLOTS(cls_, to_array_, instantiate_)                                                    \
    {.kind = PHPVM_OBJECT, .type_name = "object", .cls = &(cls_), .prop_read = prop_read,         \
     .prop_write = prop_write, .method = method, .dim_read = dim_read, .dim_write = dim_write,    \
     .call = call, .equals = equals, .to_string = to_string, .iterate = iterate, .next = next,    \
     .count = count,                                                                              \
     .instantiate = (instantiate_), .to_array = (to_array_)}

static const rt_phpslots_t object_slots = PY_SLOTS(cls_object, NULL, NULL);
static const rt_phpslots_t func_slots = PY_SLOTS(cls_func, NULL, NULL);
static const rt_phpslots_t class_slots = PY_SLOTS(cls_class, NULL, instantiate);
static const rt_phpslots_t list_slots = PY_SLOTS(cls_list, to_array, NULL);
static const rt_phpslots_t tuple_slots = PY_SLOTS(cls_tuple, to_array, NULL);
static const rt_phpslots_t dict_slots = PY_SLOTS(cls_dict, to_array, NULL);

void bridge_py_slots_for(rt_type_t *t)
{
    if (t->php)
        return;
    t->php = t == &pyvm_type_list    ? &list_slots
             : t == &rt_type_tuple   ? &tuple_slots
             : t == &pyvm_type_dict  ? &dict_slots
             : t == &pyvm_type_class ? &class_slots
             : (t == &pyvm_type_func || t == &pyvm_type_method || t == &pyvm_type_cfunc)
                 ? &func_slots
                 : &object_slots;
}

void bridge_py_view_init(void)
{
    static const struct {
        phpvm_class_t **cls;
        const char *name;
    } classes[] = {
        {&cls_object, "PyObject"}, {&cls_func, "PyFunc"},   {&cls_list, "PyList"},
        {&cls_tuple, "PyTuple"},   {&cls_dict, "PyDict"},   {&cls_class, "PyClass"},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        gc_root_add(classes[i].cls, 1);
        *classes[i].cls = phpvm_class_define(classes[i].name, NULL, NULL, PHPVM_C_FINAL, NULL);
    }
}
