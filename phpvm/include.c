/*
** include.c: include, include_once, require, require_once and eval (ARCHITECTURE.md section 4).
** A path is resolved as PHP 8.2 does (absolute and ./ ../ paths against the working directory,
** other relative ones through include_path, then the including file's directory, then the working
** directory), every file run is recorded by real path for the *_once forms, and the file is
** parsed and compiled afresh (PHP without opcache does the same) into a main code object whose
** frame the INCLUDE handler enters without recursing in C. That frame runs in the including scope: each of its variables
** is bound by reference to the including frame's variable of that name (through enclosing
** include frames up to the global scope), $this and the class scope carry over; its RETURN hands
** the file's value back to the INCLUDE instruction.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "phpvm/interp.h"

/* The AST's EXEC_* flags, which the INCLUDE instruction carries as its operand. */
static const struct {
    uint32_t flag;
    const char *name;
    bool once, require;
} kinds[] = {
    {PHPVM_AF_EXEC_EVAL, "eval", false, false},
    {PHPVM_AF_EXEC_INCLUDE, "include", false, false},
    {PHPVM_AF_EXEC_INCLUDE_ONCE, "include_once", true, false},
    {PHPVM_AF_EXEC_REQUIRE, "require", false, true},
    {PHPVM_AF_EXEC_REQUIRE_ONCE, "require_once", true, true},
};

static int kind_index(uint32_t flag)
{
    for (int i = 0; i < (int)(sizeof kinds / sizeof kinds[0]); i++)
        if (kinds[i].flag == flag)
            return i;
    return 1;
}

/* The real path of `path` if it names a readable file, else NULL (errno says why). */
static char *try_path(const char *path)
{
    char *real = realpath(path, NULL);
    if (real && access(real, R_OK) != 0) {
        free(real);
        return NULL;
    }
    return real;
}

static char *try_joined(const char *dir, size_t dirlen, const char *path)
{
    char buf[4096];
    if (dirlen == 0)
        dir = ".", dirlen = 1;
    if ((size_t)snprintf(buf, sizeof buf, "%.*s/%s", (int)dirlen, dir, path) >= sizeof buf) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    return try_path(buf);
}

char *phpvm_include_resolve(const char *path, const rt_str_t *including_file)
{
    if (path[0] == '/' || strncmp(path, "./", 2) == 0 || strncmp(path, "../", 3) == 0)
        return try_path(path);
    int saved = ENOENT;
    for (const char *p = phpvm_vm->include_path; p;) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char *r = try_joined(p, n, path);
        if (r)
            return r;
        if (errno != ENOENT)
            saved = errno;
        p = end ? end + 1 : NULL;
    }
    const char *slash = including_file ? strrchr(including_file->data, '/') : NULL;
    if (slash) {
        char *r = try_joined(including_file->data, (size_t)(slash - including_file->data), path);
        if (r)
            return r;
    }
    char *r = try_path(path); /* last, as PHP's stream opener: relative to the cwd */
    if (!r && errno == ENOENT)
        errno = saved;
    return r;
}

void phpvm_include_mark(const char *realpath_)
{
    rt_map_set_str(phpvm_vm->included, rt_str_from_cstr(realpath_), rt_true);
}

/* The reference through which an included frame sees variable `name` of the including frame
** f: its CV (made a reference), else the entry of the scope's table of other variables (the
** globals at the top level; made unset on demand), or NULL when f is a function body without
** such a table (the included file then has its own). */
static phpvm_ref_t *scope_ref(rt_frame_t *f, rt_str_t *name)
{
    for (;;) {
        phpvm_code_t *code = (phpvm_code_t *)f->code;
        for (uint32_t i = 0; i < code->ncv; i++) {
            if (!rt_str_eq(phpvm_str(rt_tuple_get(code->cvnames, i)), name))
                continue;
            rt_value_t *slot = &f->slots[PHPVM_NHIDDEN + i];
            if (!phpvm_is_ref(*slot))
                *slot = rt_from_ptr(phpvm_ref_new(*slot)); /* unset stays unset: RT_NOVALUE */
            return (phpvm_ref_t *)rt_ptr(*slot);
        }
        if (f == phpvm_vm->main_frame || !(f->flags & PHPVM_FRAME_INCLUDE)) {
            phpvm_array_t *tab = phpvm_var_extra(f, true);
            if (!tab)
                return NULL;
            rt_value_t r = rt_map_get_str(tab, name);
            if (r != RT_NOVALUE)
                return (phpvm_ref_t *)rt_ptr(r);
            phpvm_ref_t *ref = phpvm_ref_new(RT_NOVALUE);
            rt_map_set_str(tab, name, rt_from_ptr(ref));
            return ref;
        }
        f = f->prev;
    }
}

/* Pushes the frame of a compiled file in the scope of the running frame `from`. */
static rt_frame_t *enter(rt_thread_t *ts, rt_frame_t *from, phpvm_func_t *main)
{
    rt_value_t callee = rt_from_ptr(main);
    phpvm_class_t *scope = phpvm_frame_scope(from);
    if (scope) {
        /* A closure over the file carries the class scope, as for any other code. */
        phpvm_closure_t *cl = rt_alloc(&phpvm_type_closure, sizeof *cl);
        cl->func = main;
        cl->this_ = from->slots[PHPVM_SLOT_THIS];
        cl->scope = scope;
        cl->uses = rt_tuple_new(0);
        callee = rt_from_ptr(cl);
    }
    rt_frame_t *nf = rt_frame_push(ts, &main->code->base);
    if (!nf) {
        rt_frame_raise_overflow(ts, RT_LANG_PHP);
        return NULL;
    }
    nf->flags |= PHPVM_FRAME_INCLUDE;
    nf->slots[PHPVM_SLOT_FUNC] = callee;
    nf->slots[PHPVM_SLOT_THIS] = from->slots[PHPVM_SLOT_THIS];
    nf->slots[PHPVM_SLOT_SCOPE] = from->slots[PHPVM_SLOT_SCOPE];
    phpvm_code_t *code = main->code;
    for (uint32_t i = 0; i < code->ncv; i++) {
        phpvm_ref_t *r = scope_ref(from, phpvm_str(rt_tuple_get(code->cvnames, i)));
        if (r)
            nf->slots[PHPVM_NHIDDEN + i] = rt_from_ptr(r);
    }
    phpvm_superglobals_bind(nf);
    main->code->base.entry_count++;
    return nf;
}

