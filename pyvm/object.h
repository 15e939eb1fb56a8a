/*
** object.h: pyvm's object model on runtime/ (ARCHITECTURE.md section 2), internal to pyvm/.
** Every runtime type descriptor carries Python behaviour in its `py` table (struct rt_pyslots,
** defined here): pyvm installs tables on runtime's int, float, str, bytes, None, bool, tuple, and
** on its own types (list over rt_vec, dict and set over rt_map, functions, classes, instances...).
** A Python class is a heap object (pyvm_class_t) with name, bases, C3 MRO, a dict and a shape root
** for its instances; builtin types are classes too, their methods builtin functions in their dict.
** Instances of user classes (exceptions included) are pyvm_instance_t: a class pointer and
** shape-described slots (runtime/shape.h).
**
** Error convention: RT_NOVALUE (or NULL, -1, false: each prototype says) with the exception pending.
** Calls use one convention everywhere: args[0, nargs) positional, then one value per name of
** kwnames (a tuple of interned str, or NULL).
*/
#ifndef PYHYP_PYVM_OBJECT_H
#define PYHYP_PYVM_OBJECT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pyvm/ast.h"
#include "runtime/rt.h"

typedef struct pyvm_class pyvm_class_t;

/* Binary operators: the AST's operator numbers (PYVM_AST_Add ... PYVM_AST_FloorDiv), plus
** PYVM_OP_INPLACE for augmented assignment. */
enum { PYVM_NBINOPS = 13, PYVM_OP_INPLACE = 16 };
/* Rich comparisons, in CPython's order. */
enum { PYVM_LT, PYVM_LE, PYVM_EQ, PYVM_NE, PYVM_GT, PYVM_GE };

/* The Python behaviour of a runtime type. NULL entries mean "not supported" (or the generic
** behaviour, where the entry says so). */
struct rt_pyslots {
    pyvm_class_t **cls; /* the class of values of this type; NULL: instances carry it */
    rt_value_t (*repr)(rt_value_t self);
    rt_value_t (*str)(rt_value_t self); /* NULL: repr */
    rt_value_t (*getattr)(rt_value_t self, rt_str_t *name); /* NULL: the generic lookup */
    bool (*setattr)(rt_value_t self, rt_str_t *name, rt_value_t v); /* v 0: delete */
    rt_value_t (*call)(rt_value_t self, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames);
    /* a OP b for either operand's type; pyvm_notimpl when this type does not handle it */
    rt_value_t (*binop)(int op, rt_value_t a, rt_value_t b);
    rt_value_t (*unop)(int op, rt_value_t a); /* PYVM_AST_Invert / UAdd / USub */
    rt_value_t (*richcmp)(rt_value_t a, rt_value_t b, int op); /* pyvm_notimpl when unhandled */
    bool (*hash)(rt_value_t self, int64_t *out); /* NULL: identity */
    rt_value_t (*iter)(rt_value_t self);
    rt_value_t (*next)(rt_value_t self); /* RT_NOVALUE with nothing pending: exhausted */
    int64_t (*len)(rt_value_t self);     /* -1: error */
    rt_value_t (*getitem)(rt_value_t self, rt_value_t key);
    bool (*setitem)(rt_value_t self, rt_value_t key, rt_value_t v); /* v 0: delete */
    int (*contains)(rt_value_t self, rt_value_t x);                /* -1: error */
    int (*truth)(rt_value_t self); /* -1: error; NULL: len() != 0, else true */
    /* the class when cls is NULL: it depends on the value (iterators name what they iterate) */
    pyvm_class_t *(*cls_of)(rt_value_t self);
};

/* ---- Classes (obj_type.c) ---- */

enum {
    PYVM_CLASS_HEAP = 1u << 0,     /* defined by a class statement */
    PYVM_CLASS_BASEEXC = 1u << 1,  /* BaseException or a subclass */
    PYVM_CLASS_SUBCLASSABLE = 1u << 2, /* a builtin value type heap classes may derive from */
    PYVM_CLASS_MUTABLE_VALUE = 1u << 3, /* ... whose values __init__ fills (list, dict, set) */
    PYVM_CLASS_NODICT = 1u << 4,     /* __slots__ without '__dict__': only slots can be stored */
    PYVM_CLASS_NOWEAKREF = 1u << 5,  /* __slots__ without '__weakref__' */
    PYVM_CLASS_SLOTTED = 1u << 6,    /* declares nonempty __slots__ (its own instance layout) */
    PYVM_CLASS_SEQUENCE = 1u << 7,   /* a sequence to match statements (list, tuple, Sequence...) */
    PYVM_CLASS_MAPPING = 1u << 8,    /* a mapping to match statements (dict, Mapping...) */
    PYVM_CLASS_HAS_DEL = 1u << 9,    /* defines or inherits __del__: instances get finalizers */
};

struct pyvm_class {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_str_t *qualname;
    rt_tuple_t *bases;
    rt_tuple_t *mro;            /* this class first */
    rt_map_t *dict;             /* a Python dict: str keys */
    rt_shape_t *root;           /* instances' root shape (heap classes) */
    const rt_type_t *builtin;   /* the descriptor of a builtin type's instances, else NULL */
    /* a heap class deriving from a builtin value type (list, dict, str, int...): that builtin
    ** class; its instances keep their builtin value in slot 0 (pyvm_unwrap) */
    pyvm_class_t *base_builtin;
    /* builtin constructors: type(...) for the class called with these arguments */
    rt_value_t (*ctor)(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                       rt_tuple_t *kwnames);
    pyvm_class_t *meta;         /* the metaclass of a class made by a subclass of type, else NULL */
    rt_vec_t *subclasses;       /* the heap classes naming this one as a base (NULL: none yet) */
    rt_version_t version;       /* bumped by any change of this class's dict */
    uint32_t flags;             /* PYVM_CLASS_* */
};

/* An instance of a heap class (exceptions included). */
typedef struct pyvm_instance {
    rt_obj_t hdr;
    pyvm_class_t *cls;
    rt_slots_t slots; /* last */
} pyvm_instance_t;

extern rt_type_t pyvm_type_class;
extern rt_type_t pyvm_type_instance;

