--TEST--
curl on file:// URLs: init, setopt(_array), exec with and without RETURNTRANSFER, getinfo, errors
--INI--
extension=curl
--FILE--
<?php
$path = __DIR__ . '/curl_file_data.txt';
file_put_contents($path, "hello curl\nline two\n");
$url = 'file://' . $path;
$c = curl_init($url);
var_dump(curl_setopt($c, CURLOPT_RETURNTRANSFER, true));
var_dump(curl_exec($c));
$i = curl_getinfo($c);
var_dump(array_keys($i), $i['http_code'], $i['size_download'], $i['download_content_length'], $i['scheme'], $i['effective_method'], $i['content_type'], $i['redirect_url'], $i['certinfo'], $i['url'] === $url);
var_dump(curl_getinfo($c, CURLINFO_HTTP_CODE), curl_getinfo($c, CURLINFO_EFFECTIVE_URL) === $url, curl_errno($c), curl_error($c));
$c2 = curl_init();
var_dump(curl_setopt_array($c2, [CURLOPT_URL => $url, CURLOPT_HEADER => false, CURLOPT_RANGE => '6-9']));
var_dump(curl_exec($c2));
echo "\n";
$d = curl_init("nope://x"); var_dump(curl_exec($d), curl_errno($d), curl_error($d));
$e = curl_init($url . '.missing'); curl_setopt($e, CURLOPT_RETURNTRANSFER, 1); var_dump(curl_exec($e), curl_errno($e), curl_error($e) === "Couldn't open file $path.missing");
var_dump($c instanceof CurlHandle, get_class($c));
try { curl_setopt("x", 1, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { curl_setopt($c, 99999, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { curl_setopt_array($c, ['x' => 1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
curl_reset($c); var_dump(curl_errno($c), curl_exec($c), curl_errno($c), curl_error($c));
var_dump(curl_strerror(7), curl_strerror(CURLE_COULDNT_RESOLVE_HOST), is_string(curl_version()['version']));
var_dump(CURLOPT_URL, CURLOPT_RETURNTRANSFER, CURLOPT_POSTFIELDS, CURLOPT_HTTPHEADER, CURLINFO_HTTP_CODE, CURLE_COULDNT_CONNECT);
curl_close($c);
unlink($path);
--EXPECT--
bool(true)
string(20) "hello curl
line two
"
array(38) {
  [0]=>
  string(3) "url"
  [1]=>
  string(12) "content_type"
  [2]=>
  string(9) "http_code"
  [3]=>
  string(11) "header_size"
  [4]=>
  string(12) "request_size"
  [5]=>
  string(8) "filetime"
  [6]=>
  string(17) "ssl_verify_result"
  [7]=>
  string(14) "redirect_count"
  [8]=>
  string(10) "total_time"
  [9]=>
  string(15) "namelookup_time"
  [10]=>
  string(12) "connect_time"
  [11]=>
  string(16) "pretransfer_time"
  [12]=>
  string(11) "size_upload"
  [13]=>
  string(13) "size_download"
  [14]=>
  string(14) "speed_download"
  [15]=>
  string(12) "speed_upload"
  [16]=>
  string(23) "download_content_length"
  [17]=>
  string(21) "upload_content_length"
  [18]=>
  string(18) "starttransfer_time"
  [19]=>
  string(13) "redirect_time"
  [20]=>
  string(12) "redirect_url"
  [21]=>
  string(10) "primary_ip"
  [22]=>
  string(8) "certinfo"
  [23]=>
  string(12) "primary_port"
  [24]=>
  string(8) "local_ip"
  [25]=>
  string(10) "local_port"
  [26]=>
  string(12) "http_version"
  [27]=>
  string(8) "protocol"
  [28]=>
  string(16) "ssl_verifyresult"
  [29]=>
  string(6) "scheme"
  [30]=>
  string(18) "appconnect_time_us"
  [31]=>
  string(15) "connect_time_us"
  [32]=>
  string(18) "namelookup_time_us"
  [33]=>
  string(19) "pretransfer_time_us"
  [34]=>
  string(16) "redirect_time_us"
  [35]=>
  string(21) "starttransfer_time_us"
  [36]=>
  string(13) "total_time_us"
  [37]=>
  string(16) "effective_method"
}
int(0)
float(20)
float(20)
string(4) "FILE"
string(3) "GET"
NULL
string(0) ""
array(0) {
}
bool(true)
int(0)
bool(true)
int(0)
string(0) ""
bool(true)
curlbool(true)

bool(false)
int(1)
string(52) "Protocol "nope" not supported or disabled in libcurl"
bool(false)
int(37)
bool(true)
bool(true)
string(10) "CurlHandle"
curl_setopt(): Argument #1 ($handle) must be of type CurlHandle, string given
curl_setopt(): Argument #2 ($option) is not a valid cURL option
curl_setopt_array(): Argument #2 ($options) contains an invalid cURL option
int(48)
bool(false)
int(3)
string(10) "No URL set"
string(26) "Couldn't connect to server"
string(26) "Couldn't resolve host name"
bool(true)
int(10002)
int(19913)
int(10015)
int(10023)
int(2097154)
int(7)
