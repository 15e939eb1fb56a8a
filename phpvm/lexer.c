/*
** lexer.c: the PHP 8.2 lexer's driver and its scripting states: inline HTML and open/close tags,
** whitespace, comments, names and keywords, numbers, casts and operators, and the "->property"
** and "${name" sub-states. Quoted strings, heredocs and interpolation are in lexer_string.c.
** The states and the token boundaries follow PHP's own lexer exactly, so that phplex-dump and
** token_get_all() agree token for token (tools/check-phplex).
*/
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/lexer.h"

static const struct {
    const char *name, *display;
} token_table[] = {
#define PHPVM_TOKEN(name, display) {#name, display},
#include "phpvm/token.def"
#undef PHPVM_TOKEN
};

const char *phpvm_token_name(int kind)
{
    if (kind > PHPVM_T_FIRST_NAMED && kind < PHPVM_T_COUNT)
        return token_table[kind - PHPVM_T_FIRST_NAMED - 1].name;
    return NULL;
}

phpvm_lexeme_t *phpvm_lex_all(rt_arena_t *arena, const char *src, size_t len, size_t *n)
{
    phpvm_parse_error_t err;
    phpvm_lexer_t lx;
    phpvm_lexer_init(&lx, arena, src, len, &err);
    size_t cap = 64;
    phpvm_lexeme_t *out = malloc(cap * sizeof *out);
    phpvm_token_t t;
    *n = 0;
    while (out && phpvm_lexer_next(&lx, &t) > 0) { /* (not in parse mode: no errors) */
        if (*n == cap) {
            phpvm_lexeme_t *more = realloc(out, (cap *= 2) * sizeof *out);
            if (!more)
                free(out);
            out = more;
            if (!out)
                break;
        }
        out[(*n)++] = (phpvm_lexeme_t){t.kind, t.text, t.len, t.line, (size_t)(t.text - src)};
    }
    return out;
}

const char *phpvm_token_display(int kind, char buf[4])
{
    if (kind == PHPVM_T_END) return "end of file";
    if (kind > PHPVM_T_FIRST_NAMED && kind < PHPVM_T_COUNT)
        return token_table[kind - PHPVM_T_FIRST_NAMED - 1].display;
    if (kind > 0 && kind < 256) {
        buf[0] = '\'';
        buf[1] = (char)kind;
        buf[2] = '\'';
        buf[3] = '\0';
        return buf;
    }
    return "invalid character";
}

