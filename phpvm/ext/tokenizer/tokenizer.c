/*
** tokenizer.c: ext/tokenizer on phpvm's own lexer (lexer.c, whose token kinds are PHP's token
** ids): the T_* constants, token_get_all, token_name and the PhpToken class. With TOKEN_PARSE the
** code is parsed first (a syntax error throws ParseError), and a keyword in a place where PHP's
** grammar takes it as a name becomes T_STRING: after ::, -> and ?->, as a method's name after
** `function`, a class constant's after `const`, an enum case's, a named argument's, and a trait
** method's alias after `as`.
*/
#include <stdlib.h>

#include "phpvm/interp.h"
#include "phpvm/phpvm.h"

/* The token ids, in token.def's order from PHP's first, T_LNUMBER (260): lexer.h's kinds, named
** here without its enum (whose names clash with the VM's type kinds). */
enum {
    TK_BEFORE_FIRST = 259,
#define PHPVM_TOKEN(name, display) TK_##name,
#include "phpvm/token.def"
#undef PHPVM_TOKEN
    TK_END,
    TOKEN_PARSE = 1,
};
_Static_assert(TK_T_BAD_CHARACTER == 405, "token.def's kinds are PHP 8.2's token ids");

/* ---- Lexing a string ---- */

static bool ignorable(int id)
{
    return id == TK_T_WHITESPACE || id == TK_T_COMMENT || id == TK_T_DOC_COMMENT ||
           id == TK_T_OPEN_TAG;
}

/* The significant token before (step -1) or after (+1) index i, or 0. */
static int neighbour(const phpvm_lexeme_t *t, size_t n, size_t i, int step)
{
    for (size_t k = i + (size_t)step; k < n; k += (size_t)step)
        if (!ignorable(t[k].id))
            return t[k].id;
    return 0;
}

/* A keyword the grammar also takes as a name (PHP's semi_reserved): include ... __NAMESPACE__. */
static bool semi_reserved(int id)
{
    return id >= TK_T_INCLUDE && id <= TK_T_NS_C && id != TK_T_YIELD_FROM;
}

/* A member modifier: after a trait method's `as`, still the alias's visibility. */
static bool modifier(int id)
{
    return id == TK_T_PUBLIC || id == TK_T_PROTECTED || id == TK_T_PRIVATE || id == TK_T_FINAL ||
           id == TK_T_ABSTRACT || id == TK_T_STATIC || id == TK_T_READONLY;
}

/* TOKEN_PARSE's renaming of keywords used as names (see the top of the file). */
static void keywords_as_names(phpvm_lexeme_t *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!semi_reserved(t[i].id))
            continue;
        int before = neighbour(t, n, i, -1), after = neighbour(t, n, i, 1);
        for (size_t k = i - 1; before == TK_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG && k < n; k--)
            if (!ignorable(t[k].id) && t[k].id != before) /* function &name */
                before = t[k].id == TK_T_FUNCTION ? TK_T_FUNCTION : '&';
        if (before == TK_T_DOUBLE_COLON || before == TK_T_OBJECT_OPERATOR ||
            before == TK_T_NULLSAFE_OBJECT_OPERATOR ||
            (before == TK_T_FUNCTION && after == '(') ||
            (before == TK_T_CONST && after == '=') ||
            (before == TK_T_CASE && (after == ';' || after == '=')) ||
            ((before == '(' || before == ',') && after == ':') ||
            (before == TK_T_AS && after == ';' && !modifier(t[i].id)))
            t[i].id = TK_T_STRING;
    }
}

/* The code's tokens, by token_get_all's and PhpToken::tokenize's rules; NULL with ParseError
** pending (TOKEN_PARSE). The arena holds what they point to. */
static phpvm_lexeme_t *tokens(rt_arena_t *arena, const rt_str_t *src, int64_t flags, size_t *n)
{
    if (flags & TOKEN_PARSE) {
        phpvm_parse_result_t pr;
        phpvm_parse(arena, src->data, (size_t)src->len, &pr);
        if (!pr.ast && pr.error.kind != PHPVM_ERR_COMPILE) {
            phpvm_throw("ParseError", "%s", pr.error.message);
            rt_value_t exc = rt_exc_current(); /* at the code's line, in no file (as php) */
            if (phpvm_is_object(exc)) {
                phpvm_object_t *o = phpvm_obj(exc);
                rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("line"),
                                  rt_small(pr.error.line), 0);
                rt_slots_set_attr(o, &o->slots, rt_str_intern_cstr("file"), phpvm_cstr(""), 0);
            }
            return NULL;
        }
    }
    phpvm_lexeme_t *t = phpvm_lex_all(arena, src->data, (size_t)src->len, n);
    if (flags & TOKEN_PARSE)
        keywords_as_names(t, *n);
    return t;
}