/* The builtin classes, made by pyvm_type_init and rooted. */
#define PYVM_BUILTIN_CLASSES(X)                                                                    \
    X(object) X(type) X(int) X(bool) X(float) X(str) X(bytes) X(NoneType) X(list) X(tuple)         \
    X(dict) X(set) X(frozenset) X(range) X(slice) X(function) X(builtin_function_or_method)         \
    X(method) X(cell) X(generator) X(property) X(staticmethod) X(classmethod) X(super)            \
    X(iterator) X(code) X(traceback) X(frame) X(NotImplementedType) X(ellipsis) X(module)         \
    X(dict_keys) X(dict_values) X(dict_items) X(enumerate) X(zip) X(map) X(filter) X(reversed)

#define PYVM_CLASS_DECL(n) extern pyvm_class_t *pyvm_cls_##n;
PYVM_BUILTIN_CLASSES(PYVM_CLASS_DECL)
#undef PYVM_CLASS_DECL

/* ---- __slots__ (obj_slots.c) ---- */

/* The member descriptors __slots__ names become (data descriptors). */
extern rt_type_t pyvm_type_member;
/* At class creation: checks c's __slots__ declaration in dict (TypeError / ValueError as
** CPython), installs the member descriptors and sets c's NODICT / NOWEAKREF / SLOTTED flags.
** Returns false with the error pending. */
bool pyvm_slots_setup(pyvm_class_t *c, rt_map_t *dict);
/* A slot's value on self / stores it (v 0: deletes); AttributeError when unset. */
rt_value_t pyvm_member_get(rt_value_t member, rt_value_t self);
bool pyvm_member_set(rt_value_t member, rt_value_t self, rt_value_t v);
void pyvm_slots_init(void);

/* Whether b's reflected method goes before a's own for binary operator op (PYVM_AST_Add...;
** -1: a rich comparison): b is an instance of a proper subclass of a's class that overrides
** the reflected method (comparisons: any subclass), as CPython. */
bool pyvm_type_reflect_first(rt_value_t a, rt_value_t b, int op);

/* Whether instances of cls have a __getattribute__ written in Python (no attribute caching). */
bool pyvm_type_has_getattribute(pyvm_class_t *cls);

/* The class of any value. Never allocates. */
pyvm_class_t *pyvm_type_of(rt_value_t v);
static inline const rt_pyslots_t *pyvm_slots(rt_value_t v);

/* Makes the builtin classes and installs the slot tables. Allocates; called once by pyvm_init. */
void pyvm_type_init(void);
/* Marks the builtin sequences and mappings for match statements (PYVM_CLASS_SEQUENCE /
** _MAPPING), once their classes exist; heap classes inherit the marks. */
void pyvm_type_mark_collections(void);
/* A builtin class named `name` for instances described by t (NULL: abstract), base `base`. */
pyvm_class_t *pyvm_type_new_builtin(const char *name, const rt_type_t *t, pyvm_class_t *base);
/* The same with several bases (a tuple of classes whose MRO merge cannot fail). */
pyvm_class_t *pyvm_type_new_builtin_bases(const char *name, const rt_type_t *t, rt_tuple_t *bases);
/* type(name, bases, dict): a heap class with its C3 MRO. NULL with TypeError on a bad MRO. */
pyvm_class_t *pyvm_type_new(rt_str_t *name, rt_tuple_t *bases, rt_map_t *dict);
/* The class statement's machinery (CPython's __build_class__ less the body run): the bases after
** __mro_entries__; the metaclass (explicit `meta` or NULL) reconciled with the bases'
** metaclasses (TypeError on a conflict); the namespace __prepare__ makes (a dict unless the
** metaclass says otherwise). Each returns NULL / RT_NOVALUE with an exception pending. */
rt_tuple_t *pyvm_type_resolve_bases(rt_tuple_t *bases);
pyvm_class_t *pyvm_type_calc_meta(pyvm_class_t *meta, rt_tuple_t *bases);
rt_value_t pyvm_type_prepare(pyvm_class_t *meta, rt_str_t *name, rt_tuple_t *bases,
                             const rt_value_t *kwv, rt_tuple_t *kwnames);
/* type.__new__(meta, name, bases, dict, **kw): a heap class whose metaclass is meta (type:
** NULL), then __set_name__ and the parent's __init_subclass__(**kw). May collect, may raise. */
pyvm_class_t *pyvm_type_new_meta(pyvm_class_t *meta, rt_str_t *name, rt_tuple_t *bases,
                                 rt_map_t *dict, const rt_value_t *kwv, rt_tuple_t *kwnames);
/* The namespace of a running class body or module: a dict, or any mapping __prepare__ gave
** (its __getitem__ / __setitem__ / __delitem__ run). get: RT_NOVALUE with nothing pending when
** absent; del: 1 deleted, 0 absent, -1 error. */
rt_value_t pyvm_ns_get(rt_value_t ns, rt_str_t *name);
bool pyvm_ns_set(rt_value_t ns, rt_str_t *name, rt_value_t v);
int pyvm_ns_del(rt_value_t ns, rt_str_t *name);
/* The attribute `name` found along cls's MRO, or RT_NOVALUE (nothing pending). No descriptor
** binding. Never allocates. */
rt_value_t pyvm_type_lookup(pyvm_class_t *cls, rt_str_t *name);
bool pyvm_type_is_subclass(pyvm_class_t *a, pyvm_class_t *b);
/* A data descriptor: a property, or an object whose class defines __set__ or __delete__. */
bool pyvm_type_is_data_descr(rt_value_t v);
/* Attribute v found in a class's MRO, as reading it through class cls gives it: static and
** class methods unwrapped or bound to cls, a descriptor's __get__(None, cls), else v itself.
** May call Python code (RT_NOVALUE with the error pending). */
rt_value_t pyvm_type_bind_class(rt_value_t v, rt_value_t cls);
static inline bool pyvm_isinstance(rt_value_t v, pyvm_class_t *c)
{
    return pyvm_type_is_subclass(pyvm_type_of(v), c);
}
/* Sets a class attribute (bumps the version). May collect. */
void pyvm_type_setattr(pyvm_class_t *cls, rt_str_t *name, rt_value_t v);
/* Bumped by every change to any class's dict: inline caches that depend on class contents
** compare it (a class's own version counter serves the JIT's finer dependencies). */
extern uint64_t pyvm_type_epoch;
/* The builtin value behind an instance of a class deriving from a builtin value type; any other
** value unchanged. Never allocates. */
rt_value_t pyvm_unwrap(rt_value_t v);
/* Makes an instance of cls (with base_builtin) holding `value`. May collect. */
rt_value_t pyvm_instance_wrap(pyvm_class_t *cls, rt_value_t value);
/* Installs the dunder methods of builtin class cls that reach its C slots (list.__len__,
** int.__add__...), and __new__ / __init__ for subclassing (obj_wrap.c). */
void pyvm_wrap_install(pyvm_class_t *cls, bool mutable_value);
/* Installs only T.__new__ (for a builtin class that cannot be subclassed, such as bool, so that
** it does not inherit its base's). */
void pyvm_wrap_install_new(pyvm_class_t *cls);
/* An instance's __dict__: a live mapping over its attribute slots (obj_instdict.c), and a
** snapshot of them as a new dict. Allocate. */
rt_value_t pyvm_instance_dict(pyvm_instance_t *inst);
rt_map_t *pyvm_instance_dict_copy(pyvm_instance_t *inst);
/* obj.__dict__ = d: the instance's attributes become d's items (a copy; __slots__ values stay).
** TypeError for a non-dict or a deletion. May collect. */
bool pyvm_instance_set_dict(pyvm_instance_t *inst, rt_value_t d);
/* obj.__class__ = cls between heap classes of the same layout; TypeError otherwise. */
bool pyvm_instance_set_class(pyvm_instance_t *inst, rt_value_t cls);
void pyvm_instdict_init(void);
/* A fresh instance of heap class cls. May collect. */
pyvm_instance_t *pyvm_instance_new(pyvm_class_t *cls);

