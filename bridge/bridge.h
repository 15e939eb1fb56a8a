/*
** bridge.h: bridge/'s boundary header, the composition of Python and PHP in one process
** (ARCHITECTURE.md section 6, BRIDGE.md). cli/ and cgi/ call bridge_install before running a
** program of either language; from then on PHP code can call import_py_mod, compile_py_func...,
** Python code compile_php_func, php_global_ns..., and values of each language are usable from
** the other. The language that is not running the main program starts on first use.
*/
#ifndef PYHYP_BRIDGE_H
#define PYHYP_BRIDGE_H

/* Registers the bridge's start-up hooks with both VMs, before anything runs. argv[0..argc) become
** sys.argv when PHP starts Python. Later calls change nothing. */
void bridge_install(int argc, char **argv);

#endif