/* token_get_all's and PhpToken::tokenize's list: make(token, ctx) for each token of the code
** argument (flags: args[1]); RT_NOVALUE with an exception pending (TOKEN_PARSE's ParseError, or
** one that make raised by returning RT_NOVALUE). */
static rt_value_t token_list(rt_value_t *args, int argc,
                             rt_value_t (*make)(const phpvm_lexeme_t *, void *), void *ctx)
{
    rt_str_t *src = phpvm_arg_str(args, argc, 0);
    int64_t flags = 0;
    if (!src || (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)))
        return RT_NOVALUE;
    rt_arena_t arena;
    rt_arena_init(&arena);
    size_t n;
    phpvm_lexeme_t *t = tokens(&arena, src, flags, &n);
    phpvm_array_t *out = t ? phpvm_array_new((int64_t)n) : NULL;
    for (size_t i = 0; out && i < n; i++) {
        rt_value_t v = make(&t[i], ctx);
        if (v == RT_NOVALUE)
            out = NULL;
        else
            phpvm_array_append(out, v);
    }
    free(t);
    rt_arena_free(&arena);
    return out ? rt_from_ptr(out) : RT_NOVALUE;
}

/* ---- Functions ---- */

/* token_get_all's entry: a one-character token's character, else [id, text, line]. */
static rt_value_t token_entry(const phpvm_lexeme_t *t, void *ctx)
{
    (void)ctx;
    rt_value_t text = phpvm_str_value(t->text, t->len);
    if (t->id < 256)
        return text;
    phpvm_array_t *e = phpvm_array_new(3);
    phpvm_array_append(e, rt_small(t->id));
    phpvm_array_append(e, text);
    phpvm_array_append(e, rt_small(t->line));
    return rt_from_ptr(e);
}

static rt_value_t fn_token_get_all(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    return token_list(args, argc, token_entry, NULL);
}

/* A token id's name, or NULL (phpvm_token_name on an id that fits an int). */
static const char *name_of(int64_t id)
{
    return id >= 0 && id < TK_END ? phpvm_token_name((int)id) : NULL;
}

static rt_value_t fn_token_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    int64_t id;
    if (!phpvm_arg_long(args, argc, 0, &id))
        return RT_NOVALUE;
    return phpvm_cstr(name_of(id) ? name_of(id) : "UNKNOWN");
}

static const phpvm_builtin_t functions[] = {
    {"token_get_all", fn_token_get_all, 1, 2, "code,flags", 0},
    {"token_name", fn_token_name, 1, 1, "id", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* T_* for every kind, and PHP's second name of ::. */
static const phpvm_intconst_t constants[] = {
#define PHPVM_TOKEN(name, display) {#name, TK_##name},
#include "phpvm/token.def"
#undef PHPVM_TOKEN
    {"T_PAAMAYIM_NEKUDOTAYIM", TK_T_DOUBLE_COLON},
    {"TOKEN_PARSE", TOKEN_PARSE},
    {NULL, 0},
};

/* ---- PhpToken ---- */

static phpvm_class_t *token_class;
static rt_str_t *s_id, *s_text, *s_line, *s_pos;

static rt_value_t *prop(rt_value_t self, rt_str_t *name)
{
    return phpvm_prop_slot(self, name, token_class, true);
}

/* A token's four properties (an object of PhpToken or a subclass). */
static void token_set(rt_value_t o, int64_t id, rt_value_t text, int64_t line, int64_t pos)
{
    *prop(o, s_id) = phpvm_int(id);
    *prop(o, s_text) = text;
    *prop(o, s_line) = phpvm_int(line);
    *prop(o, s_pos) = phpvm_int(pos);
    gc_write_barrier(rt_ptr(o));
}

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t id, line = -1, pos = -1;
    rt_str_t *text;
    if (!phpvm_arg_long(args, argc, 0, &id) || !(text = phpvm_arg_str(args, argc, 1)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &line)) ||
        (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &pos)))
        return RT_NOVALUE;
    token_set(self, id, rt_from_ptr(text), line, pos);
    return rt_none;
}

