/*
** vm.h: the PHP virtual machine's internal interface (internal to phpvm/; others use phpvm.h).
** PHP values live on the shared object model (ARCHITECTURE.md section 2): null/bool are runtime
** singletons, ints small or boxed int64, floats and strings runtime objects; arrays are runtime
** ordered maps of phpvm_type_array with copy-on-write through RT_OBJ_SHARED; references, objects,
** closures, functions and classes are phpvm's own heap types. The compiler (compile*.c) turns
** the AST into code objects whose opcodes ops.def declares; interp.c runs them on the shared
** frame stack. Builtin functions are static tables in ext/standard/.
*/
#ifndef PHPVM_VM_H
#define PHPVM_VM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/rt.h"
#include "phpvm/phpvm.h"

/* ---- The PHP behaviour table installed on runtime types (ARCHITECTURE.md section 2) ---- */

struct phpvm_class;

/* PHP's view of a value's type, as gettype() distinguishes them (references are transparent). */
typedef enum phpvm_kind {
    PHPVM_NULL,
    PHPVM_BOOL,
    PHPVM_INT,
    PHPVM_FLOAT,
    PHPVM_STRING,
    PHPVM_ARRAY,
    PHPVM_OBJECT,
    PHPVM_RESOURCE, /* phpvm_resource_t */
    PHPVM_REFCELL, /* a reference cell (never seen by PHP code as a value) */
    PHPVM_INTERNAL /* compiler/VM internals: functions, classes, iterators */
} phpvm_kind_t;

/*
** struct rt_phpslots: how PHP code sees objects of a runtime type. `kind` is the fast type test.
** PHP's own types set only kind and type_name. A *foreign* type (a Python list, function, class or
** instance seen by PHP code) also sets `cls` and the hooks it supports; bridge/ installs them
** (foreign.c routes PHP's operations to them). Foreign values have kind PHPVM_OBJECT, like
** closures and generators, which are not phpvm_object_t either. Hooks that fail return their
** failure sentinel with a PHP exception pending.
*/
struct rt_phpslots {
    phpvm_kind_t kind;
    const char *type_name; /* gettype() */
    struct phpvm_class **cls; /* foreign: get_class(), instanceof, messages; NULL for PHP's own */
    /* $o->name read and write. */
    rt_value_t (*prop_read)(rt_value_t obj, rt_str_t *name);
    bool (*prop_write)(rt_value_t obj, rt_str_t *name, rt_value_t v);
    /* $o->name(...): a callable foreign value to call with the arguments. */
    rt_value_t (*method)(rt_value_t obj, rt_str_t *name);
    /* $o[key]: with `quiet` (isset, ??) a missing key is RT_NOVALUE with nothing pending. */
    rt_value_t (*dim_read)(rt_value_t obj, rt_value_t key, bool quiet);
    /* $o[key] = v (key RT_NOVALUE: $o[] = v) on a container with reference semantics. */
    bool (*dim_write)(rt_value_t obj, rt_value_t key, rt_value_t v);
    /* $o(...args): args[i] are values, or reference cells for variables (foreign parameters
    ** are by reference, so an array variable can be shared), RT_NOVALUE-free; the last
    ** len(names) of them are named arguments (names: a tuple of strings, or NULL). */
    rt_value_t (*call)(rt_value_t obj, rt_value_t *args, int argc, rt_tuple_t *names);
    /* $a == $b when a has this type: 1, 0, -1 error. */
    int (*equals)(rt_value_t a, rt_value_t b);
    /* (string)$o. */
    rt_str_t *(*to_string)(rt_value_t obj);
    /* What foreach walks instead of obj: a PHP array (a snapshot), or a foreign iterator whose
    ** `next` gives the values (keys are their positions, 0, 1, ...). */
    rt_value_t (*iterate)(rt_value_t obj);
    /* An iterator's next value: 1 *out holds it, 0 the end, -1 an exception is pending. */
    int (*next)(rt_value_t it, rt_value_t *out);
    /* count($o); -1 with an exception pending. */
    int64_t (*count)(rt_value_t obj);
    /* `new` of a foreign class: a new instance, not yet initialized (NEW then prepares the
    ** call of its __init__ with the arguments). NULL: the value is no class. */
    rt_value_t (*instantiate)(rt_value_t cls);
    /* A container with value semantics (Python list, tuple, dict) as a fresh PHP array: what a
    ** PHP variable holding it becomes before PHP writes into it, and (array)$o. NULL: not one. */
    rt_value_t (*to_array)(rt_value_t obj);
    /* var_dump / print_r of an object with its own display (FFI\CData): the class name to
    ** show, its object id and its entries as a fresh PHP array; RT_NOVALUE with an exception
    ** pending. NULL: the class name, id 0 and the to_array entries. */
    rt_value_t (*debug)(rt_value_t obj, rt_str_t **name, uint64_t *id);
};

/* ---- Heap types ---- */

extern rt_type_t phpvm_type_array;   /* an rt_map_t */
extern rt_type_t phpvm_type_ref;     /* phpvm_ref_t */
extern rt_type_t phpvm_type_object;  /* phpvm_object_t */
extern rt_type_t phpvm_type_closure; /* phpvm_closure_t */
extern rt_type_t phpvm_type_func;    /* phpvm_func_t */
extern rt_type_t phpvm_type_class;   /* phpvm_class_t */
extern rt_type_t phpvm_type_code;    /* phpvm_code_t */
extern rt_type_t phpvm_type_iter;    /* phpvm_iter_t */
extern rt_type_t phpvm_type_gen;     /* a Generator (gen.c) */

typedef rt_map_t phpvm_array_t;

/* A reference cell: what &$x shares. Slots, array elements and properties hold either a value or
** a reference cell; every read goes through phpvm_deref. A cell bound to typed properties is a
** typed reference: src lists them (a tuple of [property info, name] pairs, class.c) and every
** write through the cell must pass their types (phpvm_ref_assign). (src costs no memory: the
** cell's 24 bytes round up to a 32-byte granule anyway.) */
typedef struct phpvm_ref {
    rt_obj_t hdr;
    rt_value_t v;
    rt_value_t src; /* 0: untyped */
} phpvm_ref_t;

/* Hidden locals at the start of every frame; the named variables (CVs) follow, params first. */
enum {
    PHPVM_SLOT_THIS,  /* $this, or 0 */
    PHPVM_SLOT_FUNC,  /* the running phpvm_func_t, or the closure */
    PHPVM_SLOT_SCOPE, /* the called class (static::), or 0 */
    PHPVM_NHIDDEN
};

/* Frame flags of the VM (above RT_FRAME_LANG_SHIFT). */
enum {
    PHPVM_FRAME_DISCARD = 1u << 8, /* not used by the caller: reserved */
    PHPVM_FRAME_THROW = 1u << 9,   /* resumed generator: unwind the pending exception first */
    PHPVM_FRAME_INCLUDE = 1u << 10, /* an included file or eval'd code, in its includer's scope */
    PHPVM_FRAME_FAST = 1u << 11,    /* pushed by CALL's fast path (rt_frame_push_nested): the
                                    ** caller is PHP, its result slot f->ret bytes into the
                                    ** caller's frame, and it resumes after its CALL */
    PHPVM_FRAME_LENT = 1u << 12,    /* some parameter was bound to a lent array (phpvm_arg_lend) */
    PHPVM_FRAME_GEN = 1u << 13,     /* a generator frame FE_FETCH resumed in its own loop
                                    ** (phpvm_gen_enter): its yield and return go back there */
};

/* Flags of a phpvm_code_t (above RT_CODE_LANG_SHIFT). */
enum {
    PHPVM_CODE_MAIN = 1u << 16,
    PHPVM_CODE_STRICT = 1u << 17, /* its file declares strict_types=1 */
    PHPVM_CODE_SG_CHECKED = 1u << 18, /* PHPVM_CODE_SG is known (request.c) */
    PHPVM_CODE_SG = 1u << 19,         /* some CV is a superglobal ($_GET...) */
};

/* One try region: instructions in [start, end) send exceptions to `target` with the value stack
** cut back to `depth`. */
typedef struct phpvm_handler {
    uint32_t start, end, target, depth;
} phpvm_handler_t;

typedef struct phpvm_code {
    rt_code_t base;
    rt_tuple_t *cvnames;   /* names of CVs, slot PHPVM_NHIDDEN + i */
    rt_str_t *handlers;    /* a byte blob of nhandlers phpvm_handler_t */
    uint32_t nhandlers;
    uint32_t ncv;
    /* Name caches, per name index: what the name resolved to in the function, constant and
    ** class tables, valid while that table's version is the one recorded (phpvm_name_cache). */
    rt_tuple_t *fcache, *ccache, *kcache;
    uint64_t fcache_version, ccache_version, kcache_version;
    /* Inline caches of the instructions with a q operand, PHPVM_CACHE_WORDS words each. */
    rt_tuple_t *caches;
} phpvm_code_t;

/* An inline cache: what a property or method instruction's slow path found, for its fast path
** to reuse while the key words match, for up to PHPVM_CACHE_WAYS keys (code shared by the
** subclasses of a class sees several), PHPVM_CACHE_ENTRY words each: [0] the object's shape
** (properties) or class (methods), [1] the scope class it was looked up from (0: none), [2]
** the slot (a small int) or the method. All 0: empty. Filled by phpvm_cache_fill. */
enum {
    PHPVM_CACHE_WAYS = 4,
    PHPVM_CACHE_ENTRY = 3,
    PHPVM_CACHE_WORDS = PHPVM_CACHE_WAYS * PHPVM_CACHE_ENTRY,
};
/* A property entry's scope for an inline slot of a property that resolves alike from every
** scope (public, in a class that shadows no ancestor's private one), and a method entry's for a
** method that does (phpvm_method_cache): its fast path then needs no scope. The word is a small
** int, never a class. */
#define PHPVM_CACHE_ANY_SCOPE ((phpvm_class_t *)(uintptr_t)1)
/* A property entry's slot word (phpvm_prop_cache), a small int 8k + 1 (+ PHPVM_CACHE_TYPED in a
** write entry for a typed property): k >= 0 for an inline slot at byte offset 8k in the object,
** k < 0 for the overflow slot -1 - k. */
enum { PHPVM_CACHE_TYPED = 2 };

static inline const phpvm_handler_t *phpvm_code_handlers(const phpvm_code_t *c)
{
    return (const phpvm_handler_t *)c->handlers->data;
}

/* Declared types of parameters, returns and properties: a mask of PHPVM_T_* plus class names. */
enum {
    PHPVM_T_NULL = 1u << 0,
    PHPVM_T_BOOL = 1u << 1, /* false alone: PHPVM_T_FALSE */
    PHPVM_T_INT = 1u << 2,
    PHPVM_T_FLOAT = 1u << 3,
    PHPVM_T_STRING = 1u << 4,
    PHPVM_T_ARRAY = 1u << 5,
    PHPVM_T_OBJECT = 1u << 6,
    PHPVM_T_CALLABLE = 1u << 7,
    PHPVM_T_ITERABLE = 1u << 8,
    PHPVM_T_MIXED = 1u << 9,
    PHPVM_T_VOID = 1u << 10,
    PHPVM_T_FALSE = 1u << 11,
    PHPVM_T_STATIC = 1u << 12,
    PHPVM_T_NEVER = 1u << 13,
    PHPVM_T_TRUE = 1u << 14,
};

/* A type declaration: a tuple [mask (small int), display text, class names...]; NULL: none. */
typedef rt_tuple_t phpvm_typedecl_t;

/* Parameter flags. */
enum {
    PHPVM_P_BYREF = 1u << 0,
    PHPVM_P_VARIADIC = 1u << 1,
    PHPVM_P_OPTIONAL = 1u << 2,
    PHPVM_P_SENSITIVE = 1u << 3, /* #[SensitiveParameter]: traces show a SensitiveParameterValue */
    /* Four bits from this one, set by phpvm_func_classify: bit PHPVM_P_ASIS + (v & 3) says that
    ** an argument word v with those two tag bits (value.h: a small int, an immediate float, a
    ** pointer) binds to the parameter as it is, by value and unchecked (phpvm_param_asis). */
    PHPVM_P_ASIS = 8,
};