/* ---- Finalization (obj_del.c) ---- */
/* Gives an instance of a PYVM_CLASS_HAS_DEL class its __del__ finalizer. */
void pyvm_del_register(pyvm_instance_t *inst);
/* gc.collect(): a major collection, finalizers and weakref callbacks run; false with an
** exception pending (one a finalizer let out is reported instead). May run Python code. */
bool pyvm_gc_collect(void);
/* At exit, after the atexit callbacks: every remaining __del__, in creation order. */
void pyvm_del_at_exit(void);

/* ---- Builtin functions (obj_func.c) ---- */

typedef rt_value_t (*pyvm_cfn_t)(rt_value_t self, const rt_value_t *args, size_t nargs,
                                 rt_tuple_t *kwnames);

/* A builtin function or method. `self` is 0 for plain functions (and unbound methods); the flags
** say how attribute access binds it. */
enum {
    PYVM_CFUNC_METHOD = 1u << 0, /* bind to the instance on attribute access */
    PYVM_CFUNC_CLASS = 1u << 1,  /* bind to the class (classmethod: dict.fromkeys) */
    PYVM_CFUNC_STATIC = 1u << 2, /* never bind */
    PYVM_CFUNC_RAW_SELF = 1u << 3, /* receives a subclass instance itself, not its value */
    PYVM_CFUNC_TUPLE_ARGS = 1u << 4, /* argument counts worded as PyArg_ParseTuple's errors */
};

typedef struct pyvm_cfunc_def {
    const char *name;
    pyvm_cfn_t fn;
    int8_t min_args, max_args; /* positional, self excluded; max -1: any */
    uint8_t flags;
    uint8_t kwargs; /* accepts keyword arguments (checks them itself) */
} pyvm_cfunc_def_t;

typedef struct pyvm_cfunc {
    rt_obj_t hdr;
    const pyvm_cfunc_def_t *def;
    rt_value_t self;
    rt_str_t *name;
    pyvm_class_t *owner; /* the class whose dict holds it (methods of builtin value types get
                         ** the builtin value of a subclass instance as self), or NULL */
} pyvm_cfunc_t;

extern rt_type_t pyvm_type_cfunc;
rt_value_t pyvm_cfunc_new(const pyvm_cfunc_def_t *def, rt_value_t self);
/* A bound copy of unbound builtin method c (keeps its owner). */
rt_value_t pyvm_cfunc_bind(pyvm_cfunc_t *c, rt_value_t self);
/* Adds each def of a table (ended by a NULL name) to cls's dict, or to a dict. May collect. */
void pyvm_cfunc_install(pyvm_class_t *cls, const pyvm_cfunc_def_t *defs);
void pyvm_cfunc_install_dict(rt_map_t *dict, const pyvm_cfunc_def_t *defs);
/* The argument count check a cfunc makes; false with TypeError pending. */
bool pyvm_check_nargs(const char *name, size_t nargs, int min, int max);
bool pyvm_no_kwargs(const char *name, rt_tuple_t *kwnames);
/* Matches a call's arguments to the parameters `names` (NULL-terminated; the first nrequired
** required, the rest optional) by position then keyword: out[i] is each argument, RT_NOVALUE
** for an optional one not given. false with TypeError pending (too many, unknown or duplicate
** keyword, missing). Never allocates except for the error. */
bool pyvm_parse_args(const char *fn, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames,
                     const char *const *names, size_t nrequired, rt_value_t *out);

/* ---- Python functions, methods, cells, generators (obj_func.c) ---- */

typedef struct pyvm_code pyvm_code_t;

typedef struct pyvm_func {
    rt_obj_t hdr;
    pyvm_code_t *code;
    rt_map_t *globals;
    rt_tuple_t *defaults;  /* NULL: none */
    rt_map_t *kwdefaults;  /* NULL: none */
    rt_tuple_t *closure;   /* cells, NULL: none */
    rt_str_t *name, *qualname;
    rt_map_t *dict;        /* function attributes, NULL until set */
} pyvm_func_t;

typedef struct pyvm_method {
    rt_obj_t hdr;
    rt_value_t func, self;
} pyvm_method_t;

typedef struct pyvm_cell {
    rt_obj_t hdr;
    rt_value_t value; /* 0: empty */
} pyvm_cell_t;

/* property, staticmethod, classmethod: one layout. */
typedef struct pyvm_descr {
    rt_obj_t hdr;
    rt_value_t get, set, del, doc;
    rt_value_t name; /* a property's attribute name (__set_name__), 0 until it has one */
} pyvm_descr_t;

/* Raises CPython's AttributeError for a property p without a getter / setter / deleter (`what`)
** used on obj. Returns RT_NOVALUE. */
rt_value_t pyvm_property_missing(rt_value_t p, rt_value_t obj, const char *what);
/* A classmethod cm accessed through class cls: the wrapped function bound to cls, or what the
** wrapped descriptor (a property...) gives for cls. May call Python code. */
rt_value_t pyvm_classmethod_bind(rt_value_t cm, rt_value_t cls);

