/*
** spl.c: ext/spl's registration and shared helpers: the SPL interfaces, the class
** declarations of the other files (arrays, lists, storage, fixed arrays, heaps, iterators,
** files), the helpers they share (state lists, method calls, forwarding, serialization
** members), and the SPL functions: iterator_count, iterator_apply, class_implements,
** class_parents, spl_classes, spl_autoload_call.
*/
#include <string.h>

#include "phpvm/ext/spl/spl.h"
#include "phpvm/ext/standard/var.h"

#define UNUSED (void)self

rt_str_t *phpvm_spl_name(const char *name, size_t n)
{
    return rt_str_intern(rt_str_new(name, n));
}

rt_value_t *phpvm_spl_slot(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n)
{
    return phpvm_prop_slot(self, phpvm_spl_name(name, n), decl, false);
}

phpvm_array_t *phpvm_spl_array(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n)
{
    rt_value_t *slot = phpvm_spl_slot(self, decl, name, n);
    if (!phpvm_is_array(*slot)) {
        *slot = rt_from_ptr(phpvm_array_new(0));
        gc_write_barrier(phpvm_obj(self));
    }
    return phpvm_arr(phpvm_slot_container(slot, phpvm_obj(self)));
}

void phpvm_spl_store(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n,
                     rt_value_t v)
{
    *phpvm_spl_slot(self, decl, name, n) = v;
    gc_write_barrier(phpvm_obj(self));
}

rt_value_t phpvm_spl_state(rt_value_t self, phpvm_class_t *decl, rt_str_t *name, int64_t i)
{
    rt_value_t *slot = phpvm_prop_slot(self, name, decl, false);
    if (!slot || !phpvm_is_array(*slot))
        return rt_none;
    rt_value_t v = phpvm_array_get(phpvm_arr(*slot), rt_small(i));
    return v == RT_NOVALUE ? rt_none : phpvm_deref(v);
}

void phpvm_spl_state_set(rt_value_t self, phpvm_class_t *decl, rt_str_t *name, int64_t i,
                         rt_value_t v)
{
    rt_value_t *slot = phpvm_prop_slot(self, name, decl, false);
    phpvm_array_set(phpvm_arr(phpvm_slot_container(slot, phpvm_obj(self))), rt_small(i), v);
}

rt_value_t phpvm_spl_callfn(const char *fn, rt_value_t *args, int argc)
{
    phpvm_func_t *f = phpvm_func_lookup(rt_str_from_cstr(fn));
    if (!f)
        return phpvm_throw("Error", "Call to undefined function %s()", fn);
    return phpvm_call_func(rt_from_ptr(f), 0, args, argc);
}

rt_value_t phpvm_spl_sort(rt_value_t self, phpvm_class_t *decl, const char *fn, rt_value_t *extra,
                          int nextra)
{
    rt_value_t args[3];
    phpvm_ref_t *r = phpvm_ref_new(rt_from_ptr(phpvm_spl_array(self, decl, SPL_NAME("storage"))));
    args[0] = rt_from_ptr(r);
    nextra = nextra < 2 ? nextra : 2;
    for (int i = 0; i < nextra; i++)
        args[i + 1] = extra[i];
    rt_value_t result = phpvm_spl_callfn(fn, args, 1 + nextra);
    phpvm_spl_store(self, decl, SPL_NAME("storage"), r->v);
    return result;
}

phpvm_class_t *phpvm_spl_class(const char *name, const char *parent, const char *ifaces,
                               const phpvm_builtin_t *methods)
{
    phpvm_class_t *c = phpvm_class_builtin(name, parent, ifaces, 0);
    if (methods)
        phpvm_class_add_methods(c, methods);
    return c;
}