/* Function flags (visibility and modifiers use the AST's MODIFIER values). */
enum {
    PHPVM_F_PUBLIC = 1,
    PHPVM_F_PROTECTED = 2,
    PHPVM_F_PRIVATE = 4,
    PHPVM_F_STATIC = 16,
    PHPVM_F_FINAL = 32,
    PHPVM_F_ABSTRACT = 64,
    PHPVM_F_CLOSURE = 1u << 8,
    PHPVM_F_VARIADIC = 1u << 9,
    PHPVM_F_BYREF_RETURN = 1u << 10,
    PHPVM_F_THUNK = 1u << 11, /* a constant-expression initializer */
    PHPVM_F_ARROW = 1u << 12,
    PHPVM_F_GENERATOR = 1u << 13, /* its body yields: a call returns a Generator */
    PHPVM_F_TRAMPOLINE = 1u << 14, /* a method reached through __call/__callStatic (`target`) */
    PHPVM_F_HIDDEN = 1u << 15, /* a builtin only the compiler calls: never in backtraces */
    /* Cached by phpvm_func_classify (call.c) on a call, never set by the compiler: */
    PHPVM_F_CLASSIFIED = 1u << 16, /* the two bits below are known */
    PHPVM_F_PLAIN = 1u << 17,      /* nparams positional arguments bind one to one (by value, no
                                   ** variadics, func_get_args(), superglobals or abstract body) */
    PHPVM_F_UNTYPED = 1u << 18,    /* no parameter declares a type or is by reference: a call
                                   ** checks nothing per argument */
    PHPVM_F_BYREF_PARAMS = 1u << 19, /* some parameter is by reference */
};

typedef struct phpvm_builtin phpvm_builtin_t;

/* The hidden CV that holds every argument a call passed (an array), in bodies that call
** func_get_args(), func_get_arg() or func_num_args(); not a name PHP code can write. */
#define PHPVM_ARGS_CV "func_get_args()"
/* The hidden CV whose bit i is set when parameter i took its default (a trace lists the
** arguments a call passed: its list ends before the trailing defaulted ones), in functions with
** optional parameters. */
#define PHPVM_DEFAULTS_CV "(defaulted)"


typedef struct phpvm_func {
    rt_obj_t hdr;
    rt_str_t *name;               /* as declared */
    phpvm_code_t *code;           /* NULL for builtins */
    const phpvm_builtin_t *builtin;
    struct phpvm_class *scope;    /* declaring class, or NULL */
    uint32_t flags;
    uint32_t nparams;             /* including the variadic one */
    uint32_t nrequired;
    uint32_t nuses;               /* closures: captured variables, CV slots after the params */
    uint32_t *pflags;             /* PHPVM_P_* per param, in `pblob` */
    rt_str_t *pblob;              /* storage of pflags */
    rt_tuple_t *pnames;           /* param names */
    rt_tuple_t *ptypes;           /* per param: phpvm_typedecl_t or 0 */
    rt_tuple_t *pdefaults;        /* per param: its default, a value or a PHPVM_F_THUNK function
                                  ** (Reflection's; the prologue evaluates its own), 0: none;
                                  ** NULL for builtins */
    phpvm_typedecl_t *rettype;
    phpvm_array_t *statics;       /* static variables: name -> reference */
    rt_value_t foreign;           /* a foreign function or method standing in PHP's tables
                                  ** (builtin phpvm_foreign_call_fn's): the callable; a user
                                  ** function compiled inside another language's frame: that
                                  ** frame's object, its enclosing scope; else 0 */
    struct phpvm_func *target;    /* trampolines: the __call or __callStatic method */
    uint32_t args_slot;           /* the CV PHPVM_ARGS_CV (func_get_args' source), or 0 */
    uint32_t defaults_slot;       /* the CV PHPVM_DEFAULTS_CV, or 0 */
    uint64_t fastargc;            /* bit n: a call with n arguments may take CALL's fast path
                                  ** (PHPVM_F_PLAIN but for by-reference parameters, no
                                  ** by-reference return, nrequired <= n <= nparams); set by
                                  ** phpvm_func_classify, 0 before */
    uint32_t ret_asis;            /* bit v & 3: return values with these tags (small ints,
                                  ** immediate floats) pass rettype unchecked; set by
                                  ** phpvm_func_classify, 0 before */
    int32_t line;
    rt_tuple_t *meta;             /* Reflection's PHPVM_META_* tuple, or NULL: none */
} phpvm_func_t;

/* What Reflection shows of a declaration beyond its semantics: a tuple of PHPVM_META_N items
** (0 where absent). An attribute is a tuple (name, arguments: an array or a PHPVM_F_THUNK
** function returning one, line). */
enum {
    PHPVM_META_DOC,    /* the doc comment, a string */
    PHPVM_META_ATTRS,  /* the attributes, a tuple of attribute tuples */
    PHPVM_META_PARAMS, /* functions: per parameter, its attributes tuple or 0 */
    PHPVM_META_N
};

/* A closure: a function with its captured values, $this and scope. */
typedef struct phpvm_closure {
    rt_obj_t hdr;
    phpvm_func_t *func;
    rt_value_t this_;
    struct phpvm_class *scope;
    struct phpvm_class *called; /* static:: without $this (the creator's), or NULL: scope */
    rt_tuple_t *uses; /* values or references, in the func's `use` order */
    phpvm_array_t *statics; /* a declared closure's own static variables (name -> reference),
                            ** or NULL; closures of named functions share the function's */
    uint64_t id;            /* spl_object_id, var_dump's #N; 0: none asked for yet */
} phpvm_closure_t;

/* Class flags: the AST's CLASS_* values. */
enum {
    PHPVM_C_INTERFACE = 1,
    PHPVM_C_TRAIT = 2,
    PHPVM_C_FINAL = 32,
    PHPVM_C_ABSTRACT = 64,
    PHPVM_C_LINKED = 1u << 20,
    PHPVM_C_THROWABLE = 1u << 21,
    PHPVM_C_RESOLVED = 1u << 22, /* property defaults evaluated */
    PHPVM_C_DYNAMIC = 1u << 23,  /* #[AllowDynamicProperties] (stdClass, and inherited) */
    PHPVM_C_STATICS = 1u << 24,  /* static property defaults evaluated */
    PHPVM_C_DTOR = 1u << 25,     /* has __destruct: instances get a finalizer (dtor.c) */
    PHPVM_C_SHADOWS = 1u << 26,  /* redeclares an ancestor's private property (link_props) */
    PHPVM_C_READONLY = 1u << 16, /* readonly class: every property is readonly */
    PHPVM_C_VM_ONLY = 1u << 27,  /* instances only the VM makes (Closure, Generator): no `new`,
                                 ** unserialize or instantiation without a constructor */
    PHPVM_C_ENUM = 1u << 28,
    PHPVM_C_NOCLONE = 1u << 29,  /* built-in class whose instances cannot be cloned (Fiber) */
    PHPVM_C_SEALED = 1u << 30,   /* built-in class whose instances take no dynamic property,
                                 ** cannot be serialized and print_r without a property list
                                 ** (SensitiveParameterValue) */
};

/* Property flags beyond the visibility ones (PHPVM_F_*): the AST's MODIFIER_READONLY, and
** NODEFAULT: a typed property declared without a default, uninitialized in new instances (its
** entry in phpvm_class_t.defaults is null, as any default value may be a real one). */
enum { PHPVM_PROP_READONLY = 128, PHPVM_PROP_NODEFAULT = 256 };

/* One trait adaptation of a class's `use` (phpvm_class_t.trait_rules): a tuple
** [kind, trait name or null, method name, excluded trait names (tuple) or alias or null, flags]. */
enum { PHPVM_TR_KIND, PHPVM_TR_TRAIT, PHPVM_TR_METHOD, PHPVM_TR_ARG, PHPVM_TR_FLAGS, PHPVM_TR_N };
enum { PHPVM_TR_INSTEADOF, PHPVM_TR_ALIAS };

/* A property's facts in phpvm_class_t.props: a tuple [flags, declaring class, slot, type]. */
enum { PHPVM_PI_FLAGS, PHPVM_PI_CLASS, PHPVM_PI_SLOT, PHPVM_PI_TYPE, PHPVM_PI_N };

typedef struct phpvm_class {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_str_t *lcname;
    rt_str_t *parent_name;       /* as written, until linked */
    struct phpvm_class *parent;
    rt_tuple_t *iface_names;     /* as written */
    uint32_t flags;
    uint32_t nprops;             /* instance slots of declared properties */
    phpvm_array_t *ifaces;       /* lcname -> class: every interface implemented */
    phpvm_array_t *methods;      /* lcname -> func, inherited ones included */
    phpvm_array_t *props;        /* name -> property info tuple (instance properties) */
    phpvm_array_t *defaults;     /* name -> default value or thunk, own declarations */
    phpvm_array_t *consts;       /* name -> value or thunk */
    phpvm_array_t *const_info;   /* name -> (PHPVM_F_* flags, declaring class) of constants that
                                 ** are not plain public ones (protected, private, final) */
    phpvm_array_t *sprops;       /* name -> reference (static properties) */
    phpvm_array_t *sdefaults;    /* name -> default value or thunk, own declarations */
    phpvm_array_t *sprop_info;   /* name -> (PHPVM_F_* flags, declaring class) of protected
                                 ** and private static properties */
    rt_tuple_t *slotdefaults;    /* per slot: the default value (0: uninitialized) */
    rt_tuple_t *slottypes;       /* per slot: the declared type (0: none); NULL: no typed ones */
    rt_shape_t *shape;           /* the shape with every declared property */
    rt_vec_t *traits;            /* names of the used traits, as resolved; NULL: none */
    rt_vec_t *trait_rules;       /* adaptation tuples (PHPVM_TR_*) */
    phpvm_array_t *cases;        /* enums: case name -> case object (or the value's thunk) */
    uint32_t enum_backing;       /* enums: PHPVM_T_INT or PHPVM_T_STRING if backed, else 0 */
    phpvm_func_t *ctor, *tostring, *magic_get, *magic_set, *magic_isset, *magic_unset,
        *magic_call, *magic_callstatic, *magic_invoke;
    phpvm_array_t *meta;         /* Reflection's PHPVM_META_* tuples: "" the class, "$name" its
                                 ** properties, "NAME" its constants and cases; NULL: none */
} phpvm_class_t;

typedef struct phpvm_object {
    rt_obj_t hdr;
    phpvm_class_t *cls;
    uint64_t id;        /* spl_object_id, var_dump's #N */
    rt_slots_t slots;   /* last */
} phpvm_object_t;

/* A foreach iterator, kept on the value stack. */
typedef struct phpvm_iter {
    rt_obj_t hdr;
    rt_value_t subject; /* the array or object */
    int64_t pos;
    uint16_t byref;
    uint16_t unshare;   /* kind 0: this loop set the array's PHPVM_ARRAY_ITER_SHARED */
    uint32_t kind;      /* 0 array, 1 object properties, 2 Iterator, 3 Generator, 4 foreign */
    int64_t made;       /* by reference: the position whose reference this loop made, or -1 */
    phpvm_array_t *props; /* kind 1: snapshot of the visible properties */
    struct phpvm_class *scope; /* kind 1: the class running the loop (visibility, references) */
} phpvm_iter_t;

/* ---- Builtins ---- */

/* A builtin's C function: args[0..argc), a missing optional argument is RT_NOVALUE, by-ref
** parameters receive phpvm_ref_t values; self is $this for methods. Returns RT_NOVALUE with an
** exception pending on failure. */
typedef rt_value_t (*phpvm_cfunc_t)(rt_value_t self, rt_value_t *args, int argc);