/* A generator, coroutine or async generator (obj_gen.c; the type says which). */
typedef struct pyvm_gen {
    rt_obj_t hdr;
    rt_frameobj_t *frame; /* NULL once finished */
    rt_str_t *name, *qualname;
    rt_code_t *code;
    rt_value_t exc_state; /* the exception its suspended frame is handling, 0: none */
    bool running, started;
    bool running_async, closed; /* async generators: an awaitable in progress; aclose() began */
} pyvm_gen_t;

extern rt_type_t pyvm_type_func, pyvm_type_method, pyvm_type_cell, pyvm_type_property,
    pyvm_type_staticmethod, pyvm_type_classmethod, pyvm_type_super;

rt_value_t pyvm_method_new(rt_value_t func, rt_value_t self);
/* property(get): a read-only property (usable before the property class exists). Allocates. */
rt_value_t pyvm_property_new(rt_value_t get);
/* The arguments with `self` in front (positional and keyword values): in buf when they fit, else
** in a fresh heap vector whose items the caller's C stack keeps alive. May collect. */
enum { PYVM_ARGBUF = 16 };
rt_value_t *pyvm_args_prepend(rt_value_t self, const rt_value_t *args, size_t nargs,
                              rt_tuple_t *kwnames, rt_value_t buf[PYVM_ARGBUF]);
pyvm_cell_t *pyvm_cell_new(rt_value_t v);

/* ---- Generators, coroutines, async generators (obj_gen.c) ---- */
extern rt_type_t pyvm_type_gen, pyvm_type_coro, pyvm_type_asyncgen;
extern pyvm_class_t *pyvm_cls_coroutine, *pyvm_cls_async_generator;
/* Whether v is an object of type t (one of the three above). */
bool pyvm_gen_is(rt_value_t v, const rt_type_t *t);
/* next(gen) / gen.send(v): the yielded value; RT_NOVALUE with nothing pending when it returned
** (its return value then in *ret if ret != NULL), or with the exception pending. v RT_NOVALUE
** with an exception pending throws it in. */
rt_value_t pyvm_gen_send(pyvm_gen_t *g, rt_value_t v, rt_value_t *ret);
/* The iterator `await v` drives: a coroutine itself, else what type(v).__await__ returns (a
** TypeError in CPython's words otherwise; where 1 / 2: the object came from __aenter__ /
** __aexit__ of an async with). May run Python code. */
rt_value_t pyvm_gen_awaitable(rt_value_t v, int where);
/* An async generator's own yield: the value wrapped, so its awaitables tell it from an await. */
rt_value_t pyvm_asyncgen_wrap(rt_value_t v);
/* async for: type(v).__aiter__(v) (checked to have __anext__), and the awaitable of the next
** item (type(it).__anext__(it) made awaitable). TypeError in CPython's words. */
rt_value_t pyvm_gen_aiter(rt_value_t v);
rt_value_t pyvm_gen_anext(rt_value_t it);
void pyvm_gen_init(void);
void pyvm_func_init(void);

/* ---- Generic protocols (object.c): what the interpreter and builtins use ---- */

extern rt_obj_t pyvm_notimpl_obj, pyvm_ellipsis_obj;
#define pyvm_notimpl  ((rt_value_t)&pyvm_notimpl_obj)
#define pyvm_ellipsis ((rt_value_t)&pyvm_ellipsis_obj)

rt_value_t pyvm_call(rt_value_t f, const rt_value_t *args, size_t nargs, rt_tuple_t *kwnames);
rt_value_t pyvm_call0(rt_value_t f);
/* callable(x) (builtins.c). */
bool pyvm_callable(rt_value_t x);
rt_value_t pyvm_call1(rt_value_t f, rt_value_t a);
rt_value_t pyvm_call2(rt_value_t f, rt_value_t a, rt_value_t b);
/* Looks up dunder `name` on the type of self and calls it bound to self; RT_NOVALUE with nothing
** pending (and *found false) when the type lacks it. A dunder set to None counts as found and
** raises "'NoneType' object is not callable", as CPython's slot wrappers do; callers whose
** protocol gives None a meaning of its own (__hash__, __iter__, __contains__...) check first. */
rt_value_t pyvm_call_dunder(rt_value_t self, rt_str_t *name, const rt_value_t *args, size_t n,
                            bool *found);

rt_value_t pyvm_getattr(rt_value_t o, rt_str_t *name);
/* The attribute or RT_NOVALUE with nothing pending when it is missing (AttributeError cleared). */
rt_value_t pyvm_getattr_opt(rt_value_t o, rt_str_t *name);
bool pyvm_setattr(rt_value_t o, rt_str_t *name, rt_value_t v);
bool pyvm_delattr(rt_value_t o, rt_str_t *name);
/* CPython's AttributeError for assigning name on o, whose type has no instance attributes:
** read-only class attribute, unwritable computed attribute, or no such attribute. */
void pyvm_readonly_attr_error(rt_value_t o, rt_str_t *name);
/* The generic attribute lookup (object.__getattribute__): data descriptors, instance slots,
** class attributes with binding. */
rt_value_t pyvm_generic_getattr(rt_value_t o, rt_str_t *name);
/* object.__getattribute__ alone: no __getattr__ fallback. */
rt_value_t pyvm_generic_getattribute(rt_value_t o, rt_str_t *name);
/* With an AttributeError pending from a lookup of name on o: the class's __getattr__ (the
** pending error cleared) if it has one; else RT_NOVALUE, the error left pending. */
rt_value_t pyvm_getattr_fallback(rt_value_t o, rt_str_t *name);
/* Binds a class attribute found for instance `self` (functions become methods, properties run). */
rt_value_t pyvm_bind(rt_value_t attr, rt_value_t self, pyvm_class_t *cls);
/* Inline caches (code.h): after a slow LOAD_ATTR / STORE_ATTR / LOAD_METHOD on o succeeded,
** remember what lets the next execution skip the lookup, when o's kind allows it (instances
** with tree shapes, builtin types). Never allocate. An attribute entry maps a shape to the
** attribute's slot (a small int) or, after a store that added the attribute, to the shape the
** instance moved to (its slot inline); before_store is o's shape before a store, NULL for a
** load. A module attribute's entry maps the module's dict to the position of `name` in it. */
void pyvm_cache_attr(rt_vec_t *caches, uint32_t index, rt_value_t o, rt_str_t *name,
                     const rt_shape_t *before_store);
