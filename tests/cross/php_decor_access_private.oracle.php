<?php
class Safe {
    public function open() { return "opened with " . $this->code(); }
    private function code() { return '1234'; }
}
$s = new Safe;
echo $s->open(), "\n";
try {
    echo $s->code(), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
