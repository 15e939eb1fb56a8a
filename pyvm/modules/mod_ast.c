/*
** mod_ast.c: the native `_ast` module (modules.h) under Debian's ast package: the AST node
** classes with CPython's names, bases, _fields and _attributes, made from pyvm's own AST table
** (pyvm/ast.def) so the two cannot drift; the operator and context classes; the PyCF_* flags.
** Nodes are ordinary instances: AST.__init__ fills _fields from positional and keyword arguments.
** (compile(..., PyCF_ONLY_AST) does not yet return these objects.)
*/
#include <string.h>

#include "pyvm/modules/modules.h"

/* Each node class: its name, category and comma-separated field names, from ast.def. */
static const struct node_row {
    const char *name, *category, *fields;
} node_rows[] = {
#define F(type, fname) #fname ","
#define NODE(name, cat, fields) {#name, #cat, "" fields},
#include "pyvm/ast.def"
#undef NODE
#undef F
};

/* The abstract classes between AST and the nodes, and the AUX nodes' own bases. */
static const char *const abstract[] = {"mod", "stmt", "expr", "expr_context", "boolop",
                                       "operator", "unaryop", "cmpop", "excepthandler",
                                       "pattern", "type_ignore"};

/* X(class, base): the operator and context classes. */
#define AST_LEAVES(X)                                                                              \
    X(Load, expr_context) X(Store, expr_context) X(Del, expr_context) X(And, boolop)              \
    X(Or, boolop) X(Add, operator) X(Sub, operator) X(Mult, operator) X(MatMult, operator)        \
    X(Div, operator) X(Mod, operator) X(Pow, operator) X(LShift, operator) X(RShift, operator)    \
    X(BitOr, operator) X(BitXor, operator) X(BitAnd, operator) X(FloorDiv, operator)             \
    X(Invert, unaryop) X(Not, unaryop) X(UAdd, unaryop) X(USub, unaryop) X(Eq, cmpop)            \
    X(NotEq, cmpop) X(Lt, cmpop) X(LtE, cmpop) X(Gt, cmpop) X(GtE, cmpop) X(Is, cmpop)          \
    X(IsNot, cmpop) X(In, cmpop) X(NotIn, cmpop)

static rt_value_t module_dict; /* the namespace, kept once made */

static rt_value_t tuple_of_names(const char *csv)
{
    rt_vec_t *v = rt_vec_new(4);
    for (const char *p = csv; p && *p;) {
        const char *e = strchr(p, ',');
        rt_vec_append(v, rt_from_ptr(rt_str_intern(rt_str_new(p, (size_t)(e - p)))));
        p = e + 1;
    }
    return pyvm_tuple_from(rt_vec_items(v), rt_vec_len(v));
}

/* AST.__init__(*args, **kwargs): positional values fill _fields in order, keywords by name. */
static rt_value_t ast_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    rt_value_t fields = pyvm_getattr(self, rt_str_intern_cstr("_fields"));
    if (!fields)
        return RT_NOVALUE;
    int64_t nf = pyvm_len(fields);
    if (nf < 0)
        return RT_NOVALUE;
    if ((int64_t)n > nf)
        return rt_raise(RT_EXC_TYPE, "%s constructor takes at most %lld positional argument%s",
                        pyvm_type_name(self), (long long)nf, nf == 1 ? "" : "s");
    for (size_t i = 0; i < n; i++) {
        rt_value_t name = pyvm_getitem(fields, rt_small((int64_t)i));
        if (!name || !pyvm_is_str(name) || !pyvm_setattr(self, rt_str_intern(pyvm_str_of(name)), a[i]))
            return name && !pyvm_is_str(name) ? rt_raise(RT_EXC_TYPE, "bad _fields") : RT_NOVALUE;
    }
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++)
        if (!pyvm_setattr(self, pyvm_str_of(rt_tuple_get(kw, k)), a[n + (size_t)k]))
            return RT_NOVALUE;
    return rt_none;
}

/* __reduce__: (type, (), __dict__) as CPython's AST nodes pickle and copy. */
static rt_value_t ast_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    rt_value_t parts[3] = {rt_from_ptr(pyvm_type_of(self)), rt_from_ptr(rt_tuple_new(0)),
                           rt_from_ptr(pyvm_instance_dict_copy(rt_ptr(self)))};
    return pyvm_tuple_from(parts, 3);
}

