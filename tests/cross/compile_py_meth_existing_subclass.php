<?php
// A Python method added to a PHP class is inherited by subclasses and can be called from PHP methods.
class Animal {
    public $name;
    function __construct($n) { $this->name = $n; }
    function intro() { return "I am " . $this->speak(); }
}
class Dog extends Animal {}
compile_py_meth("Animal", "def speak(self): return self.name + ' the ' + type_name(self)");
function type_name($o) { return strtolower(get_class($o)); }
echo (new Animal("generic"))->intro(), "\n";
echo (new Dog("rex"))->intro(), "\n";