struct phpvm_builtin {
    const char *name;
    phpvm_cfunc_t fn;
    int8_t min_args, max_args; /* max -1: variadic */
    const char *params;        /* parameter names, comma-separated, for named args and errors */
    uint32_t byref;            /* bit i: parameter i (< 28) is by reference (bit 31: all
                               ** variadic ones; bits 28-30: the PHPVM_B_ flags below) */
};

/* A variadic builtin's flag (in byref) that collects named arguments matching no parameter, as
** PHP's call_user_func does, instead of throwing "Unknown named parameter": the builtin takes
** them with phpvm_named_extra_take. */
#define PHPVM_B_NAMED_REST (UINT32_C(1) << 30)
/* A builtin's flag (in byref) that PHP forbids calling dynamically (through a string, an array
** or a callback): compact, extract and the others that read the calling scope. */
#define PHPVM_B_NO_DYNAMIC (UINT32_C(1) << 29)
/* With PHPVM_B_NO_DYNAMIC: the builtin's own "cannot be called from the global scope" Error comes
** first when the dynamic call is made from the main script (func_get_args and friends). */
#define PHPVM_B_GLOBAL_SCOPE_FIRST (UINT32_C(1) << 28)
/* Whether the running builtin was called dynamically: by another builtin (call_user_func,
** array_map...) or the engine (a shutdown function); a dynamic call from PHP code is refused at
** INIT_DYN. False with PHP's Error "Cannot call NAME() dynamically" pending. */
bool phpvm_static_call_only(const char *name);
/* The named arguments (name -> value) of the running PHPVM_B_NAMED_REST builtin's call that
** matched no parameter, or NULL; clears them. */
phpvm_array_t *phpvm_named_extra_take(void);
/* Calls callee with positional arguments and then named ones (name -> value, or NULL: none)
** placed by parameter name, as call_user_func(f, 1, b: 2) does. May re-enter the VM, collect,
** raise (Unknown named parameter...). */
rt_value_t phpvm_call_named(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc,
                            phpvm_array_t *named);

/* Adds a NULL-name terminated table of builtin functions to the function table. */
void phpvm_register_builtins(const phpvm_builtin_t *tab);

/* The tables of ext/standard/, each NULL-name terminated. */
extern const phpvm_builtin_t phpvm_ext_string[];
extern const phpvm_builtin_t phpvm_ext_string_similar[];
extern const phpvm_builtin_t phpvm_ext_string_chars[];
extern const phpvm_builtin_t phpvm_ext_pack[];
extern const phpvm_builtin_t phpvm_ext_info[];
extern const phpvm_builtin_t phpvm_ext_userwrap[];
extern const phpvm_builtin_t phpvm_ext_array[];
extern const phpvm_builtin_t phpvm_ext_array_set[];
extern const phpvm_builtin_t phpvm_ext_array_user[];
extern const phpvm_builtin_t phpvm_ext_math[];
extern const phpvm_builtin_t phpvm_ext_var[];
extern const phpvm_builtin_t phpvm_ext_func[];
extern const phpvm_builtin_t phpvm_ext_engine[];
extern const phpvm_builtin_t phpvm_ext_file[];
extern const phpvm_builtin_t phpvm_ext_scope[];
extern const phpvm_builtin_t phpvm_ext_error[];
extern const phpvm_builtin_t phpvm_ext_serialize[];
extern const phpvm_builtin_t phpvm_ext_dir[];

/* An integer constant an extension defines at start-up. */
typedef struct phpvm_intconst {
    const char *name;
    int64_t value;
} phpvm_intconst_t;

/* An extension outside ext/standard (ext/pcre, ext/json, ...): its functions and its integer
** constants (NULL-name terminated tables, either may be NULL), a start-up hook for the rest
** (classes, other constants) that runs after the built-in classes exist, and a hook for its
** own ini settings ("pcre.jit"): it returns NULL for a key not its own, else the setting's
** value before the call (static storage), after setting it to `value` unless that is NULL,
** and a hook run when a script ends that releases what the extension holds outside the heap
** (the heap's light finalizers do not run at exit). Hooks may be NULL. */
typedef struct phpvm_ext {
    const char *name; /* as extension_loaded() knows it: "pcre", "json", "SPL"... */
    const phpvm_builtin_t *functions;
    const phpvm_intconst_t *constants;
    void (*init)(void);
    const char *(*ini)(const char *key, const char *value);
    void (*shutdown)(void);
} phpvm_ext_t;

extern const phpvm_ext_t phpvm_ext_pcre;
extern const phpvm_ext_t phpvm_ext_json;
extern const phpvm_ext_t phpvm_ext_ctype;
extern const phpvm_ext_t phpvm_ext_spl;
extern const phpvm_ext_t phpvm_ext_hash;
extern const phpvm_ext_t phpvm_ext_curl;
extern const phpvm_ext_t phpvm_ext_ffi;
extern const phpvm_ext_t phpvm_ext_date;
extern const phpvm_ext_t phpvm_ext_date_libc;
extern const phpvm_ext_t phpvm_ext_filter;
extern const phpvm_ext_t phpvm_ext_mbstring;
extern const phpvm_ext_t phpvm_ext_mbregex;
extern const phpvm_ext_t phpvm_ext_mbentity;
extern const phpvm_ext_t phpvm_ext_intl_normalizer;
extern const phpvm_ext_t phpvm_ext_tokenizer;
extern const phpvm_ext_t phpvm_ext_streams;
extern const phpvm_ext_t phpvm_ext_reflection;
extern const phpvm_ext_t phpvm_ext_zlib;
extern const phpvm_ext_t phpvm_ext_zlib_context;
/* ext/standard's parts with constants of their own (url.c, html.c...) */
extern const phpvm_ext_t phpvm_ext_url;
extern const phpvm_ext_t phpvm_ext_html;
extern const phpvm_ext_t phpvm_ext_rand;
extern const phpvm_ext_t phpvm_ext_codec;
extern const phpvm_ext_t phpvm_ext_scanf;
extern const phpvm_ext_t phpvm_ext_password;
extern const phpvm_ext_t phpvm_ext_exec;
extern const phpvm_ext_t phpvm_ext_proc;
extern const phpvm_ext_t phpvm_ext_inifile;
extern const phpvm_ext_t phpvm_ext_filters;
extern const phpvm_ext_t phpvm_ext_userfilter;
extern const phpvm_ext_t phpvm_ext_stream_context;
extern const phpvm_ext_t phpvm_ext_streamopt;
extern const phpvm_ext_t phpvm_ext_socket;
extern const phpvm_ext_t phpvm_ext_network;
extern const phpvm_ext_t phpvm_ext_connection;

/* An ini quantity: a leading integer with an optional K, M or G suffix ("128M"); -1 stays -1. */
int64_t phpvm_ini_size(const char *v);
/* An extension's ini setting (-d, --INI--, ini_set/ini_get): its old value, or NULL when no
** extension owns the key; value NULL only reads it. */
const char *phpvm_ext_ini(const char *key, const char *value);
extern const phpvm_builtin_t phpvm_ext_output[];
extern const phpvm_builtin_t phpvm_ext_header[];
/* Whether an extension of that name (case-insensitive; "Core" and "standard" included) is
** built in. */
bool phpvm_ext_loaded(const char *name);
/* The i-th extension outside ext/standard in start-up order, NULL past the last. */
const phpvm_ext_t *phpvm_ext_at(size_t i);

/* ---- The VM's state (one per thread, rt_ts->vm[RT_LANG_PHP]) ---- */

typedef struct phpvm_state {
    /* heap references: the state is registered as a GC root, keep these first */
    phpvm_array_t *functions;   /* lcname -> func */
    phpvm_array_t *classes;     /* lcname -> class */
    phpvm_array_t *constants;   /* name -> value */
    phpvm_array_t *globals_extra; /* globals that are not CVs of the main code: name -> ref */
    phpvm_array_t *included;
    phpvm_array_t *autoloaders;   /* spl_autoload_register's callables, in call order */
    phpvm_array_t *autoloading;   /* lcname -> true: the classes being autoloaded, which a
                                     lookup in their autoloaders does not autoload again */
    rt_value_t error_handler;     /* set_error_handler's callable, or 0 */
    rt_value_t exception_handler; /* set_exception_handler's callable, or 0 */
    phpvm_array_t *error_handlers, *exception_handlers; /* the ones to restore */
    phpvm_array_t *named_extra;   /* named arguments a variadic parameter collects, in transit
                                     from phpvm_expand_args to phpvm_push_call */
    phpvm_class_t *closure_class, *gen_class; /* phpvm_class_of's, found at its first use */
    rt_value_t nroots_end;
    rt_version_t functions_version; /* bumped by every function declaration (call-site caches) */
    rt_version_t classes_version;   /* bumped by every class declaration */
    rt_version_t constants_version; /* bumped by each definition and at a request's end */
    int silence;                    /* @ operators in progress: diagnostics are not shown */
    int error_reporting;            /* the E_* levels shown */
    int error_handler_mask;         /* the E_* levels error_handler receives */
    /* plain data */
    rt_frame_t *main_frame;
    uint64_t next_object_id;
    int64_t nbuiltin_consts; /* the constants defined at start-up come first: then define()'s */
    bool sprops_rebound; /* a static property became a reference (Class::$p = &$v): the cells
                            the inline caches hold may be stale, so they are not used */
    int precision;
    int serialize_precision;
    bool display_errors;
    bool log_errors;
    bool html_errors;           /* diagnostics as HTML (php-cgi's default) */
    int max_execution_time;     /* seconds a request may run; 0: no limit */
    int ignore_user_abort;      /* nonzero: a lost client does not end the script */
    int zend_assertions;        /* 1: assert() runs; 0: skipped; -1: not even compiled */
    int assert_active;          /* assert.active: 0 makes assert() succeed unchecked */
    int assert_exception;       /* assert.exception: a failed assertion throws, else warns */
    int assert_warning;         /* assert.warning: without exceptions, failures warn */
    int64_t memory_limit;       /* bytes the heap may grow by in a run; <= 0: no limit */
    int exit_status;
    const char *include_path; /* the include_path ini setting (static storage, run.c) */
    const char *default_charset;   /* "UTF-8" unless set */
    const char *internal_encoding; /* "" unless set: default_charset counts */
    bool exiting;
} phpvm_state_t;

extern phpvm_state_t *phpvm_vm;

/* ---- Resources (resource.c) ---- */

/* A resource: its PHP id, its type ("stream"; "Unknown" once closed) and the payload that
** `close` releases (when PHP code closes it, or when it dies unclosed: a light finalizer, so
** close must not allocate). data is NULL once closed. */
typedef struct phpvm_resource {
    rt_obj_t hdr;
    int64_t id;
    const char *type;
    void *data;
    void (*close)(void *data);
    rt_value_t value; /* a heap value it keeps (RT_STORE), or 0 */
    size_t slot;      /* its place in the list of open resources */
} phpvm_resource_t;

extern rt_type_t phpvm_type_resource;

static inline bool phpvm_is_resource(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_resource;
}
/* A new resource with the next id. May collect. */
phpvm_resource_t *phpvm_resource_new(const char *type, void *data, void (*close)(void *));
/* One of the standard resources with a fixed id (STDIN 1...), never closed by the finalizer. */
phpvm_resource_t *phpvm_resource_std(int64_t id, const char *type, void *data);
/* Releases the payload; the resource stays, as PHP's closed resources do. */
void phpvm_resource_close(phpvm_resource_t *r);
/* Closes every resource still open (the end of a script or request). */
void phpvm_resource_close_all(void);

/* ---- Values (value.c) ---- */

static inline phpvm_kind_t phpvm_kind(rt_value_t v)
{
    if (rt_is_small(v))
        return PHPVM_INT;
    if (rt_is_float_imm(v))
        return PHPVM_FLOAT;
    const rt_phpslots_t *s = rt_value_type(v)->php;
    return s ? s->kind : PHPVM_INTERNAL;
}

