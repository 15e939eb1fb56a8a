/*
** json.h: what the files of ext/json share (internal to phpvm/ext/json): PHP's JSON_* flags
** and error codes, the encoder (encode.c) and the parser (decode.c) that json.c's builtins
** drive.
*/
#ifndef PHPVM_EXT_JSON_H
#define PHPVM_EXT_JSON_H

#include "phpvm/interp.h"

/* The JSON_* option flags (the values PHP defines). */
enum {
    PHPVM_JSON_HEX_TAG = 1,
    PHPVM_JSON_HEX_AMP = 2,
    PHPVM_JSON_HEX_APOS = 4,
    PHPVM_JSON_HEX_QUOT = 8,
    PHPVM_JSON_FORCE_OBJECT = 16,
    PHPVM_JSON_NUMERIC_CHECK = 32,
    PHPVM_JSON_UNESCAPED_SLASHES = 64,
    PHPVM_JSON_PRETTY_PRINT = 128,
    PHPVM_JSON_UNESCAPED_UNICODE = 256,
    PHPVM_JSON_PARTIAL_OUTPUT_ON_ERROR = 512,
    PHPVM_JSON_PRESERVE_ZERO_FRACTION = 1024,
    PHPVM_JSON_UNESCAPED_LINE_TERMINATORS = 2048,
    PHPVM_JSON_OBJECT_AS_ARRAY = 1,
    PHPVM_JSON_BIGINT_AS_STRING = 2,
    PHPVM_JSON_INVALID_UTF8_IGNORE = 1048576,
    PHPVM_JSON_INVALID_UTF8_SUBSTITUTE = 2097152,
    PHPVM_JSON_THROW_ON_ERROR = 4194304,
};

/* json_last_error()'s codes (JSON_ERROR_*). */
enum {
    PHPVM_JSON_ERROR_NONE,
    PHPVM_JSON_ERROR_DEPTH,
    PHPVM_JSON_ERROR_STATE_MISMATCH,
    PHPVM_JSON_ERROR_CTRL_CHAR,
    PHPVM_JSON_ERROR_SYNTAX,
    PHPVM_JSON_ERROR_UTF8,
    PHPVM_JSON_ERROR_RECURSION,
    PHPVM_JSON_ERROR_INF_OR_NAN,
    PHPVM_JSON_ERROR_UNSUPPORTED_TYPE,
    PHPVM_JSON_ERROR_INVALID_PROPERTY_NAME,
    PHPVM_JSON_ERROR_UTF16,
    PHPVM_JSON_ERROR_NON_BACKED_ENUM,
};

/* Appends the JSON text of v to b under `options`, nesting at most `depth` levels. Returns the
** JSON error code (PHPVM_JSON_ERROR_NONE on success; with PARTIAL_OUTPUT_ON_ERROR the text is
** complete anyway), or -1 with an exception pending (from jsonSerialize or __toString). May
** call PHP code and collect. */
int phpvm_json_encode(rt_strbuf_t *b, rt_value_t v, int64_t options, int64_t depth);

/* Parses JSON text into *out (stdClass objects, or arrays under OBJECT_AS_ARRAY) allowing
** `depth` levels of nesting: the error code, PHPVM_JSON_ERROR_NONE on success. May collect. */
int phpvm_json_decode(const char *s, size_t n, int64_t options, int64_t depth, rt_value_t *out);

#endif
