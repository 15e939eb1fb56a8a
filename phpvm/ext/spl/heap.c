/*
** heap.c: SPL's heaps: SplHeap (abstract compare), SplMinHeap, SplMaxHeap and
** SplPriorityQueue. The binary heap is a PHP list in the private "heap" property (with "flags"
** and "isCorrupted", the three properties var_dump shows in PHP; a queue's elements are
** ["data" => ..., "priority" => ...] pairs). Sifting follows php-src's algorithm step for
** step, so elements that compare equal come out in the same order as in PHP 8. An exception
** thrown by a user compare() marks the heap corrupted; a compare() that modifies the heap
** finds it write-locked (the hidden "\0lock" property).
*/
#include "phpvm/ext/spl/spl.h"

enum { EXTR_DATA = 1, EXTR_PRIORITY = 2, EXTR_BOTH = 3 };
enum { K_USER, K_MIN, K_MAX, K_PQ };

static phpvm_class_t *heap_class, *min_class, *max_class, *pq_class;
/* Interned names, made once (interned strings live as long as the process). */
static rt_str_t *n_heap, *n_corrupt, *n_lock, *n_flags, *n_data, *n_priority;

static bool is_pq(rt_value_t self)
{
    return phpvm_instanceof(phpvm_obj(self)->cls, pq_class);
}

/* The class that declares self's state properties. */
static phpvm_class_t *decl(rt_value_t self)
{
    return is_pq(self) ? pq_class : heap_class;
}

static rt_value_t *slot(rt_value_t self, rt_str_t *name)
{
    return phpvm_prop_slot(self, name, decl(self), false);
}

/* The heap's list, made writable. */
static phpvm_array_t *elems(rt_value_t self)
{
    rt_value_t *s = slot(self, n_heap);
    if (!phpvm_is_array(*s)) {
        *s = rt_from_ptr(phpvm_array_new(0));
        gc_write_barrier(phpvm_obj(self));
    }
    return phpvm_arr(phpvm_slot_container(s, phpvm_obj(self)));
}

static int64_t count(rt_value_t self)
{
    rt_value_t *s = slot(self, n_heap);
    return s && phpvm_is_array(*s) ? rt_map_count(phpvm_arr(*s)) : 0;
}

static rt_value_t elem(phpvm_array_t *a, int64_t i)
{
    return phpvm_array_get(a, rt_small(i));
}

static void put(phpvm_array_t *a, int64_t i, rt_value_t v)
{
    phpvm_array_set(a, rt_small(i), v);
}

/* The top element (read-only), or RT_NOVALUE when empty. */
static rt_value_t top_elem(rt_value_t self)
{
    rt_value_t *s = slot(self, n_heap);
    return s && phpvm_is_array(*s) ? phpvm_array_get(phpvm_arr(*s), rt_small(0)) : RT_NOVALUE;
}

static bool flag(rt_value_t self, rt_str_t *name)
{
    rt_value_t *s = slot(self, name);
    return s && phpvm_to_bool(phpvm_deref(*s));
}

static void set_flag(rt_value_t self, rt_str_t *name, bool on)
{
    *slot(self, name) = on ? rt_true : rt_false;
}

/* Which comparison applies: a compare() declared in PHP code wins over the built-in ones. */
static int kind(rt_value_t self)
{
    phpvm_class_t *c = phpvm_obj(self)->cls;
    phpvm_func_t *m = phpvm_class_method(c, rt_str_from_cstr("compare"));
    if (!m || !m->builtin)
        return K_USER;
    if (phpvm_instanceof(c, pq_class))
        return K_PQ;
    return phpvm_instanceof(c, min_class) ? K_MIN : K_MAX;
}

/* cmp(a, b) > 0 when a belongs above b; 0 once an exception is pending (php-src's rule, so
** a failing compare() leaves the rest of the sift without effect). */
static int cmp(rt_value_t self, int k, rt_value_t a, rt_value_t b)
{
    if (rt_exc_pending())
        return 0;
    if (k == K_PQ || (k == K_USER && is_pq(self))) {
        a = phpvm_array_get(phpvm_arr(a), rt_from_ptr(n_priority));
        b = phpvm_array_get(phpvm_arr(b), rt_from_ptr(n_priority));
    }
    if (k == K_USER) {
        rt_value_t args[2] = {a, b};
        rt_value_t r = phpvm_spl_call(self, "compare", args, 2);
        if (r == RT_NOVALUE)
            return 0;
        int64_t n = phpvm_to_int(phpvm_deref(r));
        return n > 0 ? 1 : n < 0 ? -1 : 0;
    }
    int r = k == K_MIN ? phpvm_compare(b, a) : phpvm_compare(a, b);
    return r > 1 ? 1 : r;
}

