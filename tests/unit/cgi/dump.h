/*
** dump.h: the tests' cgi_sink_t: builds $_GET/$_POST/$_COOKIE/$_FILES as PHP arrays would be
** (numeric-string keys become integers, [] appends after the largest integer key, a scalar on
** the path becomes an array) and prints them in the canonical text that tools/record-cgi's PHP
** script prints for php-cgi, so the two can be compared byte for byte.
*/
#ifndef PYHYP_TESTS_CGI_DUMP_H
#define PYHYP_TESTS_CGI_DUMP_H

#include "cgi/cgi.h"

typedef struct dump dump_t;

/* A new empty set of arrays; tmp_prefix ("DIR/php") marks values to print as "TMP:" + contents. */
dump_t *dump_new(const char *tmp_prefix);
void dump_free(dump_t *d);

/* The sink that fills d. */
cgi_sink_t dump_sink(dump_t *d);

/* The canonical text of the four arrays (a malloc'ed string the caller frees). */
char *dump_text(const dump_t *d);

/* "WARN message" lines of the distinct warnings, sorted (malloc'ed). */
char *dump_warnings(const dump_t *d);

/* Appends one escaped value ("..." with \xHH for bytes outside printable ASCII, '"' and '\'). */
void dump_escape(FILE *out, const char *s, size_t len);

#endif
