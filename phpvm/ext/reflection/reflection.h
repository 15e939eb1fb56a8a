/*
** reflection.h: ext/reflection's internal interface between its files: the hidden state every
** Reflection object keeps, making the objects, and the parts of classes (reflection.c) that
** functions and parameters (function.c) hand out.
*/
#ifndef PHPVM_EXT_REFLECTION_H
#define PHPVM_EXT_REFLECTION_H

#include "phpvm/interp.h"

/* The classes, set once at start-up (reflection.c). */
typedef struct refl_classes {
    phpvm_class_t *exception, *klass, *object, *enumc, *func_abstract, *function, *method,
        *param, *type, *named_type, *union_type, *intersection_type, *property, *unit_case, *backed_case, *constant,
        *attribute;
} refl_classes_t;
extern refl_classes_t refl;

/* An instance of class k whose public `name` (and `class`, when cls is not NULL) property is set
** and whose hidden state is the tuple of `n` items; RT_NOVALUE with an exception pending. */
rt_value_t refl_new(phpvm_class_t *k, rt_str_t *name, rt_str_t *cls, const rt_value_t *items,
                    int n);
/* Item i of self's hidden state (0 if it has none: a constructor that failed). */
rt_value_t refl_item(rt_value_t self, int i);
/* Sets self's hidden state and public properties, as refl_new does (constructors). */
bool refl_init(rt_value_t self, rt_str_t *name, rt_str_t *cls, const rt_value_t *items, int n);
/* The public `name` property of reflector self ("" if unset). */
rt_str_t *refl_name(rt_value_t self);
/* A new lower-case copy of s[0..n) (method and function look-ups). May collect. */
rt_str_t *refl_lower(const char *s, size_t n);
/* Throws ReflectionException with a formatted message; returns RT_NOVALUE. */
rt_value_t refl_throw(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A ReflectionClass (or ReflectionEnum for enums) of k. */
rt_value_t refl_class_new(phpvm_class_t *k);
/* A ReflectionMethod of method f (its declaring class is f->scope). */
rt_value_t refl_method_new(phpvm_func_t *f);
/* A ReflectionNamedType, ReflectionUnionType or ReflectionIntersectionType of declaration t,
** null for none. */
rt_value_t refl_type_new(const phpvm_typedecl_t *t);

/* getDocComment and getAttributes of every reflector (attribute.c). */
rt_value_t refl_get_doc_comment(rt_value_t self, rt_value_t *args, int argc);
rt_value_t refl_get_attributes(rt_value_t self, rt_value_t *args, int argc);
/* A ReflectionClassConstant (or enum case) of constant n as class k sees it; false if k has
** none. May collect. */
rt_value_t refl_const_new(phpvm_class_t *k, rt_str_t *n);
/* Declares the built-in attribute classes (attribute.c). */
void refl_attribute_init(void);
/* The method tables of attribute.c, NULL-name terminated. */
extern const phpvm_builtin_t refl_attribute_methods[], refl_const_methods[];

/* The method tables of function.c, NULL-name terminated. */
extern const phpvm_builtin_t refl_func_methods[], refl_function_methods[],
    refl_method_methods[], refl_param_methods[], refl_type_methods[], refl_named_type_methods[],
    refl_union_type_methods[];

#endif
