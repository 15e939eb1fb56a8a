--TEST--
password_*: Argon2i and Argon2id (hash, verify, get_info, needs_rehash, options and their errors), the algorithm constants
--FILE--
<?php
var_dump(PASSWORD_ARGON2I, PASSWORD_ARGON2ID, PASSWORD_ARGON2_DEFAULT_MEMORY_COST,
         PASSWORD_ARGON2_DEFAULT_TIME_COST, PASSWORD_ARGON2_DEFAULT_THREADS, PASSWORD_ARGON2_PROVIDER);
print_r(password_algos());
$opts = ["memory_cost" => 1024, "time_cost" => 2, "threads" => 2];
foreach ([PASSWORD_ARGON2I, PASSWORD_ARGON2ID, 2, 3] as $algo) {
    $h = password_hash("secret", $algo, $opts);
    var_dump(preg_replace('/\$[^$]+\$[^$]+$/', '$SALT$HASH', $h));
    var_dump(password_verify("secret", $h), password_verify("Secret", $h));
    print_r(password_get_info($h));
    var_dump(password_needs_rehash($h, $algo, $opts), password_needs_rehash($h, $algo),
             password_needs_rehash($h, PASSWORD_BCRYPT), password_needs_rehash($h, "nope"));
}
$h = password_hash("x", PASSWORD_ARGON2ID, ["memory_cost" => 256, "time_cost" => 1]);
print_r(password_get_info($h));
// a hash php -n 8.2 made of "password"
$known = '$argon2id$v=19$m=1024,t=1,p=1$NnpaMzB5b1p5Vm1zZWN1Rg$FNnt50e0TrVCr1xM4rZbKY7ZOvGSY6rt2KyFWnhka7Y';
var_dump(password_verify("password", $known), password_verify("passwore", $known));
print_r(password_get_info('$argon2i$v=19$m=65536,t=4,p=1$broken'));
print_r(password_get_info('$argon2x$v=19$m=65536,t=4,p=1$broken'));
$b = password_hash("x", PASSWORD_BCRYPT, ["cost" => 4]);
var_dump(password_needs_rehash($b, PASSWORD_ARGON2I));
foreach ([["memory_cost" => 1], ["memory_cost" => 0], ["time_cost" => 0], ["threads" => 0],
          ["threads" => -1]] as $bad) {
    try {
        password_hash("x", PASSWORD_ARGON2I, $bad);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$h = password_hash("x", PASSWORD_ARGON2I, ["memory_cost" => 64, "time_cost" => 1, "salt" => "ignored"]);
var_dump(strlen($h) > 40);
--EXPECTF--
string(7) "argon2i"
string(8) "argon2id"
int(65536)
int(4)
int(1)
string(8) "standard"
Array
(
    [0] => 2y
    [1] => argon2i
    [2] => argon2id
)
string(38) "$argon2i$v=19$m=1024,t=2,p=2$SALT$HASH"
bool(true)
bool(false)
Array
(
    [algo] => argon2i
    [algoName] => argon2i
    [options] => Array
        (
            [memory_cost] => 1024
            [time_cost] => 2
            [threads] => 2
        )

)
bool(false)
bool(true)
bool(true)
bool(false)
string(39) "$argon2id$v=19$m=1024,t=2,p=2$SALT$HASH"
bool(true)
bool(false)
Array
(
    [algo] => argon2id
    [algoName] => argon2id
    [options] => Array
        (
            [memory_cost] => 1024
            [time_cost] => 2
            [threads] => 2
        )

)
bool(false)
bool(true)
bool(true)
bool(false)
string(38) "$argon2i$v=19$m=1024,t=2,p=2$SALT$HASH"
bool(true)
bool(false)
Array
(
    [algo] => argon2i
    [algoName] => argon2i
    [options] => Array
        (
            [memory_cost] => 1024
            [time_cost] => 2
            [threads] => 2
        )

)
bool(false)
bool(true)
bool(true)
bool(false)
string(39) "$argon2id$v=19$m=1024,t=2,p=2$SALT$HASH"
bool(true)
bool(false)
Array
(
    [algo] => argon2id
    [algoName] => argon2id
    [options] => Array
        (
            [memory_cost] => 1024
            [time_cost] => 2
            [threads] => 2
        )

)
bool(false)
bool(true)
bool(true)
bool(false)
Array
(
    [algo] => argon2id
    [algoName] => argon2id
    [options] => Array
        (
            [memory_cost] => 256
            [time_cost] => 1
            [threads] => 1
        )

)
bool(true)
bool(false)
Array
(
    [algo] => argon2i
    [algoName] => argon2i
    [options] => Array
        (
            [memory_cost] => 65536
            [time_cost] => 4
            [threads] => 1
        )

)
Array
(
    [algo] => 
    [algoName] => unknown
    [options] => Array
        (
        )

)
bool(true)
ValueError: Memory cost is outside of allowed memory range
ValueError: Memory cost is outside of allowed memory range
ValueError: Time cost is outside of allowed time range
ValueError: Invalid number of threads
ValueError: Invalid number of threads

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %s on line 31
bool(true)
