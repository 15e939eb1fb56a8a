/*
** parse.c: the parser's driver: the entry point phpvm_parse, the token window the grammar
** functions look at (comments and whitespace dropped, "?>" read as ";" and "<?=" as "echo",
** as PHP's zendlex does), doc-comment bookkeeping, nesting limits, and syntax errors worded the
** way PHP 8.2 words them (its zend_yytnamerr).
*/
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "phpvm/parser.h"

static void lex_significant(phpvm_parser_t *p, phpvm_token_t *tok)
{
    for (;;) {
        int k = phpvm_lexer_next(&p->lx, tok);
        if (k < 0) {
            p->failed = true;
            tok->kind = PHPVM_T_END;
            return;
        }
        switch (k) {
        case PHPVM_T_WHITESPACE:
        case PHPVM_T_COMMENT:
        case PHPVM_T_OPEN_TAG:
            continue;
        case PHPVM_T_DOC_COMMENT:
            p->doc = tok->text;
            p->doc_len = tok->len;
            continue;
        case PHPVM_T_OPEN_TAG_WITH_ECHO:
            tok->kind = PHPVM_T_ECHO;
            return;
        case PHPVM_T_CLOSE_TAG:
            tok->kind = ';';
            return;
        case '}':
            p->doc = NULL;
            return;
        default:
            return;
        }
    }
}

static uint32_t end_line(const phpvm_token_t *t);

void phpvm_parser_advance(phpvm_parser_t *p)
{
    p->prev_line = end_line(&p->tok);
    if (p->nahead > 0) {
        p->tok = p->ahead[0];
        memmove(p->ahead, p->ahead + 1, (size_t)(p->nahead - 1) * sizeof p->ahead[0]);
        p->nahead--;
        return;
    }
    lex_significant(p, &p->tok);
}

const phpvm_token_t *phpvm_parser_peek(phpvm_parser_t *p, int n)
{
    while (p->nahead < n) {
        if (p->nahead > 0 && p->ahead[p->nahead - 1].kind == PHPVM_T_END)
            return &p->ahead[p->nahead - 1];
        if (p->nahead == 0 && p->tok.kind == PHPVM_T_END) return &p->tok;
        lex_significant(p, &p->ahead[p->nahead++]);
    }
    return &p->ahead[n - 1];
}

bool phpvm_parser_accept(phpvm_parser_t *p, int kind)
{
    if (p->tok.kind != kind) return false;
    phpvm_parser_advance(p);
    return true;
}

bool phpvm_parser_expect(phpvm_parser_t *p, int kind)
{
    int expected[2] = {kind, -1};

    if (phpvm_parser_accept(p, kind)) return true;
    phpvm_parser_fail(p, expected);
    return false;
}

/* PHP's description of the unexpected lookahead token. */
static void describe_unexpected(const phpvm_token_t *t, char *buf, size_t size)
{
    char one[4];
    const char *disp = phpvm_token_display(t->kind, one);
    const char *text = t->text;
    size_t len = t->len;

    if (t->kind == PHPVM_T_END) {
        snprintf(buf, size, "end of file");
        return;
    }
    if (t->kind == '"') {
        snprintf(buf, size, "double-quote mark");
        return;
    }
    if (disp[0] == '\'') {
        snprintf(buf, size, "token \"%.*s\"", (int)strlen(disp) - 2, disp + 1);
        return;
    }
    if (t->kind == PHPVM_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
        snprintf(buf, size, "token \"&\"");
        return;
    }
    if (t->kind == PHPVM_T_BAD_CHARACTER && len == 1) {
        snprintf(buf, size, "character 0x%02X", (unsigned char)text[0]);
        return;
    }
    const char *nl = memchr(text, '\n', len);
    if (nl) len = (size_t)(nl - text);
    if (t->kind == PHPVM_T_CONSTANT_ENCAPSED_STRING && len > 0) {
        if (text[0] == '"')
            disp = "double-quoted string";
        else if (text[0] == '\'')
            disp = "single-quoted string";
    }
    if (len > 0 && (text[0] == '\'' || text[0] == '"')) {
        text++;
        len--;
    }
    if (len > 0 && (text[len - 1] == '\'' || text[len - 1] == '"')) len--;
    if (len > 30 + 3)
        snprintf(buf, size, "%s \"%.30s...\"", disp, text);
    else
        snprintf(buf, size, "%s \"%.*s\"", disp, (int)len, text);
}