static inline bool phpvm_is_array(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_array;
}
static inline bool phpvm_is_str(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &rt_type_str;
}
static inline bool phpvm_is_ref(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_ref;
}
static inline bool phpvm_is_object(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_object;
}
static inline bool phpvm_is_closure(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_closure;
}
/* (always inlined: the interpreter loop is too large for the compiler's own inlining limits) */
static inline __attribute__((always_inline)) rt_value_t phpvm_deref(rt_value_t v)
{
    return phpvm_is_ref(v) ? ((phpvm_ref_t *)rt_ptr(v))->v : v;
}
static inline phpvm_array_t *phpvm_arr(rt_value_t v) { return (phpvm_array_t *)rt_ptr(v); }
static inline rt_str_t *phpvm_str(rt_value_t v) { return (rt_str_t *)rt_ptr(v); }
static inline phpvm_object_t *phpvm_obj(rt_value_t v) { return (phpvm_object_t *)rt_ptr(v); }

/* Installs the PHP slots on the runtime's types. */
void phpvm_value_init(void);

/* A new reference cell holding v. May collect. */
phpvm_ref_t *phpvm_ref_new(rt_value_t v);
/* r's value = v; a typed reference (r->src) checks v first (phpvm_ref_assign), leaving a
** TypeError pending and the value as it was when v does not pass. */
void phpvm_ref_set(phpvm_ref_t *r, rt_value_t v);

/* An array's rt_flags bit beside RT_OBJ_SHARED: a by-value foreach set RT_OBJ_SHARED on an array
** that was its variable's own, and nothing has shared it since; the loop's end clears both
** (phpvm_iter_free), as PHP's refcount drops back to 1, so the first write after the loop does
** not copy the array. */
enum { PHPVM_ARRAY_ITER_SHARED = 1u << 8 };
/* The same for a call (phpvm_arg_lend): a parameter's binding set RT_OBJ_SHARED on an array that
** was its holder's own, and nothing has shared it since; the callee's return clears both
** (phpvm_frame_unlend), so the caller's next write does not copy the array. */
enum { PHPVM_ARRAY_ARG_SHARED = 1u << 9 };

/* Marks an array value shared before it is stored in a second place (copy-on-write), and a
** string one that `.=` appends to in place an ordinary string (str.h, rt_str_disown). */
static inline __attribute__((always_inline)) rt_value_t phpvm_share(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return v;
    rt_obj_t *o = rt_ptr(v);
    if (rt_obj_type(o) == &phpvm_type_array)
        o->gc.rt_flags = (uint16_t)((o->gc.rt_flags | RT_OBJ_SHARED) &
                                    ~(PHPVM_ARRAY_ITER_SHARED | PHPVM_ARRAY_ARG_SHARED));
    else if (rt_obj_type(o) == &rt_type_str)
        rt_str_disown((rt_str_t *)o);
    return v;
}

/* The hidden builtin a by-reference function's `return <value>` calls with the value: PHP's
** notice "Only variable references should be returned by reference", then the value in a new
** reference (call.c), and its set-up. */
extern phpvm_func_t *phpvm_ref_return_notice_fn;
/* The hidden builtin called after a call's result is sent to a by-reference parameter, with
** the callee's and the result's positions on the value stack: PHP's notice "Only variables
** should be passed by reference" unless the result is a reference (call.c). */
extern phpvm_func_t *phpvm_ref_arg_notice_fn;
/* The hidden builtin called with the callee's position on the value stack and a parameter's
** name when a named argument sends a value to that by-reference parameter: PHP's Error "cannot
** be passed by reference" (call.c). */
extern phpvm_func_t *phpvm_ref_arg_error_fn;
/* The hidden builtin called with the position of a call's result on the value stack and a kind
** after `$x = &f()` (0) or a by-reference function's `return f()` (1): when f returned a value,
** no reference, PHP's notice "Only variables should be assigned by reference" or "Only variable
** references should be returned by reference" (call.c). */
extern phpvm_func_t *phpvm_ref_result_notice_fn;
void phpvm_call_init(void);

/* The hidden builtin returning its argument through phpvm_share (array.c), and its set-up. */
extern phpvm_func_t *phpvm_share_fn;
void phpvm_array_init(void);

rt_value_t phpvm_str_value(const char *s, size_t n); /* a string value; may collect */
rt_value_t phpvm_cstr(const char *s);
static inline rt_value_t phpvm_int(int64_t i)      /* small or boxed; boxing may collect */
{
    return rt_small_fits(i) ? rt_small(i) : rt_int_from_i64(i);
}
static inline int64_t phpvm_int_of(rt_value_t v) { return rt_int_i64(v); }

/* Conversions with PHP 8's rules; the ones that may warn or throw return a failure sentinel
** (RT_NOVALUE / NULL) with an exception pending. */
bool phpvm_to_bool(rt_value_t v);
rt_str_t *phpvm_to_str(rt_value_t v);               /* may call __toString; NULL on error */
int64_t phpvm_to_int(rt_value_t v);                 /* (int)$v: never fails */
double phpvm_to_float(rt_value_t v);                /* (float)$v */
/* A number for arithmetic: int or float value; warns for leading-numeric strings, throws
** TypeError "Unsupported operand types" for arrays with `opname`. */
rt_value_t phpvm_to_number(rt_value_t v, const char *opname, rt_value_t other, bool left);
rt_value_t phpvm_float(double d);

/* Appends PHP's string form of v (echo's) to b; false with an exception pending on failure. */
bool phpvm_append_value(rt_strbuf_t *b, rt_value_t v);
/* Formats a float as echo/strval do (precision ini) into buf; returns the length. */
size_t phpvm_fmt_float(double d, char *buf, size_t cap);

/* ---- Operators (ops.c) ---- */

typedef enum phpvm_binop {
    PHPVM_OP_ADD, PHPVM_OP_SUB, PHPVM_OP_MUL, PHPVM_OP_DIV, PHPVM_OP_MOD, PHPVM_OP_POW,
    PHPVM_OP_CONCAT, PHPVM_OP_SHL, PHPVM_OP_SHR, PHPVM_OP_BAND, PHPVM_OP_BOR, PHPVM_OP_BXOR,
    PHPVM_OP_COALESCE
} phpvm_binop_t;

/* a OP b for the arithmetic, bitwise and concatenation operators. May throw. */
rt_value_t phpvm_binop(phpvm_binop_t op, rt_value_t a, rt_value_t b);
/* a . b, and the concatenation of vals[0..n) (interpolation, ROPE) in one exact allocation when
** every part is a string or an int. May call __toString, warn, throw and collect. */
rt_value_t phpvm_concat(rt_value_t a, rt_value_t b);
rt_value_t phpvm_concat_n(const rt_value_t *vals, uint32_t n);
/* `$v .= b` for a variable's slot (a CV slot, followed when it holds a reference cell) that
** holds a string, b a string or small int: appends in place when the string is the variable's
** own (str.h, rt_str_append_owned), stores the result and returns it, still owned by the
** variable (a caller that lets it go elsewhere disowns it). RT_NOVALUE, with nothing pending and
** nothing done, for other operands: phpvm_binop's rules then apply. May collect. */
rt_value_t phpvm_concat_to(rt_value_t *slot, rt_value_t b);
/* phpvm_concat_to's loop-building case, inline for the interpreter's `.=`: a string value a that
** its variable owns, with room, gets the non-empty string b appended in place (true); false, with
** nothing done, otherwise. Never allocates. */
static inline __attribute__((always_inline)) bool phpvm_concat_in_place(rt_value_t a,
                                                                         rt_value_t b)
{
    if (!rt_is_ptr(a) || !rt_is_ptr(b) || rt_obj_type(rt_ptr(a)) != &rt_type_str ||
        rt_obj_type(rt_ptr(b)) != &rt_type_str)
        return false;
    const rt_str_t *y = rt_ptr(b);
    return y->len > 0 &&
           rt_str_append_in_place(rt_ptr(a), y->data, (size_t)y->len, y->hdr.gc.rt_flags);
}
/* PHP's binary operator of an AST BINARY_* flag, or -1. */
int phpvm_binop_of_ast(uint32_t flag);
/* Loose comparison ($a <=> $b, 8.x string-number rules): -1, 0, 1, RT_CMP_UNORDERED; errors
** (uncomparable objects are 1) never pending... except from __toString: then RT_CMP_UNORDERED + 1. */
int phpvm_compare(rt_value_t a, rt_value_t b);
bool phpvm_loose_eq(rt_value_t a, rt_value_t b);
bool phpvm_strict_eq(rt_value_t a, rt_value_t b);
rt_value_t phpvm_negate(rt_value_t v);
rt_value_t phpvm_bitnot(rt_value_t v);
rt_value_t phpvm_incdec(rt_value_t v, bool inc);

/* ---- Arrays (array.c) ---- */

/* A new array: its next free key follows the first int key stored, negative ones included
** ([-5 => x] then [] is -4), as PHP's zend_new_array. */
phpvm_array_t *phpvm_array_new(int64_t capacity);
/* The empty array of a [] literal or an (array) cast of null: PHP's shared empty array, whose next
** free key is 0 whatever negative key is stored first. */
phpvm_array_t *phpvm_array_new_empty(void);
/* The array in *slot made writable: copied first when shared (copy-on-write). */
phpvm_array_t *phpvm_array_sep(rt_value_t *slot);
phpvm_array_t *phpvm_array_dup(phpvm_array_t *a);
/* A normalized key: int (small value) or string; RT_NOVALUE + TypeError "Illegal offset type"
** for arrays and objects. Numeric strings become ints, floats truncate, bools 0/1, null "". */
rt_value_t phpvm_key_any(rt_value_t k);
static inline rt_value_t phpvm_key(rt_value_t k)
{
    return rt_is_small(k) ? k : phpvm_key_any(k);
}
/* Raw element (maybe a reference) of a normalized key, RT_NOVALUE if absent: inline for a small
** int key of a packed array, phpvm_array_get_any for the rest. */
rt_value_t phpvm_array_get_any(phpvm_array_t *a, rt_value_t key);
static inline rt_value_t phpvm_array_get(phpvm_array_t *a, rt_value_t key)
{
    const rt_map_store_t *st = a->store;
    if (rt_is_small(key) && st->index == NULL)
        return (uint64_t)rt_small_value(key) < (uint64_t)st->used
                   ? rt_map_packed_value(st, (uint64_t)rt_small_value(key))
                   : RT_NOVALUE;
    return phpvm_array_get_any(a, key);
}
void phpvm_array_set(phpvm_array_t *a, rt_value_t key, rt_value_t v); /* key normalized */
/* $a[key] = v, key normalized: into the reference the element is, unless v is a reference itself
** (which replaces it), else into the element; one probe when the key exists. May collect. False
** with a TypeError pending when the reference is a typed one v does not pass. */
bool phpvm_array_assign(phpvm_array_t *a, rt_value_t key, rt_value_t v);
bool phpvm_array_del(phpvm_array_t *a, rt_value_t key);
/* $a[] = v; false with the "next element is already occupied" Error pending. */
bool phpvm_array_append(phpvm_array_t *a, rt_value_t v);
/* The key at a position as a value (int or string). */
rt_value_t phpvm_array_key_at(phpvm_array_t *a, int64_t pos);
static inline rt_value_t phpvm_array_val_at(phpvm_array_t *a, int64_t pos)
{
    return phpvm_deref(rt_map_value_at(a, pos));
}
/* Iterate live positions: for (p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)). */
static inline int64_t phpvm_array_first(const phpvm_array_t *a) { return rt_map_next(a, 0); }
static inline int64_t phpvm_array_next(const phpvm_array_t *a, int64_t p)
{
    return rt_map_next(a, p + 1);
}

/* ---- Classes and objects (class.c, object.c) ---- */

