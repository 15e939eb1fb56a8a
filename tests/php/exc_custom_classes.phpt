--TEST--
exceptions: user exception classes with constructors, properties, __toString and final methods of Exception
--FILE--
<?php
class HttpException extends RuntimeException { public function __construct(private int $status, string $msg = '') { parent::__construct($msg ?: "HTTP $status", $status); }
  public function status(): int { return $this->status; } }
class NotFound extends HttpException { public function __construct() { parent::__construct(404, 'Not Found'); } }
try { throw new NotFound; } catch (HttpException $e) { var_dump($e->status(), $e->getMessage(), $e->getCode(), get_class($e), $e instanceof RuntimeException); }
class Pretty extends Exception { public function __toString(): string { return "Pretty[" . $this->getMessage() . "]"; } }
echo new Pretty('p'), "\n";
$e = new HttpException(500); echo $e->getMessage(), "\n";
--EXPECT--
int(404)
string(9) "Not Found"
int(404)
string(8) "NotFound"
bool(true)
Pretty[p]
HTTP 500
