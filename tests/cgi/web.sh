#!/bin/sh
# web.sh: PHP scripts through hippy-c-cgi (lighttpd mod_cgi) and `pyhyp --fastcgi` (lighttpd
# mod_fastcgi), compared with php-cgi's recorded responses (tools/record-web, tests/cgi/web.expect).
# Also an nginx + FastCGI smoke test when nginx is installed.
#   tests/cgi/web.sh BUILDDIR      (prints "N passed, N failed"; exit status 1 on a failure)
set -u
SRCDIR=$(cd "$(dirname "$0")/../.." && pwd)
command -v lighttpd >/dev/null 2>&1 || [ -x /usr/sbin/lighttpd ] || {
    echo "web.sh: lighttpd is not installed"; exit 2; }
exec python3 "$SRCDIR/tools/record-web" --check "${1:-.}"