/* Keywords, matched case-insensitively against a whole label. */
static const struct {
    const char *word;
    int kind;
} keywords[] = {
    {"abstract", PHPVM_T_ABSTRACT},
    {"and", PHPVM_T_LOGICAL_AND},
    {"array", PHPVM_T_ARRAY},
    {"as", PHPVM_T_AS},
    {"break", PHPVM_T_BREAK},
    {"callable", PHPVM_T_CALLABLE},
    {"case", PHPVM_T_CASE},
    {"catch", PHPVM_T_CATCH},
    {"class", PHPVM_T_CLASS},
    {"clone", PHPVM_T_CLONE},
    {"const", PHPVM_T_CONST},
    {"continue", PHPVM_T_CONTINUE},
    {"declare", PHPVM_T_DECLARE},
    {"default", PHPVM_T_DEFAULT},
    {"die", PHPVM_T_EXIT},
    {"do", PHPVM_T_DO},
    {"echo", PHPVM_T_ECHO},
    {"else", PHPVM_T_ELSE},
    {"elseif", PHPVM_T_ELSEIF},
    {"empty", PHPVM_T_EMPTY},
    {"enddeclare", PHPVM_T_ENDDECLARE},
    {"endfor", PHPVM_T_ENDFOR},
    {"endforeach", PHPVM_T_ENDFOREACH},
    {"endif", PHPVM_T_ENDIF},
    {"endswitch", PHPVM_T_ENDSWITCH},
    {"endwhile", PHPVM_T_ENDWHILE},
    {"eval", PHPVM_T_EVAL},
    {"exit", PHPVM_T_EXIT},
    {"extends", PHPVM_T_EXTENDS},
    {"final", PHPVM_T_FINAL},
    {"finally", PHPVM_T_FINALLY},
    {"fn", PHPVM_T_FN},
    {"for", PHPVM_T_FOR},
    {"foreach", PHPVM_T_FOREACH},
    {"function", PHPVM_T_FUNCTION},
    {"global", PHPVM_T_GLOBAL},
    {"goto", PHPVM_T_GOTO},
    {"if", PHPVM_T_IF},
    {"implements", PHPVM_T_IMPLEMENTS},
    {"include", PHPVM_T_INCLUDE},
    {"include_once", PHPVM_T_INCLUDE_ONCE},
    {"instanceof", PHPVM_T_INSTANCEOF},
    {"insteadof", PHPVM_T_INSTEADOF},
    {"interface", PHPVM_T_INTERFACE},
    {"isset", PHPVM_T_ISSET},
    {"list", PHPVM_T_LIST},
    {"match", PHPVM_T_MATCH},
    {"namespace", PHPVM_T_NAMESPACE},
    {"new", PHPVM_T_NEW},
    {"or", PHPVM_T_LOGICAL_OR},
    {"print", PHPVM_T_PRINT},
    {"private", PHPVM_T_PRIVATE},
    {"protected", PHPVM_T_PROTECTED},
    {"public", PHPVM_T_PUBLIC},
    {"readonly", PHPVM_T_READONLY},
    {"require", PHPVM_T_REQUIRE},
    {"require_once", PHPVM_T_REQUIRE_ONCE},
    {"return", PHPVM_T_RETURN},
    {"static", PHPVM_T_STATIC},
    {"switch", PHPVM_T_SWITCH},
    {"throw", PHPVM_T_THROW},
    {"trait", PHPVM_T_TRAIT},
    {"try", PHPVM_T_TRY},
    {"unset", PHPVM_T_UNSET},
    {"use", PHPVM_T_USE},
    {"var", PHPVM_T_VAR},
    {"while", PHPVM_T_WHILE},
    {"xor", PHPVM_T_LOGICAL_XOR},
    {"yield", PHPVM_T_YIELD},
    {"__class__", PHPVM_T_CLASS_C},
    {"__dir__", PHPVM_T_DIR},
    {"__file__", PHPVM_T_FILE},
    {"__function__", PHPVM_T_FUNC_C},
    {"__halt_compiler", PHPVM_T_HALT_COMPILER},
    {"__line__", PHPVM_T_LINE},
    {"__method__", PHPVM_T_METHOD_C},
    {"__namespace__", PHPVM_T_NS_C},
    {"__trait__", PHPVM_T_TRAIT_C},
};

/* Multi-character operators, longest first within each leading character. */
static const struct {
    const char *op;
    int kind;
} operators[] = {
    {"<<=", PHPVM_T_SL_EQUAL},
    {">>=", PHPVM_T_SR_EQUAL},
    {"**=", PHPVM_T_POW_EQUAL},
    {"...", PHPVM_T_ELLIPSIS},
    {"<=>", PHPVM_T_SPACESHIP},
    {"===", PHPVM_T_IS_IDENTICAL},
    {"!==", PHPVM_T_IS_NOT_IDENTICAL},
    {"?\?=", PHPVM_T_COALESCE_EQUAL},
    {"?->", PHPVM_T_NULLSAFE_OBJECT_OPERATOR},
    {"++", PHPVM_T_INC},
    {"--", PHPVM_T_DEC},
    {"->", PHPVM_T_OBJECT_OPERATOR},
    {"=>", PHPVM_T_DOUBLE_ARROW},
    {"::", PHPVM_T_DOUBLE_COLON},
    {"==", PHPVM_T_IS_EQUAL},
    {"!=", PHPVM_T_IS_NOT_EQUAL},
    {"<>", PHPVM_T_IS_NOT_EQUAL},
    {"<=", PHPVM_T_IS_SMALLER_OR_EQUAL},
    {">=", PHPVM_T_IS_GREATER_OR_EQUAL},
    {"&&", PHPVM_T_BOOLEAN_AND},
    {"||", PHPVM_T_BOOLEAN_OR},
    {"?\?", PHPVM_T_COALESCE},
    {"+=", PHPVM_T_PLUS_EQUAL},
    {"-=", PHPVM_T_MINUS_EQUAL},
    {"*=", PHPVM_T_MUL_EQUAL},
    {"/=", PHPVM_T_DIV_EQUAL},
    {".=", PHPVM_T_CONCAT_EQUAL},
    {"%=", PHPVM_T_MOD_EQUAL},
    {"&=", PHPVM_T_AND_EQUAL},
    {"|=", PHPVM_T_OR_EQUAL},
    {"^=", PHPVM_T_XOR_EQUAL},
    {"<<", PHPVM_T_SL},
    {">>", PHPVM_T_SR},
    {"**", PHPVM_T_POW},
};

