<?php
class Animal {
    public $name;
    function __construct($n) { $this->name = $n; }
    function intro() { return "I am " . $this->speak(); }
    function speak() { return $this->name . ' the ' . type_name($this); }
}
class Dog extends Animal {}
function type_name($o) { return strtolower(get_class($o)); }
echo (new Animal("generic"))->intro(), "\n";
echo (new Dog("rex"))->intro(), "\n";
