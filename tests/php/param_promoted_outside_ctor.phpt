--TEST--
A promoted parameter outside a constructor is a compile error
--FILE--
<?php
echo "never\n";
class Account {
    public function __construct(private int $id) {}
    public function rename(public string $name) {}
}
--EXPECTF--

Fatal error: Cannot declare promoted property outside a constructor in %s on line 5
[exit 255: ]