/* PHP's description of an expected token kind. */
static void describe_expected(int kind, char *buf, size_t size)
{
    char one[4];
    const char *disp = phpvm_token_display(kind, one);
    size_t n = 0;

    if (kind == PHPVM_T_NS_SEPARATOR) {
        snprintf(buf, size, "\"\\\"");
        return;
    }
    for (; *disp && n + 1 < size; disp++)
        buf[n++] = *disp == '\'' ? '"' : *disp;
    buf[n] = '\0';
}

/* The line PHP reports an error on: where the lexer stood after the lookahead token. (PHP does not
** count the lines of an unterminated single-quoted string, which runs to the end of the file.)
** The previous token's end line is the line PHP dates a statement list by. */
static uint32_t end_line(const phpvm_token_t *t)
{
    uint32_t line = t->line;
    if (t->kind == PHPVM_T_ENCAPSED_AND_WHITESPACE && t->len > 0 && t->text[0] == '\'') return line;
    /* "?>\n" (read as ";") counts its newline only once the next token is lexed. */
    if (t->len >= 2 && t->text[0] == '?' && t->text[1] == '>') return line;
    for (size_t i = 0; i < t->len; i++)
        if (t->text[i] == '\n' ||
            (t->text[i] == '\r' && (i + 1 >= t->len || t->text[i + 1] != '\n')))
            line++;
    return line;
}

phpvm_ast_t *phpvm_parser_fail(phpvm_parser_t *p, const int *expected)
{
    char msg[256], what[128];
    size_t n;

    p->failed = true;
    if (p->err->kind != PHPVM_ERR_NONE) return NULL;
    describe_unexpected(&p->tok, what, sizeof what);
    n = (size_t)snprintf(msg, sizeof msg, "syntax error, unexpected %s", what);
    for (int i = 0; expected && expected[i] >= 0 && n < sizeof msg; i++) {
        describe_expected(expected[i], what, sizeof what);
        n += (size_t)snprintf(msg + n, sizeof msg - n, "%s%s", i ? " or " : ", expecting ", what);
    }
    phpvm_parse_error_set(p->err, PHPVM_ERR_PARSE, end_line(&p->tok), p->tok.col, "%s", msg);
    return NULL;
}

phpvm_ast_t *phpvm_parser_compile_error(phpvm_parser_t *p, uint32_t line, const char *fmt, ...)
{
    char msg[256];
    va_list ap;

    p->failed = true;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    phpvm_parse_error_set(p->err, PHPVM_ERR_COMPILE, line, 0, "%s", msg);
    return NULL;
}

phpvm_ast_t *phpvm_parser_take_doc(phpvm_parser_t *p)
{
    phpvm_ast_t *doc = NULL;

    if (p->doc) doc = phpvm_ast_str(p->a, p->tok.line, p->doc, p->doc_len);
    p->doc = NULL;
    return doc;
}

phpvm_ast_t *phpvm_parser_fail_nesting(phpvm_parser_t *p)
{
    p->failed = true;
    phpvm_parse_error_set(p->err, PHPVM_ERR_PARSE, p->tok.line, p->tok.col, "memory exhausted");
    return NULL;
}

bool phpvm_parser_enter(phpvm_parser_t *p)
{
    if (++p->depth > PHPVM_MAX_NESTING) {
        phpvm_parser_fail_nesting(p);
        return false;
    }
    return true;
}

void phpvm_parser_leave(phpvm_parser_t *p)
{
    p->depth--;
}

phpvm_ast_t *phpvm_parser_tok_str(phpvm_parser_t *p)
{
    const phpvm_token_t *t = &p->tok;
    if (t->vtype == PHPVM_TV_STR) return phpvm_ast_str(p->a, t->line, t->str, t->slen);
    return phpvm_ast_str(p->a, t->line, t->text, t->len);
}

