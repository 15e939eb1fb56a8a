# A package for dotted-name imports from PHP (import_py_mod("modules.crosspkg.shapes")).
VERSION = "1.0"