/* Casts: "(" TABS_AND_SPACES word TABS_AND_SPACES ")". */
static const struct {
    const char *word;
    int kind;
} casts[] = {
    {"int", PHPVM_T_INT_CAST},       {"integer", PHPVM_T_INT_CAST},
    {"bool", PHPVM_T_BOOL_CAST},     {"boolean", PHPVM_T_BOOL_CAST},
    {"float", PHPVM_T_DOUBLE_CAST},  {"double", PHPVM_T_DOUBLE_CAST},
    {"real", PHPVM_T_DOUBLE_CAST},   {"string", PHPVM_T_STRING_CAST},
    {"binary", PHPVM_T_STRING_CAST}, {"array", PHPVM_T_ARRAY_CAST},
    {"object", PHPVM_T_OBJECT_CAST}, {"unset", PHPVM_T_UNSET_CAST},
};

/* The characters PHP returns as one-character tokens in scripting state. */
static const char single_tokens[] = ";:,.[]()|^&+-/*=%!~$<>?@";

void phpvm_lexer_init(phpvm_lexer_t *lx, rt_arena_t *arena, const char *src, size_t len,
                      phpvm_parse_error_t *error)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = arena;
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->state = PHPVM_LS_INITIAL;
    lx->short_tags = true;
    lx->error = error;
}

bool phpvm_lexer_is_label_start(unsigned char c)
{
    return isalpha(c) || c == '_' || c >= 0x80;
}

bool phpvm_lexer_is_label_char(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

void phpvm_lexer_push(phpvm_lexer_t *lx, phpvm_lexstate_t next)
{
    if (lx->depth == lx->cap) {
        size_t cap = lx->cap ? lx->cap * 2 : 16;
        lx->stack = rt_arena_grow(lx->arena, lx->stack, lx->cap * sizeof *lx->stack,
                                  cap * sizeof *lx->stack);
        lx->cap = cap;
    }
    lx->stack[lx->depth++] = lx->state;
    lx->state = next;
}

void phpvm_lexer_pop(phpvm_lexer_t *lx)
{
    if (lx->depth > 0) lx->state = lx->stack[--lx->depth];
}

void phpvm_lexer_newlines(phpvm_lexer_t *lx, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        char c = lx->src[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= lx->len || lx->src[i + 1] != '\n'))) {
            lx->line++;
            lx->line_start = i + 1;
        }
    }
}

int phpvm_lexer_fail(phpvm_lexer_t *lx, uint32_t line, const char *fmt, ...)
{
    char msg[256];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    phpvm_parse_error_set(lx->error, PHPVM_ERR_PARSE, line, 0, "%s", msg);
    return -1;
}

void phpvm_lexer_warn(phpvm_lexer_t *lx, uint32_t line, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    phpvm_parse_warning_t *w = rt_arena_alloc(lx->arena, sizeof *w);

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    w->line = line;
    w->message = rt_arena_strndup(lx->arena, msg, strlen(msg));
    w->next = lx->warnings;
    lx->warnings = w;
}

static bool at(const phpvm_lexer_t *lx, size_t pos, const char *s)
{
    size_t n = strlen(s);
    return pos + n <= lx->len && memcmp(lx->src + pos, s, n) == 0;
}

static bool at_ci(const phpvm_lexer_t *lx, size_t pos, const char *s)
{
    size_t n = strlen(s);
    return pos + n <= lx->len && strncasecmp(lx->src + pos, s, n) == 0;
}

static int peekc(const phpvm_lexer_t *lx, size_t pos)
{
    return pos < lx->len ? (unsigned char)lx->src[pos] : -1;
}

