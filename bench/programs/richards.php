<?php
// richards: Martin Richards' operating-system simulation: six tasks (idle, worker, two handlers,
// two devices) exchanging packets under a priority scheduler (objects, method calls, linked lists).
// SIZE = simulation runs; the result is the totals of queued packets and holds. Protocol:
// bench/README.md.

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const KIND_DEVICE = 0;
const KIND_WORK = 1;
const BUFFER_SIZE = 4;
const IDLE_COUNT = 10000;

class Packet
{
    public $link;
    public $dest;
    public $kind;
    public $datum = 0;
    public $data;

    public function __construct($link, $dest, $kind)
    {
        $this->link = $link;
        $this->dest = $dest;
        $this->kind = $kind;
        $this->data = array_fill(0, BUFFER_SIZE, 0);
    }

    /** Put this packet at the end of $queue; return the queue's new head. */
    public function append_to($queue)
    {
        $this->link = null;
        if ($queue === null) {
            return $this;
        }
        $last = $queue;
        while ($last->link !== null) {
            $last = $last->link;
        }
        $last->link = $this;
        return $queue;
    }
}

/** A task control block; subclasses implement step($packet), which returns the next task to run. */
abstract class Task
{
    public $scheduler;
    public $link;
    public $ident;
    public $priority;
    public $queue;
    public $packet_pending;
    public $waiting;
    public $holding = false;

    public function __construct($scheduler, $ident, $priority, $queue, $pending, $waiting)
    {
        $this->scheduler = $scheduler;
        $this->link = $scheduler->task_list;
        $this->ident = $ident;
        $this->priority = $priority;
        $this->queue = $queue;
        $this->packet_pending = $pending;
        $this->waiting = $waiting;
        $scheduler->task_list = $this;
        $scheduler->tasks[$ident] = $this;
    }

    abstract public function step($packet);

    public function held_or_suspended()
    {
        return $this->holding || (!$this->packet_pending && $this->waiting);
    }

    public function run()
    {
        $packet = null;
        if ($this->packet_pending && $this->waiting && !$this->holding) {
            $packet = $this->queue;
            $this->queue = $packet->link;
            $this->packet_pending = $this->queue !== null;
            $this->waiting = false;
        }
        return $this->step($packet);
    }

    /** Queue $packet for this task; return the next task to run. */
    public function receive($packet, $sender)
    {
        if ($this->queue === null) {
            $this->queue = $packet;
            $this->packet_pending = true;
            if ($this->priority > $sender->priority) {
                return $this;
            }
        } else {
            $this->queue = $packet->append_to($this->queue);
        }
        return $sender;
    }
}

class IdleTask extends Task
{
    public $control = 1;
    public $count = IDLE_COUNT;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, false, false);
    }

    public function step($packet)
    {
        $this->count--;
        if ($this->count == 0) {
            return $this->scheduler->hold_current();
        }
        if (($this->control & 1) == 0) {
            $this->control = $this->control >> 1;
            return $this->scheduler->release(ID_DEVICE_A);
        }
        $this->control = ($this->control >> 1) ^ 0xD008;
        return $this->scheduler->release(ID_DEVICE_B);
    }
}

class WorkerTask extends Task
{
    public $dest = ID_HANDLER_A;
    public $count = 0;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, true, true);
    }

    public function step($packet)
    {
        if ($packet === null) {
            return $this->scheduler->wait_current();
        }
        $this->dest = $this->dest == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
        $packet->dest = $this->dest;
        $packet->datum = 0;
        for ($i = 0; $i < BUFFER_SIZE; $i++) {
            $this->count++;
            if ($this->count > 26) {
                $this->count = 1;
            }
            $packet->data[$i] = 64 + $this->count;
        }
        return $this->scheduler->send($packet);
    }
}