void pyvm_cache_method(rt_vec_t *caches, uint32_t index, rt_value_t o, rt_value_t meth);
/* The key a method cache compares: the shape of an instance, the slot table of a builtin
** value, 0 when o cannot be cached (classes, modules, ...). */
static inline rt_value_t pyvm_cache_key(rt_value_t o);
/* For LOAD_METHOD: *meth and *self such that calling meth(self, ...) (self 0: meth(...)) equals
** calling o.name(...); avoids making a bound method. */
bool pyvm_getmethod(rt_value_t o, rt_str_t *name, rt_value_t *meth, rt_value_t *self);

rt_value_t pyvm_binop(int op, rt_value_t a, rt_value_t b);
rt_value_t pyvm_unop(int op, rt_value_t a);
rt_value_t pyvm_richcmp(rt_value_t a, rt_value_t b, int op);
/* a == b as a C truth value: 1, 0, -1 error. Identity first (as CPython's containers). */
int pyvm_eq(rt_value_t a, rt_value_t b);
int pyvm_lt(rt_value_t a, rt_value_t b);
int pyvm_truth(rt_value_t v);
bool pyvm_hash(rt_value_t v, int64_t *out);
int64_t pyvm_len(rt_value_t v);
rt_value_t pyvm_iter(rt_value_t v);
/* next(it): RT_NOVALUE with nothing pending when exhausted. */
rt_value_t pyvm_next(rt_value_t it);
/* next(it) as the next() builtin and yield from see it: a StopIteration the iterator raised (with
** its value) stays pending; RT_NOVALUE with nothing pending still means exhausted. */
rt_value_t pyvm_next_raw(rt_value_t it);
rt_value_t pyvm_getitem(rt_value_t o, rt_value_t k);
bool pyvm_setitem(rt_value_t o, rt_value_t k, rt_value_t v);
bool pyvm_delitem(rt_value_t o, rt_value_t k);
int pyvm_contains(rt_value_t o, rt_value_t x);
rt_value_t pyvm_repr(rt_value_t v);
/* The builtin repr of a container value or of an instance of a subclass of one (list.__repr__,
** set.__repr__...), marking self in progress so that a cycle through it prints as [...]. */
rt_value_t pyvm_container_repr(rt_value_t self);
/* CPython's Py_ReprEnter / Py_ReprLeave for reprs written in C: 1 when v's repr is already in
** progress (print "..."), 0 after marking it (call pyvm_repr_leave), -1 with RecursionError. */
int pyvm_repr_enter(rt_value_t v);
void pyvm_repr_leave(void);
/* Registers object.c's roots; called once by pyvm_init. */
void pyvm_object_init(void);
rt_value_t pyvm_str(rt_value_t v);
rt_value_t pyvm_format(rt_value_t v, rt_str_t *spec);
/* An int value from an int, bool or __index__ object; RT_NOVALUE with TypeError. */
rt_value_t pyvm_index(rt_value_t v);
/* Whether v is an int or an instance whose class defines __index__ (sequence repetition). */
bool pyvm_has_index(rt_value_t v);
/* v's __index__ value as an int64 (a repetition count...); OverflowError "cannot fit 'T' into
** an index-sized integer" past the range, as CPython's PyNumber_AsSsize_t. */
bool pyvm_index_fit(rt_value_t v, int64_t *out);
bool pyvm_index_i64(rt_value_t v, int64_t *out);
/* Every item of an iterable, into a fresh list (the vector of a list object). */
rt_vec_t *pyvm_seq_to_vec(rt_value_t it);
/* The type's name for messages ("int", "MyClass"). */
const char *pyvm_type_name(rt_value_t v);
/* Raises an existing exception class with a message. */
rt_value_t pyvm_raise_cls(pyvm_class_t *cls, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- Numbers (obj_int.c) ---- */
static inline bool pyvm_is_intlike(rt_value_t v) { return rt_is_int(v) || rt_is_bool(v); }
/* The int value of an int or bool. */
static inline rt_value_t pyvm_int_of(rt_value_t v)
{
    return rt_is_bool(v) ? rt_small(((rt_bool_t *)rt_ptr(v))->value) : v;
}
rt_value_t pyvm_int_binop(int op, rt_value_t a, rt_value_t b);
/* Converts an int/bool/float to a double; false (TypeError not raised) when v is none of them. */
bool pyvm_num_to_double(rt_value_t v, double *out, bool *err);
rt_value_t pyvm_int_call(pyvm_class_t *cls, const rt_value_t *args, size_t nargs, rt_tuple_t *kw);
rt_value_t pyvm_float_call(pyvm_class_t *cls, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kw);
/* Raises the Python error of a numeric status; RT_NOVALUE. */
rt_value_t pyvm_num_error(rt_num_status_t st, const char *what);
void pyvm_int_init(void);

/* ---- Strings (obj_str.c, strfmt.c) ---- */
static inline bool pyvm_is_str(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_str;
}
static inline rt_str_t *pyvm_str_of(rt_value_t v) { return (rt_str_t *)rt_ptr(v); }
rt_value_t pyvm_str_cstr(const char *s);
rt_value_t pyvm_str_repr_of(rt_str_t *s);
/* ascii(v): repr(v) with every non-ASCII code point escaped as repr spells it. Allocates; may fail
** (whatever repr raises). */
rt_value_t pyvm_ascii(rt_value_t v);
rt_value_t pyvm_str_concat(rt_str_t *a, rt_str_t *b);
/* "fmt" % args, and b"fmt" % args (the result has fmt's type) */
rt_value_t pyvm_str_mod(rt_str_t *fmt, rt_value_t args);
/* format(v, spec) for ints, floats and strs; *handled false for other types. */
rt_value_t pyvm_str_format_builtin(rt_value_t v, rt_str_t *spec, bool *handled);
/* str.format(*args, **kwargs) */
rt_value_t pyvm_str_format_method(rt_str_t *fmt, const rt_value_t *args, size_t nargs,
                                  rt_tuple_t *kwnames);
/* str.format_map(mapping): named fields are mapping[name]; positional ones are a ValueError. */
rt_value_t pyvm_str_format_map(rt_str_t *fmt, rt_value_t mapping);
/* Joins the str of each item of a list/tuple vector with separator sep. */
rt_value_t pyvm_str_join(rt_str_t *sep, rt_value_t iterable);
void pyvm_str_init(void);
/* The built-in codecs (obj_codec.c): UTF-8, ASCII, Latin-1 with CPython's error handlers.
** RT_NOVALUE with LookupError / UnicodeDecodeError / UnicodeEncodeError pending. */
/* Whether str and bytes code `encoding` themselves (UTF-8, ASCII, Latin-1 and their aliases);
** the others go through the codec registry. */
bool pyvm_codec_builtin(const char *encoding);
rt_value_t pyvm_codec_decode(const char *d, int64_t n, const char *encoding, const char *errors);
rt_value_t pyvm_codec_encode(rt_str_t *s, const char *encoding, const char *errors);
/* Raises CPython's UnicodeEncodeError for code point cp at character position pos ("'codec'
** codec can't encode character '\\u20ac' in position 3: why"); returns RT_NOVALUE. */
rt_value_t pyvm_codec_encode_error(const char *codec, uint32_t cp, int64_t pos, const char *why);
/* Parses (encoding='utf-8', errors='strict'); the C strings live as long as the arguments. */
bool pyvm_codec_args(const char *fn, const rt_value_t *a, size_t n, rt_tuple_t *kw,
                     const char **encoding, const char **errors);
/* Adds str.maketrans and str.translate (obj_strtrans.c); called once after pyvm_str_init. */
void pyvm_strtrans_install(void);
/* Adds str's Unicode case mappings and is* predicates (obj_strcase.c); after pyvm_str_init. */
void pyvm_strcase_install(void);

/* ---- Lists, tuples, ranges, slices, iterators (obj_list.c) ---- */
extern rt_type_t pyvm_type_list, pyvm_type_range, pyvm_type_slice, pyvm_type_seqiter,
    pyvm_type_enumerate, pyvm_type_zip, pyvm_type_map, pyvm_type_filter, pyvm_type_reversed,
    pyvm_type_calliter, pyvm_type_rangeiter;

/* range objects and the two iterators FOR_ITER specializes on (the JIT's handlers read their
** fields). */
typedef struct pyvm_range {
    rt_obj_t hdr;
    int64_t start, stop, step, len;
} pyvm_range_t;

typedef struct pyvm_rangeiter {
    rt_obj_t hdr;
    int64_t next, step, left;
} pyvm_rangeiter_t;

typedef struct pyvm_seqiter {
    rt_obj_t hdr;
    rt_value_t seq; /* RT_NOVALUE once exhausted */
    int64_t i;
    pyvm_class_t *cls; /* list_iterator, str_ascii_iterator, set_iterator... (type(it)) */
} pyvm_seqiter_t;

/* The classes of the builtin sequence iterators, named after what they iterate, as CPython's
** (obj_dict.c has those of dicts and sets). */
#define PYVM_ITER_CLASSES(X)                                                                       \
    X(list_iterator) X(list_reverseiterator) X(tuple_iterator) X(str_ascii_iterator)               \
    X(str_iterator) X(bytes_iterator) X(bytearray_iterator) X(range_iterator)                      \
    X(callable_iterator)
#define PYVM_ITER_DECL(n) extern pyvm_class_t *pyvm_cls_##n;
PYVM_ITER_CLASSES(PYVM_ITER_DECL)
#undef PYVM_ITER_DECL

typedef struct pyvm_slice {
    rt_obj_t hdr;
    rt_value_t start, stop, step;
} pyvm_slice_t;

static inline bool pyvm_is_list(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_list;
}
static inline bool pyvm_is_tuple(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_tuple;
}
rt_vec_t *pyvm_list_new(int64_t cap);
rt_value_t pyvm_list_from(const rt_value_t *items, int64_t n);
rt_value_t pyvm_tuple_from(const rt_value_t *items, int64_t n);
rt_value_t pyvm_slice_new(rt_value_t start, rt_value_t stop, rt_value_t step);
/* Resolves a slice against a length: false with the error pending. Returns the item count. */
bool pyvm_slice_indices(pyvm_slice_t *s, int64_t len, int64_t *start, int64_t *stop,
                        int64_t *step, int64_t *count);
/* Normalises index i (negative from the end) against len; false with IndexError ("what index out
** of range"). */
bool pyvm_seq_index(rt_value_t key, int64_t len, int64_t *out, const char *what);
rt_value_t pyvm_range_new(int64_t start, int64_t stop, int64_t step);
/* range(*args) with bounds beyond 64 bits (obj_longrange.c): iterable, printable, truthy. */
rt_value_t pyvm_longrange_new(const rt_value_t *args, size_t nargs);
/* A long range's start, stop and step; false when v is not one. */
bool pyvm_longrange_parts(rt_value_t v, rt_value_t out[3]);
/* reversed(r), r.count(x), r.index(x) of such a range (pyvm_longrange_parts true). */
rt_value_t pyvm_longrange_reversed(rt_value_t v);
rt_value_t pyvm_longrange_count(rt_value_t v, rt_value_t x);
rt_value_t pyvm_longrange_index(rt_value_t v, rt_value_t x);
void pyvm_longrange_init(void);
rt_value_t pyvm_seqiter_new(rt_value_t seq);
/* Sorts a vector in place (stable), with optional key function and reverse. false on error. */
bool pyvm_list_sort(rt_vec_t *v, rt_value_t key, bool reverse);
rt_value_t pyvm_iter_make(rt_type_t *t, rt_value_t a, rt_value_t b);
void pyvm_list_init(void);

/* ---- Dicts and sets (obj_dict.c) ---- */
extern rt_type_t pyvm_type_dict, pyvm_type_set, pyvm_type_frozenset;
static inline bool pyvm_is_dict(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_dict;
}
static inline bool pyvm_is_anyset(rt_value_t v)
{
    return rt_is_ptr(v) && (rt_obj_type(rt_ptr(v)) == &pyvm_type_set ||
                            rt_value_type(v) == &pyvm_type_frozenset);
}
rt_map_t *pyvm_dict_new(void);
/* repr of set or frozenset v as class `name` shows it: "name({1, 2})", "name()"; NULL: v's own
** type (a set's braces alone). May run __repr__ of the items. */
rt_value_t pyvm_set_repr(rt_value_t v, const char *name);
/* d[k] or RT_NOVALUE: absent with nothing pending, or an error pending (check rt_exc_pending). */
rt_value_t pyvm_dict_get(rt_map_t *d, rt_value_t k);
bool pyvm_dict_set(rt_map_t *d, rt_value_t k, rt_value_t v);
/* 1 deleted, 0 absent, -1 error. */
int pyvm_dict_del(rt_map_t *d, rt_value_t k);
/* The key at a live position of d (rt_map_next), as a Python value. */
rt_value_t pyvm_dict_key_at(const rt_map_t *d, int64_t pos);
static inline rt_value_t pyvm_dict_get_str(rt_map_t *d, rt_str_t *k)
{
    return (d->flags & RT_MAP_OBJKEYS) ? pyvm_dict_get(d, rt_from_ptr(k)) : rt_map_get_str(d, k);
}
rt_map_t *pyvm_set_new(const rt_type_t *t);
bool pyvm_set_add(rt_map_t *s, rt_value_t k);
/* 1 present, 0 absent, -1 error */
int pyvm_set_has(rt_map_t *s, rt_value_t k);
/* Adds the items of any iterable to a dict (pairs) or set. */
bool pyvm_dict_update(rt_map_t *d, rt_value_t other);
bool pyvm_set_update(rt_map_t *s, rt_value_t it);
void pyvm_dict_init(void);

/* ---- Exceptions (obj_exc.c) ---- */
#define PYVM_EXC_CLASSES(X)                                                                        \
    X(BaseException, object) X(Exception, BaseException) X(SystemExit, BaseException)             \
    X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException)                          \
    X(ArithmeticError, Exception) X(ZeroDivisionError, ArithmeticError)                          \
    X(OverflowError, ArithmeticError) X(FloatingPointError, ArithmeticError)                     \
    X(AssertionError, Exception) X(AttributeError, Exception) X(LookupError, Exception)          \
    X(IndexError, LookupError) X(KeyError, LookupError) X(NameError, Exception)                  \
    X(UnboundLocalError, NameError) X(RuntimeError, Exception)                                   \
    X(RecursionError, RuntimeError) X(NotImplementedError, RuntimeError)                         \
    X(StopIteration, Exception) X(TypeError, Exception) X(ValueError, Exception)                 \
    X(UnicodeError, ValueError) X(ImportError, Exception) X(ModuleNotFoundError, ImportError)    \
    X(OSError, Exception) X(MemoryError, Exception) X(SystemError, Exception)                    \
    X(EOFError, Exception) X(BufferError, Exception) X(StopAsyncIteration, Exception)           \
    X(Warning, Exception) X(UserWarning, Warning) X(DeprecationWarning, Warning)                 \
    X(SyntaxError, Exception) X(ReferenceError, Exception)                                     \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError) X(ConnectionError, OSError)       \
    X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError)               \
    X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError)         \
    X(FileExistsError, OSError) X(FileNotFoundError, OSError) X(InterruptedError, OSError)      \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) X(PermissionError, OSError)    \
    X(ProcessLookupError, OSError) X(TimeoutError, OSError)                                      \
    X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError)                      \
    X(UnicodeTranslateError, UnicodeError) X(IndentationError, SyntaxError)                      \
    X(TabError, IndentationError) X(PendingDeprecationWarning, Warning)                          \
    X(SyntaxWarning, Warning) X(RuntimeWarning, Warning) X(FutureWarning, Warning)              \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(BytesWarning, Warning)               \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning)                                    \
    X(BaseExceptionGroup, BaseException) X(ExceptionGroup, Exception)

