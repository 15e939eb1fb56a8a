/*
** stream.h: the payload of a stream resource, shared by stream.c (stdio streams and the f*
** functions) and socket.c (network sockets, which read through the same FILE and write to their
** descriptor). Internal to phpvm/ext/standard.
*/
#ifndef PHPVM_EXT_STANDARD_STREAM_H
#define PHPVM_EXT_STANDARD_STREAM_H

#include <stdbool.h>
#include <stdio.h>

#include "phpvm/interp.h"

typedef enum phpvm_stream_kind {
    PHPVM_SK_FILE,   /* seekable */
    PHPVM_SK_PIPE,   /* not seekable; a read returns what one read(2) gives */
    PHPVM_SK_OUTPUT, /* PHP's output (php://output): no FILE */
    PHPVM_SK_USER,   /* a user wrapper's (userwrap.c), seekable through it */
    PHPVM_SK_SOCKET  /* socket.c's: reads as a pipe, with a timeout; writes send(2) */
} phpvm_stream_kind_t;

typedef struct phpvm_stream {
    FILE *fp; /* NULL for php://output; a socket's FILE only reads */
    phpvm_stream_kind_t kind;
    bool owned; /* fclose the FILE when the stream closes */
    bool eof;
    bool can_read, can_write;
    bool popened; /* fp came from popen(): pclose it (exec.c) */
    /* what stream_get_meta_data reports (the uri is the resource's heap value) */
    const char *wrapper, *stype; /* wrapper_type (NULL: none), stream_type */
    char mode[8];
    bool ahead;     /* at its end once nothing is left: zlib streams (zlib reads ahead) and
                    ** php://temp (which reads its memory stream greedily) */
    bool timed_out; /* a socket read waited its timeout out */
    bool blocking;  /* false once stream_set_blocking turned it off */
    double timeout; /* a socket read's wait in seconds (stream_set_timeout) */
} phpvm_stream_t;

/* How many bytes s's FILE has read ahead and not handed out (glibc's read buffer). */
static inline size_t phpvm_stream_buffered(const phpvm_stream_t *s)
{
    return s->fp ? (size_t)(s->fp->_IO_read_end - s->fp->_IO_read_ptr) : 0;
}

/* The stream of argument args[i]: NULL with PHP's TypeError pending for a non-stream. */
phpvm_stream_t *phpvm_stream_arg(rt_value_t *args, int i);

/* A new stream resource over fp (owned: closed with the stream) of a kind; may collect. */
rt_value_t phpvm_stream_wrap(FILE *fp, phpvm_stream_kind_t kind, bool owned, bool r, bool w);

/* ---- socket.c: what stream.c asks of a socket stream ---- */

/* Waits until s has bytes to read (buffered or arrived) or its peer closed: false when its
** timeout passed first (s->timed_out set) or it is non-blocking and nothing is there. */
bool phpvm_socket_wait(phpvm_stream_t *s);

/* Up to n bytes of a pipe or socket, as PHP reads them: what is buffered and, when that is
** short, what one read(2) gives (nothing more at the end, which sets s->eof, or when a socket's
** timeout passes). */
size_t phpvm_socket_read(phpvm_stream_t *s, char *buf, size_t n);

/* Writes n bytes to a socket's or pipe's descriptor at once, in one system call when it takes
** them, as PHP writes (a FILE would split them at its buffer size): the count written, or -1
** with PHP's notice ("Send of N bytes failed..."). */
int64_t phpvm_socket_write(phpvm_stream_t *s, const char *p, size_t n);

/* feof() of a socket: nothing buffered and the peer closed its end (a zero-timeout check). */
bool phpvm_socket_closed(phpvm_stream_t *s);

#endif
