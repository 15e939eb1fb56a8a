## bridge/local.mk: the composition of Python and PHP (ARCHITECTURE.md section 6, BRIDGE.md):
## value crossing, the behaviour of each language's values in the other, scoping, and the
## composition API of both sides.

noinst_LIBRARIES += bridge/libbridge.a
bridge_libbridge_a_SOURCES = bridge/bridge.h bridge/internal.h bridge/start.c bridge/adapt.c \
    bridge/php_view.c bridge/arrview.c bridge/py_view.c bridge/scope.c bridge/php_api.c bridge/py_api.c \
    bridge/xcall.c
bridge_libbridge_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS)
