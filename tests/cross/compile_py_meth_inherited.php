<?php
// A Python method added to a PHP class is inherited by a subclass declared afterwards, and PHP
// methods call it through $this.
class Animal {
    public $name;
    function __construct($n) { $this->name = $n; }
    function intro() { return "I am " . $this->speak(); }
}
compile_py_meth("Animal", "def speak(self): return self.name + ' the ' + type_name(self)");
function type_name($o) { return strtolower(get_class($o)); }
if (true) {
    class Dog extends Animal {}
}
echo (new Animal("generic"))->intro(), "\n";
echo (new Dog("rex"))->intro(), "\n";