/* The ParseError of a file, located in that file rather than at the include. */
static rt_value_t parse_error(const phpvm_parse_error_t *e, const char *file)
{
    phpvm_throw("ParseError", "%s", e->message);
    rt_value_t exc = rt_exc_current();
    if (phpvm_is_object(exc)) {
        phpvm_object_t *o = phpvm_obj(exc);
        rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("file"), phpvm_cstr(file), 0);
        rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("line"), rt_small(e->line), 0);
    }
    return RT_NOVALUE;
}

/* Parses and compiles src as file `name`: the main function, or NULL with *result set (an
** exception pending, or the fatal error's unwinding). */
static phpvm_func_t *compile(const char *src, size_t len, const char *name, bool eval,
                             rt_value_t *result)
{
    rt_arena_t arena;
    rt_arena_init(&arena);
    phpvm_parse_result_t pr;
    phpvm_parse_ex(&arena, src, len, 0, &pr);
    phpvm_func_t *main = NULL;
    *result = RT_NOVALUE;
    if (!pr.ast) {
        if (pr.error.kind == PHPVM_ERR_COMPILE)
            phpvm_fatal_at(name, (int32_t)pr.error.line, "%s", pr.error.message);
        else
            parse_error(&pr.error, name);
    } else {
        phpvm_print_parse_warnings(pr.warnings, name);
        char err[512];
        int32_t errline = 0;
        main = phpvm_compile_file(pr.ast, rt_str_from_cstr(name), eval, err, sizeof err, &errline);
        if (!main)
            phpvm_fatal_at(name, errline, "%s", err);
    }
    rt_arena_free(&arena);
    return main;
}

phpvm_func_t *phpvm_compile_code(const char *src, size_t len, const char *name)
{
    rt_value_t result;
    return compile(src, len, name, true, &result);
}

/* eval(code): the code is PHP (no opening tag), named after the place of the eval; its main
** function, or NULL with *result set. */
static phpvm_func_t *compile_eval(rt_value_t arg, rt_value_t *result)
{
    rt_str_t *code = phpvm_to_str(phpvm_deref(arg));
    if (!code) {
        *result = RT_NOVALUE;
        return NULL;
    }
    rt_str_t *file;
    int32_t line;
    phpvm_where(&file, &line);
    char name[4096];
    snprintf(name, sizeof name, "%s(%d) : eval()'d code", file ? file->data : "Unknown", line);
    size_t n = (size_t)code->len;
    char *src = malloc(n + 7);
    memcpy(src, "<?php ", 6);
    memcpy(src + 6, code->data, n);
    src[n + 6] = 0;
    phpvm_func_t *main = compile(src, n + 6, name, true, result);
    free(src);
    return main;
}

/* A file that cannot be opened: include warns and gives false, require throws. */
static rt_value_t open_failed(int k, const char *path, int err)
{
    phpvm_error(PHPVM_E_WARNING, "%s(%s): Failed to open stream: %s", kinds[k].name, path,
                strerror(err));
    if (kinds[k].require)
        return phpvm_throw("Error", "Failed opening required '%s' (include_path='%s')", path,
                           phpvm_vm->include_path);
    phpvm_error(PHPVM_E_WARNING, "%s(): Failed opening '%s' for inclusion (include_path='%s')",
                kinds[k].name, path, phpvm_vm->include_path);
    return rt_false;
}

/* include/require of a path: the file's main function, or NULL with *result set. */
static phpvm_func_t *compile_path(rt_frame_t *from, rt_value_t arg, int k, rt_value_t *result)
{
    rt_str_t *path = phpvm_to_str(phpvm_deref(arg));
    *result = RT_NOVALUE;
    if (!path)
        return NULL;
    if (path->len == 0) {
        phpvm_throw("ValueError", "Path cannot be empty");
        return NULL;
    }
    char *real = phpvm_include_resolve(path->data, from->code->filename);
    if (!real) {
        *result = open_failed(k, path->data, errno);
        return NULL;
    }
    rt_str_t *key = rt_str_from_cstr(real);
    if (kinds[k].once && rt_map_get_str(phpvm_vm->included, key) != RT_NOVALUE) {
        free(real);
        *result = rt_true;
        return NULL;
    }
    size_t len;
    char *src = phpvm_read_file(real, &len);
    if (!src) {
        *result = open_failed(k, path->data, errno);
        free(real);
        return NULL;
    }
    phpvm_include_mark(real);
    phpvm_func_t *main = compile(src, len, real, false, result);
    free(src);
    free(real);
    return main;
}

rt_frame_t *phpvm_include(rt_frame_t *from, rt_value_t arg, uint32_t kind, rt_value_t *result)
{
    int k = kind_index(kind);
    phpvm_func_t *main = k == 0 ? compile_eval(arg, result) : compile_path(from, arg, k, result);
    if (!main)
        return NULL;
    RT_STORE(main, name, rt_str_from_cstr(kinds[k].name)); /* stack traces show "include()" */
    rt_frame_t *nf = enter(rt_ts, from, main);
    if (!nf)
        *result = RT_NOVALUE;
    return nf;
}
