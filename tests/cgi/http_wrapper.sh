#!/bin/sh
# http_wrapper.sh: file_get_contents()/fopen() of http:// URLs (PHP's http stream wrapper on
# libcurl) against a local Python HTTP server on 127.0.0.1: bodies, $http_response_header,
# 404 warnings and ignore_errors, redirects, a POST with method/header/content from a stream
# context, a refused connection; curl_multi_* driving several CurlHandles at once. The
# expected output is php -n's (with ext/curl) on the same scripts, live.
#   tests/cgi/http_wrapper.sh BUILDDIR  (prints "N passed, N failed"; exit status 1 on a failure)
set -u
BUILDDIR=$(cd "${1:-.}" && pwd)
[ -x "$BUILDDIR/pyhyp" ] || { echo "http_wrapper.sh: build pyhyp first"; exit 2; }
command -v php > /dev/null || { echo "http_wrapper.sh: php (the oracle) is not installed"; exit 2; }

WORK=$(mktemp -d /tmp/pyhyp-http-XXXXXX)
cat > "$WORK/server.py" <<'PY'
import http.server, sys

class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TestServer"
    sys_version = ""

    def date_time_string(self, timestamp=None):
        return "Thu, 01 Jan 2026 00:00:00 GMT"

    def log_message(self, *args):
        pass

    def reply(self, code, body, extra=()):
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(n) if n else b""
        if self.path == "/hello":
            self.reply(200, b"hello world\n", [("X-Test", "yes")])
        elif self.path == "/echo":
            body = "|".join([self.command, self.headers.get("Content-Type", "-"),
                             self.headers.get("X-A", "-"), self.headers.get("Accept", "-"),
                             data.decode()])
            self.reply(200, body.encode())
        elif self.path == "/redirect":
            self.reply(302, b"", [("Location", "/hello")])
        else:
            self.reply(404, b"nope\n")

    do_GET = do_POST = do_PUT = handle_any

http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
PY
cat > "$WORK/page.php" <<'PHP'
<?php
$base = "http://127.0.0.1:" . getenv("HTTP_TEST_PORT");
var_dump(file_get_contents("$base/hello"), $http_response_header);
var_dump(file_get_contents("$base/missing"), $http_response_header[0]);
$ctx = stream_context_create(["http" => ["ignore_errors" => true]]);
var_dump(file_get_contents("$base/missing", false, $ctx), $http_response_header[0]);
var_dump(stream_context_get_options($ctx));
var_dump(file_get_contents("$base/redirect"), $http_response_header);
$ctx = stream_context_create(["http" => ["follow_location" => 0]]);
var_dump(file_get_contents("$base/redirect", false, $ctx), $http_response_header[0]);
$ctx = stream_context_create(["http" => ["method" => "POST", "header" => "Content-Type: text/plain\r\nX-A: b", "content" => "the body"]]);
var_dump(file_get_contents("$base/echo", false, $ctx));
$ctx = stream_context_create(["http" => ["method" => "PUT", "header" => ["X-A: arr"], "content" => "k=v"]]);
var_dump(file_get_contents("$base/echo", false, $ctx));
stream_context_set_option($ctx, "http", "method", "POST");
var_dump(stream_context_get_options($ctx)["http"]["method"], file_get_contents("$base/echo", false, $ctx));
function fetch($url) { file_get_contents($url); return $http_response_header[0]; }
var_dump(fetch("$base/hello"));
$f = fopen("$base/hello", "r");
var_dump(fgets($f), fgets($f), feof($f));
fclose($f);
set_error_handler(function ($no, $msg) { echo "error $no: $msg\n"; return true; });
var_dump(file_get_contents("http://127.0.0.1:1/x"));
PHP

cat > "$WORK/multi.php" <<'PHP'
<?php
$base = "http://127.0.0.1:" . getenv("HTTP_TEST_PORT");
$mh = curl_multi_init();
var_dump(get_class($mh));
$hs = [];
foreach (['/hello', '/missing', '/echo', '/redirect'] as $i => $p) {
    $h = curl_init("$base$p");
    curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
    var_dump(curl_multi_add_handle($mh, $h));
    $hs[$i] = $h;
}
var_dump(curl_multi_add_handle($mh, $hs[0]));
$running = null;
do {
    $st = curl_multi_exec($mh, $running);
    if ($running) curl_multi_select($mh, 1.0);
} while ($running > 0 && $st == CURLM_OK);
var_dump($st, $running);
$done = 0;
while ($info = curl_multi_info_read($mh, $queued)) {
    $done++;
    var_dump($info['msg'] === CURLMSG_DONE, $info['result'], in_array($info['handle'], $hs, true));
}
var_dump($done, $queued);
foreach ($hs as $h) {
    var_dump(curl_multi_getcontent($h), curl_getinfo($h, CURLINFO_HTTP_CODE), curl_errno($h));
    var_dump(curl_multi_remove_handle($mh, $h));
}
curl_multi_close($mh);
var_dump(curl_multi_errno($mh), curl_multi_strerror(CURLM_BAD_HANDLE));
$bad = curl_init("http://127.0.0.1:1/");
$mh2 = curl_multi_init();
curl_multi_add_handle($mh2, $bad);
do { curl_multi_exec($mh2, $r); if ($r) curl_multi_select($mh2, 0.5); } while ($r);
$info = curl_multi_info_read($mh2);
var_dump($info['result'], curl_errno($bad), $info['handle'] === $bad);
try { curl_multi_exec("x", $r); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
PHP

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(port)
python3 "$WORK/server.py" "$PORT" &
SPID=$!
trap 'kill $SPID 2>/dev/null; wait $SPID 2>/dev/null; rm -rf "$WORK"' EXIT
for i in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT))" 2>/dev/null && break
    sleep 0.1
done

export HTTP_TEST_PORT=$PORT
PASS=0
FAIL=0
for page in page multi; do
    (cd "$WORK" && php -n -d extension=curl $page.php > expected 2>&1)
    for mode in off on; do
        (cd "$WORK" && "$BUILDDIR/pyhyp" --jit=$mode $page.php > actual 2>&1)
        if cmp -s "$WORK/expected" "$WORK/actual"; then
            PASS=$((PASS + 1))
        else
            FAIL=$((FAIL + 1))
            echo "FAIL http_wrapper $page [jit=$mode]"
            diff "$WORK/expected" "$WORK/actual" | head -40
        fi
    done
done
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
