/*
** netaddr.h: what the two halves of the native `_socket` module share (mod_socket.c, the socket
** type; mod_socket_net.c, addresses, the resolver and the constants). Internal to pyvm/modules.
*/
#ifndef PYHYP_PYVM_MODULES_NETADDR_H
#define PYHYP_PYVM_MODULES_NETADDR_H

#include <sys/socket.h>

#include "pyvm/modules/modules.h"

/* The sockaddr of a Python address of `family` for call fn (its name in messages): (host, port)
** for AF_INET, (host, port[, flowinfo[, scope_id]]) for AF_INET6 (host names resolved), a str
** or bytes path for AF_UNIX. false with TypeError / OverflowError / OSError / gaierror
** pending. May run Python code (codecs). */
bool pyvm_mod_socket_addr_in(int family, rt_value_t v, const char *fn,
                             struct sockaddr_storage *out, socklen_t *len);
/* The Python address of a sockaddr of len bytes. Allocates. */
rt_value_t pyvm_mod_socket_addr_out(const struct sockaddr *sa, socklen_t len);
/* Adds the resolver and inet functions, herror, gaierror and the constants to _socket's
** namespace being built; false with an error pending. */
bool pyvm_mod_socket_net_install(rt_map_t *d);

#endif