#define PYVM_EXC_DECL(n, b) extern pyvm_class_t *pyvm_exc_##n;
PYVM_EXC_CLASSES(PYVM_EXC_DECL)
#undef PYVM_EXC_DECL

static inline bool pyvm_is_exc(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &pyvm_type_instance &&
           (((pyvm_instance_t *)rt_ptr(v))->cls->flags & PYVM_CLASS_BASEEXC);
}
/* A new exception of cls with args (cls(*args)). */
rt_value_t pyvm_exc_new(pyvm_class_t *cls, const rt_value_t *args, size_t nargs);
/* Attribute helpers of exception instances (0 when absent). */
rt_value_t pyvm_exc_get(rt_value_t exc, rt_str_t *name);
void pyvm_exc_put(rt_value_t exc, rt_str_t *name, rt_value_t v);
/* exc.__cause__ / exc.__context__ = v (name says which; v 0: delete, as None), checking that v
** is None or an exception; setting __cause__ also sets __suppress_context__. */
bool pyvm_exc_set_link(rt_value_t exc, rt_str_t *name, rt_value_t v);
/* Attribute lookup on exception instances: unset args/__cause__/... read as their defaults. */
rt_value_t pyvm_exc_getattr(rt_value_t exc, rt_str_t *name);
/* Raises StopIteration(v). */
rt_value_t pyvm_exc_stop_iteration(rt_value_t v);
/* The exception's class matches `match` (a class or tuple of classes): 1, 0, -1 (TypeError). */
int pyvm_exc_matches(rt_value_t exc, rt_value_t match);
/* Prints the pending exception as CPython does for an uncaught one, then clears it. */
void pyvm_exc_print(rt_value_t exc, rt_tb_t *tb, FILE *out);
/* Registers a file's source so tracebacks can quote its lines. */
void pyvm_exc_add_source(rt_str_t *filename, const char *src, size_t len);
void pyvm_exc_init(void);
/* OSError's errno/strerror/filename protocol and its errno subclasses (obj_oserror.c): installs
** OSError.__new__/__init__/__str__; called once after pyvm_exc_init. */
void pyvm_oserror_init(void);
/* Raises the OSError subclass for errno err (strerror's message, filename if not 0); returns
** RT_NOVALUE. */
rt_value_t pyvm_raise_errno(int err, rt_value_t filename);