rt_value_t phpvm_spl_call(rt_value_t obj, const char *name, rt_value_t *args, int argc)
{
    rt_value_t callee, ctx;
    if (!phpvm_method(obj, rt_str_from_cstr(name), phpvm_class_of(obj), &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, args, argc);
}

rt_value_t phpvm_spl_forward(rt_value_t outer, rt_value_t inner, rt_value_t *args)
{
    rt_str_t *name = phpvm_to_str(phpvm_deref(args[0]));
    if (!name)
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_class_of(inner);
    if (!k || (!phpvm_class_method(k, name) && !k->magic_call))
        return phpvm_throw("Error", "Call to undefined method %s::%s()",
                           k ? k->name->data : phpvm_obj(outer)->cls->name->data, name->data);
    rt_value_t callee, ctx, argv[16];
    int argc = 0;
    rt_value_t list = phpvm_deref(args[1]);
    phpvm_array_t *a = phpvm_is_array(list) ? phpvm_arr(list) : NULL;
    for (int64_t p = a ? phpvm_array_first(a) : -1; p >= 0 && argc < 16;
         p = phpvm_array_next(a, p))
        argv[argc++] = phpvm_array_val_at(a, p);
    if (!phpvm_method(inner, name, NULL, &callee, &ctx))
        return RT_NOVALUE;
    return phpvm_call_func(callee, ctx, argv, argc);
}

rt_value_t phpvm_spl_from_aggregate(rt_value_t agg)
{
    rt_value_t it = phpvm_spl_call(agg, "getIterator", NULL, 0);
    if (it == RT_NOVALUE)
        return it;
    it = phpvm_deref(it);
    phpvm_class_t *k = phpvm_class_of(it);
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c("Traversable")))
        return phpvm_throw("LogicException", "%s::getIterator() must return an object that "
                                             "implements Traversable",
                           phpvm_class_of(agg)->name->data);
    return it;
}

phpvm_array_t *phpvm_spl_members(rt_value_t self, phpvm_class_t *base)
{
    return phpvm_var_mangled_props(self, base);
}

bool phpvm_spl_members_load(rt_value_t self, phpvm_array_t *members)
{
    phpvm_class_t *cls = phpvm_obj(self)->cls;
    for (int64_t p = phpvm_array_first(members); p >= 0; p = phpvm_array_next(members, p)) {
        rt_value_t k = phpvm_array_key_at(members, p);
        rt_str_t *name = phpvm_is_str(k) ? phpvm_str(k) : phpvm_to_str(k);
        if (name->len > 0 && name->data[0] == '\0') { /* "\0Class\0p" or "\0*\0p" */
            const char *end = memchr(name->data + 1, '\0', (size_t)name->len - 1);
            if (end)
                name = rt_str_new(end + 1, (size_t)(name->data + name->len - end - 1));
        }
        if (!phpvm_prop_write(self, rt_str_intern(name), phpvm_share(phpvm_array_val_at(members, p)),
                              cls))
            return false;
    }
    return true;
}

bool phpvm_spl_unserialize_data(rt_value_t *args, int argc, const char *kinds, rt_value_t *out)
{
    phpvm_array_t *data = phpvm_arg_array(args, argc, 0);
    if (!data)
        return false;
    for (int i = 0; kinds[i]; i++) {
        rt_value_t v = phpvm_array_get(data, rt_small(i));
        out[i] = v == RT_NOVALUE ? v : phpvm_deref(v);
        bool ok = kinds[i] == '?' ? v == RT_NOVALUE || out[i] == rt_none || phpvm_is_str(out[i])
                  : v == RT_NOVALUE ? false
                  : kinds[i] == 'a' ? phpvm_is_array(out[i])
                  : kinds[i] == 'i' ? rt_is_int(out[i])
                                    : true;
        if (!ok) {
            phpvm_throw("UnexpectedValueException", "Incomplete or ill-typed serialization data");
            return false;
        }
    }
    return true;
}

void phpvm_spl_method_flags(phpvm_class_t *c, const char *name, uint32_t flags)
{
    phpvm_class_method(c, phpvm_spl_name(name, strlen(name)))->flags = flags;
}

void phpvm_spl_consts(phpvm_class_t *c, const phpvm_intconst_t *tab)
{
    for (; tab->name; tab++)
        rt_map_set_str(c->consts, rt_str_from_cstr(tab->name), rt_small(tab->value));
}