/* A PhpToken of class *ctx for one token, its constructor not run (it is final). */
static rt_value_t token_object(const phpvm_lexeme_t *t, void *ctx)
{
    rt_value_t o = phpvm_object_new((phpvm_class_t *)ctx);
    if (o != RT_NOVALUE)
        token_set(o, t->id, phpvm_str_value(t->text, t->len), t->line, (int64_t)t->pos);
    return o;
}

/* static::tokenize: instances of the called class. */
static rt_value_t m_tokenize(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_class_t *cls = phpvm_is_object(self) ? phpvm_obj(self)->cls
                         : rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &phpvm_type_class
                             ? (phpvm_class_t *)rt_ptr(self)
                             : token_class;
    return token_list(args, argc, token_object, cls);
}

static int64_t id_of(rt_value_t self) { return phpvm_to_int(phpvm_deref(*prop(self, s_id))); }

/* Whether a kind (an id, a text, or an array of those) names this token. */
static rt_value_t m_is(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t k = phpvm_deref(args[0]);
    rt_value_t text = phpvm_deref(*prop(self, s_text));
    if (!rt_is_int(k) && !phpvm_is_str(k) && !phpvm_is_array(k))
        return phpvm_throw("TypeError", "PhpToken::is(): Argument #1 ($kind) must be of type "
                                        "string|int|array, %s given", phpvm_type_name(k));
    phpvm_array_t *list = phpvm_is_array(k) ? phpvm_arr(k) : NULL;
    for (int64_t p = list ? phpvm_array_first(list) : 0; p >= 0;
         p = list ? phpvm_array_next(list, p) : -1) {
        rt_value_t e = list ? phpvm_deref(phpvm_array_val_at(list, p)) : k;
        if (rt_is_int(e) ? phpvm_int_of(e) == id_of(self)
            : phpvm_is_str(e) ? phpvm_is_str(text) && rt_str_eq(phpvm_str(e), phpvm_str(text))
                              : false)
            return rt_true;
        if (!rt_is_int(e) && !phpvm_is_str(e))
            return phpvm_throw("TypeError", "PhpToken::is(): Argument #1 ($kind) must only have "
                                            "elements of type string|int, %s given",
                               phpvm_type_name(e));
    }
    return rt_false;
}

static rt_value_t m_is_ignorable(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_bool(ignorable((int)id_of(self)));
}

static rt_value_t m_get_token_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    int64_t id = id_of(self);
    if (id >= 0 && id < 256) {
        char c = (char)id;
        return phpvm_str_value(&c, 1);
    }
    return name_of(id) ? phpvm_cstr(name_of(id)) : rt_none;
}

static rt_value_t m_to_string(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(phpvm_to_str(phpvm_deref(*prop(self, s_text))));
}

static const phpvm_builtin_t methods[] = {
    {"__construct", m_construct, 2, 4, "id,text,line,pos", 0},
    {"tokenize", m_tokenize, 1, 2, "code,flags", 0},
    {"is", m_is, 1, 1, "kind", 0},
    {"isIgnorable", m_is_ignorable, 0, 0, "", 0},
    {"getTokenName", m_get_token_name, 0, 0, "", 0},
    {"__toString", m_to_string, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static void tokenizer_init(void)
{
    gc_root_add(&token_class, 1);
    s_id = rt_str_intern_cstr("id");
    s_text = rt_str_intern_cstr("text");
    s_line = rt_str_intern_cstr("line");
    s_pos = rt_str_intern_cstr("pos");
    token_class = phpvm_class_builtin("PhpToken", NULL, "Stringable", 0);
    phpvm_class_add_methods(token_class, methods);
    rt_str_t *names[] = {s_id, s_text, s_line, s_pos};
    for (size_t i = 0; i < 4; i++)
        phpvm_class_add_prop(token_class, names[i], PHPVM_F_PUBLIC, RT_NOVALUE);
    phpvm_class_declare(token_class);
    phpvm_class_method(token_class, rt_str_from_cstr("tokenize"))->flags |= PHPVM_F_STATIC;
    phpvm_class_method(token_class, rt_str_from_cstr("__construct"))->flags |= PHPVM_F_FINAL;
}

const phpvm_ext_t phpvm_ext_tokenizer = {"tokenizer", functions, constants, tokenizer_init, NULL,
                                         NULL};