static const pyvm_cfunc_def_t ast_methods[] = {
    {"__init__", ast_init, 0, -1, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 1},
    {"__reduce__", ast_reduce, 0, 0, PYVM_CFUNC_METHOD | PYVM_CFUNC_RAW_SELF, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* A class of the module: name(base) with the given fields and attributes. */
static pyvm_class_t *make(rt_map_t *d, const char *name, const char *base, rt_value_t fields,
                          rt_value_t attributes)
{
    rt_value_t b = pyvm_dict_get_str(d, rt_str_intern_cstr(base));
    if (!b)
        return NULL;
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("ast"));
    if (fields)
        rt_map_set_str(ns, rt_str_intern_cstr("_fields"), fields);
    if (attributes)
        rt_map_set_str(ns, rt_str_intern_cstr("_attributes"), attributes);
    pyvm_class_t *c = pyvm_type_new(rt_str_intern_cstr(name), rt_ptr(pyvm_tuple_from(&b, 1)), ns);
    if (c)
        pyvm_mod_put(d, name, rt_from_ptr(c));
    return c;
}

/* The base class of a node of ast.def: its category's, or AST for the auxiliary nodes. */
static const char *base_of(const struct node_row *r)
{
    if (strcmp(r->category, "MOD") == 0)
        return "mod";
    if (strcmp(r->category, "STMT") == 0)
        return "stmt";
    if (strcmp(r->category, "EXPR") == 0)
        return "expr";
    if (strcmp(r->category, "PATTERN") == 0)
        return "pattern";
    if (strcmp(r->name, "ExceptHandler") == 0)
        return "excepthandler";
    if (strcmp(r->name, "TypeIgnore") == 0)
        return "type_ignore";
    return "AST";
}

/* Whether nodes of this class carry source positions (_attributes). */
static bool positioned(const char *name, const char *base)
{
    static const char *const with[] = {"stmt", "expr", "excepthandler", "pattern", "arg",
                                       "keyword", "alias"};
    for (size_t i = 0; i < sizeof with / sizeof with[0]; i++)
        if (strcmp(name, with[i]) == 0 || strcmp(base, with[i]) == 0)
            return true;
    return false;
}

rt_map_t *pyvm_mod_ast_dict(void)
{
    if (module_dict)
        return rt_ptr(module_dict);
    gc_root_add(&module_dict, 1);
    rt_map_t *d = pyvm_dict_new();
    module_dict = rt_from_ptr(d);
    pyvm_class_t *ast = pyvm_type_new_builtin("AST", NULL, pyvm_cls_object);
    pyvm_type_setattr(ast, pyvm_name(module), pyvm_str_cstr("ast"));
    pyvm_type_setattr(ast, rt_str_intern_cstr("_fields"), rt_from_ptr(rt_tuple_new(0)));
    pyvm_type_setattr(ast, rt_str_intern_cstr("_attributes"), rt_from_ptr(rt_tuple_new(0)));
    pyvm_cfunc_install(ast, ast_methods);
    pyvm_mod_put(d, "AST", rt_from_ptr(ast));
    rt_value_t pos = tuple_of_names("lineno,col_offset,end_lineno,end_col_offset,");
    for (size_t i = 0; i < sizeof abstract / sizeof abstract[0]; i++)
        if (!make(d, abstract[i], "AST", RT_NOVALUE, positioned(abstract[i], "") ? pos : RT_NOVALUE))
            return NULL;
    for (size_t i = 0; i < sizeof node_rows / sizeof node_rows[0]; i++) {
        const struct node_row *r = &node_rows[i];
        const char *base = base_of(r);
        if (!make(d, r->name, base, tuple_of_names(r->fields),
                  positioned(r->name, base) ? pos : rt_from_ptr(rt_tuple_new(0))))
            return NULL;
    }
#define LEAF(name, base)                                                                           \
    if (!make(d, #name, #base, rt_from_ptr(rt_tuple_new(0)), RT_NOVALUE))                         \
        return NULL;
    AST_LEAVES(LEAF)
#undef LEAF
    pyvm_mod_put(d, "PyCF_ONLY_AST", rt_small(1024));
    pyvm_mod_put(d, "PyCF_TYPE_COMMENTS", rt_small(4096));
    pyvm_mod_put(d, "PyCF_ALLOW_TOP_LEVEL_AWAIT", rt_small(8192));
    return d;
}
