# tests/cross/modules: Python helper modules imported by composed tests (import_py_mod("modules.NAME")).
