/*
** ast_dump.c: prints the front end's results in the text forms PHP-side oracle scripts print
** PHP's own: an AST as tools/phpast-oracle prints php-ast's trees (one node a line, "key: " or
** "- " before each child, leaves as "string", integers and "float 0x<IEEE bits>"), a token stream
** as tools/phplex-oracle prints token_get_all's. tools/check-php{lex,parse} and the unit tests
** diff the two.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/ast.h"
#include "phpvm/lexer.h"
#include "phpvm/phpvm.h"

void phpvm_print_escaped(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '"')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
}

/* php-ast shows a string literal where Zend expects a class or function name (the callee of
** "'foo'()", the class of "'A'::$b") as an AST_NAME flagged NAME_FQ, its leading "\\" dropped. */
static bool shown_as_name(const phpvm_ast_t *parent, uint32_t i, const phpvm_ast_t *n)
{
    if (!n || n->kind != PHPVM_AST_ZVAL || n->vtype != PHPVM_ZV_STR) return false;
    switch (parent->kind) {
    case PHPVM_AST_CALL:
    case PHPVM_AST_NEW:
    case PHPVM_AST_STATIC_CALL:
    case PHPVM_AST_CLASS_CONST:
    case PHPVM_AST_STATIC_PROP:
    case PHPVM_AST_CLASS_NAME:
        return i == 0;
    case PHPVM_AST_INSTANCEOF:
        return i == 1;
    default:
        return false;
    }
}

static void dump(FILE *out, const phpvm_ast_t *n, int indent, const char *prefix, bool lines);

static void dump_as_name(FILE *out, const phpvm_ast_t *n, int indent, const char *prefix,
                         bool lines)
{
    size_t skip = n->len > 0 && n->str[0] == '\\';
    fprintf(out, "%*s%sAST_NAME NAME_FQ", indent, "", prefix);
    if (lines) fprintf(out, " @%u", n->line);
    fprintf(out, "\n%*sname: \"", indent + 2, "");
    phpvm_print_escaped(out, n->str + skip, n->len - skip);
    fputs("\"\n", out);
}

static void dump(FILE *out, const phpvm_ast_t *n, int indent, const char *prefix, bool lines)
{
    fprintf(out, "%*s%s", indent, "", prefix);
    if (!n) {
        fputs("null\n", out);
        return;
    }
    if (n->kind == PHPVM_AST_ZVAL) {
        if (n->vtype == PHPVM_ZV_STR) {
            fputc('"', out);
            phpvm_print_escaped(out, n->str, n->len);
            fputs("\"\n", out);
        } else if (n->vtype == PHPVM_ZV_LONG) {
            fprintf(out, "%" PRId64 "\n", n->lval);
        } else {
            uint64_t bits;
            memcpy(&bits, &n->dval, sizeof bits);
            fprintf(out, "float 0x%016" PRIx64 "\n", bits);
        }
        return;
    }
    fprintf(out, "AST_%s", phpvm_ast_kind_name(n->kind));
    phpvm_ast_print_flags(out, n);
    if (lines) fprintf(out, " @%u", n->line);
    fputc('\n', out);
    bool list = phpvm_ast_is_list(n->kind);
    for (uint32_t i = 0; i < n->count; i++) {
        char name[32], pre[40];
        if (list)
            strcpy(pre, "- ");
        else
            snprintf(pre, sizeof pre,
                     "%s: ", phpvm_ast_child_name(n->kind, (int)i, name, sizeof name));
        if (shown_as_name(n, i, n->child[i]))
            dump_as_name(out, n->child[i], indent + 2, pre, lines);
        else
            dump(out, n->child[i], indent + 2, pre, lines);
    }
}

void phpvm_ast_dump(FILE *out, const phpvm_ast_t *ast, bool lines)
{
    dump(out, ast, 0, "", lines);
}

bool phpvm_tokens_dump(FILE *out, rt_arena_t *arena, const char *src, size_t len)
{
    phpvm_parse_error_t err = {0};
    phpvm_lexer_t lx;
    phpvm_token_t tok;
    int kind;

    phpvm_lexer_init(&lx, arena, src, len, &err);
    while ((kind = phpvm_lexer_next(&lx, &tok)) > 0) {
        const char *name = phpvm_token_name(kind);
        char one[2] = {(char)kind, 0};
        fprintf(out, "%u %s \"", tok.line, name ? name : one);
        phpvm_print_escaped(out, tok.text, tok.len);
        fputs("\"\n", out);
    }
    if (kind < 0) fprintf(out, "ERROR %u %s\n", err.line, err.message);
    return kind == 0;
}