/* Refuses to work on a corrupted heap, or (write) one whose compare() is running. */
static bool usable(rt_value_t self, bool write)
{
    if (flag(self, n_corrupt)) {
        phpvm_throw("RuntimeException", "Heap is corrupted, heap properties are no longer "
                                        "ensured.");
        return false;
    }
    if (write && flag(self, n_lock)) {
        phpvm_throw("RuntimeException", "Heap cannot be changed when it is already being "
                                        "modified.");
        return false;
    }
    return true;
}

/* Ends a sift: unlocks, and marks the heap corrupted when a compare() threw. */
static bool sift_done(rt_value_t self)
{
    set_flag(self, n_lock, false);
    if (!rt_exc_pending())
        return true;
    set_flag(self, n_corrupt, true);
    return false;
}

/* After a user compare() ran (it may have copied the list), the list again. */
#define REFETCH(a) ((a) = k == K_USER ? elems(self) : (a))

static rt_value_t insert(rt_value_t self, rt_value_t v)
{
    if (!usable(self, true))
        return RT_NOVALUE;
    int k = kind(self);
    set_flag(self, n_lock, true);
    phpvm_array_t *a = elems(self);
    int64_t i = rt_map_count(a);
    for (; i > 0; i = (i - 1) / 2) {
        int c = cmp(self, k, elem(a, (i - 1) / 2), v);
        REFETCH(a);
        if (c >= 0)
            break;
        put(a, i, elem(a, (i - 1) / 2));
    }
    bool ok = sift_done(self);
    put(elems(self), i, v);
    return ok ? rt_true : RT_NOVALUE;
}

/* Removes the top element, returning it (RT_NOVALUE with RuntimeException when empty). */
static rt_value_t delete_top(rt_value_t self)
{
    if (!usable(self, true))
        return RT_NOVALUE;
    int64_t n = count(self);
    if (n == 0)
        return phpvm_throw("RuntimeException", "Can't extract from an empty heap");
    int k = kind(self);
    set_flag(self, n_lock, true);
    phpvm_array_t *a = elems(self);
    rt_value_t top = elem(a, 0), bottom = elem(a, --n);
    int64_t i = 0, limit = n / 2; /* (count - 1) / 2 of the count before the removal */
    for (int64_t j; i < limit; i = j) {
        j = i * 2 + 1;
        if (j != n) {
            int c = cmp(self, k, elem(a, j + 1), elem(a, j));
            REFETCH(a);
            j += c > 0;
        }
        int c = cmp(self, k, bottom, elem(a, j));
        REFETCH(a);
        if (c >= 0)
            break;
        put(a, i, elem(a, j));
    }
    bool ok = sift_done(self);
    a = elems(self);
    if (i != n)
        put(a, i, bottom);
    phpvm_array_del(a, rt_small(n));
    return ok ? top : RT_NOVALUE;
}

/* A queue element as the extract flags select it. */
static rt_value_t extract_as(rt_value_t self, rt_value_t e)
{
    if (!is_pq(self) || e == RT_NOVALUE)
        return e;
    int64_t f = phpvm_to_int(phpvm_deref(*slot(self, n_flags)));
    if ((f & EXTR_BOTH) == EXTR_BOTH)
        return phpvm_share(e);
    return phpvm_array_get(phpvm_arr(e), rt_from_ptr(f & EXTR_DATA ? n_data : n_priority));
}

static rt_value_t m_insert(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return insert(self, phpvm_share(phpvm_deref(args[0])));
}

static rt_value_t m_pq_insert(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    phpvm_array_t *pair = phpvm_array_new(2);
    phpvm_array_set(pair, rt_from_ptr(n_data), phpvm_share(phpvm_deref(args[0])));
    phpvm_array_set(pair, rt_from_ptr(n_priority), phpvm_share(phpvm_deref(args[1])));
    return insert(self, rt_from_ptr(pair));
}

static rt_value_t m_extract(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return extract_as(self, delete_top(self));
}

static rt_value_t m_top(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!usable(self, false))
        return RT_NOVALUE;
    if (count(self) == 0)
        return phpvm_throw("RuntimeException", "Can't peek at an empty heap");
    return extract_as(self, top_elem(self));
}

static rt_value_t m_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(count(self));
}

static rt_value_t m_is_empty(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return count(self) == 0 ? rt_true : rt_false;
}

/* Iteration is destructive: current() is the top, next() extracts it, key() is count - 1. */
static rt_value_t m_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!usable(self, false))
        return RT_NOVALUE;
    return count(self) == 0 ? rt_none : extract_as(self, top_elem(self));
}

static rt_value_t m_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(count(self) - 1);
}

