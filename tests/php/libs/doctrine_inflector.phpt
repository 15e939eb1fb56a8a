--TEST--
doctrine/inflector (Debian's php-doctrine-inflector): plurals, singulars, table and class names, slugs
--SKIPIF--
<?php if (!is_file('/usr/share/php/Doctrine/Inflector/autoload.php')) die('skip the Debian package is not installed'); ?>
--INI--
extension=mbstring
--FILE--
<?php
require '/usr/share/php/Doctrine/Inflector/autoload.php';
use Doctrine\Inflector\InflectorFactory;
$inf = InflectorFactory::create()->build();
foreach (['person', 'child', 'octopus', 'BlogPost', 'user_profile', 'category', 'status', 'matrix'] as $w)
  echo $inf->pluralize($w), " ", $inf->singularize($inf->pluralize($w)), " ", $inf->tableize($w), " ", $inf->classify($w), " ", $inf->camelize($w), " ", $inf->urlize("Hello $w World!"), "\n";
--EXPECT--
people person person Person person hello-person-world
children child child Child child hello-child-world
octopuses octopus octopus Octopus octopus hello-octopus-world
BlogPosts BlogPost blog_post BlogPost blogPost hello-blogpost-world
user_profiles user_profile user_profile UserProfile userProfile hello-user-profile-world
categories category category Category category hello-category-world
statuses status status Status status hello-status-world
matrices matrix matrix Matrix matrix hello-matrix-world