/* ---- Exception groups (obj_excgroup.c) ---- */
/* Installs BaseExceptionGroup's methods and BaseException.add_note; after pyvm_exc_init. */
void pyvm_excgroup_init(void);
bool pyvm_excgroup_is(rt_value_t v);
/* A group's sub-exceptions (a tuple). */
rt_tuple_t *pyvm_excgroup_excs(rt_value_t eg);
/* except* T: false with TypeError pending unless T is an exception class (or tuple of them)
** and no exception group class. */
bool pyvm_excgroup_check_star_type(rt_value_t t);
/* except*'s match of exc (a group, a naked exception, or None) against type t: *match the part
** that matches (a naked exception wrapped in a new group), *rest the part that does not (None
** when empty). false with the error pending (from split, derive...). Allocates. */
bool pyvm_excgroup_match(rt_value_t exc, rt_value_t t, rt_value_t *match, rt_value_t *rest);
/* What the end of a try/except* raises: orig is the exception it caught, list (a list) holds
** what each handler raised and the unmatched rest. The exceptions split off orig keep orig's
** structure; new ones join them in a new ExceptionGroup (a lone exception goes out as itself).
** None when nothing is left to raise;
** RT_NOVALUE with an error pending. */
rt_value_t pyvm_excgroup_reraise(rt_value_t orig, rt_value_t list);

