/*
** spl.h: what the files of ext/spl share (internal to phpvm/ext/spl): access to the private
** properties in which the SPL classes keep their state (the names and layout var_dump shows
** in PHP, or hidden "\0" lists of state slots), calls into PHP methods and functions,
** serialization helpers, and each file's class declarations.
*/
#ifndef PHPVM_EXT_SPL_H
#define PHPVM_EXT_SPL_H

#include "phpvm/interp.h"

/* spl_autoload(class, extensions) and spl_autoload_extensions(extensions) (autoload.c). */
rt_value_t phpvm_fn_spl_autoload(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_fn_spl_autoload_extensions(rt_value_t self, rt_value_t *args, int argc);

/* A property name from a string literal: internal-state names start with a NUL byte
** ("\0pos"), which C strings cannot carry, so the helpers take the literal's length too. */
#define SPL_NAME(lit) (lit), sizeof(lit) - 1

/* The interned name `name` (n bytes). */
rt_str_t *phpvm_spl_name(const char *name, size_t n);
/* The slot of property `name` that class `decl` declares on object self (NULL if absent). */
rt_value_t *phpvm_spl_slot(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n);
/* The array held in that slot, made writable (copied first when shared; an absent or non-array
** value becomes an empty array). May collect. */
phpvm_array_t *phpvm_spl_array(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n);
/* Stores v into that slot. */
void phpvm_spl_store(rt_value_t self, phpvm_class_t *decl, const char *name, size_t n,
                     rt_value_t v);
/* Item i of the state list that class decl keeps in its hidden property `name` (interned),
** dereferenced; null when absent. Never allocates. */
rt_value_t phpvm_spl_state(rt_value_t self, phpvm_class_t *decl, rt_str_t *name, int64_t i);
/* Stores item i of that list (made writable first). May collect. */
void phpvm_spl_state_set(rt_value_t self, phpvm_class_t *decl, rt_str_t *name, int64_t i,
                         rt_value_t v);
/* Calls ext/standard's array function `fn` (asort, ksort, ...) in place on the array in the
** "storage" property, with the extra arguments (at most 2); its return value, RT_NOVALUE with
** an exception pending. */
rt_value_t phpvm_spl_sort(rt_value_t self, phpvm_class_t *decl, const char *fn, rt_value_t *extra,
                          int nextra);
/* A built-in SPL class being declared, with its methods (phpvm_class_declare finishes it). */
phpvm_class_t *phpvm_spl_class(const char *name, const char *parent, const char *ifaces,
                               const phpvm_builtin_t *methods);

/* Calls method `name` of obj as code of obj's own class would (protected methods included);
** the result, RT_NOVALUE with an exception pending. May re-enter PHP code. */
rt_value_t phpvm_spl_call(rt_value_t obj, const char *name, rt_value_t *args, int argc);
/* Calls the PHP function `fn` (a builtin of another extension, such as preg_match) with args;
** its result, RT_NOVALUE with an exception pending. */
rt_value_t phpvm_spl_callfn(const char *fn, rt_value_t *args, int argc);
/* The __call of the outer iterators, which forward the methods they lack to their inner
** iterator: calls method args[0] of `inner` with the values of array args[1] (at most 16);
** Error "Call to undefined method" naming inner's class (as PHP does) when it lacks it too. May
** re-enter PHP code. */
rt_value_t phpvm_spl_forward(rt_value_t outer, rt_value_t inner, rt_value_t *args);
/* The iterator of an IteratorAggregate (its getIterator()'s result), or RT_NOVALUE with an
** exception pending: LogicException when that is not Traversable. May re-enter PHP code. */
rt_value_t phpvm_spl_from_aggregate(rt_value_t agg);
/* The "members" of an SPL object's __serialize(): its properties other than the ones class
** `base` and its ancestors declare (the SPL state), keyed by their mangled names ("\0*\0p",
** "\0Class\0p") as serialize() spells them. May collect. */
phpvm_array_t *phpvm_spl_members(rt_value_t self, phpvm_class_t *base);
/* __unserialize()'s counterpart: writes the members back (mangled names unmangled); false with
** an exception pending. May collect. */
bool phpvm_spl_members_load(rt_value_t self, phpvm_array_t *members);
/* The entries of __unserialize()'s data array (args[0]): out[i] = data[i], dereferenced, for
** each character of `kinds` ('a' an array, 'i' an int, '*' anything, '?' absent, null or a
** string: RT_NOVALUE when absent); false with PHP's UnexpectedValueException "Incomplete or
** ill-typed serialization data" (or the argument's TypeError) pending. */
bool phpvm_spl_unserialize_data(rt_value_t *args, int argc, const char *kinds, rt_value_t *out);
/* Sets the flags (PHPVM_F_*) of method `name` of a class being declared. */
void phpvm_spl_method_flags(phpvm_class_t *c, const char *name, uint32_t flags);
/* Adds a NULL-name terminated table of integer constants to a class being declared. */
void phpvm_spl_consts(phpvm_class_t *c, const phpvm_intconst_t *tab);

/* The state list of SplFileInfo and its subclasses (fileinfo.c, fileobject.c), in the hidden
** "\0fs" property: the name, its directory part, the info and file classes, flags; a
** directory iterator's path, entries, entry index, position, glob mode and sub-path; a file
** object's stream, current line (string) or CSV row (array), line number, maximum line length
** and CSV escape character. */
enum {
    F_NAME, F_PATH, F_INFO_CLASS, F_FILE_CLASS, F_FLAGS, F_DIRPATH, F_ENTRIES, F_INDEX, F_POS,
    F_GLOB, F_SUBPATH, F_STREAM, F_LINE, F_CSV, F_LINENUM, F_MAXLEN, F_ESCAPE,
};
rt_value_t phpvm_spl_fs_get(rt_value_t self, int i);
void phpvm_spl_fs_put(rt_value_t self, int i, rt_value_t v);
/* Names an SplFileInfo: its path name and (split) the directory part PHP derives from it, else
** none (SplTempFileObject's "php://temp"). May collect. */
void phpvm_spl_fs_set_name(rt_value_t self, rt_str_t *name, bool split);

/* Serializable::serialize() and unserialize() of ArrayObject/ArrayIterator, SplObjectStorage
** and SplDoublyLinkedList (serializable.c), on top of their __serialize()/__unserialize().
** unserialize() throws UnexpectedValueException "Error at offset X of Y bytes" on bad data. */
rt_value_t phpvm_spl_array_serialize(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_spl_array_unserialize(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_spl_storage_serialize(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_spl_storage_unserialize(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_spl_dllist_serialize(rt_value_t self, rt_value_t *args, int argc);
rt_value_t phpvm_spl_dllist_unserialize(rt_value_t self, rt_value_t *args, int argc);

/* The classes of each file, declared at start-up. */
void phpvm_spl_array_init(void);
void phpvm_spl_dllist_init(void);
void phpvm_spl_storage_init(void);
void phpvm_spl_fixedarray_init(void);
void phpvm_spl_heap_init(void);
void phpvm_spl_iterators_init(void);
void phpvm_spl_recursive_init(void);
void phpvm_spl_fileinfo_init(void);
void phpvm_spl_fileobject_init(void);

#endif
