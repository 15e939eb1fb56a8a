/*
** var.h: what ext/standard's variable-handling files share (internal to phpvm/ext/standard):
** serialize.c writes PHP's serialization format, unserialize.c reads it back.
*/
#ifndef PHPVM_EXT_STANDARD_VAR_H
#define PHPVM_EXT_STANDARD_VAR_H

#include <stdio.h>

#include "phpvm/vm.h"

/* The class unserialize() gives objects of classes that are unknown or not allowed; it keeps
** the missing class's name in the property PHPVM_INCOMPLETE_NAME. */
#define PHPVM_INCOMPLETE_CLASS "__PHP_Incomplete_Class"
#define PHPVM_INCOMPLETE_NAME "__PHP_Incomplete_Class_Name"

/* Room for a float printed with any serialize_precision/precision (PHP allows hundreds of
** digits; RT_NUMFMT_FLOAT_MAX covers precisions up to 40 only). */
enum { PHPVM_VAR_FLOAT_MAX = 1100 };

/* serialize($v): NULL with an exception pending (a closure, __serialize's TypeError...).
** May re-enter PHP code (__serialize, __sleep, Serializable::serialize). */
rt_str_t *phpvm_serialize(rt_value_t v);

/* Serializable::serialize() of SPL's containers: the template `tmpl` with each '%' replaced by
** the serialization of the next of `vals`, all numbered as one serialize() call numbers them
** (so r:/R: may point across them). NULL with an exception pending. May re-enter PHP code. */
rt_str_t *phpvm_serialize_seq(const char *tmpl, const rt_value_t *vals);
/* Its reader, for Serializable::unserialize(): phpvm_unser_start, then literal text
** (phpvm_unser_lit) and values (phpvm_unser_value) in turn, sharing one numbering, then
** phpvm_unser_finish, which runs the queued __unserialize()/__wakeup() calls. */
typedef struct phpvm_unser {
    const char *buf, *p, *end;
    rt_vec_t *places;       /* 3 per value: container, key, scope class (or null) */
    rt_vec_t *delayed;      /* 2 per queued call: object, __unserialize's array (or null) */
    phpvm_array_t *allowed; /* lower-case class names that may be made; NULL: any */
    int64_t max_depth, depth;
} phpvm_unser_t;
void phpvm_unser_start(phpvm_unser_t *u, const rt_str_t *data);
/* Whether the text continues with `lit` (then skipped). */
bool phpvm_unser_lit(phpvm_unser_t *u, const char *lit);
/* The next value, or RT_NOVALUE when malformed (u->p then where PHP reports the error) or with an
** exception pending. May run PHP code (autoloading). */
rt_value_t phpvm_unser_value(phpvm_unser_t *u);
/* Runs the queued calls; false with an exception pending. May run PHP code. */
bool phpvm_unser_finish(phpvm_unser_t *u);
/* The builtin unserialize($data, $options). */
rt_value_t phpvm_fn_unserialize(rt_value_t self, rt_value_t *args, int argc);

/* fopen() of a path whose scheme a user stream wrapper claims (userwrap.c): *handled tells
** whether one does; then the stdio stream over the wrapper object, or NULL after PHP's warning
** (or with the wrapper's exception pending). May run PHP code. */
FILE *phpvm_userwrap_fopen(rt_str_t *path, const char *mode, const char *fname, bool *handled);
/* What file_get_contents asks a user stream before reading: its stream_stat (PHP's warning when
** the wrapper lacks it). May run PHP code. */
void phpvm_userwrap_stat(FILE *fp, const char *fname);

/* SPL's containers as var_dump/print_r show them (var_spl.c): props, the object's
** properties, with the SPL state put after the own ones; props itself for other objects.
** NULL with an exception pending. May run PHP code. */
phpvm_array_t *phpvm_var_spl_debug(rt_value_t obj, phpvm_array_t *props);

/* Natural-order comparison of strnatcmp (fold: strnatcasecmp): -1, 0 or 1 (string_similar.c). */
int phpvm_strnatcmp(const rt_str_t *a, const rt_str_t *b, bool fold);

#endif