/* The class of a name (any case, a leading backslash allowed). error: a class the code needs
** (new, A::, extends...): the autoloaders run when it is missing, then Error "Class "X" not
** found"; else a plain look-up. NULL when missing. May re-enter PHP code. */
phpvm_class_t *phpvm_class_lookup(rt_str_t *name, bool error);
/* The class of a name, running the autoloaders when it is missing; NULL (maybe with an
** autoloader's exception pending) if it is still missing. May re-enter PHP code. */
phpvm_class_t *phpvm_class_load(rt_str_t *name);
phpvm_class_t *phpvm_class_find_c(const char *name);
/* Registers class k under another name (class_alias); false if that name is taken. */
bool phpvm_class_alias(phpvm_class_t *k, rt_str_t *alias);
/* Whether a property (its info tuple) may be accessed from class `scope` (NULL: global). */
bool phpvm_prop_visible(rt_tuple_t *info, phpvm_class_t *scope);
bool phpvm_instanceof(const phpvm_class_t *c, const phpvm_class_t *of);
phpvm_class_t *phpvm_class_of(rt_value_t v);  /* objects and closures; NULL otherwise */
/* Links a declared class (parent, interfaces, inherited members) and registers it. */
bool phpvm_class_declare(phpvm_class_t *c);
/* phpvm_class_declare of a class hoisted to the script's start, if PHP binds it early: its
** parent (if any) is declared and every signature it overrides compares without a class that
** is not declared yet (nothing is autoloaded). Otherwise nothing happens (true): its statement
** declares it where it stands. False after a declaration's error. */
bool phpvm_class_declare_early(phpvm_class_t *c);
phpvm_class_t *phpvm_class_new_decl(rt_str_t *name, uint32_t flags);
phpvm_func_t *phpvm_class_method(const phpvm_class_t *c, rt_str_t *lcname);
bool phpvm_class_resolve(phpvm_class_t *c);
rt_value_t phpvm_class_const(phpvm_class_t *c, rt_str_t *name);
/* The same, for code running in class `scope`: Error for a protected or private constant it may
** not see. */
rt_value_t phpvm_class_const_from(phpvm_class_t *c, rt_str_t *name, phpvm_class_t *scope);
phpvm_ref_t *phpvm_class_sprop(phpvm_class_t *c, rt_str_t *name, phpvm_class_t *scope);
/* The hidden builtin isset/empty/?? read a static property with (class, name): null for an
** undeclared or inaccessible one instead of the Error (class.c; phpvm_class_hidden_init). */
extern phpvm_func_t *phpvm_sprop_quiet_fn;
void phpvm_class_hidden_init(void);
/* Class::$name = &ref: the property (of c, and of the classes between c and its declaring class,
** which share its cell) becomes the reference cell r. */
/* Binds c's static property name (and every class sharing its cell) to r; a typed one checks
** r's value first (false with the TypeError pending). */
bool phpvm_class_bind_sprop(phpvm_class_t *c, rt_str_t *name, phpvm_ref_t *r);

/* The rules of methods overriding parent p's (final, static, visibility, signature) and
** implementing c's interfaces' (class_check.c); false after PHP's fatal error. A comparison
** that needs a class not declared yet waits (phpvm_class_checks_defer). May collect. */
bool phpvm_class_check_overrides(const phpvm_class_t *c, const phpvm_class_t *p);
bool phpvm_class_check_interfaces(const phpvm_class_t *c);
/* Whether the signatures of c's methods compare with parent p's using only declared classes
** (phpvm_class_declare_early's test; loads nothing, reports nothing). */
bool phpvm_class_early_bindable(const phpvm_class_t *c, const phpvm_class_t *p);
/* While a class links, the comparisons of signatures naming classes not declared yet wait in
** `pending` (NULL: none wait, unknown classes pass); returns the setting it replaces. */
phpvm_array_t *phpvm_class_checks_defer(phpvm_array_t *pending);
/* Once class c is registered: autoloads the classes its pending comparisons name and makes
** them; false after PHP's fatal error (incompatible, a class still missing, or an autoloader's
** exception). May run PHP code. */
bool phpvm_class_checks_finish(const phpvm_class_t *c, phpvm_array_t *pending);
/* Whether declared types a and b surely differ (one admits a value the other does not; classes
** not loaded yet do not count). */
bool phpvm_class_types_differ(const phpvm_typedecl_t *a, const phpvm_typedecl_t *b);
/* Whether declared types a and b are surely the same set of values (each a subtype of the
** other, every class they name loaded). */
bool phpvm_class_types_equal(const phpvm_typedecl_t *a, const phpvm_typedecl_t *b);
/* The same rules for class c's own method m against abstract trait method am (even private;
** not its visibility). */
bool phpvm_class_check_abstract_trait(const phpvm_class_t *c, const phpvm_func_t *m,
                                      const phpvm_func_t *am);
/* The declaration rules of c's own magic methods (argument counts, static, public); false after
** PHP's fatal error. */
bool phpvm_class_check_magic(const phpvm_class_t *c);

/* Applies the traits a class uses to it (class_trait.c), before its parent's members are
** inherited; false after a fatal error (phpvm_fatal). May collect. */
bool phpvm_class_use_traits(phpvm_class_t *c);

/* Enums (enum.c). PHP's rules for a class being declared (after its traits are used): an enum
** has no properties, no magic methods but __call, __callStatic and __invoke, and does not list
** UnitEnum or BackedEnum itself, which other classes may not implement; false after a fatal
** error. */
bool phpvm_enum_check(phpvm_class_t *c);
/* Declares an enum's name/value properties before its properties are linked. */
void phpvm_enum_prepare(phpvm_class_t *c);
/* Adds UnitEnum/BackedEnum, their methods and the case objects once the class is registered;
** false with an exception pending or after a fatal error (an enum may not implement
** Serializable). May collect. */
bool phpvm_enum_link(phpvm_class_t *c);
/* Adds Closure's methods (closure.c) to the class being declared. */
void phpvm_closure_init(phpvm_class_t *closure);
/* What var_dump and print_r show of a closure, as PHP's debug info: "function" (a named
** function's closure), "static" (captured and static variables), "this", "parameter". */
phpvm_array_t *phpvm_closure_debug(rt_value_t closure);
/* Builtin methods and interfaces of enums, declared with the other built-in classes. */
void phpvm_enum_init(void);

/* A new instance with its declared property defaults (constructors are the caller's); Error for
** classes that cannot be instantiated (interfaces, traits, abstract classes, enums). */
rt_value_t phpvm_object_new(phpvm_class_t *c);
/* The same without those checks (enum cases). */
rt_value_t phpvm_object_alloc(phpvm_class_t *c);
/* The flags for which phpvm_object_new does more than phpvm_object_init: the class must be
** resolved and none of the others set. */
enum {
    PHPVM_C_NEW_SLOW = PHPVM_C_RESOLVED | PHPVM_C_INTERFACE | PHPVM_C_ABSTRACT | PHPVM_C_TRAIT |
                       PHPVM_C_ENUM | PHPVM_C_THROWABLE | PHPVM_C_DTOR | PHPVM_C_VM_ONLY,
};
/* A new instance of resolved class c with its property defaults, nothing else: the part of
** phpvm_object_alloc that NEW runs inline when (c->flags & PHPVM_C_NEW_SLOW) is just
** PHPVM_C_RESOLVED. May collect. */
static inline phpvm_object_t *phpvm_object_init(phpvm_class_t *c)
{
    uint32_t ninline = c->shape->ninline;
    phpvm_object_t *o = (phpvm_object_t *)rt_alloc(
        &phpvm_type_object, offsetof(phpvm_object_t, slots.inl) + ninline * sizeof(rt_value_t));
    o->cls = c;
    o->id = ++phpvm_vm->next_object_id;
    o->slots.shape = c->shape;
    const rt_value_t *d = c->slotdefaults->items;
    for (uint32_t i = 0; i < c->nprops; i++) /* a young object: no write barrier */
        o->slots.inl[i] = d[i];
    return o;
}
/* Property access with visibility against `scope` (the running class) and magic methods. */
rt_value_t phpvm_prop_read(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool quiet);
bool phpvm_prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v, phpvm_class_t *scope);
/* phpvm_prop_write that leaves in *vp the value stored (coerced to a typed property's type:
** the assignment expression's value). */
bool phpvm_prop_assign(rt_value_t obj, rt_str_t *name, rt_value_t *vp, phpvm_class_t *scope);
/* Whether obj (dereferenced) has properties to write: a PHP object or a foreign one. If not, false
** with PHP's Error pending: "Cannot create dynamic property C::$name" for an object without a
** property table (a closure, a generator), else "Attempt to VERB property "name" on TYPE". */
bool phpvm_prop_writable(rt_value_t obj, rt_str_t *name, const char *verb);
/* After phpvm_prop_read (write: phpvm_prop_write) of obj->name from scope succeeded: fills
** inline cache `index` of `code` when the next access to an object of the same shape from the
** same scope (every scope: PHPVM_CACHE_ANY_SCOPE) may use the slot directly, as long as the
** slot holds a value and no reference: a visible property of a PHP object whose shape is a tree
** shape (not a per-instance dictionary), for writes also not readonly (a typed one is marked
** PHPVM_CACHE_TYPED: the value must pass its type as it is). Leaves the cache alone otherwise.
** Never allocates. */
void phpvm_prop_cache(phpvm_code_t *code, uint32_t index, rt_value_t obj, rt_str_t *name,
                      phpvm_class_t *scope, bool write);
/* The raw slot of a property for write/ref access: NULL if absent (it is created), NULL with an
** exception on a visibility error. */
rt_value_t *phpvm_prop_slot(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool create);
/* Typed references (class.c). phpvm_ref_assign: r = v for a typed reference, v coerced to its
** properties' types; false with PHP's TypeError pending (r unchanged). phpvm_ref_incdec_check:
** whether ++/-- may take r's int past the int range (false with the TypeError pending when one
** of its properties does not take a float). phpvm_prop_ref_typed: slot (obj's property name, as
** scope sees it, not yet a reference) becomes a reference that carries the property's type,
** when it has one; false with PHP's Error pending (an uninitialized non-nullable property).
** phpvm_prop_bind_typed: before slot is bound to r, r's value checked against the property's
** type (coerced in r) and r made to carry it; false with the TypeError pending.
** direct: the write names the property itself (A::$x = v, A::$x++ on a typed static's cell), and
** PHP's messages say "property" where they otherwise say "reference held by property".
** phpvm_ref_static_uninit: true with PHP's Error pending when r is an uninitialized typed static
** property's cell; phpvm_ref_static_nullable initializes such a cell to null when its type
** takes null (a reference taken to it, as PHP does). */
bool phpvm_ref_assign(phpvm_ref_t *r, rt_value_t v);
void phpvm_ref_static_nullable(phpvm_ref_t *r);
bool phpvm_ref_assign_as(phpvm_ref_t *r, rt_value_t v, bool direct);
bool phpvm_ref_incdec_check(phpvm_ref_t *r, bool inc, bool direct);
bool phpvm_ref_static_uninit(const phpvm_ref_t *r);
bool phpvm_prop_ref_typed(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, rt_value_t *slot);
bool phpvm_prop_bind_typed(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope,
                           rt_value_t *slot, phpvm_ref_t *r);