static bool is_ws(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t label_end(const phpvm_lexer_t *lx, size_t pos)
{
    while (pos < lx->len && phpvm_lexer_is_label_char((unsigned char)lx->src[pos]))
        pos++;
    return pos;
}

/* The end of an "<?php" open tag at pos, or 0 if there is none there. */
static size_t open_tag_end(const phpvm_lexer_t *lx, size_t pos, int *kind)
{
    if (!at(lx, pos, "<?")) return 0;
    if (at(lx, pos, "<?=")) {
        *kind = PHPVM_T_OPEN_TAG_WITH_ECHO;
        return pos + 3;
    }
    *kind = PHPVM_T_OPEN_TAG;
    if (at_ci(lx, pos, "<?php")) {
        int c = peekc(lx, pos + 5);
        if (c == -1) return pos + 5;
        if (c == '\r' && peekc(lx, pos + 6) == '\n') return pos + 7;
        if (is_ws(c)) return pos + 6;
    }
    return lx->short_tags ? pos + 2 : 0;
}

static int lex_initial(phpvm_lexer_t *lx)
{
    size_t pos = lx->pos;
    int kind;
    size_t end;

    if (pos >= lx->len) return PHPVM_T_END;
    if ((end = open_tag_end(lx, pos, &kind)) != 0) {
        lx->pos = end;
        lx->state = PHPVM_LS_SCRIPTING;
        return kind;
    }
    while (pos < lx->len) {
        const char *lt = memchr(lx->src + pos, '<', lx->len - pos);
        if (!lt) {
            pos = lx->len;
            break;
        }
        pos = (size_t)(lt - lx->src);
        if (open_tag_end(lx, pos, &kind)) break;
        pos++;
    }
    lx->pos = pos;
    return PHPVM_T_INLINE_HTML;
}

/* A comment starting at lx->pos ("#", "//" or slash-star); returns its kind. */
static int lex_comment(phpvm_lexer_t *lx)
{
    size_t pos = lx->pos;

    if (lx->src[pos] == '#' || lx->src[pos + 1] == '/') {
        while (pos < lx->len && lx->src[pos] != '\n' && lx->src[pos] != '\r') {
            if (at(lx, pos, "?>")) break;
            pos++;
        }
        lx->pos = pos;
        return PHPVM_T_COMMENT;
    }
    bool doc = at(lx, pos, "/**") && is_ws(peekc(lx, pos + 3));
    const char *end = NULL;
    for (size_t i = pos + 2; i + 1 < lx->len; i++) {
        if (lx->src[i] == '*' && lx->src[i + 1] == '/') {
            end = lx->src + i + 2;
            break;
        }
    }
    if (!end) {
        if (lx->parse_mode)
            return phpvm_lexer_fail(lx, lx->line, "Unterminated comment starting line %u",
                                    lx->line);
        end = lx->src + lx->len;
    }
    lx->pos = (size_t)(end - lx->src);
    return doc ? PHPVM_T_DOC_COMMENT : PHPVM_T_COMMENT;
}

/* Skips whitespace and comments from pos (for the "&" and "enum" look-aheads). */
static size_t skip_ws_comments(const phpvm_lexer_t *lx, size_t pos)
{
    for (;;) {
        if (pos < lx->len && is_ws((unsigned char)lx->src[pos])) {
            pos++;
        } else if (at(lx, pos, "/*")) {
            const char *e = NULL;
            for (size_t i = pos + 2; i + 1 < lx->len && !e; i++)
                if (lx->src[i] == '*' && lx->src[i + 1] == '/') e = lx->src + i + 2;
            if (!e) return pos;
            pos = (size_t)(e - lx->src);
        } else if (at(lx, pos, "//") || (at(lx, pos, "#") && !at(lx, pos, "#["))) {
            while (pos < lx->len && lx->src[pos] != '\n' && lx->src[pos] != '\r' &&
                   !at(lx, pos, "?>"))
                pos++;
        } else {
            return pos;
        }
    }
}

static int keyword(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].word) == n && strncasecmp(keywords[i].word, s, n) == 0)
            return keywords[i].kind;
    return 0;
}

/* The end of "\\" LABEL ("\\" LABEL)* starting at pos, or pos if there is none. */
static size_t name_parts_end(const phpvm_lexer_t *lx, size_t pos)
{
    while (peekc(lx, pos) == '\\' && pos + 1 < lx->len &&
           phpvm_lexer_is_label_start((unsigned char)lx->src[pos + 1]))
        pos = label_end(lx, pos + 1);
    return pos;
}

static void set_str(phpvm_token_t *tok, const char *s, size_t n, rt_arena_t *arena)
{
    tok->vtype = PHPVM_TV_STR;
    tok->str = rt_arena_strndup(arena, s, n);
    tok->slen = n;
}

