/*
** unicode.h: the few Unicode facts the Python front end needs (pyvm-internal): UTF-8 decoding,
** identifier characters (XID_Start/XID_Continue, as CPython's str.isidentifier), printability (as
** str.isprintable, for reprs and error messages) and \N{name} lookup. Backed by ICU, whose Unicode
** version (15.0 on Debian 12) is one newer than CPython 3.11's 14.0: characters assigned in 15.0
** count as letters/printable here and not in CPython. Identifiers are NFKC-normalised.
*/
#ifndef PYHYP_PYVM_UNICODE_H
#define PYHYP_PYVM_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one UTF-8 sequence at s (s < end): returns its length 1..4 and the code point, or 0 if
** the bytes are not well-formed UTF-8 (overlong forms and surrogates are rejected). */
int pyvm_unicode_decode(const char *s, const char *end, uint32_t *cp);

/* As pyvm_unicode_decode, but a str's own bytes: a lone surrogate's 3-byte form (from a \ud800-style
** escape) decodes to the surrogate, and any other ill-formed byte to U+FFFD with length 1. */
int pyvm_unicode_decode_lenient(const char *s, const char *end, uint32_t *cp);

/* Encodes cp (<= 0x10FFFF, surrogates allowed, as Python's surrogatepass) into out; returns 1..4. */
int pyvm_unicode_encode(uint32_t cp, char *out);

bool pyvm_unicode_is_id_start(uint32_t cp);    /* XID_Start or '_' */
bool pyvm_unicode_is_id_continue(uint32_t cp); /* XID_Continue */
bool pyvm_unicode_is_printable(uint32_t cp);   /* str.isprintable for one character */

/* Character classes as str.isdecimal / isspace / isalnum define them for one character, and the
** simple case mappings (regular expressions' \d, \s, \w and IGNORECASE). */
bool pyvm_unicode_is_decimal(uint32_t cp);
bool pyvm_unicode_is_space(uint32_t cp);
bool pyvm_unicode_is_alnum(uint32_t cp);
uint32_t pyvm_unicode_lower(uint32_t cp);
uint32_t pyvm_unicode_upper(uint32_t cp);

/* The code point named `name` (len bytes, case-insensitive, names and name aliases as \N{} accepts),
** or -1 if there is none. */
long pyvm_unicode_lookup(const char *name, size_t len);

/* NFKC-normalises the UTF-8 text [s, s+len) (identifiers, as PEP 3131) into out (cap bytes, a
** NUL added when it fits); returns the normalised length, or 0 if it does not fit in cap - 1 or the
** text is longer than 1024 UTF-16 units. */
size_t pyvm_unicode_nfkc(const char *s, size_t len, char *out, size_t cap);

#endif
