/*
** mod_builtins.c: the `builtins` module (modules.h): the namespace builtins.c fills, so that
** `import builtins` and `builtins.open` / `builtins.__import__` name the objects every module
** falls back to.
*/
#include "pyvm/modules/modules.h"

rt_map_t *pyvm_mod_builtins_dict(void) { return pyvm_builtins; }
