/*
** lexer_string.c: the string states of the PHP lexer: single- and double-quoted literals,
** backquotes, heredoc and nowdoc (with PHP 7.3's flexible closing marker: its indentation is
** removed from every body line), the interpolation that splits them into T_ENCAPSED_AND_WHITESPACE
** parts around "$var", "$var[..]", "$var->p", "${expr}" and "{$expr}", and the escape sequences
** whose decoded bytes the tokens carry for the parser.
*/
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "phpvm/lexer.h"

static bool is_newline(char c)
{
    return c == '\n' || c == '\r';
}

/* Length of the newline at s[i] (0 if none). */
static size_t newline_len(const char *s, size_t i, size_t n)
{
    if (i < n && s[i] == '\r') return i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
    return i < n && s[i] == '\n' ? 1 : 0;
}

static size_t utf8_encode(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static int hexval(int c)
{
    return isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
}

/* "\u{...}" at s[i] (the backslash); writes the bytes to *o, returns the length consumed, 0 if
** it is not such an escape ("\u" without "{" stays as it is), -1 on an error. */
static long unicode_escape(phpvm_lexer_t *lx, const char *s, size_t i, size_t n, char **o,
                           uint32_t line)
{
    size_t j = i + 3;
    uint32_t cp = 0;
    bool too_large = false;

    if (i + 2 >= n || s[i + 2] != '{') return 0;
    while (j < n && isxdigit((unsigned char)s[j])) {
        if (cp > 0x10FFFF)
            too_large = true;
        else
            cp = cp * 16 + (uint32_t)hexval((unsigned char)s[j]);
        j++;
    }
    if (!lx->parse_mode && (j >= n || s[j] != '}' || j == i + 3 || too_large || cp > 0x10FFFF))
        return 0;
    if (j >= n || s[j] != '}' || j == i + 3)
        return phpvm_lexer_fail(lx, line, "Invalid UTF-8 codepoint escape sequence");
    if (too_large || cp > 0x10FFFF)
        return phpvm_lexer_fail(lx, line,
                                "Invalid UTF-8 codepoint escape sequence: Codepoint too large");
    *o += utf8_encode(*o, cp);
    return (long)(j + 1 - i);
}

/* Decodes the escapes of a double-quoted, backquoted (quote '"' / '`') or heredoc (quote 0)
** body into the arena. Returns false with the error recorded on a bad \u escape. */
static bool decode_escapes(phpvm_lexer_t *lx, const char *s, size_t n, int quote, uint32_t line,
                           phpvm_token_t *tok)
{
    char *out = rt_arena_alloc(lx->arena, n + 1), *o = out;

    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\' || i + 1 >= n) {
            *o++ = s[i];
            continue;
        }
        char e = s[i + 1];
        switch (e) {
        case 'n':
            *o++ = '\n';
            i++;
            continue;
        case 't':
            *o++ = '\t';
            i++;
            continue;
        case 'r':
            *o++ = '\r';
            i++;
            continue;
        case 'v':
            *o++ = '\v';
            i++;
            continue;
        case 'e':
            *o++ = 0x1b;
            i++;
            continue;
        case 'f':
            *o++ = '\f';
            i++;
            continue;
        case '\\':
            *o++ = '\\';
            i++;
            continue;
        case '$':
            *o++ = '$';
            i++;
            continue;
        default:
            break;
        }
        if ((e == '"' || e == '`') && e == quote) {
            *o++ = e;
            i++;
        } else if ((e == 'x' || e == 'X') && i + 2 < n && isxdigit((unsigned char)s[i + 2])) {
            int v = hexval((unsigned char)s[i + 2]);
            i += 2;
            if (i + 1 < n && isxdigit((unsigned char)s[i + 1]))
                v = v * 16 + hexval((unsigned char)s[++i]);
            *o++ = (char)v;
        } else if (e >= '0' && e <= '7') {
            size_t j = i + 1;
            int v = 0;
            while (j < n && j < i + 4 && s[j] >= '0' && s[j] <= '7')
                v = v * 8 + (s[j++] - '0');
            if (v > 0xff)
                phpvm_lexer_warn(lx, line,
                                 "Octal escape sequence overflow \\%.*s is greater than \\377",
                                 (int)(j - i - 1), s + i + 1);
            *o++ = (char)(v & 0xff);
            i = j - 1;
        } else if (e == 'u') {
            long used = unicode_escape(lx, s, i, n, &o, line);
            if (used < 0) return false;
            if (used == 0)
                *o++ = '\\';
            else
                i += (size_t)used - 1;
        } else {
            *o++ = '\\';
        }
    }
    *o = '\0';
    tok->vtype = PHPVM_TV_STR;
    tok->str = out;
    tok->slen = (size_t)(o - out);
    return true;
}