/* Walks a Traversable as foreach does, calling `each` per element (NULL: just count); the
** count, or -1 with an exception pending. */
static int64_t walk(rt_value_t v, const char *fname, rt_value_t cb, rt_value_t cbargs)
{
    if (!phpvm_is_array(v) && !phpvm_is_object(v) && !phpvm_is_gen(v)) {
        phpvm_throw("TypeError", "%s(): Argument #1 ($iterator) must be of type "
                                 "Traversable|array, %s given", fname, phpvm_type_name(v));
        return -1;
    }
    rt_value_t it = phpvm_iter_new(v, false);
    if (it == RT_NOVALUE)
        return -1;
    int64_t n = 0;
    rt_value_t kv[2];
    while (phpvm_iter_next((phpvm_iter_t *)rt_ptr(it), kv, false)) {
        if (kv[0] == RT_NOVALUE)
            return -1;
        n++;
        if (cb == RT_NOVALUE)
            continue;
        phpvm_array_t *a = phpvm_is_array(cbargs) ? phpvm_arr(cbargs) : NULL;
        rt_value_t argv[8];
        int argc = 0;
        for (int64_t p = a ? phpvm_array_first(a) : -1; p >= 0 && argc < 8;
             p = phpvm_array_next(a, p))
            argv[argc++] = phpvm_array_val_at(a, p);
        rt_value_t r = phpvm_call_value(cb, argv, argc);
        if (r == RT_NOVALUE)
            return -1;
        if (!phpvm_to_bool(phpvm_deref(r)))
            break;
    }
    return rt_exc_pending() ? -1 : n;
}

static rt_value_t fn_iterator_count(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)argc;
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_array(v))
        return rt_small(rt_map_count(phpvm_arr(v)));
    int64_t n = walk(v, "iterator_count", RT_NOVALUE, rt_none);
    return n < 0 ? RT_NOVALUE : phpvm_int(n);
}

static rt_value_t fn_iterator_apply(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_value_t callee, ctx;
    if (!phpvm_arg_callable(args, 1, false, &callee, &ctx))
        return RT_NOVALUE;
    rt_value_t cbargs = phpvm_arg_given(argc, args, 2) ? phpvm_deref(args[2]) : rt_none;
    if (cbargs != rt_none && !phpvm_is_array(cbargs))
        return phpvm_throw("TypeError", "iterator_apply(): Argument #3 ($args) must be of type "
                                        "?array, %s given", phpvm_type_name(cbargs));
    int64_t n = walk(phpvm_deref(args[0]), "iterator_apply", args[1], cbargs);
    return n < 0 ? RT_NOVALUE : phpvm_int(n);
}

/* class_implements / class_parents: name => name arrays of an object's or class's ancestry;
** a class name is autoloaded unless the autoload argument is false. */
static rt_value_t ancestry(rt_value_t *args, int argc, bool parents)
{
    rt_value_t v = phpvm_deref(args[0]);
    bool autoload = !phpvm_arg_given(argc, args, 1) || phpvm_to_bool(phpvm_deref(args[1]));
    phpvm_class_t *c = phpvm_class_of(v);
    if (!c && !phpvm_is_str(v))
        return phpvm_throw("TypeError", "%s(): Argument #1 ($object_or_class) must be of type "
                                        "object|string, %s given",
                           phpvm_cur_builtin, phpvm_type_name(v));
    if (!c && phpvm_is_str(v))
        c = autoload ? phpvm_class_load(phpvm_str(v)) : phpvm_class_lookup(phpvm_str(v), false);
    if (!c) {
        if (rt_exc_pending())
            return RT_NOVALUE;
        if (phpvm_is_str(v))
            phpvm_error(PHPVM_E_WARNING, "%s(): Class %s does not exist%s", phpvm_cur_builtin,
                        phpvm_str(v)->data, autoload ? " and could not be loaded" : "");
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    }
    phpvm_array_t *out = phpvm_array_new(0);
    if (parents) {
        for (phpvm_class_t *p = c->parent; p; p = p->parent)
            phpvm_array_set(out, rt_from_ptr(p->name), rt_from_ptr(p->name));
        return rt_from_ptr(out);
    }
    for (int64_t p = c->ifaces ? phpvm_array_first(c->ifaces) : -1; p >= 0;
         p = phpvm_array_next(c->ifaces, p)) {
        phpvm_class_t *i = (phpvm_class_t *)rt_ptr(phpvm_array_val_at(c->ifaces, p));
        phpvm_array_set(out, rt_from_ptr(i->name), rt_from_ptr(i->name));
    }
    return rt_from_ptr(out);
}

static rt_value_t fn_class_implements(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ancestry(args, argc, false);
}

static rt_value_t fn_class_parents(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return ancestry(args, argc, true);
}

