<?php
// $_FILES, is_uploaded_file() and move_uploaded_file(); the temporary names are random.
foreach ($_FILES as $field => $f) {
    echo $field, ": name=", $f['name'], " type=", $f['type'], " size=", $f['size'],
        " error=", $f['error'], " tmp=", substr(basename($f['tmp_name']), 0, 3), "\n";
    if ($f['error'] !== 0)
        continue;
    var_dump(is_uploaded_file($f['tmp_name']));
    echo "contents: ", file_get_contents($f['tmp_name']);
    $dest = dirname($f['tmp_name']) . '/moved-' . $field;
    var_dump(move_uploaded_file($f['tmp_name'], $dest));
    var_dump(is_uploaded_file($f['tmp_name']), file_exists($f['tmp_name']));
    echo "moved: ", file_get_contents($dest);
    unlink($dest);
}
var_dump(is_uploaded_file(__FILE__), move_uploaded_file(__FILE__, '/tmp/never'));
echo "POST "; print_r($_POST);