static void single_quoted_value(phpvm_lexer_t *lx, const char *s, size_t n, phpvm_token_t *tok)
{
    char *out = rt_arena_alloc(lx->arena, n + 1), *o = out;

    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '\\' || s[i + 1] == '\'')) i++;
        *o++ = s[i];
    }
    *o = '\0';
    tok->vtype = PHPVM_TV_STR;
    tok->str = out;
    tok->slen = (size_t)(o - out);
}

/* Where interpolation starts at s[i]: "$label", "${" or "{$". */
static bool interpolation_at(const phpvm_lexer_t *lx, size_t i)
{
    const char *s = lx->src;
    if (i + 1 >= lx->len) return false;
    if (s[i] == '$') return phpvm_lexer_is_label_start((unsigned char)s[i + 1]) || s[i + 1] == '{';
    return s[i] == '{' && s[i + 1] == '$';
}

int phpvm_lexer_quoted(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    size_t start = lx->pos, q = start;

    if (lx->src[q] == 'b' || lx->src[q] == 'B') q++;
    char quote = lx->src[q];
    for (size_t i = q + 1; i < lx->len; i++) {
        char c = lx->src[i];
        if (c == '\\') {
            i++;
        } else if (c == quote) {
            lx->pos = i + 1;
            if (quote == '\'') {
                single_quoted_value(lx, lx->src + q + 1, i - q - 1, tok);
                return PHPVM_T_CONSTANT_ENCAPSED_STRING;
            }
            if (!decode_escapes(lx, lx->src + q + 1, i - q - 1, '"', lx->line, tok)) return -1;
            return PHPVM_T_CONSTANT_ENCAPSED_STRING;
        } else if (quote == '"' && interpolation_at(lx, i)) {
            break;
        }
    }
    if (quote == '\'') {
        /* Unterminated: PHP returns the rest of the file as string content. */
        lx->pos = lx->len;
        single_quoted_value(lx, lx->src + q + 1, lx->len - q - 1, tok);
        return PHPVM_T_ENCAPSED_AND_WHITESPACE;
    }
    lx->pos = q + 1;
    lx->state = PHPVM_LS_DOUBLE_QUOTES;
    return '"';
}

/* Whether a heredoc closing marker (indentation, label, a non-label byte) starts at pos. */
static bool closing_marker_at(const phpvm_lexer_t *lx, const phpvm_heredoc_t *h, size_t pos,
                              size_t *marker)
{
    const char *s = lx->src;
    while (pos < lx->len && (s[pos] == ' ' || s[pos] == '\t'))
        pos++;
    if (pos + h->label_len > lx->len || memcmp(s + pos, h->label, h->label_len) != 0) return false;
    if (pos + h->label_len < lx->len &&
        phpvm_lexer_is_label_char((unsigned char)s[pos + h->label_len]))
        return false;
    *marker = pos;
    return true;
}

/* The offset of the line holding the closing marker, searching from body; lx->len if none. */
static size_t find_closing_line(const phpvm_lexer_t *lx, const phpvm_heredoc_t *h, size_t body,
                                size_t *marker)
{
    size_t p = body;
    for (;;) {
        if (closing_marker_at(lx, h, p, marker)) return p;
        while (p < lx->len && !is_newline(lx->src[p]))
            p++;
        if (p >= lx->len) return lx->len;
        p += newline_len(lx->src, p, lx->len);
    }
}

static phpvm_heredoc_t *heredoc_top(phpvm_lexer_t *lx)
{
    return &lx->heredocs[lx->nheredoc - 1];
}

/* The closing line [line, marker) of the innermost heredoc was found: remember its indentation
** for a scan ahead, and reject a mix of tabs and spaces (reported on `line_no`). */
static bool closing_found(phpvm_lexer_t *lx, size_t line, size_t marker, uint32_t line_no)
{
    bool spaces = false, tabs = false;

    for (size_t i = line; i < marker; i++) {
        if (lx->src[i] == '\t')
            tabs = true;
        else
            spaces = true;
    }
    lx->scan_indent = marker - line;
    lx->scan_tabs = tabs;
    if (spaces && tabs && lx->parse_mode) {
        phpvm_lexer_fail(lx, line_no, "Invalid indentation - tabs and spaces cannot be mixed");
        return false;
    }
    return true;
}

