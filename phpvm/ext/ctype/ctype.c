/*
** ctype.c: ext/ctype, the ctype_* character-class tests over the C library's classes in the
** "C" locale (PHP's default), with PHP 8.1+'s deprecated handling of non-string arguments
** (integers -128..255 are character codes, other integers digit strings).
*/
#include <ctype.h>
#include <string.h>

#include "phpvm/interp.h"

/* One ctype_* function: its class test and its answer for integers outside -128..255 (their
** decimal form: digits only, or a minus sign then digits). */
typedef struct ctype_class {
    const char *name;
    int (*test)(int c);
    bool digits, minus;
} ctype_class_t;

static const ctype_class_t classes[] = {
    {"ctype_alnum", isalnum, true, false},  {"ctype_alpha", isalpha, false, false},
    {"ctype_cntrl", iscntrl, false, false}, {"ctype_digit", isdigit, true, false},
    {"ctype_graph", isgraph, true, true},   {"ctype_lower", islower, false, false},
    {"ctype_print", isprint, true, true},   {"ctype_punct", ispunct, false, false},
    {"ctype_space", isspace, false, false}, {"ctype_upper", isupper, false, false},
    {"ctype_xdigit", isxdigit, true, false},
};

/* Every ctype_* builtin: the running builtin's name selects its class. */
static rt_value_t fn_ctype(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    const ctype_class_t *k = classes;
    while (strcmp(k->name, phpvm_cur_builtin) != 0)
        k++;
    rt_value_t v = phpvm_deref(args[0]);
    if (phpvm_is_str(v)) {
        rt_str_t *s = phpvm_str(v);
        for (int64_t i = 0; i < s->len; i++)
            if (!k->test((uint8_t)s->data[i]))
                return rt_false;
        return s->len ? rt_true : rt_false;
    }
    /* the type as PHP names it: a class name for objects, "resource"... */
    phpvm_error(PHPVM_E_DEPRECATED,
                "%s(): Argument of type %s will be interpreted as string in the future",
                phpvm_cur_builtin, phpvm_type_name(v));
    if (!rt_is_int(v))
        return rt_false;
    int64_t c = phpvm_int_of(v);
    if (c >= -128 && c <= 255)
        return k->test((int)(c < 0 ? c + 256 : c)) ? rt_true : rt_false;
    return (c >= 0 ? k->digits : k->minus) ? rt_true : rt_false;
}

#define F(name) {"ctype_" #name, fn_ctype, 1, 1, "text", 0}
static const phpvm_builtin_t functions[] = {
    F(alnum), F(alpha), F(cntrl), F(digit), F(graph), F(lower),
    F(print), F(punct), F(space), F(upper), F(xdigit), {NULL, NULL, 0, 0, NULL, 0},
};
#undef F

const phpvm_ext_t phpvm_ext_ctype = {"ctype", functions, NULL, NULL, NULL, NULL};
