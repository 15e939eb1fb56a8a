--TEST--
Monolog (Debian's php-monolog) logs through stream and test handlers with processors and line and JSON formatters
--SKIPIF--
<?php if (!is_file('/usr/share/php/Monolog/autoload.php')) die('skip the Debian package is not installed'); ?>
--FILE--
<?php
require '/usr/share/php/Monolog/autoload.php';
use Monolog\Logger; use Monolog\Handler\StreamHandler; use Monolog\Handler\TestHandler; use Monolog\Formatter\LineFormatter; use Monolog\Formatter\JsonFormatter; use Monolog\Processor\PsrLogMessageProcessor;
$log = new Logger('app');
$h = new StreamHandler('php://stdout', Logger::DEBUG);
$h->setFormatter(new LineFormatter("%channel%.%level_name%: %message% %context% %extra%\n"));
$log->pushHandler($h);
$t = new TestHandler(); $log->pushHandler($t);
$log->pushProcessor(new PsrLogMessageProcessor());
$log->pushProcessor(function ($r) { $r['extra']['n'] = 42; return $r; });
$log->info('User {user} logged in', ['user' => 'ann', 'ip' => '1.2.3.4']);
$log->warning('disk', ['free' => 0.5, 'list' => [1, 2]]);
$log->error('boom', ['exception' => new RuntimeException('bad', 3)]);
echo count($t->getRecords()), " ", $t->hasWarningRecords() ? 'y' : 'n', " ", $t->hasInfoThatContains('ann') ? 'y' : 'n', "\n";
$j = new JsonFormatter();
$rec = $t->getRecords()[1];
unset($rec["datetime"], $rec["formatted"]); echo $j->format($rec);
$child = $log->withName('child'); $child->debug('from child');
--EXPECTF--
app.INFO: User ann logged in {"user":"ann","ip":"1.2.3.4"} {"n":42}
app.WARNING: disk {"free":0.5,"list":[1,2]} {"n":42}
app.ERROR: boom {"exception":"[object] (RuntimeException(code: 3): bad at %s:13)"} {"n":42}
3 y y
{"message":"disk","context":{"free":0.5,"list":[1,2]},"level":300,"level_name":"WARNING","channel":"app","extra":{"n":42}}
child.DEBUG: from child [] {"n":42}