/* PHP finds a heredoc's closing indentation before lexing its body, by lexing ahead (nested
** heredocs included) with a copy of the lexer until the heredoc ends. Returns the first token of
** the body. */
static int scan_ahead(phpvm_lexer_t *lx, size_t *indent, bool *tabs)
{
    phpvm_lexer_t sub = *lx;
    phpvm_parse_error_t err = {0};
    phpvm_token_t tok;
    int level = 1, first = 0;

    sub.stack = rt_arena_alloc(lx->arena, (lx->cap + 1) * sizeof *sub.stack);
    if (lx->depth) memcpy(sub.stack, lx->stack, lx->depth * sizeof *sub.stack);
    sub.cap = lx->cap + 1;
    sub.heredocs = rt_arena_alloc(lx->arena, (lx->heredoc_cap + 1) * sizeof *sub.heredocs);
    memcpy(sub.heredocs, lx->heredocs, lx->nheredoc * sizeof *sub.heredocs);
    sub.heredoc_cap = lx->heredoc_cap + 1;
    sub.nest = NULL;
    sub.nnest = sub.nest_cap = 0;
    sub.parse_mode = false;
    sub.scanning_ahead = true;
    sub.error = &err;
    sub.scan_indent = 0;
    sub.scan_tabs = false;
    while (level > 0) {
        int k = phpvm_lexer_next(&sub, &tok);
        if (!first) first = k;
        if (k == PHPVM_T_START_HEREDOC)
            level++;
        else if (k == PHPVM_T_END_HEREDOC)
            level--;
        else if (k <= 0)
            break;
    }
    *indent = sub.scan_indent;
    *tabs = sub.scan_tabs;
    return first;
}

int phpvm_lexer_heredoc_start(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    const char *s = lx->src;
    size_t p = lx->pos + (s[lx->pos] == '<' ? 3 : 4);
    char quote = 0;

    while (p < lx->len && (s[p] == ' ' || s[p] == '\t'))
        p++;
    if (p < lx->len && (s[p] == '\'' || s[p] == '"')) quote = s[p++];
    if (p >= lx->len || !phpvm_lexer_is_label_start((unsigned char)s[p])) return 0;
    size_t label = p;
    while (p < lx->len && phpvm_lexer_is_label_char((unsigned char)s[p]))
        p++;
    size_t label_len = p - label;
    if (quote && (p >= lx->len || s[p++] != quote)) return 0;
    size_t nl = newline_len(s, p, lx->len);
    if (nl == 0) return 0;
    if (lx->nheredoc == lx->heredoc_cap) {
        size_t cap = lx->heredoc_cap ? lx->heredoc_cap * 2 : 4;
        lx->heredocs =
            rt_arena_grow(lx->arena, lx->heredocs, lx->heredoc_cap * sizeof *lx->heredocs,
                          cap * sizeof *lx->heredocs);
        lx->heredoc_cap = cap;
    }
    phpvm_heredoc_t *h = &lx->heredocs[lx->nheredoc++];
    memset(h, 0, sizeof *h);
    h->label = s + label;
    h->label_len = label_len;
    h->at_line_start = true;
    size_t body = p + nl, marker;
    uint32_t body_line = lx->line + 1;
    lx->pos = body;
    lx->state = quote == '\'' ? PHPVM_LS_NOWDOC : PHPVM_LS_HEREDOC;
    (void)tok;
    if (closing_marker_at(lx, h, body, &marker)) {
        /* An empty heredoc: the closing marker is on the next line. */
        lx->state = PHPVM_LS_END_HEREDOC;
        return closing_found(lx, body, marker, body_line) ? PHPVM_T_START_HEREDOC : -1;
    }
    if (lx->scanning_ahead) return PHPVM_T_START_HEREDOC;
    int first = scan_ahead(lx, &h->indent, &h->indent_tabs);
    if (quote != '\'' && h->indent > 0 && lx->parse_mode &&
        (first == PHPVM_T_VARIABLE || first == PHPVM_T_DOLLAR_OPEN_CURLY_BRACES ||
         first == PHPVM_T_CURLY_OPEN))
        return phpvm_lexer_fail(lx, body_line,
                                "Invalid body indentation level (expecting an "
                                "indentation level of at least %zu)",
                                h->indent);
    return PHPVM_T_START_HEREDOC;
}

