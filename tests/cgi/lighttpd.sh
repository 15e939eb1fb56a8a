#!/bin/sh
# lighttpd.sh: cgi/'s FastCGI front end behind a real lighttpd (ARCHITECTURE.md section 7).
# Starts lighttpd on 127.0.0.1 at a free port with a temporary config whose mod_fastcgi spawns
# fcgi-echo (bin-path: the listening socket on fd 0, PHP_FCGI_CHILDREN=2 workers), then drives it
# with curl: GET query arrays, an urlencoded POST, a multipart upload, cookies, PATH_INFO, a 404.
#   tests/cgi/lighttpd.sh BUILDDIR      (prints "N passed, N failed"; exit status 1 on a failure)
set -u
BUILDDIR=$(cd "${1:-.}" && pwd)
ECHO="$BUILDDIR/tests/cgi/fcgi-echo"
LIGHTTPD=$(command -v lighttpd || echo /usr/sbin/lighttpd)
[ -x "$ECHO" ] || { echo "lighttpd.sh: build $ECHO first (make tests/cgi/fcgi-echo)"; exit 2; }
[ -x "$LIGHTTPD" ] || { echo "lighttpd.sh: lighttpd is not installed"; exit 2; }

WORK=$(mktemp -d /tmp/pyhyp-lighttpd-XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$WORK/root" "$WORK/tmp"
echo '<?php' > "$WORK/root/index.php"
echo 'not php' > "$WORK/root/up.jpg"
cat > "$WORK/lighttpd.conf" <<CONF
server.document-root = "$WORK/root"
server.bind = "127.0.0.1"
server.port = $PORT
server.errorlog = "$WORK/error.log"
server.pid-file = "$WORK/lighttpd.pid"
server.modules = ("mod_fastcgi")
fastcgi.server = (".php" => (("socket" => "$WORK/fcgi.sock", "bin-path" => "$ECHO --fastcgi",
    "max-procs" => 1, "check-local" => "disable", "broken-scriptfilename" => "enable",
    "bin-environment" => ("PHP_FCGI_CHILDREN" => "2", "PHP_FCGI_MAX_REQUESTS" => "3",
                          "TMPDIR" => "$WORK/tmp"))))
CONF
"$LIGHTTPD" -D -f "$WORK/lighttpd.conf" &
LPID=$!
trap 'kill $LPID 2>/dev/null; wait $LPID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/index.php")" = 200 ] && break
    sleep 0.1
done

BASE="http://127.0.0.1:$PORT"
PASS=0
FAIL=0
# check NAME EXPECTED-SUBSTRING CURL-ARGS...: the response (headers and body) must contain it.
check() {
    name=$1 want=$2
    shift 2
    got=$(curl -g -s -i "$@" | tr -d '\r')
    if printf '%s' "$got" | grep -qF -- "$want"; then
        PASS=$((PASS + 1))
    else
        FAIL=$((FAIL + 1))
        printf 'FAIL %s: wanted %s in:\n%s\n' "$name" "$want" "$got"
    fi
}

check get_arrays '  "a" {
    0 = "1"
    1 = "2"
  }
  "b" {
    "k" = "x y"
  }' "$BASE/index.php?a[]=1&a[]=2&b[k]=x+y"
check get_status 'HTTP/1.1 200 OK' "$BASE/index.php?x=1"
check content_type 'Content-type: text/plain;charset=UTF-8' "$BASE/index.php"
check post_urlencoded 'POST
  "p" = "1"
  "q" {
    0 = "a&b"
  }' --data 'p=1&q[]=a%26b' "$BASE/index.php"
printf 'hello upload\n' > "$WORK/upload.txt"
check multipart '  "f" {
    "name" = "upload.txt"
    "full_path" = "upload.txt"
    "type" = "text/plain"
    "tmp_name" = "TMP:hello upload\x0a"
    "error" = 0
    "size" = 13
  }' -F 'f=@'"$WORK/upload.txt"';type=text/plain' -F 'v=value' "$BASE/index.php"
check multipart_value '  "v" = "value"' -F 'f=@'"$WORK/upload.txt" -F 'v=value' "$BASE/index.php"
check cookies 'COOKIE
  "c" = "1"
  "d" = "a b"' -H 'Cookie: c=1; d=a%20b; c=2' "$BASE/index.php"
check path_info "SCRIPT_FILENAME $WORK/root/index.php" "$BASE/index.php/extra/path"
check not_found 'HTTP/1.1 404 Not Found' "$BASE/missing.php"
# lighttpd resolves /up.jpg/x.php to up.jpg + PATH_INFO; an image never runs as a script.
check upload_jpg_not_run 'HTTP/1.1 403 Forbidden' "$BASE/up.jpg/x.php"
# PHP_FCGI_MAX_REQUESTS=3 recycles workers: many requests still succeed.
for i in 1 2 3 4 5 6 7 8; do
    check recycle_$i "\"n\" = \"$i\"" "$BASE/index.php?n=$i"
done
LEFT=$(ls "$WORK/tmp" | grep -c '^php' || true)
if [ "$LEFT" = 0 ]; then PASS=$((PASS + 1)); else FAIL=$((FAIL + 1)); echo "FAIL uploads left in tmp"; fi
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
