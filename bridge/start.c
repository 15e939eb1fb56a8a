/*
** start.c: bringing the composition up. bridge_install registers the bridge with both VMs: when
** PHP starts it gets the composition functions and the classes that describe Python values;
** when Python starts it gets the composition builtins and the Python behaviour of PHP values.
** The language that does not run the main program starts lazily, on the first call that needs
** it (import_py_mod, compile_php_func, ...), so a pure PHP or pure Python program pays nothing.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "bridge/internal.h"

static int saved_argc;
static char **saved_argv;

static void php_started(void)
{
    bridge_adapt_php_init();
    bridge_py_view_init();
    bridge_php_api_init();
}

static void py_started(void)
{
    bridge_adapt_py_init();
    bridge_php_view_init();
    bridge_py_api_init();
}

void bridge_install(int argc, char **argv)
{
    if (saved_argv)
        return; /* installed already (pyhyp --cgi: by the command line) */
    saved_argc = argc;
    saved_argv = argv;
    phpvm_add_startup(php_started);
    pyvm_add_startup(py_started);
    pyvm_name_fallback = bridge_scope_lookup;
    pyvm_store_fallback = bridge_scope_store;
    bridge_adapt_hooks();
    bridge_scope_hooks();
    bridge_xcall_hooks();
}

void bridge_need_python(void)
{
    if (pyvm_started())
        return;
    /* As a script's directory starts sys.path, the main PHP script's directory does. */
    char dir[PATH_MAX] = "";
    rt_frame_t *m = phpvm_vm ? phpvm_vm->main_frame : NULL;
    const char *file = m && m->code->filename ? m->code->filename->data : "";
    const char *slash = strrchr(file, '/');
    if (file[0] == '/' && slash)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - file), file);
    pyvm_start(saved_argc, saved_argv, dir[0] ? dir : file[0] == '/' ? "/" : "");
}

void bridge_need_php(void)
{
    if (phpvm_vm)
        return;
    phpvm_init(NULL, 0);
    phpvm_request_begin(NULL); /* one request for the whole program, as php-cli's */
}