/* ---- types.SimpleNamespace (obj_namespace.c) ---- */
extern pyvm_class_t *pyvm_cls_namespace;
/* Makes the class; called once by pyvm_init after pyvm_type_init. */
void pyvm_namespace_init(void);

/* ---- complex (obj_complex.c) ---- */
extern rt_type_t pyvm_type_complex;
extern pyvm_class_t *pyvm_cls_complex;
/* A new complex number. Allocates. */
rt_value_t pyvm_complex_new(double re, double im);
/* If v is a complex (exactly), its two parts and true; else false. */
bool pyvm_complex_parts(rt_value_t v, double *re, double *im);
void pyvm_complex_init(void);

/* ---- bytearray (obj_bytearray.c) ---- */
extern rt_type_t pyvm_type_bytearray;
extern pyvm_class_t *pyvm_cls_bytearray, *pyvm_cls_memoryview;
/* A new bytearray holding a copy of data[0, len). Allocates. */
rt_value_t pyvm_bytearray_new(const char *data, int64_t len);
/* The bytes of a bytes, bytearray or memoryview value (subclass instances included): true with *data and
** *len set (valid until the next allocation may grow a bytearray), false for anything else. */
bool pyvm_bytes_like(rt_value_t v, const char **data, int64_t *len);
/* The bytes of a writable buffer: a bytearray, a memoryview over a writable buffer, or a value of
** a type registered below; false (nothing raised) for read-only or non-buffer values. *data is
** valid until the next allocation, as pyvm_bytes_like's. */
bool pyvm_buffer_writable(rt_value_t v, char **data, int64_t *len);
/* Lets a native module's type (array.array) serve as a writable buffer to pyvm_bytes_like and
** pyvm_buffer_writable (so bytes(), memoryview, file and socket I/O take it): fn gives the bytes
** of a value of type t. For a few types, registered once. */
typedef void (*pyvm_buffer_fn_t)(rt_value_t v, char **data, int64_t *len);
void pyvm_buffer_register(const rt_type_t *t, pyvm_buffer_fn_t fn);
void pyvm_bytearray_init(void);

/* ---- super (obj_super.c) ---- */
void pyvm_super_init(void);

/* ---- types.MappingProxyType (obj_mappingproxy.c): a class's __dict__ ---- */
rt_value_t pyvm_mappingproxy_new(rt_value_t mapping);
void pyvm_mappingproxy_init(void);

/* ---- Pickling and copying (obj_reduce.c): object.__reduce_ex__, __reduce__, __getstate__,
** builtin values' __getnewargs__, iterators' and range's __reduce__. After every builtin class
** exists. ---- */
void pyvm_reduce_init(void);

/* ---- types.GenericAlias and types.UnionType (obj_generic.c) ---- */
extern rt_type_t pyvm_type_generic_alias, pyvm_type_union;
/* origin[args] as list[int] gives. Allocates. */
rt_value_t pyvm_generic_alias_new(rt_value_t origin, rt_value_t args);
/* a | b for classes, None, aliases and unions; pyvm_notimpl for other operands. Allocates. */
rt_value_t pyvm_union_or(rt_value_t a, rt_value_t b);
bool pyvm_is_union(rt_value_t v);
rt_tuple_t *pyvm_union_args(rt_value_t u);
/* Makes the classes and gives the builtin generic classes __class_getitem__; called once by
** pyvm_init after the builtin classes exist. */
void pyvm_generic_init(void);

/* ---- Interned names ---- */
enum {
#define NAME(id, text) PYVM_NAME_##id,
#include "pyvm/names.def"
#undef NAME
    PYVM_NNAMES
};
extern rt_str_t *pyvm_names[PYVM_NNAMES];
#define pyvm_name(id) (pyvm_names[PYVM_NAME_##id])

/* ---- Builtins module, sys (builtins.c, builtins_seq.c, mod_sys.c) ---- */
extern rt_map_t *pyvm_builtins;
extern rt_value_t pyvm_sys_stdout, pyvm_sys_stderr;
/* sys.<name> as Python code left it (sys.stdout = StringIO() ...), the standard streams before
** sys exists; RT_NOVALUE, nothing pending, when sys has no such attribute. Never allocates. */
rt_value_t pyvm_sys_get(rt_str_t *name);
void pyvm_builtins_init(void);
void pyvm_builtins_seq_install(rt_map_t *b);
/* Adds compile, exec and eval (builtins_eval.c) to the builtins dict b. */
void pyvm_builtins_eval_install(rt_map_t *b);
/* Imports an absolute module name as `import name` would, returning the module itself: from
** sys.modules, a native module, or source found on sys.path (code.h: pyvm_import_name). */
rt_value_t pyvm_import(rt_str_t *name);
/* Makes sys.argv from argv and sys.path from path0 (the script's directory, "" for -c) then the
** PYTHONPATH entries. */
void pyvm_sys_init(int argc, char **argv, const char *path0);
/* Writes text to a Python file object (sys.stdout / stderr or anything with write()); false with
** the exception pending (BrokenPipeError when a standard stream's reader went away). */
bool pyvm_write(rt_value_t file, rt_str_t *text);
/* The flush of stdout at exit: false, with CPython's "Exception ignored" report on stderr, when
** it fails or a failed sys.stdout.flush() left bytes behind (the exit status is then 120). */
bool pyvm_sys_flush_at_exit(void);

/* ---- Slots access ---- */
static inline rt_value_t pyvm_cache_key(rt_value_t o)
{
    extern const rt_pyslots_t pyvm_int_slots;
    if (rt_is_small(o))
        return rt_from_ptr(&pyvm_int_slots);
    const rt_type_t *t = rt_value_type(o);
    if (t == &pyvm_type_instance) {
        rt_shape_t *s = ((pyvm_instance_t *)rt_ptr(o))->slots.shape;
        return (s->flags & RT_SHAPE_DICT) ? RT_NOVALUE : rt_from_ptr(s);
    }
    return t->py && !t->py->getattr ? rt_from_ptr(t->py) : RT_NOVALUE;
}

static inline const rt_pyslots_t *pyvm_slots(rt_value_t v)
{
    extern const rt_pyslots_t pyvm_int_slots;
    if (rt_is_small(v))
        return &pyvm_int_slots;
    return rt_value_type(v)->py;
}

#endif
