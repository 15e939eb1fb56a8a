/*
** mod_errno.c: the native `errno` module (modules.h): every errno name Linux defines as an int,
** and errorcode mapping the numbers back to their first name, as CPython's errno module.
*/
#include <errno.h>

#include "pyvm/modules/modules.h"

/* X(name): the errno constants CPython's errno module exports on Linux (aliases included). */
#define ERRNO_NAMES(X) \
    X(E2BIG) X(EACCES) X(EADDRINUSE) X(EADDRNOTAVAIL) X(EADV) X(EAFNOSUPPORT) X(EAGAIN) \
    X(EALREADY) X(EBADE) X(EBADF) X(EBADFD) X(EBADMSG) X(EBADR) X(EBADRQC) X(EBADSLT) X(EBFONT) \
    X(EBUSY) X(ECANCELED) X(ECHILD) X(ECHRNG) X(ECOMM) X(ECONNABORTED) X(ECONNREFUSED) \
    X(ECONNRESET) X(EDEADLOCK) X(EDESTADDRREQ) X(EDOM) X(EDOTDOT) X(EDQUOT) X(EEXIST) X(EFAULT) \
    X(EFBIG) X(EHOSTDOWN) X(EHOSTUNREACH) X(EIDRM) X(EILSEQ) X(EINPROGRESS) X(EINTR) X(EINVAL) \
    X(EIO) X(EISCONN) X(EISDIR) X(EISNAM) X(EKEYEXPIRED) X(EKEYREJECTED) X(EKEYREVOKED) \
    X(EL2HLT) X(EL2NSYNC) X(EL3HLT) X(EL3RST) X(ELIBACC) X(ELIBBAD) X(ELIBEXEC) X(ELIBMAX) \
    X(ELIBSCN) X(ELNRNG) X(ELOOP) X(EMEDIUMTYPE) X(EMFILE) X(EMLINK) X(EMSGSIZE) X(EMULTIHOP) \
    X(ENAMETOOLONG) X(ENAVAIL) X(ENETDOWN) X(ENETRESET) X(ENETUNREACH) X(ENFILE) X(ENOANO) \
    X(ENOBUFS) X(ENOCSI) X(ENODATA) X(ENODEV) X(ENOENT) X(ENOEXEC) X(ENOKEY) X(ENOLCK) \
    X(ENOLINK) X(ENOMEDIUM) X(ENOMEM) X(ENOMSG) X(ENONET) X(ENOPKG) X(ENOPROTOOPT) X(ENOSPC) \
    X(ENOSR) X(ENOSTR) X(ENOSYS) X(ENOTBLK) X(ENOTCONN) X(ENOTDIR) X(ENOTEMPTY) X(ENOTNAM) \
    X(ENOTRECOVERABLE) X(ENOTSOCK) X(ENOTSUP) X(ENOTTY) X(ENOTUNIQ) X(ENXIO) X(EOVERFLOW) \
    X(EOWNERDEAD) X(EPERM) X(EPFNOSUPPORT) X(EPIPE) X(EPROTO) X(EPROTONOSUPPORT) X(EPROTOTYPE) \
    X(ERANGE) X(EREMCHG) X(EREMOTE) X(EREMOTEIO) X(ERESTART) X(ERFKILL) X(EROFS) X(ESHUTDOWN) \
    X(ESOCKTNOSUPPORT) X(ESPIPE) X(ESRCH) X(ESRMNT) X(ESTALE) X(ESTRPIPE) X(ETIME) X(ETIMEDOUT) \
    X(ETOOMANYREFS) X(ETXTBSY) X(EUCLEAN) X(EUNATCH) X(EUSERS) X(EXDEV) X(EXFULL) X(EDEADLK) \
    X(EOPNOTSUPP) X(EWOULDBLOCK)

rt_map_t *pyvm_mod_errno_dict(void)
{
    rt_map_t *d = pyvm_dict_new();
    rt_map_t *codes = pyvm_dict_new();
#define ERRNO_PUT(name)                                                                            \
    pyvm_mod_put(d, #name, rt_small(name));                                                        \
    if (!pyvm_dict_get(codes, rt_small(name)))                                                     \
        pyvm_dict_set(codes, rt_small(name), pyvm_str_cstr(#name));
    ERRNO_NAMES(ERRNO_PUT)
#undef ERRNO_PUT
    pyvm_mod_put(d, "errorcode", rt_from_ptr(codes));
    return d;
}
