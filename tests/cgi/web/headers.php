<?php
// header(), http_response_code(), setcookie() and friends, chosen by ?case=.
switch ($_GET['case'] ?? '') {
case 'redirect':
    header('Location: /elsewhere');
    echo "moved\n";
    break;
case 'status':
    var_dump(http_response_code());
    var_dump(http_response_code(404));
    var_dump(http_response_code());
    header('X-A: 1');
    header('X-A: 2', false);
    header('X-B: gone');
    header_remove('X-B');
    echo "not found\n";
    break;
case 'status_line':
    header('HTTP/1.1 418 I am a teapot');
    echo "teapot\n";
    break;
case 'code_arg':
    header('X-Code: yes', true, 503);
    break;
case 'ctype':
    header('Content-Type: text/plain');
    echo "plain\n";
    break;
case 'charset':
    ini_set('default_charset', 'ISO-8859-1');
    header('Content-Type: text/plain');
    echo "latin-1\n";
    break;
case 'no_charset':
    ini_set('default_charset', '');
    print_r(headers_list());
    echo "no charset\n";
    print_r(headers_list());
    break;
case 'cookie':
    setcookie('plain', 'a b&c');
    setcookie('opts', 'v', ['expires' => 0, 'path' => '/p', 'domain' => 'example.com',
                            'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
    setrawcookie('raw', 'x%20y');
    setcookie('gone', '');
    echo "cookies\n";
    break;
case 'list':
    header('X-One: 1');
    var_dump(headers_sent());
    print_r(headers_list());
    var_dump(headers_sent($file, $line), basename($file), $line);
    header('X-Late: no');
    print_r(headers_list());
    break;
case 'injection':
    header("X-Evil: a\r\nX-Injected: b");
    echo "after\n";
    break;
default:
    echo "no case\n";
}