class HandlerTask extends Task
{
    public $work_queue = null;
    public $device_queue = null;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, true, true);
    }

    public function step($packet)
    {
        if ($packet !== null) {
            if ($packet->kind == KIND_WORK) {
                $this->work_queue = $packet->append_to($this->work_queue);
            } else {
                $this->device_queue = $packet->append_to($this->device_queue);
            }
        }
        $work = $this->work_queue;
        if ($work !== null) {
            if ($work->datum >= BUFFER_SIZE) {
                $this->work_queue = $work->link;
                return $this->scheduler->send($work);
            }
            $device = $this->device_queue;
            if ($device !== null) {
                $this->device_queue = $device->link;
                $device->datum = $work->data[$work->datum];
                $work->datum++;
                return $this->scheduler->send($device);
            }
        }
        return $this->scheduler->wait_current();
    }
}

class DeviceTask extends Task
{
    public $parked = null;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, false, true);
    }

    public function step($packet)
    {
        if ($packet === null) {
            $packet = $this->parked;
            if ($packet === null) {
                return $this->scheduler->wait_current();
            }
            $this->parked = null;
            return $this->scheduler->send($packet);
        }
        $this->parked = $packet;
        return $this->scheduler->hold_current();
    }
}

class Scheduler
{
    public $task_list = null;
    public $tasks;
    public $current = null;
    public $send_count = 0;
    public $hold_count = 0;

    public function __construct()
    {
        $this->tasks = array_fill(0, 6, null);
    }

    public function hold_current()
    {
        $this->hold_count++;
        $this->current->holding = true;
        return $this->current->link;
    }

    public function wait_current()
    {
        $this->current->waiting = true;
        return $this->current;
    }

    public function release($ident)
    {
        $task = $this->tasks[$ident];
        $task->holding = false;
        if ($task->priority > $this->current->priority) {
            return $task;
        }
        return $this->current;
    }

    public function send($packet)
    {
        $target = $this->tasks[$packet->dest];
        $this->send_count++;
        $packet->link = null;
        $packet->dest = $this->current->ident;
        return $target->receive($packet, $this->current);
    }

    public function run()
    {
        $task = $this->task_list;
        while ($task !== null) {
            if ($task->held_or_suspended()) {
                $task = $task->link;
            } else {
                $this->current = $task;
                $task = $task->run();
            }
        }
    }
}

function simulate(): Scheduler
{
    $s = new Scheduler();
    new IdleTask($s, ID_IDLE, 0, null);
    $queue = new Packet(new Packet(null, 0, KIND_WORK), 0, KIND_WORK);
    new WorkerTask($s, ID_WORKER, 1000, $queue);
    $queue = null;
    for ($k = 0; $k < 3; $k++) {
        $queue = new Packet($queue, ID_DEVICE_A, KIND_DEVICE);
    }
    new HandlerTask($s, ID_HANDLER_A, 2000, $queue);
    $queue = null;
    for ($k = 0; $k < 3; $k++) {
        $queue = new Packet($queue, ID_DEVICE_B, KIND_DEVICE);
    }
    new HandlerTask($s, ID_HANDLER_B, 3000, $queue);
    new DeviceTask($s, ID_DEVICE_A, 4000, null);
    new DeviceTask($s, ID_DEVICE_B, 5000, null);
    $s->run();
    return $s;
}

function bench(int $runs): string
{
    $sends = $holds = 0;
    for ($r = 0; $r < $runs; $r++) {
        $s = simulate();
        $sends += $s->send_count;
        $holds += $s->hold_count;
    }
    return sprintf("%d %d", $sends, $holds);
}

function main(array $argv): void
{
    $iterations = (int)($argv[1] ?? 1);
    $size = (int)($argv[2] ?? 1);
    $result = "";
    for ($i = 0; $i < $iterations; $i++) {
        $t0 = hrtime(true);
        $result = bench($size);
        $t1 = hrtime(true);
        echo "@ns ", $t1 - $t0, "\n";
    }
    echo $result, "\n";
}

main($argv);
