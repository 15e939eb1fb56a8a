--TEST--
Faker (Debian's php-faker) with a fixed seed: names, addresses, text, uuids, regexify and numerify produce php's exact values (mt_rand's sequence), with the deprecations of its static:: callables
--SKIPIF--
<?php if (!is_file('/usr/share/php/Faker/autoload.php')) die('skip the Debian package is not installed'); ?>
--FILE--
<?php
require '/usr/share/php/Faker/autoload.php';
$f = Faker\Factory::create('en_US');
$f->seed(1234);
for ($i = 0; $i < 3; $i++) echo $f->name(), " | ", $f->email(), " | ", $f->address(), " | ", $f->numberBetween(1, 100), " | ", $f->sentence(), " | ", $f->uuid(), "\n";
echo $f->randomElement(['a', 'b', 'c']), " ", implode(',', $f->randomElements([1,2,3,4,5], 3)), " ", $f->boolean() ? 't' : 'f', " ", $f->hexColor(), " ", $f->ipv4(), " ", $f->creditCardNumber(), "\n";
echo $f->unique()->randomDigit(), $f->unique()->randomDigit(), " ", $f->optional(0.5)->word() ?? 'none', " ", $f->regexify('[A-Z]{3}-[0-9]{4}'), " ", $f->numerify('###-##'), " ", $f->lexify('????'), "\n";
--EXPECT--
Miss Lorna Dibbert | orville77@gmail.com | 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374
279 Williamson Street
North Adellport, MS 33101 | 29 | Fuga aspernatur natus earum quas. | b5505987-a61d-3f90-937f-a5992ff3fb8c
Ms. Edyth Cartwright DDS | shayna07@gmail.com | 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374
46029 Jaunita Square Apt. 316
Hillardhaven, MI 02622-5175 | 81 | Qui ducimus nihil laudantium nihil autem omnis cum molestiae. | 1ff6958e-a8cc-304c-8c6d-660cddd8ec91
Mr. Tyrique Beier | 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374
bpollich@hotmail.com | 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374
5975 Delores Loaf
Demondport, MD 91478-1237 | 61 | Et voluptas consequatur delectus autem. | 5932f7db-2dc7-31ea-80c1-ffb10d9030bf
b 2,1,4 f #e0ce7a 114.213.110.209 4916380575208377
49 none 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 535

Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 536
QOU-9783 875-37 
Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374

Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374

Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374

Deprecated: Use of "static" in callables is deprecated in /usr/share/php/Faker/Provider/Base.php on line 374
xtrk