/* A label, qualified name or keyword at lx->pos (a label start or a backslash). */
static int lex_name(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    size_t start = lx->pos, end;

    if (lx->src[start] == '\\') {
        end = name_parts_end(lx, start);
        if (end == start) {
            lx->pos = start + 1;
            return PHPVM_T_NS_SEPARATOR;
        }
        lx->pos = end;
        set_str(tok, lx->src + start + 1, end - start - 1, lx->arena);
        return PHPVM_T_NAME_FULLY_QUALIFIED;
    }
    end = label_end(lx, start);
    size_t qend = name_parts_end(lx, end);
    if (qend != end) {
        lx->pos = qend;
        if (end - start == 9 && strncasecmp(lx->src + start, "namespace", 9) == 0) {
            set_str(tok, lx->src + end + 1, qend - end - 1, lx->arena);
            return PHPVM_T_NAME_RELATIVE;
        }
        set_str(tok, lx->src + start, qend - start, lx->arena);
        return PHPVM_T_NAME_QUALIFIED;
    }
    lx->pos = end;
    int kind = keyword(lx->src + start, end - start);
    if (kind == PHPVM_T_YIELD) {
        size_t p = end;
        while (p < lx->len && is_ws((unsigned char)lx->src[p]))
            p++;
        int c = peekc(lx, p + 4);
        if (p > end && at_ci(lx, p, "from") &&
            (c == -1 || !phpvm_lexer_is_label_char((unsigned char)c))) {
            lx->pos = p + 4;
            kind = PHPVM_T_YIELD_FROM;
        }
    } else if (end - start == 4 && strncasecmp(lx->src + start, "enum", 4) == 0) {
        size_t p = skip_ws_comments(lx, end);
        size_t e = label_end(lx, p);
        bool ext = (e - p == 7 && strncasecmp(lx->src + p, "extends", 7) == 0) ||
                   (e - p == 10 && strncasecmp(lx->src + p, "implements", 10) == 0);
        if (p > end && e > p && phpvm_lexer_is_label_start((unsigned char)lx->src[p]) && !ext)
            kind = PHPVM_T_ENUM;
    } else if (kind == PHPVM_T_HALT_COMPILER) {
        lx->halt_step = 3;
    }
    if (kind) return kind;
    set_str(tok, lx->src + start, end - start, lx->arena);
    return PHPVM_T_STRING;
}

static int lex_cast(phpvm_lexer_t *lx)
{
    size_t p = lx->pos + 1;

    while (p < lx->len && (lx->src[p] == ' ' || lx->src[p] == '\t'))
        p++;
    size_t ws = p;
    size_t e = ws;
    while (e < lx->len && isalpha((unsigned char)lx->src[e]))
        e++;
    p = e;
    while (p < lx->len && (lx->src[p] == ' ' || lx->src[p] == '\t'))
        p++;
    if (peekc(lx, p) != ')') return 0;
    for (size_t i = 0; i < sizeof casts / sizeof casts[0]; i++) {
        if (strlen(casts[i].word) == e - ws &&
            strncasecmp(casts[i].word, lx->src + ws, e - ws) == 0) {
            lx->pos = p + 1;
            return casts[i].kind;
        }
    }
    return 0;
}

static int lex_ampersand(phpvm_lexer_t *lx)
{
    size_t p = skip_ws_comments(lx, lx->pos + 1);
    lx->pos++;
    if (peekc(lx, p) == '$' || at(lx, p, "...")) return PHPVM_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG;
    return PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG;
}

static int lex_operator(phpvm_lexer_t *lx)
{
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        if (at(lx, lx->pos, operators[i].op)) {
            lx->pos += strlen(operators[i].op);
            if (operators[i].kind == PHPVM_T_OBJECT_OPERATOR ||
                operators[i].kind == PHPVM_T_NULLSAFE_OBJECT_OPERATOR)
                phpvm_lexer_push(lx, PHPVM_LS_PROPERTY);
            return operators[i].kind;
        }
    }
    char c = lx->src[lx->pos];
    if (c == '&') return lex_ampersand(lx);
    if (strchr(single_tokens, c)) {
        lx->pos++;
        return (unsigned char)c;
    }
    lx->pos++;
    return PHPVM_T_BAD_CHARACTER;
}