bool phpvm_prop_isset(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
/* For obj->name++ (inc) or -- that took an int past PHP_INT_MAX or PHP_INT_MIN to a float:
** false with PHP's TypeError when the property's declared type takes no float. */
bool phpvm_prop_incdec_check(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope, bool inc);
bool phpvm_prop_unset(rt_value_t obj, rt_str_t *name, phpvm_class_t *scope);
/* Whether __get/__set/__isset/__unset of that kind already runs for obj->name (PHP's recursion
** guard: the access then reaches the property itself). Reset after a fatal error's bail-out. */
typedef enum phpvm_magic_kind {
    PHPVM_MAGIC_GET, PHPVM_MAGIC_SET, PHPVM_MAGIC_ISSET, PHPVM_MAGIC_UNSET
} phpvm_magic_kind_t;
/* __get's result for obj->name as it returned it (a reference when __get returns by reference),
** RT_NOVALUE with an exception pending, or 0 when there is no __get to call. */
rt_value_t phpvm_prop_magic_get(rt_value_t obj, rt_str_t *name);
bool phpvm_magic_guarded(rt_value_t obj, rt_str_t *name, phpvm_magic_kind_t kind);
void phpvm_magic_guards_reset(void);
/* The properties visible from `scope` in order, as an array of name -> value (refs kept); all:
** every one, an ancestor's private property that a subclass redeclares included under its
** mangled name "\0Decl\0name". Other properties whose name starts with a NUL byte hold built-in
** classes' internal state and are never listed. */
phpvm_array_t *phpvm_object_props(rt_value_t obj, phpvm_class_t *scope, bool all);
/* Whether a property key is such a mangled name: its bare name and declaring class then (each
** optional: without them nothing is allocated). */
bool phpvm_prop_key_shadowed(const rt_str_t *key, rt_str_t **name, phpvm_class_t **decl);
/* All properties of an object for var_dump: uninitialized typed ones map to their type
** declaration tuple (item 1 is the type's spelling). */
phpvm_array_t *phpvm_object_props_dump(rt_value_t obj);
rt_value_t phpvm_object_clone(rt_value_t obj, phpvm_class_t *scope);

/* Declares a builtin class (parent and one interface optional, NULL-terminated methods
** optional); NULL with an exception pending if linking failed. May collect. */
phpvm_class_t *phpvm_class_define(const char *name, const char *parent, const char *iface,
                                  uint32_t flags, const phpvm_builtin_t *methods);
/* Adds a NULL-terminated table of builtin methods to a class being declared. */
void phpvm_class_add_methods(phpvm_class_t *c, const phpvm_builtin_t *tab);
/* A built-in class being declared (extensions declare theirs at start-up): parent and the
** comma-separated interfaces by name (NULL: none); add methods and properties, then
** phpvm_class_declare links and registers it. May collect. */
phpvm_class_t *phpvm_class_builtin(const char *name, const char *parent, const char *ifaces,
                                   uint32_t flags);
/* Declares an instance property (PHPVM_F_PUBLIC/PROTECTED/PRIVATE) with its default value on a
** built-in class being declared; `name` should be interned. */
void phpvm_class_add_prop(phpvm_class_t *c, rt_str_t *name, uint32_t flags, rt_value_t def);
/* Builtin classes: Exception hierarchy, Closure, ArrayAccess, Iterator, Countable, ... */
void phpvm_classes_init(void);
/* A new Throwable of the named class with a message, as rt_raise's hook builds it. */
rt_value_t phpvm_exc_new(phpvm_class_t *c, rt_str_t *msg);
/* UnhandledMatchError for a match subject v, spelled as PHP does (strings cut at 15 bytes). */
rt_value_t phpvm_throw_unhandled_match(rt_value_t v);
rt_value_t phpvm_throw(const char *cls, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A hidden builtin (PHPVM_F_HIDDEN) running `b`, kept in *slot (a GC root). */
void phpvm_hidden_builtin(phpvm_func_t **slot, const phpvm_builtin_t *b);
/* The builtin that the exception path of a finally block calls, with the exception the block
** threw and the one it ran for, before re-throwing the first: PHP chains the second to it as a
** previous exception. Returns the first. */
extern phpvm_func_t *phpvm_exc_chain_fn;
/* The hidden builtin throwing Error with its argument as the message: an error the compiler
** finds but PHP raises when the code runs. */
extern phpvm_func_t *phpvm_exc_error_fn;
/* Appends `add` to the end of exc's chain of previous exceptions, unless an exception of that
** chain is already among add's previous ones (PHP's rule: a chain never loops); returns exc.
** Never allocates. */
rt_value_t phpvm_exc_set_previous(rt_value_t exc, rt_value_t add);
/* Fills file, line and trace of a new Throwable from the frame stack. */
void phpvm_exc_fill(rt_value_t exc);
/* Moves where Throwable exc says it was made to another line of the same file. */
void phpvm_exc_set_line(rt_value_t exc, int64_t line);
/* The call stack as debug_backtrace() and exception traces list it, innermost first, leaving
** out the `skip` innermost builtin calls; with_object adds each method call's $this. */
phpvm_array_t *phpvm_backtrace(int skip, bool with_object);
/* Appends a trace array as "#N file(line): f(args)" lines; returns the number of entries. */
int64_t phpvm_trace_append(rt_strbuf_t *b, rt_value_t trace);
/* "Exception: msg in file:line\nStack trace:\n#0 ..." */
rt_str_t *phpvm_exc_string(rt_value_t exc);
/* Appends a null, bool, number or string as PHP quotes it in traces and UnhandledMatchError:
** NULL, false, 3.0, 'the first 15 bytes...' with control bytes escaped. May allocate. */
void phpvm_append_scalar(rt_strbuf_t *b, rt_value_t v);

/* ---- Functions and calls (call.c, interp.c) ---- */

phpvm_func_t *phpvm_func_lookup(rt_str_t *lcname);
/* The function that name `index` of `code` resolves to, else (fallback >= 0: an unqualified name
** in a namespace) the one name `fallback` resolves to; NULL if neither exists. Cached per code
** object and name index while the function table's version is unchanged. May allocate. */
phpvm_func_t *phpvm_func_at(phpvm_code_t *code, uint32_t index, int64_t fallback);
phpvm_func_t *phpvm_func_new(rt_str_t *name);
/* A callee for method `name` that runs magic method `magic` (__call, __callStatic) with the
** name and the arguments as an array. May collect. */
phpvm_func_t *phpvm_trampoline_new(phpvm_func_t *magic, rt_str_t *name);
/* Turns a call of a trampoline (or of a closure over one) into the magic method's: *callee and
** *ctx are replaced, packed[0..1] receive the name and `args`; returns the magic method. */
phpvm_func_t *phpvm_trampoline_call(rt_value_t *callee, rt_value_t *ctx, phpvm_array_t *args,
                                    rt_value_t packed[2]);
/* A Closure for a callee and its context as INIT_* leave them (first-class callable syntax,
** Closure::fromCallable). May collect. */
rt_value_t phpvm_closure_from(rt_value_t callee, rt_value_t ctx);
/* Calls a callable value (closure, function name, [obj, 'm'], invokable) from C: may re-enter
** the interpreter. */
rt_value_t phpvm_call_value(rt_value_t callable, rt_value_t *args, int argc);
/* Calls func with $this/class ctx from C. */
rt_value_t phpvm_call_func(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc);
/* The same, keeping the reference a by-reference function (function &f) returns. */
rt_value_t phpvm_call_func_ref(rt_value_t callee, rt_value_t ctx, rt_value_t *args, int argc);
/* The method a static-style call k::name() runs from code in `scope` (with $this `self`, or 0):
** the method when accessible, else __call (self an instance of k) or __callStatic trampolines;
** NULL with PHP's Error (undefined, private, protected) pending. */
phpvm_func_t *phpvm_static_method_lookup(phpvm_class_t *k, rt_str_t *name, rt_value_t self,
                                         phpvm_class_t *scope);
/* Whether the INIT_STATIC at pc forwards the called class: its class came from self::, parent::
** or static:: (the CLASS_REF right before it), not from a name or an expression. */
bool phpvm_static_call_forwards(const uint8_t *bc, uint32_t pc);
/* Whether the RETURN of by-reference function frame f hands back the reference itself: to C
** (phpvm_call_func_ref) or to a caller binding it ($x = &f()); other callers get the value. */
bool phpvm_return_keeps_ref(rt_frame_t *f);
/* Why v is not callable from the running code, in PHP's words ("function \"f\" not found or
** invalid function name", "cannot access private method A::m()", ...). */
void phpvm_callable_reason(rt_value_t v, char *buf, size_t cap);
/* Resolves a callable value into (callee, ctx); false (with TypeError pending when `raise`). */
bool phpvm_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise);
/* PHP 8.2's deprecations of callable v's forms ("self::m", ["parent", "m"], ["A", "B::m"]),
** which phpvm_callable raises when it resolves a callable with raise set; also due when such a
** callable names a class but fails later (a method it cannot call). */
void phpvm_callable_deprecated(rt_value_t v);
/* The display name of a callee ("f", "A::m", "{closure}"). */
void phpvm_func_display(const phpvm_func_t *f, char *buf, size_t cap);
/* A float (or the float-string str) passed where an int is wanted, in weak mode: integral values
** convert, fractional ones too with PHP 8.1's "Implicit conversion ... loses precision"
** deprecation (an error handler may throw: check rt_exc_pending); false for NaN, infinities
** and out-of-range values, which are the caller's TypeError. */
bool phpvm_float_to_int_arg(double d, rt_str_t *str, rt_value_t *out);
/* Runs frames from `entry` (pushed with RT_FRAME_ENTRY) until it returns. */
rt_value_t phpvm_interp(rt_frame_t *entry);

/* ---- Foreign values (foreign.c) ---- */

/* The foreign slot table of v, or NULL for PHP's own values. */
static inline const rt_phpslots_t *phpvm_foreign_slots(rt_value_t v)
{
    if (!rt_is_ptr(v))
        return NULL;
    const rt_phpslots_t *s = rt_value_type(v)->php;
    return s && s->cls ? s : NULL;
}
static inline bool phpvm_is_foreign(rt_value_t v) { return phpvm_foreign_slots(v) != NULL; }
/* A foreign container with value semantics (a Python list, tuple or dict): array-like to PHP. */
static inline bool phpvm_foreign_arraylike(rt_value_t v)
{
    const rt_phpslots_t *s = phpvm_foreign_slots(v);
    return s && s->to_array;
}

/* The builtin that calls a foreign callable (its ctx); every parameter is by reference. */
extern phpvm_func_t *phpvm_foreign_call_fn;
void phpvm_foreign_init(void);
/* A PHP function named `name` that calls foreign callable `target` (with $this first when it is
** a method of `scope`), to enter in PHP's function or method tables. May collect. */
phpvm_func_t *phpvm_foreign_func(rt_str_t *name, rt_value_t target, struct phpvm_class *scope);
/* The generic paths' foreign cases (v foreign); each fails as PHP does for an object that lacks
** the behaviour ("Cannot use object of type X as array", ...), with an exception pending. */
bool phpvm_foreign_callable(rt_value_t v, rt_value_t *callee, rt_value_t *ctx, bool raise);
/* Whether fn is the trampoline of a foreign callable (phpvm_foreign_call_fn or made by
** phpvm_foreign_func). */
bool phpvm_foreign_is_call(const phpvm_func_t *fn);
/* A call with an argument array (CALL_ARRAY: positional, then named by string keys) of such a
** function: the named ones reach the foreign callable by name. */
rt_value_t phpvm_foreign_call_array(phpvm_func_t *fn, rt_value_t ctx, phpvm_array_t *args);
bool phpvm_foreign_method(rt_value_t obj, rt_str_t *name, rt_value_t *callee, rt_value_t *ctx);
rt_value_t phpvm_foreign_prop_read(rt_value_t obj, rt_str_t *name, bool quiet);
bool phpvm_foreign_prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v);
bool phpvm_foreign_prop_isset(rt_value_t obj, rt_str_t *name);
rt_value_t phpvm_foreign_dim_read(rt_value_t obj, rt_value_t key, bool quiet);
bool phpvm_foreign_dim_isset(rt_value_t obj, rt_value_t key);
bool phpvm_foreign_dim_write(rt_value_t obj, rt_value_t key, rt_value_t v);
/* A foreign value in *slot about to be written into: a value-semantics container becomes a PHP
** array copy in the slot (returned); anything else stays and is returned. May collect. */
rt_value_t phpvm_foreign_to_container(rt_value_t *slot, void *owner);
rt_value_t phpvm_foreign_iterate(rt_value_t obj);
rt_value_t phpvm_foreign_instantiate(rt_value_t cls);
/* What var_dump, print_r and var_export show of a foreign value: its to_array form, else an
** empty array; NULL with an exception pending. */
phpvm_array_t *phpvm_foreign_entries(rt_value_t obj);
/* What var_dump and print_r show of a foreign object: its debug hook's class name (in *name,
** which the caller presets to the class's), id and entries, else phpvm_foreign_entries. */
phpvm_array_t *phpvm_foreign_debug(rt_value_t obj, rt_str_t **name, uint64_t *id);
rt_str_t *phpvm_foreign_to_string(rt_value_t obj);
int64_t phpvm_foreign_count(rt_value_t obj);
/* `v instanceof NAME` (and catch) when v is no instance of a PHP class NAME: what the hook says
** (bridge/: a PyException standing for a Python exception of a class so named, even where PHP
** has a class of that name, such as ValueError), else false. */
extern bool (*phpvm_instanceof_hook)(rt_value_t v, rt_str_t *name);
bool phpvm_instanceof_foreign(rt_value_t v, rt_str_t *name);
/* Cross-language scoping: a variable or function name that frame f's function leaves unbound,
** looked up by the hook in the foreign scope enclosing that function (its `foreign` field);
** RT_NOVALUE (nothing pending) when there is none or it does not bind the name either. */
extern rt_value_t (*phpvm_scope_hook)(rt_value_t enclosing, rt_str_t *name);
/* Cross-language calls through the JIT vocabulary (jhandlers.inc's CALL): the code of foreign
** callable f (bridge/: a Python function) when a call with argc positional arguments that cross
** as themselves (jit_crosses_as_is) can push its frame directly, f in its first slot and the
** arguments after it; NULL: call it through its slots. Never allocates, never raises. */
extern rt_code_t *(*phpvm_foreign_code_hook)(rt_value_t f, uint32_t argc);
rt_value_t phpvm_scope_lookup(rt_frame_t *f, rt_str_t *name);
/* a == b when either is foreign: the owning language's equality (1, 0, -1 error). */
int phpvm_foreign_equals(rt_value_t a, rt_value_t b);

