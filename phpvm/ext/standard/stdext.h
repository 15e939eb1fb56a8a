/*
** stdext.h: what ext/standard's files share among themselves beyond phpvm/interp.h (codecs
** streams other files create and layer, the rounding of round() and number_format). Internal
** to phpvm/ext/standard.
*/
#ifndef PHPVM_EXT_STANDARD_STDEXT_H
#define PHPVM_EXT_STANDARD_STDEXT_H

#include <stdio.h>

#include "phpvm/interp.h"

/* The PHP_ROUND_* modes of round(). */
enum { PHPVM_ROUND_HALF_UP = 1, PHPVM_ROUND_HALF_DOWN, PHPVM_ROUND_HALF_EVEN, PHPVM_ROUND_HALF_ODD };

/* PHP 8.2's round() of a double to `places` decimals (negative: tens, hundreds...) in a
** PHPVM_ROUND_* mode, pre-rounding included (math.c); number_format rounds with it too. Pure. */
double phpvm_std_math_round(double value, int64_t places, int64_t mode);

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
/* For the stream filters (filter.c): the FILE the stream argument args[i] reads and writes
** (NULL for php://output), whether closing the stream closes it, and whether it reads and
** writes; false with the TypeError of a non-stream pending. */
bool phpvm_std_stream_layer(rt_value_t *args, int i, FILE **fp, bool *owned, bool *r, bool *w);
/* The FILE under the stream argument args[i] (NULL for php://output), its wrapper_type ("" for
** none) and stream_type as stream_get_meta_data reports them; false with the TypeError of a
** non-stream pending. */
bool phpvm_std_stream_info(rt_value_t *args, int i, FILE **fp, const char **wrapper,
                           const char **stype);
/* Makes fp (a filter layer over the stream's former FILE, args[i] already checked) what the
** stream reads and writes, owned by it. */
void phpvm_std_stream_relayer(rt_value_t *args, int i, FILE *fp);
/* A filtered php://filter/... URL opened as fopen() would (filter.c): the stream, false
** after PHP's warnings, RT_NOVALUE with an exception. May collect. */
rt_value_t phpvm_std_filter_url(rt_str_t *url, const char *mode);
/* The file name argument args[i]: NULL with PHP's ValueError pending when it contains a NUL
** byte; with use_include_path, a relative name found through include_path (then the running
** script's directory, then the working directory) is that file's real path. May collect. */
rt_str_t *phpvm_std_path_arg(rt_value_t *args, int argc, int i, bool use_include_path);
/* Marks the bytes of a character list with "x..y" ranges in set[] (string_chars.c), warning as
** PHP's php_charmask does about malformed ranges (fname names the function). */
void phpvm_std_charmask(const rt_str_t *l, bool set[256], const char *fname);
/* The same for the functions that open a stream on it (fopen, file, readfile, copy...): an empty
** name is PHP's ValueError "Path cannot be empty" too. */
rt_str_t *phpvm_std_open_path_arg(rt_value_t *args, int argc, int i, bool use_include_path);
/* The local file a plain-files path names: "file:///x" is "/x" (the file:// wrapper), anything
** else itself. */
const char *phpvm_std_local_path(const char *path);
/* Whether path is a compress.zlib:// or data: URL, which phpvm_std_open_file opens. */
bool phpvm_std_wrapped(const char *path);
/* A data: URL's bytes in a temporary file (dataurl.c); NULL with *why saying why not (PHP's
** "rfc2397: ..." words after the colon). May collect. */
FILE *phpvm_std_data_open(const char *url, const char **why);
/* fopen(path, mode) of a local file, a compress.zlib:// URL (ext/zlib's) or a data: URL; NULL
** with errno set (or the reason kept for phpvm_std_open_failed). */
FILE *phpvm_std_open_file(const char *path, const char *mode);
/* The warning of a failed phpvm_std_open_file(path) in the running builtin's words (the gz*
** functions name the file and the OS's reason, the others a zlib URL's failure only). */
void phpvm_std_open_failed(const char *path);
/* Whether user filters of the filtered stream fp run now (1) or it is being closed (2): then
** fclose() refuses it, as PHP's "no fclose" flag does; 0 otherwise (filter.c). */
int phpvm_std_filter_busy(FILE *fp);
/* Whether name is a built-in filter or filter family ("zlib.*") (filter.c). */
bool phpvm_std_filter_known(const char *name);
/* User filters (userfilter.c): whether stream_filter_register registered name (or a
** wildcard "a.*" covering it). */
bool phpvm_std_userfilter_exists(const char *name);
/* Appends the registered user filter names to out. May collect. */
void phpvm_std_userfilter_names(phpvm_array_t *out);
/* A new filter object for the registered name with $filtername and $params set and onCreate()
** run: the object, false when onCreate() returned false or the class is missing (after PHP's
** warning), RT_NOVALUE with an exception pending. May collect. */
rt_value_t phpvm_std_userfilter_new(const char *name, rt_value_t params);
/* One filter() call of user filter obj over in[0..n) (no bucket when n is 0), $this->stream
** set to stream (0: left alone) meanwhile; writing: $consumed starts at 0, else null. The
** output brigade's bytes when filter() returned PSFS_PASS_ON, null for PSFS_FEED_ME, false
** for anything else, RT_NOVALUE with an exception pending. May collect. */
rt_value_t phpvm_std_userfilter_run(rt_value_t obj, rt_value_t stream, const char *in, size_t n,
                                    bool closing, bool writing);
/* Calls the filter's onClose() (not in the collector's sweep, nor with an exception
** pending). May collect. */
void phpvm_std_userfilter_close(rt_value_t obj);
/* Everything left to read from fp, as a new string. May collect. */
rt_str_t *phpvm_std_read_all(FILE *fp);
/* fopen(path, mode) as the builtin does it (stream.c), for php://filter's resource. */
rt_value_t phpvm_std_fopen(rt_str_t *path, const char *mode);
/* file_get_contents and file_put_contents (mode "wb" or "ab") of a php:// URL other than
** php://filter, through the stream fopen opens (stream.c): the contents or the byte count, false
** after fopen's warnings. May collect. */
rt_value_t phpvm_std_php_url_get(rt_str_t *url);
rt_value_t phpvm_std_php_url_put(rt_str_t *url, rt_str_t *data, const char *mode);

#endif