/* The next newline in s[i..n): its offset, or n if none; *len gets its length (0 if none). */
static size_t next_newline(const char *s, size_t i, size_t n, size_t *len)
{
    for (; i < n; i++) {
        if ((*len = newline_len(s, i, n)) != 0) return i;
    }
    *len = 0;
    return n;
}

/* Removes the closing marker's indentation from each line of a heredoc part s[0..n), as PHP's
** strip_multiline_string_indentation: the first line only if the part starts a line, the last
** only if the part ends the body (`last`); a line with less indentation is an error unless it
** is blank. */
static bool strip_indentation(phpvm_lexer_t *lx, const phpvm_heredoc_t *h, const char *s, size_t n,
                              bool line_start, bool last, uint32_t line, char **out, size_t *outlen)
{
    char *buf = rt_arena_alloc(lx->arena, n + 1), *o = buf;
    size_t i = 0, nl, nl_len;

    if (!line_start) {
        nl = next_newline(s, 0, n, &nl_len);
        memcpy(o, s, nl + nl_len);
        o += nl + nl_len;
        i = nl + nl_len;
        line++;
        if (nl_len == 0) goto done;
    }
    for (;;) {
        nl = next_newline(s, i, n, &nl_len);
        bool has_end = nl_len != 0 || last;
        for (size_t skip = 0; skip < h->indent; skip++, i++) {
            if (has_end && i == nl) break;
            if (i == n || (s[i] != ' ' && s[i] != '\t')) {
                if (!lx->parse_mode) break;
                phpvm_lexer_fail(lx, line,
                                 "Invalid body indentation level (expecting an indentation "
                                 "level of at least %zu)",
                                 h->indent);
                return false;
            }
            if ((s[i] == '\t') != h->indent_tabs && lx->parse_mode) {
                phpvm_lexer_fail(lx, line, "Invalid indentation - tabs and spaces cannot be mixed");
                return false;
            }
        }
        if (i >= n) break;
        memcpy(o, s + i, nl + nl_len - i);
        o += nl + nl_len - i;
        i = nl + nl_len;
        line++;
        if (nl_len == 0) break;
    }
done:
    *o = '\0';
    *out = buf;
    *outlen = (size_t)(o - buf);
    return true;
}

/* The value of a heredoc/nowdoc body part s[0..n): indentation removed, the newline before the
** closing marker dropped (when `last`), escapes decoded for heredocs. */
static int heredoc_value(phpvm_lexer_t *lx, phpvm_token_t *tok, const char *s, size_t n, bool last,
                         bool nowdoc)
{
    phpvm_heredoc_t *h = heredoc_top(lx);
    bool line_start = h->at_line_start;
    char *text;
    size_t len;

    h->at_line_start = n > 0 && is_newline(s[n - 1]);
    if (last && n > 0) {
        if (n >= 2 && s[n - 2] == '\r' && s[n - 1] == '\n')
            n -= 2;
        else if (is_newline(s[n - 1]))
            n--;
    }
    if (h->indent == 0) {
        text = (char *)s;
        len = n;
    } else if (!strip_indentation(lx, h, s, n, line_start, last, lx->line, &text, &len)) {
        return -1;
    }
    if (nowdoc) {
        tok->vtype = PHPVM_TV_STR;
        tok->str = rt_arena_strndup(lx->arena, text, len);
        tok->slen = len;
        return PHPVM_T_ENCAPSED_AND_WHITESPACE;
    }
    if (!decode_escapes(lx, text, len, 0, lx->line, tok)) return -1;
    return PHPVM_T_ENCAPSED_AND_WHITESPACE;
}

/* "$name" inside a string, with the sub-state its follower asks for. */
static int encaps_variable(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    const char *s = lx->src;
    size_t start = lx->pos, end = start + 1;

    while (end < lx->len && phpvm_lexer_is_label_char((unsigned char)s[end]))
        end++;
    lx->pos = end;
    tok->vtype = PHPVM_TV_STR;
    tok->str = rt_arena_strndup(lx->arena, s + start + 1, end - start - 1);
    tok->slen = end - start - 1;
    if (end < lx->len && s[end] == '[') {
        phpvm_lexer_push(lx, PHPVM_LS_VAR_OFFSET);
    } else {
        size_t arrow = end + (end < lx->len && s[end] == '?');
        if (arrow + 2 < lx->len && s[arrow] == '-' && s[arrow + 1] == '>' &&
            phpvm_lexer_is_label_start((unsigned char)s[arrow + 2]))
            phpvm_lexer_push(lx, PHPVM_LS_PROPERTY);
    }
    return PHPVM_T_VARIABLE;
}