static rt_value_t m_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (count(self) == 0)
        return rt_none;
    return delete_top(self) == RT_NOVALUE ? RT_NOVALUE : rt_none;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return count(self) > 0 ? rt_true : rt_false;
}

static rt_value_t m_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static rt_value_t m_recover(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    set_flag(self, n_corrupt, false);
    return rt_true;
}

static rt_value_t m_is_corrupted(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return flag(self, n_corrupt) ? rt_true : rt_false;
}

static rt_value_t compare_with(rt_value_t *args, int k)
{
    int r = k == K_MIN ? phpvm_compare(args[1], args[0]) : phpvm_compare(args[0], args[1]);
    return rt_small(r > 1 ? 1 : r);
}

static rt_value_t m_min_compare(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return compare_with(args, K_MIN);
}

static rt_value_t m_max_compare(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return compare_with(args, K_MAX);
}

static rt_value_t m_set_extract_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    if ((f & EXTR_BOTH) == 0)
        return phpvm_throw("RuntimeException", "Must specify at least one extract flag");
    *slot(self, n_flags) = rt_small(f & EXTR_BOTH);
    return rt_small(f & EXTR_BOTH);
}

static rt_value_t m_get_extract_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_deref(*slot(self, n_flags));
}

/* The methods both kinds share (a queue's insert comes from its own table). */
static const phpvm_builtin_t common_methods[] = {
    {"extract", m_extract, 0, 0, "", 0},
    {"top", m_top, 0, 0, "", 0},
    {"count", m_count, 0, 0, "", 0},
    {"isEmpty", m_is_empty, 0, 0, "", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"current", m_current, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"recoverFromCorruption", m_recover, 0, 0, "", 0},
    {"isCorrupted", m_is_corrupted, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t heap_methods[] = {
    {"insert", m_insert, 1, 1, "value", 0},
    {"compare", m_max_compare, 2, 2, "value1,value2", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t min_methods[] = {
    {"compare", m_min_compare, 2, 2, "value1,value2", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_builtin_t pq_methods[] = {
    {"insert", m_pq_insert, 2, 2, "value,priority", 0},
    {"compare", m_max_compare, 2, 2, "priority1,priority2", 0},
    {"setExtractFlags", m_set_extract_flags, 1, 1, "flags", 0},
    {"getExtractFlags", m_get_extract_flags, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* A heap class with the "flags", "isCorrupted" and "heap" properties var_dump shows. */
static phpvm_class_t *heap_base(const char *name, const phpvm_builtin_t *methods, int64_t flags)
{
    phpvm_class_t *c = phpvm_spl_class(name, NULL, "Iterator,Countable", common_methods);
    phpvm_class_add_methods(c, methods);
    phpvm_class_add_prop(c, n_flags, PHPVM_F_PRIVATE, rt_small(flags));
    phpvm_class_add_prop(c, n_corrupt, PHPVM_F_PRIVATE, rt_false);
    phpvm_class_add_prop(c, n_heap, PHPVM_F_PRIVATE, phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_class_add_prop(c, n_lock, PHPVM_F_PRIVATE, rt_false);
    return c;
}

void phpvm_spl_heap_init(void)
{
    n_heap = phpvm_spl_name(SPL_NAME("heap"));
    n_corrupt = phpvm_spl_name(SPL_NAME("isCorrupted"));
    n_lock = phpvm_spl_name(SPL_NAME("\0lock"));
    n_flags = phpvm_spl_name(SPL_NAME("flags"));
    n_data = phpvm_spl_name(SPL_NAME("data"));
    n_priority = phpvm_spl_name(SPL_NAME("priority"));
    phpvm_class_t *c = heap_base("SplHeap", heap_methods, 0);
    c->flags |= PHPVM_C_ABSTRACT;
    phpvm_spl_method_flags(c, "compare", PHPVM_F_PROTECTED | PHPVM_F_ABSTRACT);
    phpvm_class_declare(c);
    heap_class = c;
    c = phpvm_spl_class("SplMinHeap", "SplHeap", NULL, min_methods);
    phpvm_spl_method_flags(c, "compare", PHPVM_F_PROTECTED);
    phpvm_class_declare(c);
    min_class = c;
    c = phpvm_spl_class("SplMaxHeap", "SplHeap", NULL, heap_methods + 1);
    phpvm_spl_method_flags(c, "compare", PHPVM_F_PROTECTED);
    phpvm_class_declare(c);
    max_class = c;
    c = heap_base("SplPriorityQueue", pq_methods, EXTR_DATA);
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){{"EXTR_BOTH", EXTR_BOTH},
                                                  {"EXTR_PRIORITY", EXTR_PRIORITY},
                                                  {"EXTR_DATA", EXTR_DATA},
                                                  {NULL, 0}});
    phpvm_class_declare(c);
    pq_class = c;
}