bool phpvm_parser_is_semi_reserved(int kind)
{
    switch (kind) {
    case PHPVM_T_INCLUDE:
    case PHPVM_T_INCLUDE_ONCE:
    case PHPVM_T_EVAL:
    case PHPVM_T_REQUIRE:
    case PHPVM_T_REQUIRE_ONCE:
    case PHPVM_T_LOGICAL_OR:
    case PHPVM_T_LOGICAL_XOR:
    case PHPVM_T_LOGICAL_AND:
    case PHPVM_T_INSTANCEOF:
    case PHPVM_T_NEW:
    case PHPVM_T_CLONE:
    case PHPVM_T_EXIT:
    case PHPVM_T_IF:
    case PHPVM_T_ELSEIF:
    case PHPVM_T_ELSE:
    case PHPVM_T_ENDIF:
    case PHPVM_T_ECHO:
    case PHPVM_T_DO:
    case PHPVM_T_WHILE:
    case PHPVM_T_ENDWHILE:
    case PHPVM_T_FOR:
    case PHPVM_T_ENDFOR:
    case PHPVM_T_FOREACH:
    case PHPVM_T_ENDFOREACH:
    case PHPVM_T_DECLARE:
    case PHPVM_T_ENDDECLARE:
    case PHPVM_T_AS:
    case PHPVM_T_TRY:
    case PHPVM_T_CATCH:
    case PHPVM_T_FINALLY:
    case PHPVM_T_THROW:
    case PHPVM_T_USE:
    case PHPVM_T_INSTEADOF:
    case PHPVM_T_GLOBAL:
    case PHPVM_T_VAR:
    case PHPVM_T_UNSET:
    case PHPVM_T_ISSET:
    case PHPVM_T_EMPTY:
    case PHPVM_T_CONTINUE:
    case PHPVM_T_GOTO:
    case PHPVM_T_FUNCTION:
    case PHPVM_T_CONST:
    case PHPVM_T_RETURN:
    case PHPVM_T_PRINT:
    case PHPVM_T_YIELD:
    case PHPVM_T_LIST:
    case PHPVM_T_SWITCH:
    case PHPVM_T_ENDSWITCH:
    case PHPVM_T_CASE:
    case PHPVM_T_DEFAULT:
    case PHPVM_T_BREAK:
    case PHPVM_T_ARRAY:
    case PHPVM_T_CALLABLE:
    case PHPVM_T_EXTENDS:
    case PHPVM_T_IMPLEMENTS:
    case PHPVM_T_NAMESPACE:
    case PHPVM_T_TRAIT:
    case PHPVM_T_INTERFACE:
    case PHPVM_T_CLASS:
    case PHPVM_T_CLASS_C:
    case PHPVM_T_TRAIT_C:
    case PHPVM_T_FUNC_C:
    case PHPVM_T_METHOD_C:
    case PHPVM_T_LINE:
    case PHPVM_T_FILE:
    case PHPVM_T_DIR:
    case PHPVM_T_NS_C:
    case PHPVM_T_FN:
    case PHPVM_T_MATCH:
    case PHPVM_T_ENUM:
    case PHPVM_T_STATIC:
    case PHPVM_T_ABSTRACT:
    case PHPVM_T_FINAL:
    case PHPVM_T_PRIVATE:
    case PHPVM_T_PROTECTED:
    case PHPVM_T_PUBLIC:
    case PHPVM_T_READONLY:
        return true;
    default:
        return false;
    }
}

phpvm_ast_t *phpvm_parser_identifier(phpvm_parser_t *p)
{
    /* Any keyword is allowed here: PHP expects too many tokens to list them. */
    if (p->tok.kind != PHPVM_T_STRING && !phpvm_parser_is_semi_reserved(p->tok.kind))
        return phpvm_parser_fail(p, NULL);
    if (p->tok.kind == PHPVM_T_ECHO && p->tok.len == 3 && memcmp(p->tok.text, "<?=", 3) == 0)
        return phpvm_parser_compile_error(p, p->tok.line, "Cannot use \"<?=\" as an identifier");
    phpvm_ast_t *id = phpvm_parser_tok_str(p);
    phpvm_parser_advance(p);
    return id;
}

void phpvm_parse(rt_arena_t *arena, const char *src, size_t len, phpvm_parse_result_t *r)
{
    phpvm_parse_ex(arena, src, len, 0, r);
}

void phpvm_parse_ex(rt_arena_t *arena, const char *src, size_t len, unsigned options,
                    phpvm_parse_result_t *r)
{
    phpvm_parser_t p;

    memset(r, 0, sizeof *r);
    memset(&p, 0, sizeof p);
    p.a = arena;
    p.err = &r->error;
    phpvm_lexer_init(&p.lx, arena, src, len, &r->error);
    p.lx.parse_mode = true;
    if ((options & PHPVM_PARSE_SKIP_SHEBANG) && len >= 2 && src[0] == '#' && src[1] == '!') {
        const char *nl = memchr(src, '\n', len);
        p.lx.pos = p.lx.line_start = nl ? (size_t)(nl - src) + 1 : len;
        p.lx.line = 2;
    }
    phpvm_parser_advance(&p);
    p.prev_line = 1;
    phpvm_ast_t *ast = phpvm_parse_top_statements(&p);
    r->warnings = p.lx.warnings;
    r->halt_offset = p.halt_offset;
    r->ast = r->error.kind == PHPVM_ERR_NONE ? ast : NULL;
}

char *phpvm_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;

    if (!f) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) goto fail;
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) goto fail;
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
fail:
    free(buf);
    fclose(f);
    errno = errno ? errno : EIO;
    return NULL;
}
