# richards, composed: programs/richards.py with the work split between the languages the other way
# round from composed/richards.php. The packets, the tasks and the main program are Python; the
# scheduler is a PHP object (an anonymous class made by a function compile_php_func compiles), so
# every task step calls PHP (hold, wait, release, send) and the PHP scheduler loop calls the Python
# tasks (held_or_suspended, run, receive) and reads and writes their attributes. A task registers
# through the scheduler's add() because a store into a PHP array property from Python does not
# reach the property yet (bench/README.md, "Composed variants"). SIZE = simulation runs; the result
# is the mono variants'. Protocol: bench/README.md.
import sys
import time

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
KIND_DEVICE = 0
KIND_WORK = 1
BUFFER_SIZE = 4
IDLE_COUNT = 10000


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of queue; return the queue's new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block; subclasses implement step(packet), returning the next task to run."""

    def __init__(self, scheduler, ident, priority, queue, pending, waiting):
        self.scheduler = scheduler
        self.link = None
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        scheduler.add(self)

    def held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def receive(self, packet, sender):
        """Queue packet for this task; return the next task to run."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, False, False)
        self.control = 1
        self.count = IDLE_COUNT

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.scheduler.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.dest = ID_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.dest = ID_HANDLER_B if self.dest == ID_HANDLER_A else ID_HANDLER_A
        packet.dest = self.dest
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.work_queue = None
        self.device_queue = None

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


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, False, True)
        self.parked = None

    def step(self, packet):
        if packet is None:
            packet = self.parked
            if packet is None:
                return self.scheduler.wait_current()
            self.parked = None
            return self.scheduler.send(packet)
        self.parked = packet
        return self.scheduler.hold_current()


new_scheduler = compile_php_func("""
function new_scheduler()
{
    return new class {
        public $task_list = null;
        public $tasks;
        public $current = null;
        public $send_count = 0;
        public $hold_count = 0;

        public function __construct()
        {
            $this->tasks = array_fill(0, 6, null);
        }

        public function add($task)
        {
            $task->link = $this->task_list;
            $this->task_list = $task;
            $this->tasks[$task->ident] = $task;
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
    };
}
""")


def simulate():
    s = new_scheduler()
    IdleTask(s, ID_IDLE, 0, None)
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, queue)
    DeviceTask(s, ID_DEVICE_A, 4000, None)
    DeviceTask(s, ID_DEVICE_B, 5000, None)
    s.run()
    return s


def bench(runs):
    sends = holds = 0
    for _ in range(runs):
        s = simulate()
        sends += s.send_count
        holds += s.hold_count
    return "%d %d" % (sends, holds)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    result = ""
    for _ in range(iterations):
        t0 = time.perf_counter_ns()
        result = bench(size)
        t1 = time.perf_counter_ns()
        print("@ns", t1 - t0)
    print(result)


main()