static int lex_scripting(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    size_t pos = lx->pos;

    if (pos >= lx->len) return PHPVM_T_END;
    unsigned char c = (unsigned char)lx->src[pos];
    int c1 = peekc(lx, pos + 1);
    if (is_ws(c)) {
        while (lx->pos < lx->len && is_ws((unsigned char)lx->src[lx->pos]))
            lx->pos++;
        return PHPVM_T_WHITESPACE;
    }
    if (c == '?' && c1 == '>') {
        lx->pos += 2;
        if (at(lx, lx->pos, "\r\n"))
            lx->pos += 2;
        else if (peekc(lx, lx->pos) == '\n' || peekc(lx, lx->pos) == '\r')
            lx->pos++;
        lx->state = PHPVM_LS_INITIAL;
        return PHPVM_T_CLOSE_TAG;
    }
    if (c == '#' && c1 == '[') {
        lx->pos += 2;
        return PHPVM_T_ATTRIBUTE;
    }
    if (c == '#' || (c == '/' && (c1 == '/' || c1 == '*'))) return lex_comment(lx);
    if (c == '$' && c1 != -1 && phpvm_lexer_is_label_start((unsigned char)c1)) {
        lx->pos = label_end(lx, pos + 1);
        set_str(tok, lx->src + pos + 1, lx->pos - pos - 1, lx->arena);
        return PHPVM_T_VARIABLE;
    }
    if (isdigit(c) || (c == '.' && c1 != -1 && isdigit(c1)))
        return phpvm_lexer_number(lx, tok, pos);
    if ((c == 'b' || c == 'B') && (c1 == '\'' || c1 == '"')) return phpvm_lexer_quoted(lx, tok);
    if ((c == 'b' || c == 'B') && at(lx, pos + 1, "<<<")) {
        int k = phpvm_lexer_heredoc_start(lx, tok);
        if (k) return k;
    }
    if (phpvm_lexer_is_label_start(c) || c == '\\') return lex_name(lx, tok);
    if (c == '\'' || c == '"') return phpvm_lexer_quoted(lx, tok);
    if (c == '`') {
        lx->pos++;
        lx->state = PHPVM_LS_BACKQUOTE;
        return '`';
    }
    if (c == '<' && at(lx, pos, "<<<")) {
        int k = phpvm_lexer_heredoc_start(lx, tok);
        if (k) return k;
    }
    if (c == '(') {
        int k = lex_cast(lx);
        if (k) return k;
    }
    if (c == '{') {
        lx->pos++;
        phpvm_lexer_push(lx, PHPVM_LS_SCRIPTING);
        return '{';
    }
    if (c == '}') {
        lx->pos++;
        phpvm_lexer_pop(lx);
        return '}';
    }
    return lex_operator(lx);
}

/* After "->": whitespace, another arrow, or one label lexed as T_STRING whatever it spells. */
static int lex_property(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    size_t pos = lx->pos;

    if (pos < lx->len && is_ws((unsigned char)lx->src[pos])) {
        while (lx->pos < lx->len && is_ws((unsigned char)lx->src[lx->pos]))
            lx->pos++;
        return PHPVM_T_WHITESPACE;
    }
    if (at(lx, pos, "->")) {
        lx->pos += 2;
        return PHPVM_T_OBJECT_OPERATOR;
    }
    if ((at(lx, pos, "#") && !at(lx, pos, "#[")) || at(lx, pos, "//") || at(lx, pos, "/*"))
        return lex_comment(lx);
    if (at(lx, pos, "?->")) {
        lx->pos += 3;
        return PHPVM_T_NULLSAFE_OBJECT_OPERATOR;
    }
    phpvm_lexer_pop(lx);
    if (pos < lx->len && phpvm_lexer_is_label_start((unsigned char)lx->src[pos])) {
        lx->pos = label_end(lx, pos);
        set_str(tok, lx->src + pos, lx->pos - pos, lx->arena);
        return PHPVM_T_STRING;
    }
    return PHPVM_LEX_AGAIN;
}

/* After "${" in a string: a label followed by "[" or "}" is T_STRING_VARNAME. */
static int lex_varname(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    size_t pos = lx->pos;

    phpvm_lexer_pop(lx);
    phpvm_lexer_push(lx, PHPVM_LS_SCRIPTING);
    if (pos < lx->len && phpvm_lexer_is_label_start((unsigned char)lx->src[pos])) {
        size_t e = label_end(lx, pos);
        int c = peekc(lx, e);
        if (c == '[' || c == '}') {
            lx->pos = e;
            set_str(tok, lx->src + pos, e - pos, lx->arena);
            return PHPVM_T_STRING_VARNAME;
        }
    }
    return PHPVM_LEX_AGAIN;
}

