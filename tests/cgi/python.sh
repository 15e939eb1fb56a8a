#!/bin/sh
# python.sh: PHP pages that import Python behind a real lighttpd (issue 9): through mod_fastcgi
# -> `pyhyp --fastcgi` (one worker) an imported Python module stays imported and keeps its state
# across requests while PHP's globals start fresh each time; through mod_cgi -> hippy-c-cgi every
# request is a new process. Also a PHP array from $_GET reaching Python and a Python exception
# caught by the page.
#   tests/cgi/python.sh BUILDDIR      (prints "N passed, N failed"; exit status 1 on a failure)
set -u
BUILDDIR=$(cd "${1:-.}" && pwd)
LIGHTTPD=$(command -v lighttpd || echo /usr/sbin/lighttpd)
[ -x "$BUILDDIR/pyhyp" ] && [ -x "$BUILDDIR/hippy-c-cgi" ] || {
    echo "python.sh: build pyhyp and hippy-c-cgi first"; exit 2; }
[ -x "$LIGHTTPD" ] || { echo "python.sh: lighttpd is not installed"; exit 2; }

WORK=$(mktemp -d /tmp/pyhyp-python-XXXXXX)
mkdir -p "$WORK/root"
cat > "$WORK/root/counter.py" <<'PY'
hits = 0

def hit():
    global hits
    hits += 1
    return hits

def total(values):
    if "boom" in values:
        raise ValueError("no boom here")
    return sum(int(v) for v in values.values())
PY
cat > "$WORK/root/page.php" <<'PHP'
<?php
header("Content-Type: text/plain");
$m = import_py_mod("counter");
$state = isset($GLOBALS["seen"]) ? "stale" : "fresh";
$GLOBALS["seen"] = true;
try {
    $total = $m->total($_GET);
    echo "hit ", $m->hit(), " php ", $state, " total ", $total, "\n";
} catch (ValueError $e) {
    echo "caught ", $e->getMessage(), "\n";
}
PHP
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
FPORT=$(port)
CPORT=$(port)
conf() { # conf PORT MODULES BACKEND-LINES
    cat <<CONF
server.document-root = "$WORK/root"
server.bind = "127.0.0.1"
server.port = $1
server.errorlog = "$WORK/error-$1.log"
server.modules = ($2)
$3
CONF
}
conf "$FPORT" '"mod_fastcgi"' "fastcgi.server = (\".php\" => ((\"socket\" => \"$WORK/fcgi.sock\",
    \"bin-path\" => \"$BUILDDIR/pyhyp --fastcgi\", \"max-procs\" => 1, \"check-local\" => \"disable\",
    \"bin-environment\" => (\"PHP_FCGI_CHILDREN\" => \"1\", \"PHP_FCGI_MAX_REQUESTS\" => \"100\"))))" \
    > "$WORK/fcgi.conf"
conf "$CPORT" '"mod_cgi"' "cgi.assign = (\".php\" => \"$BUILDDIR/hippy-c-cgi\")" > "$WORK/cgi.conf"
"$LIGHTTPD" -D -f "$WORK/fcgi.conf" &
FPID=$!
"$LIGHTTPD" -D -f "$WORK/cgi.conf" &
CPID=$!
trap 'kill $FPID $CPID 2>/dev/null; wait $FPID $CPID 2>/dev/null; rm -rf "$WORK"' EXIT
for p in "$FPORT" "$CPORT"; do
    for _ in $(seq 50); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/counter.py")" != 000 ] && break
        sleep 0.1
    done
done

PASS=0
FAIL=0
# check NAME EXPECTED-BODY URL: the response body must be exactly EXPECTED-BODY.
check() {
    got=$(curl -g -s "$3")
    if [ "$got" = "$2" ]; then
        PASS=$((PASS + 1))
    else
        FAIL=$((FAIL + 1))
        printf 'FAIL %s: wanted "%s", got "%s"\n' "$1" "$2" "$got"
    fi
}

F="http://127.0.0.1:$FPORT/page.php"
C="http://127.0.0.1:$CPORT/page.php"
check fcgi_first 'hit 1 php fresh total 3' "$F?a=1&b=2"
check fcgi_module_kept 'hit 2 php fresh total 10' "$F?x=10"
check fcgi_module_kept_again 'hit 3 php fresh total 0' "$F"
check fcgi_py_exception 'caught ValueError: no boom here' "$F?boom=1"
check fcgi_after_exception 'hit 4 php fresh total 7' "$F?n=7"
check cgi_new_process 'hit 1 php fresh total 3' "$C?a=1&b=2"
check cgi_new_process_again 'hit 1 php fresh total 5' "$C?a=5"
check cgi_py_exception 'caught ValueError: no boom here' "$C?boom=1"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
