--TEST--
classes: late static binding: static::, new static, get_called_class, forwarding through parent:: and self::
--FILE--
<?php
class Model { protected static $table = 'models';
  public static function create() { return new static(); }
  public static function table() { return static::$table; }
  public static function who() { return get_called_class() . "/" . static::class . "/" . self::class; }
  public static function fwd() { return self::who() . " " . parent_or_none(); }
  public function inst() { return static::who(); } }
function parent_or_none() { return 'fn'; }
class User extends Model { protected static $table = 'users';
  public static function viaParent() { return parent::who(); }
  public static function viaName() { return Model::who(); } }
var_dump(get_class(User::create()), User::table(), Model::table());
echo User::who(), "\n", User::fwd(), "\n", User::viaParent(), "\n", User::viaName(), "\n";
echo (new User)->inst(), "\n";
$c = 'User'; echo $c::who(), "\n";
echo call_user_func([User::class, 'who']), "\n";
echo call_user_func('User::viaParent'), "\n";
$f = function () { return static::class; };
echo Closure::bind($f, null, User::class)(), "\n";
--EXPECT--
string(4) "User"
string(5) "users"
string(6) "models"
User/User/Model
User/User/Model fn
User/User/Model
Model/Model/Model
User/User/Model
User/User/Model
User/User/Model
User/User/Model
User