/* spl_autoload_call(class): runs the registered autoloaders in order, even for a declared
** class, until one declares it (php-src's spl_perform_autoload). */
static rt_value_t fn_spl_autoload_call(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    if (!name)
        return RT_NOVALUE;
    phpvm_array_t *loaders = phpvm_vm->autoloaders;
    for (int64_t p = loaders ? phpvm_array_first(loaders) : -1; p >= 0;
         p = phpvm_array_next(loaders, p)) {
        rt_value_t arg = rt_from_ptr(name);
        if (phpvm_call_value(phpvm_array_val_at(loaders, p), &arg, 1) == RT_NOVALUE)
            return RT_NOVALUE;
        if (phpvm_class_lookup(name, false))
            break;
    }
    return rt_none;
}

/* spl_classes(): the SPL classes and interfaces, name => name, in PHP's order. */
static rt_value_t fn_spl_classes(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    static const char *const names[] = {
        "AppendIterator", "ArrayIterator", "ArrayObject", "BadFunctionCallException",
        "BadMethodCallException", "CachingIterator", "CallbackFilterIterator",
        "DirectoryIterator", "DomainException", "EmptyIterator", "FilesystemIterator",
        "FilterIterator", "GlobIterator", "InfiniteIterator", "InvalidArgumentException",
        "IteratorIterator", "LengthException", "LimitIterator", "LogicException",
        "MultipleIterator", "NoRewindIterator", "OuterIterator", "OutOfBoundsException",
        "OutOfRangeException", "OverflowException", "ParentIterator", "RangeException",
        "RecursiveArrayIterator", "RecursiveCachingIterator", "RecursiveCallbackFilterIterator",
        "RecursiveDirectoryIterator", "RecursiveFilterIterator", "RecursiveIterator",
        "RecursiveIteratorIterator", "RecursiveRegexIterator", "RecursiveTreeIterator",
        "RegexIterator", "RuntimeException", "SeekableIterator", "SplDoublyLinkedList",
        "SplFileInfo", "SplFileObject", "SplFixedArray", "SplHeap", "SplMinHeap", "SplMaxHeap",
        "SplObjectStorage", "SplObserver", "SplPriorityQueue", "SplQueue", "SplStack",
        "SplSubject", "SplTempFileObject", "UnderflowException", "UnexpectedValueException",
    };
    phpvm_array_t *out = phpvm_array_new(0);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        phpvm_class_t *k = phpvm_class_find_c(names[i]);
        if (k)
            phpvm_array_set(out, rt_from_ptr(k->name), rt_from_ptr(k->name));
    }
    return rt_from_ptr(out);
}

static void spl_init(void)
{
    static const char *const ifaces[][2] = {
        {"OuterIterator", "Iterator"}, {"RecursiveIterator", "Iterator"},
        {"SplObserver", NULL}, {"SplSubject", NULL},
    };
    for (size_t i = 0; i < sizeof ifaces / sizeof ifaces[0]; i++)
        phpvm_class_declare(phpvm_class_builtin(ifaces[i][0], NULL, ifaces[i][1],
                                                PHPVM_C_INTERFACE));
    phpvm_spl_array_init();
    phpvm_spl_dllist_init();
    phpvm_spl_storage_init();
    phpvm_spl_fixedarray_init();
    phpvm_spl_heap_init();
    phpvm_spl_iterators_init();
    phpvm_spl_recursive_init();
    phpvm_spl_fileinfo_init();
    phpvm_spl_fileobject_init();
}

static const phpvm_builtin_t functions[] = {
    {"iterator_count", fn_iterator_count, 1, 1, "iterator", 0},
    {"iterator_apply", fn_iterator_apply, 2, 3, "iterator,callback,args", 0},
    {"class_implements", fn_class_implements, 1, 2, "object_or_class,autoload", 0},
    {"class_parents", fn_class_parents, 1, 2, "object_or_class,autoload", 0},
    {"spl_classes", fn_spl_classes, 0, 0, "", 0},
    {"spl_autoload_call", fn_spl_autoload_call, 1, 1, "class", 0},
    {"spl_autoload", phpvm_fn_spl_autoload, 1, 2, "class,file_extensions", 0},
    {"spl_autoload_extensions", phpvm_fn_spl_autoload_extensions, 0, 1, "file_extensions", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

const phpvm_ext_t phpvm_ext_spl = {"SPL", functions, NULL, spl_init, NULL, NULL};
