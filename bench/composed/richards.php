<?php
// richards, composed: programs/richards.php with the work split between the languages as in
// PyHyp's composed richards. The classes, the scheduler loop, the task base class and
// Packet::append_to are PHP; the packet constructor and the four tasks' step methods are Python
// methods added to the PHP classes (compile_py_meth). Every task step crosses PHP -> Python and
// calls back into the PHP scheduler and packets; Python reads and writes PHP properties and reads
// PHP constants; PHP reads the Python list that holds a packet's data. append_to stays PHP because
// Python cannot call a compile_py_meth method of a PHP object yet (bench/README.md, "Composed
// variants"). SIZE = simulation runs; the result is the mono variants'. Protocol: bench/README.md.

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

compile_py_meth("Packet", <<<'PY'
def __construct(self, link, dest, kind):
    self.link = link
    self.dest = dest
    self.kind = kind
    self.data = [0] * BUFFER_SIZE
PY);

/** A task control block; the subclasses' step($packet), which returns the next task to run, is
** Python (compile_py_meth below), so there is no abstract declaration here. */
class Task
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
}

compile_py_meth("IdleTask", <<<'PY'
def step(self, packet):
    self.count -= 1
    if self.count == 0:
        return self.scheduler.hold_current()
    if (self.control & 1) == 0:
        self.control = self.control >> 1
        return self.scheduler.release(ID_DEVICE_A)
    self.control = (self.control >> 1) ^ 0xD008
    return self.scheduler.release(ID_DEVICE_B)
PY);

class WorkerTask extends Task
{
    public $dest = ID_HANDLER_A;
    public $count = 0;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, true, true);
    }
}

compile_py_meth("WorkerTask", <<<'PY'
def step(self, packet):
    if packet is None:
        return self.scheduler.wait_current()
    self.dest = ID_HANDLER_B if self.dest == ID_HANDLER_A else ID_HANDLER_A
    packet.dest = self.dest
    packet.datum = 0
    data = packet.data
    for i in range(BUFFER_SIZE):
        self.count += 1
        if self.count > 26:
            self.count = 1
        data[i] = 64 + self.count
    return self.scheduler.send(packet)
PY);

class HandlerTask extends Task
{
    public $work_queue = null;
    public $device_queue = null;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, true, true);
    }
}

compile_py_meth("HandlerTask", <<<'PY'
def step(self, packet):
    if packet is not None:
        if packet.kind == KIND_WORK:
            self.work_queue = packet.append_to(self.work_queue)
        else:
            self.device_queue = packet.append_to(self.device_queue)
    work = self.work_queue
    if work is not None:
        if work.datum >= BUFFER_SIZE:
            self.work_queue = work.link
            return self.scheduler.send(work)
        device = self.device_queue
        if device is not None:
            self.device_queue = device.link
            device.datum = work.data[work.datum]
            work.datum += 1
            return self.scheduler.send(device)
    return self.scheduler.wait_current()
PY);

class DeviceTask extends Task
{
    public $parked = null;

    public function __construct($scheduler, $ident, $priority, $queue)
    {
        parent::__construct($scheduler, $ident, $priority, $queue, false, true);
    }
}

compile_py_meth("DeviceTask", <<<'PY'
def step(self, packet):
    if packet is None:
        packet = self.parked
        if packet is None:
            return self.scheduler.wait_current()
        self.parked = None
        return self.scheduler.send(packet)
    self.parked = packet
    return self.scheduler.hold_current()
PY);

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