/* Where the string part starting at pos ends: at the closing quote, an interpolation, or (in a
** heredoc) just after the newline before the closing marker (*last set). SIZE_MAX on an error. */
static size_t string_part_end(phpvm_lexer_t *lx, size_t pos, bool *last)
{
    const char *s = lx->src;
    phpvm_lexstate_t st = lx->state;
    size_t i;

    for (i = pos; i < lx->len; i++) {
        char c = s[i];
        if (c == '\\') {
            if (i + 1 < lx->len && !(st == PHPVM_LS_HEREDOC && is_newline(s[i + 1]))) i++;
            continue;
        }
        if ((st == PHPVM_LS_DOUBLE_QUOTES && c == '"') || (st == PHPVM_LS_BACKQUOTE && c == '`'))
            break;
        if (interpolation_at(lx, i)) break;
        if (st == PHPVM_LS_HEREDOC && is_newline(c)) {
            size_t after = i + newline_len(s, i, lx->len), marker;
            if (closing_marker_at(lx, heredoc_top(lx), after, &marker)) {
                if (!closing_found(lx, after, marker, lx->line)) return SIZE_MAX;
                *last = true;
                return after;
            }
            i = after - 1;
        }
    }
    return i;
}

int phpvm_lexer_encaps(phpvm_lexer_t *lx, phpvm_token_t *tok)
{
    const char *s = lx->src;
    size_t pos = lx->pos, i;
    phpvm_lexstate_t st = lx->state;

    if (st == PHPVM_LS_END_HEREDOC) {
        size_t marker;
        phpvm_heredoc_t *h = heredoc_top(lx);
        if (!closing_marker_at(lx, h, pos, &marker))
            marker = pos; /* unreachable: END_HEREDOC is entered only before a marker */
        lx->pos = marker + h->label_len;
        lx->nheredoc--;
        lx->state = PHPVM_LS_SCRIPTING;
        return PHPVM_T_END_HEREDOC;
    }
    if (pos >= lx->len) return PHPVM_T_END;
    if (st == PHPVM_LS_NOWDOC) {
        size_t marker, closing = find_closing_line(lx, heredoc_top(lx), pos, &marker);
        lx->pos = closing;
        if (closing < lx->len) {
            lx->state = PHPVM_LS_END_HEREDOC;
            if (!closing_found(lx, closing, marker, lx->line)) return -1;
        }
        return heredoc_value(lx, tok, s + pos, closing - pos, closing < lx->len, true);
    }
    if ((st == PHPVM_LS_DOUBLE_QUOTES && s[pos] == '"') ||
        (st == PHPVM_LS_BACKQUOTE && s[pos] == '`')) {
        lx->pos++;
        lx->state = PHPVM_LS_SCRIPTING;
        return (unsigned char)s[pos];
    }
    if (interpolation_at(lx, pos)) {
        if (st == PHPVM_LS_HEREDOC) heredoc_top(lx)->at_line_start = false;
        if (s[pos] == '{') {
            lx->pos++;
            phpvm_lexer_push(lx, PHPVM_LS_SCRIPTING);
            return PHPVM_T_CURLY_OPEN;
        }
        if (s[pos + 1] == '{') {
            lx->pos += 2;
            phpvm_lexer_push(lx, PHPVM_LS_VARNAME);
            return PHPVM_T_DOLLAR_OPEN_CURLY_BRACES;
        }
        return encaps_variable(lx, tok);
    }
    bool last = false;
    if ((i = string_part_end(lx, pos, &last)) == SIZE_MAX) return -1;
    lx->pos = i;
    if (st == PHPVM_LS_HEREDOC) {
        if (last) lx->state = PHPVM_LS_END_HEREDOC;
        return heredoc_value(lx, tok, s + pos, i - pos, last, false);
    }
    if (!decode_escapes(lx, s + pos, i - pos, st == PHPVM_LS_BACKQUOTE ? '`' : '"', lx->line, tok))
        return -1;
    return PHPVM_T_ENCAPSED_AND_WHITESPACE;
}
