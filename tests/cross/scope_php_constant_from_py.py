# PHP constants (built-in and define()d) read from Python through php_global_ns().
php = php_global_ns()
print(php.PHP_INT_MAX == 2**63 - 1)
print(php.PHP_EOL == "\n")
print(php.M_PI == 3.141592653589793)
define = php.define
define("APP_NAME", "crossapp")
print(php.APP_NAME)
print(php.constant("APP_NAME"))
print(php.defined("NOT_DEFINED_ANYWHERE"))
