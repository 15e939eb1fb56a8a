/*
** mbchars.h: the encodings and characters of ext/mbstring (mbstring.c), for its other files:
** an encoding argument, one character read from a string, one written to a buffer.
*/
#ifndef PYHYP_PHPVM_EXT_MBSTRING_MBCHARS_H
#define PYHYP_PHPVM_EXT_MBSTRING_MBCHARS_H

#include <stddef.h>
#include <stdint.h>

#include "phpvm/vm.h"

/* UTF-16 and UTF-32 without an order are big-endian, and conversions honour a leading BOM. */
enum enc { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UTF16BE, ENC_UTF16LE, ENC_UTF32BE, ENC_UTF32LE,
           ENC_UTF16, ENC_UTF32 };

/* The encoding argument i (missing or null: the internal encoding); false with a ValueError. */
bool mb_enc_arg(rt_value_t *args, int argc, int i, enum enc *out);

/* The character at s[0..n): its length in bytes (a bad byte is one), *cp its code point or -1. */
int mb_char_at(const char *s, size_t n, enum enc e, int32_t *cp);

/* Appends code point cp in encoding e; one the encoding cannot hold (or -1) becomes the
** substitute character (mb_substitute_character), or nothing. */
void mb_put_cp(rt_strbuf_t *b, int32_t cp, enum enc e);

#endif
