<?php
// post_max_size and upload_max_filesize: what survives of a body over the limits.
echo "POST "; print_r($_POST);
foreach ($_FILES as $k => $f) echo $k, ": error=", $f['error'], " size=", $f['size'], "\n";