/* ---- Generators (gen.c) ---- */

static inline bool phpvm_is_gen(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_type_gen;
}
/* Parks the frame of a generator function just pushed and bound (f, the innermost frame) and
** returns the Generator that owns it. May collect. */
rt_value_t phpvm_gen_new(rt_thread_t *ts, rt_frame_t *f);
/* The Generator class (declared with the other built-in classes). */
void phpvm_gen_init(void);
uint64_t phpvm_gen_id(rt_value_t gen);
/* The object id (spl_object_id) of an object, a closure or a generator; 0 for anything else.
** A closure takes its id when first asked: PHP frees a passing closure (a callback argument)
** at once and gives its id to the next object, which ids never reused would not match. */
static inline uint64_t phpvm_object_id(rt_value_t v)
{
    if (phpvm_is_object(v))
        return phpvm_obj(v)->id;
    if (phpvm_is_closure(v)) {
        phpvm_closure_t *cl = (phpvm_closure_t *)rt_ptr(v);
        if (!cl->id)
            cl->id = ++phpvm_vm->next_object_id;
        return cl->id;
    }
    return phpvm_is_gen(v) ? phpvm_gen_id(v) : 0;
}
/* Makes g (an opaque phpvm_gen_t, or NULL) the generator whose frame runs innermost and returns
** the one before: a fiber switch (fiber.c) moves that between the two sides. */
void *phpvm_gen_running_swap(void *g);
/* YIELD: records the running generator's current value and key (RT_NOVALUE: the next
** automatic key); the frame then suspends itself. The value is a reference when a
** by-reference generator yields a variable (the compiler sets YIELD's operand bit 1). false,
** recording nothing, in a generator being destroyed: YIELD throws PHP's Error instead. */
bool phpvm_gen_yield(rt_value_t value, rt_value_t key);
/* The builtin a by-reference generator calls on a yielded value that is no variable: PHP's
** notice "Only variable references should be yielded by reference"; returns its argument. */
extern phpvm_func_t *phpvm_gen_yield_notice_fn;
/* YIELD_FROM: makes `subject` the running generator's delegate and takes its first value:
** 1 the frame must suspend, 0 the delegate is already exhausted (*result: the expression's
** value), -1 an exception is pending. */
int phpvm_gen_delegate(rt_value_t subject, rt_value_t *result);
/* foreach over a generator: start (rewinds; false with an exception pending, also for a loop
** by reference over a generator not declared by reference), then one advance per element: 1
** out[0..1] hold value and key, 0 the end, -1 an exception pending. The value is a reference
** when a by-reference generator yielded a variable. */
bool phpvm_gen_iter_start(rt_value_t gen, bool byref);
/* An iterator's next() over a generator (Python's protocol): the first call starts it, each
** later call resumes it first, so the generator runs only as far as the values taken. 1 *out
** holds the value, 0 it is finished, -1 an exception is pending. */
int phpvm_gen_take(rt_value_t gen, rt_value_t *out);
int phpvm_gen_iter_next(rt_value_t gen, bool first, rt_value_t *out);
/*
** The stackless resumption of foreach (handlers.inc): FE_FETCH over a generator pushes its
** frame with phpvm_gen_enter and the same loop runs it, flagged PHPVM_FRAME_GEN, with the
** consumer's frame (at the FE_FETCH, its pc and depth stored) as its prev. NULL, with nothing
** pending and nothing done, when the generator needs gen.c's way (not suspended, a delegate, by
** reference, no room on the stack): phpvm_gen_iter_next then. Never allocates.
*/
rt_frame_t *phpvm_gen_enter(rt_thread_t *ts, rt_value_t gen);
/* At the suspension of f, a PHPVM_FRAME_GEN frame (the innermost, pc and depth stored): parks
** it and returns the consumer's frame, now innermost; out[0..1] = the value (dereferenced) and
** the key. May collect. */
rt_frame_t *phpvm_gen_leave(rt_thread_t *ts, rt_frame_t *f, rt_value_t *out);
/* After a PHPVM_FRAME_GEN frame was popped, returning r (RT_NOVALUE: unwound by an exception
** or exit): its generator is finished. */
void phpvm_gen_exit(rt_value_t r);

/* ---- Destructors (dtor.c) ---- */

/* Registers the destructor of a new object of a class with __destruct. Never collects. */
void phpvm_dtor_register(phpvm_object_t *o);
/* A built-in class's destructor (Fiber's): what __destruct would do, run in its place; returns
** RT_NOVALUE with an exception pending to let one out. */
typedef struct phpvm_dtor_native {
    rt_value_t (*run)(phpvm_object_t *o);
} phpvm_dtor_native_t;
/* Registers o's built-in destructor d (static storage), which runs when and where a
** __destruct would. Never collects. */
void phpvm_dtor_register_native(phpvm_object_t *o, const phpvm_dtor_native_t *d);
/* The precise roots a destructor point's collection finds in frames: each PHP frame's locals,
** live value stack and frame object, other languages' frames whole (conservatively), from `top`
** along prev. For the suspended frames of a fiber, which its state object traces (fiber.c). */
void phpvm_dtor_visit_frames(gc_tracer_t *t, rt_frame_t *top);
/* Whether a destructor runs now (Fiber switches are refused then, as in PHP). */
bool phpvm_dtor_running(void);

/* ---- Fibers (fiber.c) ---- */

/* Fiber and FiberError, and the fiber.stack_size setting: a part of the core with the
** registration of an extension. */
extern const phpvm_ext_t phpvm_ext_fiber;
/* tick.c: register_tick_function() and the hidden builtin phpvm_tick_fn(N) that the compiler
** calls after each statement under declare(ticks=N); it may run the tick functions (may
** re-enter the VM, collect, raise). */
extern const phpvm_ext_t phpvm_ext_tick;
extern phpvm_func_t *phpvm_tick_fn;
/* Whether builtin call b is a Fiber's start(), resume() or throw(): the C frames of a switch,
** which hold nothing but what the Fiber holds (a destructor point inside a fiber may run). */
struct phpvm_bcall;
bool phpvm_fiber_switch_call(const struct phpvm_bcall *b);
/* A destructor point: when objects with pending destructors exist (or `force`), collects and
** runs the destructors of those found unreachable. false with an exception pending if one let
** it out. May run PHP code. */
bool phpvm_dtor_point(bool force);
/* Whether the destructor points have work: objects wait for their destructors, or weak
** references exist. DTOR_POINT tests it inline. */
extern bool phpvm_dtor_armed;
/* The DTOR_POINT instruction's point, after a statement that may drop objects (`dropped`: an
** explicit drop, unset or `= null`), backing off in long loops (dtor.c). May run PHP code;
** false with an exception pending if one let it out. */
bool phpvm_dtor_compiled_point(bool dropped);
/* The hidden builtin the compiler calls for phpvm_globals_keep. */
extern phpvm_func_t *phpvm_globals_keep_fn;
void phpvm_dtor_init(void);
/* gc_collect_cycles(): a forced point; the number of destructors it ran, -1 with an exception
** pending. */
int64_t phpvm_gc_collect_cycles(void);
/* Script end (after the shutdown functions): releases the globals last first, then runs every
** remaining destructor in creation order; false with the exception a destructor let out
** pending (the others do not run then). May run PHP code. */
bool phpvm_dtor_shutdown(void);
/* Whether objects whose destructor has not run exist (the compiler then adds more points). */
bool phpvm_dtor_any(void);
/* After a fatal error: no destructor runs any more. */
void phpvm_dtor_off(void);
/* A WeakReference or WeakMap was made: from now on points collect even without pending
** destructors, so that they clear where PHP's refcounts would. */
void phpvm_dtor_weak_used(void);
/* WeakReference, WeakMap and InternalIterator (weak.c), declared with the built-in classes. */
void phpvm_weak_init(void);
/* The main script's variables become entries of the globals table (reference cells shared with
** its frame), so that they outlive the frame: what shutdown functions and the end-of-script
** destructors see. Nothing while no main script runs. May collect. */
void phpvm_globals_keep(void);

/* ---- Diagnostics (error.c) ---- */