static int lex_halted(phpvm_lexer_t *lx)
{
    if (lx->pos >= lx->len) return PHPVM_T_END;
    lx->pos = lx->len;
    return PHPVM_T_INLINE_HTML;
}

/* PHP's parser-mode bracket check: "Unmatched ')'", "Unclosed '{' on line 3". */
static int check_nesting(phpvm_lexer_t *lx, int kind, phpvm_lexstate_t from)
{
    char open = 0, close = 0;

    if (kind == PHPVM_T_ATTRIBUTE)
        open = '[';
    else if (kind == PHPVM_T_CURLY_OPEN || kind == PHPVM_T_DOLLAR_OPEN_CURLY_BRACES)
        open = '{';
    else if (from == PHPVM_LS_SCRIPTING && (kind == '(' || kind == '[' || kind == '{'))
        open = (char)kind;
    else if (from == PHPVM_LS_SCRIPTING && (kind == ')' || kind == ']' || kind == '}'))
        close = (char)kind;
    if (open) {
        if (lx->nnest == lx->nest_cap) {
            size_t cap = lx->nest_cap ? lx->nest_cap * 2 : 16;
            lx->nest = rt_arena_grow(lx->arena, lx->nest, lx->nest_cap * sizeof *lx->nest,
                                     cap * sizeof *lx->nest);
            lx->nest_cap = cap;
        }
        lx->nest[lx->nnest].open = open;
        lx->nest[lx->nnest++].line = lx->line;
        return kind;
    }
    if (!close && kind != PHPVM_T_END) return kind;
    if (close && lx->nnest == 0) return phpvm_lexer_fail(lx, lx->line, "Unmatched '%c'", close);
    if (lx->nnest == 0) return kind;
    phpvm_nest_t *top = &lx->nest[lx->nnest - 1];
    char want = top->open == '{' ? '}' : top->open == '[' ? ']' : ')';
    if (close == want) {
        lx->nnest--;
        return kind;
    }
    char where[32] = "";
    if (top->line != lx->line) snprintf(where, sizeof where, " on line %u", top->line);
    if (close)
        return phpvm_lexer_fail(lx, lx->line, "Unclosed '%c'%s does not match '%c'", top->open,
                                where, close);
    return phpvm_lexer_fail(lx, lx->line, "Unclosed '%c'%s", top->open, where);
}

static bool significant(int kind)
{
    return kind != PHPVM_T_WHITESPACE && kind != PHPVM_T_COMMENT && kind != PHPVM_T_DOC_COMMENT;
}

int phpvm_lexer_next(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    int kind = PHPVM_LEX_AGAIN;
    size_t start = lx->pos;
    phpvm_lexstate_t from = lx->state;

    memset(tok, 0, sizeof *tok);
    tok->line = lx->line;
    tok->col = (uint32_t)(start - lx->line_start) + 1;
    /* States that can decline (return 0) hand over to the state they switched to. */
    while (kind == PHPVM_LEX_AGAIN) {
        from = lx->state;
        switch (lx->state) {
        case PHPVM_LS_INITIAL:
            kind = lex_initial(lx);
            break;
        case PHPVM_LS_SCRIPTING:
            kind = lex_scripting(lx, tok);
            break;
        case PHPVM_LS_PROPERTY:
            kind = lex_property(lx, tok);
            break;
        case PHPVM_LS_VARNAME:
            kind = lex_varname(lx, tok);
            break;
        case PHPVM_LS_VAR_OFFSET:
            kind = phpvm_lexer_var_offset(lx, tok);
            break;
        case PHPVM_LS_HALTED:
            kind = lex_halted(lx);
            break;
        default:
            kind = phpvm_lexer_encaps(lx, tok);
            break;
        }
    }
    if (kind >= 0 && lx->parse_mode) kind = check_nesting(lx, kind, from);
    tok->kind = kind;
    tok->text = lx->src + start;
    tok->len = lx->pos - start;
    phpvm_lexer_newlines(lx, start, lx->pos);
    if (kind > 0 && lx->halt_step > 0 && kind != PHPVM_T_HALT_COMPILER && significant(kind)) {
        if (--lx->halt_step == 0) lx->state = PHPVM_LS_HALTED;
    }
    return kind;
}
