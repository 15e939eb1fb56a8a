/*
** json.c: ext/json's builtins (json_encode, json_decode, json_last_error(_msg)) over the encoder
** (encode.c) and parser (decode.c), the JSON_* constants, and PHP's error reporting: the last
** error code, or a JsonException under JSON_THROW_ON_ERROR.
*/
#include <limits.h>

#include "phpvm/ext/json/json.h"

#define UNUSED (void)self

static int last_error;

static const char *const messages[] = {
    [PHPVM_JSON_ERROR_NONE] = "No error",
    [PHPVM_JSON_ERROR_DEPTH] = "Maximum stack depth exceeded",
    [PHPVM_JSON_ERROR_STATE_MISMATCH] = "State mismatch (invalid or malformed JSON)",
    [PHPVM_JSON_ERROR_CTRL_CHAR] = "Control character error, possibly incorrectly encoded",
    [PHPVM_JSON_ERROR_SYNTAX] = "Syntax error",
    [PHPVM_JSON_ERROR_UTF8] = "Malformed UTF-8 characters, possibly incorrectly encoded",
    [PHPVM_JSON_ERROR_RECURSION] = "Recursion detected",
    [PHPVM_JSON_ERROR_INF_OR_NAN] = "Inf and NaN cannot be JSON encoded",
    [PHPVM_JSON_ERROR_UNSUPPORTED_TYPE] = "Type is not supported",
    [PHPVM_JSON_ERROR_INVALID_PROPERTY_NAME] = "The decoded property name is invalid",
    [PHPVM_JSON_ERROR_UTF16] = "Single unpaired UTF-16 surrogate in unicode escape",
    [PHPVM_JSON_ERROR_NON_BACKED_ENUM] = "Non-backed enums have no default serialization",
};

/* Throws JsonException(message of `code`, code); returns RT_NOVALUE. */
static rt_value_t throw_json(int code)
{
    phpvm_throw("JsonException", "%s", messages[code]);
    rt_value_t exc = rt_exc_current();
    phpvm_prop_write(exc, rt_str_from_cstr("code"), rt_small(code), phpvm_obj(exc)->cls);
    return RT_NOVALUE;
}

static rt_value_t fn_json_encode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    int64_t options = 0, depth = 512;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &options))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &depth))
        return RT_NOVALUE;
    /* Programs encode documents of similar sizes again and again: starting at the last size
    ** saves the doublings and, when the text fits the buffer closely, the final copy. */
    static size_t size_hint = 64;
    rt_strbuf_t b;
    rt_strbuf_init(&b, size_hint);
    int err = phpvm_json_encode(&b, args[0], options, depth);
    if (err < 0)
        return RT_NOVALUE;
    size_hint = b.len + b.len / 16 + 64;
    bool partial = options & PHPVM_JSON_PARTIAL_OUTPUT_ON_ERROR;
    if (!(options & PHPVM_JSON_THROW_ON_ERROR) || partial) {
        last_error = err;
        if (err && !partial)
            return rt_false;
    } else if (err) {
        return throw_json(err);
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_json_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    rt_str_t *json = phpvm_arg_str(args, argc, 0);
    if (!json)
        return RT_NOVALUE;
    int64_t depth = 512, options = 0;
    if (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &depth))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &options))
        return RT_NOVALUE;
    bool throw_ = options & PHPVM_JSON_THROW_ON_ERROR;
    if (!throw_)
        last_error = PHPVM_JSON_ERROR_NONE;
    if (json->len == 0) {
        if (throw_)
            return throw_json(PHPVM_JSON_ERROR_SYNTAX);
        last_error = PHPVM_JSON_ERROR_SYNTAX;
        return rt_none;
    }
    if (depth <= 0)
        return phpvm_throw("ValueError", "json_decode(): Argument #3 ($depth) must be greater "
                                         "than 0");
    if (depth > INT_MAX)
        return phpvm_throw("ValueError", "json_decode(): Argument #3 ($depth) must be less "
                                         "than %d", INT_MAX);
    if (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none) {
        if (phpvm_to_bool(phpvm_deref(args[1])))
            options |= PHPVM_JSON_OBJECT_AS_ARRAY;
        else
            options &= ~(int64_t)PHPVM_JSON_OBJECT_AS_ARRAY;
    }
    rt_value_t out = rt_none;
    int err = phpvm_json_decode(json->data, (size_t)json->len, options, depth, &out);
    if (err == PHPVM_JSON_ERROR_NONE)
        return out;
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (throw_)
        return throw_json(err);
    last_error = err;
    return rt_none;
}

static rt_value_t fn_json_last_error(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return rt_small(last_error);
}

static rt_value_t fn_json_last_error_msg(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    (void)args, (void)argc;
    return phpvm_cstr(messages[last_error]);
}

static const phpvm_builtin_t functions[] = {
    {"json_encode", fn_json_encode, 1, 3, "value,flags,depth", 0},
    {"json_decode", fn_json_decode, 1, 4, "json,associative,depth,flags", 0},
    {"json_last_error", fn_json_last_error, 0, 0, "", 0},
    {"json_last_error_msg", fn_json_last_error_msg, 0, 0, "", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

#define C(name) {"JSON_" #name, PHPVM_JSON_##name}
static const phpvm_intconst_t constants[] = {
    C(HEX_TAG), C(HEX_AMP), C(HEX_APOS), C(HEX_QUOT), C(FORCE_OBJECT), C(NUMERIC_CHECK),
    C(UNESCAPED_SLASHES), C(PRETTY_PRINT), C(UNESCAPED_UNICODE), C(PARTIAL_OUTPUT_ON_ERROR),
    C(PRESERVE_ZERO_FRACTION), C(UNESCAPED_LINE_TERMINATORS), C(OBJECT_AS_ARRAY),
    C(BIGINT_AS_STRING), C(INVALID_UTF8_IGNORE), C(INVALID_UTF8_SUBSTITUTE), C(THROW_ON_ERROR),
    C(ERROR_NONE), C(ERROR_DEPTH), C(ERROR_STATE_MISMATCH), C(ERROR_CTRL_CHAR), C(ERROR_SYNTAX),
    C(ERROR_UTF8), C(ERROR_RECURSION), C(ERROR_INF_OR_NAN), C(ERROR_UNSUPPORTED_TYPE),
    C(ERROR_INVALID_PROPERTY_NAME), C(ERROR_UTF16), C(ERROR_NON_BACKED_ENUM),
    {NULL, 0},
};
#undef C

const phpvm_ext_t phpvm_ext_json = {"json", functions, constants, NULL, NULL, NULL};
