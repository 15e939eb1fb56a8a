/*
** internal.h: what the files of bridge/ share (internal to bridge/).
** bridge/ is the one directory that knows both languages (ARCHITECTURE.md section 1), so unlike
** every other directory it includes the two VMs' object-model headers, not only their boundary
** headers: it installs Python behaviour on PHP's types and PHP behaviour on Python's.
**
** Value crossing (adapt.c): bridge_to_py / bridge_to_php apply BRIDGE.md's table. Primitives
** cross as themselves; a PHP array reaches Python as a view over a reference cell (php_view.c),
** a Python list/dict/tuple reaches PHP as itself, with PHP value semantics given by its foreign
** slots (py_view.c). Exceptions crossing become PyException / PHPException and turn back into
** the original when they cross again.
*/
#ifndef PYHYP_BRIDGE_INTERNAL_H
#define PYHYP_BRIDGE_INTERNAL_H

#include "bridge/bridge.h"
#include "phpvm/interp.h"
#include "pyvm/code.h"
#include "pyvm/object.h"
#include "pyvm/pyvm.h"

/* ---- Start-up (start.c) ---- */

/* Starts Python if PHP runs the program (sys.path[0]: the main PHP script's directory). */
void bridge_need_python(void);
/* Starts PHP if Python runs the program. */
void bridge_need_php(void);

/* ---- Crossing values and errors (adapt.c) ---- */

/* Whether PHP may run here: PHP's side is single-threaded, so Python threads other than the main
** one get RuntimeError (pending, false). */
bool bridge_php_thread_ok(void);

/* Makes `lang` the running language for a call into its VM (errors C code raises are then that
** language's); returns the previous one, for bridge_leave. */
static inline uint32_t bridge_enter(uint32_t lang)
{
    uint32_t prev = rt_ts->lang;
    rt_ts->lang = lang;
    return prev;
}

/* Makes `prev` the running language again; a failure (r RT_NOVALUE) has its pending exception
** turned into prev's by `convert` (bridge_exc_to_py or bridge_exc_to_php). Returns r. */
static inline rt_value_t bridge_leave(uint32_t prev, rt_value_t r, rt_value_t (*convert)(void))
{
    rt_ts->lang = prev;
    return r ? r : convert();
}

/* A PHP value (references dereferenced) as Python sees it. May collect. */
rt_value_t bridge_to_py(rt_value_t v);
/* The same for a value held in a PHP reference cell: an array becomes a view of the cell, so
** Python's changes reach the PHP variable. */
rt_value_t bridge_cell_to_py(phpvm_ref_t *cell);
/* A Python value as PHP sees it. May collect. */
rt_value_t bridge_to_php(rt_value_t v);
/* The pending Python exception turned into a PHP one (PyException, or the original PHP
** exception if it came from PHP); returns RT_NOVALUE for the caller to return. */
rt_value_t bridge_exc_to_php(void);
/* The pending PHP exception turned into a Python one (PHPException, or the original). */
rt_value_t bridge_exc_to_py(void);
/* Raises BridgeError(message) in Python / BridgeException in PHP; RT_NOVALUE. */
rt_value_t bridge_py_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
rt_value_t bridge_php_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Calls a Python callable from PHP: args are PHP values or reference cells. */
rt_value_t bridge_call_py(rt_value_t f, rt_value_t *args, int argc, rt_tuple_t *kwnames);
/* Calls a PHP callee (func/closure + ctx as phpvm_callable resolves) from Python. */
rt_value_t bridge_call_php(rt_value_t callee, rt_value_t ctx, const rt_value_t *args, size_t nargs,
                           rt_tuple_t *kwnames);
/* What a PHP call's result r (RT_NOVALUE: failed) is in Python: the value adapted, or the
** pending exception as Python's (exit() in PHP: SystemExit). */
rt_value_t bridge_php_result_to_py(rt_value_t r);

/* ---- Calls through the JIT vocabulary (xcall.c) ---- */

/* Registers the hooks with which each VM's CALL handler pushes the other language's frames
** itself (so that traces inline them) and the JIT's adaptation of results crossing back. */
void bridge_xcall_hooks(void);

/* Python exception classes of the bridge, PHP classes of the bridge. */
extern pyvm_class_t *bridge_py_BridgeError, *bridge_py_PHPException;
extern phpvm_class_t *bridge_php_PyException, *bridge_php_BridgeException;
void bridge_adapt_py_init(void);
/* Lets each language catch the other's exceptions by their original class names. */
void bridge_adapt_hooks(void);
void bridge_adapt_php_init(void);

/* ---- Python behaviour of PHP values (php_view.c, arrview.c) ---- */

/* A Python view of a PHP array: the array in reference cell `cell`, or (cell NULL) element `key`
** of the array of view `parent`. `list` views (as_list()) go stale once a string key appears. */
typedef struct bridge_arrview {
    rt_obj_t hdr;
    phpvm_ref_t *cell;
    rt_value_t parent, key;
    bool list;
} bridge_arrview_t;

extern rt_type_t bridge_type_arrview;
rt_value_t bridge_arrview_new(phpvm_ref_t *cell, bool list);
/* The array a view stands for, marked shared (back in PHP it is a value again). */
rt_value_t bridge_arrview_value(rt_value_t view);
/* Makes the PHPArray class (php_view.c's start-up calls it). */
void bridge_arrview_init(void);
/* Installs py slots on PHP's types and makes the Python classes that describe them. */
void bridge_php_view_init(void);

/* ---- PHP behaviour of Python values (py_view.c) ---- */

/* Makes the PHP classes that describe Python values (PyObject, PyFunc, PyList...). */
void bridge_py_view_init(void);
/* Gives Python type t its foreign PHP slots, unless it has PHP behaviour already (PHP's types
** and the shared primitives). Called for every value that crosses to PHP; PHP must be up. */
void bridge_py_slots_for(rt_type_t *t);

/* ---- The composition API (php_api.c, py_api.c) and scoping (scope.c) ---- */

void bridge_php_api_init(void);
/* Whether Python function f declared parameter i by reference (@php_decor(refs=[...])): PHP
** then passes it the PHPRef itself. */
bool bridge_param_by_ref(rt_value_t f, int i);
/* What @php_decor said of Python function f: field 0 the refs tuple, 1 static (a bool), 2 the
** access ("public"...); RT_NOVALUE when f was not decorated. */
rt_value_t bridge_php_decor(rt_value_t f, int field);
void bridge_py_api_init(void);
/* pyvm_name_fallback: the enclosing PHP frame of an embedded function, then PHP's globals. */
rt_value_t bridge_scope_lookup(rt_map_t *globals, rt_str_t *name);
/* A PHP global as Python sees it: a variable, else a function, class, constant; RT_NOVALUE
** (nothing pending) when PHP defines none. */
rt_value_t bridge_scope_global(rt_str_t *name);
/* pyvm_store_fallback: a `global` assignment in an embedded function sets the PHP global. */
int bridge_scope_store(rt_map_t *globals, rt_str_t *name, rt_value_t v);
/* Installs phpvm_scope_hook (PHP functions compiled in Python see that Python frame). */
void bridge_scope_hooks(void);
/* Marks `globals` as an embedded function's namespace, lexically inside PHP frame f (NULL:
** directly inside PHP's globals). */
void bridge_scope_enclose(rt_map_t *globals, rt_frame_t *f);

#endif