enum { PHPVM_E_WARNING, PHPVM_E_NOTICE, PHPVM_E_DEPRECATED, PHPVM_E_FATAL, PHPVM_E_PARSE };
/* Prints "\nWarning: MSG in FILE on line N\n" at the running instruction. */
void phpvm_error(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints a diagnostic at a given place (file NULL: "Unknown"), as display_errors/log_errors say. */
void phpvm_report(int level, const char *msg, const char *file, int32_t line);
/* Prints the lexer's compile-time warnings of a file, oldest first. */
void phpvm_print_parse_warnings(const phpvm_parse_warning_t *w, const char *filename);
/* The file and line of the innermost PHP frame. */
void phpvm_where(rt_str_t **file, int32_t *line);
/* The hidden builtin the compiler calls before each assert(): true while zend.assertions is 1
** (ext/standard/error.c; phpvm_assert_init makes it). */
extern phpvm_func_t *phpvm_assertions_on_fn;
void phpvm_assert_init(void);
/* The E_* value of a PHPVM_E_* level. */
int phpvm_errno(int level);
/* Runs the set_error_handler handler for a diagnostic (ext/standard/error.c): true if it took
** it (did not return false; an exception it threw is pending then). May re-enter PHP code. */
bool phpvm_error_handled(int errno_, const char *msg, const char *file, int32_t line);
/* Runs the set_exception_handler handler for an uncaught exception: false if there is none. */
bool phpvm_uncaught_handled(rt_value_t exc);
/* A fatal error at the running instruction ("Fatal error: MSG in FILE on line N"): printed,
** then the script stops with status 255 through the unwinding of exit. */
void phpvm_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same, reported at a given place (a declaration's line) instead of the running one. */
void phpvm_fatal_at(const char *file, int32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The script exiting (exit() or a fatal error) inside PHP code that a builtin ran and whose
** failure it may not pass on (an autoloader): a pending marker in the exception's place, so that
** the builtin's caller unwinds too (php's unwind_exit); the interpreter takes it off as it unwinds
** for the exit. */
void phpvm_exit_mark(void);
void phpvm_exit_unmark(void);
/* The exception hook of rt_raise. */
rt_value_t phpvm_exc_hook(rt_exc_kind_t kind, rt_str_t *message);

/* ---- Output (output.c) ---- */

/* Output to the innermost buffer, or to the SAPI. May re-enter the VM (a buffer's handler). */
void phpvm_out(const char *s, size_t n);
void phpvm_out_str(const rt_str_t *s);
void phpvm_outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* flush(): the SAPI sends what it holds (its headers first). */
void phpvm_out_flush(void);
void phpvm_output_init(void);
/* A new request's SAPI (NULL: stdout); output has not started. */
void phpvm_output_begin(const phpvm_sapi_t *sapi);
const phpvm_sapi_t *phpvm_output_sapi(void);
/* The server interface's name (php_sapi_name, PHP_SAPI): the SAPI's, or "cli". */
const char *phpvm_sapi_name(void);
/* Has output reached the SAPI? Where it started (file NULL outside a script), if file given. */
bool phpvm_output_started(const char **file, int *line);

/* PHP_OUTPUT_HANDLER_* flags given to buffer handlers. */
enum {
    PHPVM_OB_WRITE = 0,
    PHPVM_OB_START = 1,
    PHPVM_OB_CLEAN = 2,
    PHPVM_OB_FLUSH = 4,
    PHPVM_OB_FINAL = 8,
};
/* The flags word of a buffer (ob_start's flags, ob_get_status's): PHP_OUTPUT_HANDLER_USER,
** the abilities (CLEANABLE...) and the state bits. */
enum {
    PHPVM_OB_F_USER = 0x1,
    PHPVM_OB_F_CLEANABLE = 0x10,
    PHPVM_OB_F_FLUSHABLE = 0x20,
    PHPVM_OB_F_REMOVABLE = 0x40,
    PHPVM_OB_F_STDFLAGS = 0x70,
    PHPVM_OB_F_STARTED = 0x1000,
    PHPVM_OB_F_DISABLED = 0x2000,
    PHPVM_OB_F_PROCESSED = 0x4000,
};
/* ob_start(): handler a callable or 0; chunk 0 = unlimited; flags the abilities (the
** callers check them). False (warned) inside a handler. */
bool phpvm_ob_start(rt_value_t handler, size_t chunk, int flags);
/* What ob_get_status reports of level i (0 outermost): flags, chunk size, PHP's buffer
** size, bytes held. */
typedef struct phpvm_ob_status {
    int flags;
    size_t chunk, size, used;
} phpvm_ob_status_t;
void phpvm_ob_status(int level, phpvm_ob_status_t *st);
int phpvm_ob_level(void);
/* The innermost buffer's contents (valid until the next output); NULL without a buffer. */
const char *phpvm_ob_contents(size_t *len);
/* Level i's handler (null for the default one). */
rt_value_t phpvm_ob_handler(int level);
/* ob_flush / ob_clean / ob_end_flush (flush) or ob_end_clean, on the innermost buffer; nothing
** without one (callers check phpvm_ob_level to word PHP's notices). */
void phpvm_ob_flush(void);
void phpvm_ob_clean(void);
void phpvm_ob_end(bool flush);
void phpvm_ob_end_all(bool flush);
void phpvm_ob_implicit_flush(bool on);
/* connection_status(): PHP's CONNECTION_ABORTED bit (a write to the SAPI failed: the client or the
** pipe's reader went away, and output has gone nowhere since) and CONNECTION_TIMEOUT bit. */
enum { PHPVM_CONNECTION_ABORTED = 1, PHPVM_CONNECTION_TIMEOUT = 2 };
int phpvm_connection_status(void);

/* ---- Requests (request.c, ext/standard/header.c) ---- */

/* Binds the superglobal CVs of a frame just pushed (a function's, an included file's) to the
** globals. Cheap when the code uses none (a flag computed on first use). */
void phpvm_superglobals_bind(rt_frame_t *f);
/* Binds the main frame's CVs to the globals set before it was pushed ($_SERVER, $argv...). */
void phpvm_globals_adopt(rt_frame_t *main);
/* Records the start-up tables and settings that phpvm_request_end restores. */
void phpvm_request_snapshot(void);
/* Just before the main script runs: $_REQUEST from $_GET, $_POST, $_COOKIE. */
void phpvm_request_prepare(void);
/* php-cli's $_SERVER and $_ENV (script NULL: -r code). */
void phpvm_request_cli_server(const char *script, int argc, char **argv);
void phpvm_header_reset(void);
/* register_shutdown_function(): keeps callable and args for the end of the script. May collect. */
void phpvm_request_on_shutdown(rt_value_t callable, rt_value_t *args, int argc);
bool phpvm_request_shutdown_pending(void);
/* The i-th callback (registered while the list runs too): false past the end. May collect. */
bool phpvm_request_shutdown_get(int64_t i, rt_value_t *callable, rt_tuple_t **args);

/* ---- Compiler (compile*.c) ---- */

/* Compiles a parsed file into its main code object; NULL with an error message in `err`
** (a compile error, worded as PHP's fatal errors). Falling off the end returns 1, or null for
** eval'd code (`eval`). May collect. */
phpvm_func_t *phpvm_compile_file(const phpvm_ast_t *ast, rt_str_t *filename, bool eval, char *err,
                                 size_t errcap, int32_t *errline);

/* ---- include, require, eval (include.c) ---- */

/* The INCLUDE instruction of frame `from` with operand `kind` (an AST EXEC_* flag) on `arg` (a
** path, or eval's code): returns the pushed frame of the file, which runs in from's scope and
** whose return value is the expression's; or NULL with *result set: the value at once (false
** for a missing include, true for a repeated *_once), or RT_NOVALUE with an exception pending
** (require's Error, ParseError) or the script stopping (a compile error, fatal). May collect. */
rt_frame_t *phpvm_include(rt_frame_t *from, rt_value_t arg, uint32_t kind, rt_value_t *result);
/* Compiles PHP source (starting in inline HTML, like a file) named `name`, as eval'd code (its
** main function returns null when it falls off the end); NULL with a ParseError pending, or
** after a compile error was reported as fatal. May collect. */
phpvm_func_t *phpvm_compile_code(const char *src, size_t len, const char *name);
/* PHP's search for an included file (include_path, then the including file's directory, then
** the working directory): a malloc'ed real path, or NULL with errno set. */
char *phpvm_include_resolve(const char *path, const rt_str_t *including_file);
/* Records a file (by real path) as included, for include_once/require_once. */
void phpvm_include_mark(const char *realpath_);

/* ---- Argument helpers for builtins (ext/standard/args.c) ---- */

/* The display name of the running builtin, for messages. */
extern const char *phpvm_cur_builtin;

/* The builtin calls in progress, innermost first (exception traces list them). */
typedef struct phpvm_bcall {
    struct phpvm_bcall *prev;
    rt_frame_t *frame; /* the PHP frame that called it */
    phpvm_func_t *func;
    const char *name;
    rt_value_t *args;
    int argc;
    rt_value_t self; /* a method's $this (or its class), else 0 */
} phpvm_bcall_t;
extern phpvm_bcall_t *phpvm_bcalls;
/* args[i] as an int64 (phpvm_arg_long), a string (phpvm_arg_str): inline for the common case, an
** int or a string given as such; the _as functions convert the rest or fail with the TypeError
** pending (false / NULL). `type` is what the TypeError and the null deprecation name: "int",
** "string", or a union-typed parameter's whole type ("array|string"). */
bool phpvm_arg_long_as(rt_value_t *args, int i, int64_t *out, const char *type);
/* The running builtin's parameter i's name ("" for a variadic one or none), for messages. */
void phpvm_arg_param_name(int i, char *buf, size_t cap);
rt_str_t *phpvm_arg_str_as(rt_value_t *args, int i, const char *type);
static inline bool phpvm_arg_long(rt_value_t *args, int argc, int i, int64_t *out)
{
    (void)argc;
    if (rt_is_small(args[i])) {
        *out = rt_small_value(args[i]);
        return true;
    }
    return phpvm_arg_long_as(args, i, out, "int");
}
static inline rt_str_t *phpvm_arg_str(rt_value_t *args, int argc, int i)
{
    (void)argc;
    if (phpvm_is_str(args[i]))
        return phpvm_str(args[i]);
    return phpvm_arg_str_as(args, i, "string");
}
/* args[i] as a callback (callee, ctx), or false with PHP's "must be a valid callback[ or null],
** <reason>" TypeError pending. */
bool phpvm_arg_callable(rt_value_t *args, int i, bool nullable, rt_value_t *callee,
                        rt_value_t *ctx);
bool phpvm_arg_double(rt_value_t *args, int argc, int i, double *out);
phpvm_array_t *phpvm_arg_array(rt_value_t *args, int argc, int i);
bool phpvm_arg_bool(rt_value_t *args, int argc, int i);
static inline bool phpvm_arg_given(int argc, rt_value_t *args, int i)
{
    return i < argc && args[i] != RT_NOVALUE;
}
/* Stores v in a builtin's by-reference argument i (an out parameter such as $matches or
** $error_code) when the call passed one. */
static inline void phpvm_arg_set_ref(rt_value_t *args, int argc, int i, rt_value_t v)
{
    if (i < argc && phpvm_is_ref(args[i]))
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(args[i]), v);
}
const char *phpvm_type_name(rt_value_t v); /* "int", "string", "array", class name */
const char *phpvm_gettype(rt_value_t v);   /* "integer", "string", ... */

/* An http:// or https:// URL fetched through libcurl for file_get_contents()/fopen()
** (ext/curl/http.c), as PHP's http wrapper does it: `context` a stream context resource or
** 0; `fname` words the warnings. Sets $http_response_header in the calling PHP frame. The
** body, or false after PHP's warning. May collect. */
rt_value_t phpvm_http_fetch(const char *fname, rt_str_t *url, rt_value_t context);
/* A compress.zlib:// stream's FILE (ext/zlib): the gzip file at path through zlib, opened by
** fopen mode (a digit in it: the compression level); NULL with errno set. Reads of a file
** that is not gzip pass its bytes through. */
FILE *phpvm_zlib_fopen(const char *path, const char *mode);
/* An object's properties as var_export and (array) see them (ext/standard/var_spl.c): props
** (the object's properties) for most objects; SPL's containers leave their state out
** (ArrayObject and ArrayIterator give their array instead, SplFixedArray adds its elements).
** NULL with an exception pending. May run PHP code. */
phpvm_array_t *phpvm_var_spl_export(rt_value_t obj, phpvm_array_t *props);
/* obj's properties keyed as serialize() and (array) name them by visibility ("\0*\0p",
** "\0Class\0p"), leaving out those that class `base` or its ancestors declare (SPL's state;
** base may be NULL). May collect. */
phpvm_array_t *phpvm_var_mangled_props(rt_value_t obj, phpvm_class_t *base);
/* A property name of class cls keyed by its visibility as serialize() and (array) key it:
** private "\0Class\0name", protected "\0*\0name", else the name. May allocate. */
rt_str_t *phpvm_var_mangled_name(phpvm_class_t *cls, rt_str_t *name);
/* parse_url($s)'s array (ext/standard/url.c), or NULL where parse_url returns false. May
** collect. */
phpvm_array_t *phpvm_parse_url(const rt_str_t *s);
/* The options array of a stream context resource (stream_context_create's), or NULL. */
phpvm_array_t *phpvm_context_options(rt_value_t context);

/* stat()'s fields as stat()/fstat() return them (ext/standard/stream.c). May collect. */
struct stat;
phpvm_array_t *phpvm_stat_array(const struct stat *st);

/* sprintf(args[0], args[1..]) (ext/standard/string.c): NULL with an error pending; vargs: the
** values came as an array (vsprintf, vfprintf: their own count error). */
rt_str_t *phpvm_sprintf(rt_value_t *args, int argc, bool vargs);

/* var_dump / print_r / var_export (ext/standard/var.c) */
void phpvm_var_dump(rt_value_t v, int indent, bool is_ref);
bool phpvm_print_r(rt_strbuf_t *b, rt_value_t v, int indent);

#endif
