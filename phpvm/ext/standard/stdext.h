/*
** stdext.h: what ext/standard's files share among themselves beyond phpvm/interp.h (codecs
** the stream filters reuse, streams other files create). Internal to phpvm/ext/standard.
*/
#ifndef PHPVM_EXT_STANDARD_STDEXT_H
#define PHPVM_EXT_STANDARD_STDEXT_H

#include <stdio.h>

#include "phpvm/interp.h"

/* Quoted-printable (codec.c), appending to b: PHP's quoted_printable_encode of s[0..n), and
** quoted_printable_decode of the NUL-terminated s. May collect. */
void phpvm_std_qp_encode(rt_strbuf_t *b, const unsigned char *s, size_t n);
void phpvm_std_qp_decode(rt_strbuf_t *b, const char *s);

/* A line (with its newline) of the stream argument args[i], as fgets() reads it (stream.c):
** the string, false at the end or after the notice of an unreadable stream, RT_NOVALUE with
** the TypeError of a non-stream pending. May collect. */
rt_value_t phpvm_std_stream_gets(rt_value_t *args, int i);

/* A stream resource owning fp (stream.c): a plain file's when seekable, else a pipe's;
** readable r, writable w; popened: fp came from popen() and closing the stream pcloses it.
** May collect. */
rt_value_t phpvm_std_stream_new(FILE *fp, bool seekable, bool r, bool w, bool popened);
/* The FILE under the stream argument args[i], flushed (NULL for php://output); *ok false
** with PHP's TypeError pending when args[i] is no stream. */
FILE *phpvm_std_stream_file(rt_value_t *args, int i, bool *ok);
/* Closes the stream argument args[i] as pclose() does: the child's exit status (its raw
** wait status when it did not exit normally), -1 on failure; *ok as above. */
int phpvm_std_stream_pclose(rt_value_t *args, int i, bool *ok);

#endif
