# A signal's Python handler runs while a hot loop spins (compiled by the JIT in its modes): one
# handler raises out of the loop, another sets a flag the loop tests.
import signal


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm" if signum == signal.SIGALRM else "other")


def spin():
    i = 0
    total = 0
    while True:
        i += 1
        total = (total + i) & 0xffff


print(signal.signal(signal.SIGALRM, on_alarm))
signal.alarm(1)
try:
    spin()
except Timeout as e:
    print("interrupted:", e)
print(signal.getsignal(signal.SIGALRM) is on_alarm)

fired = [0]


def note(signum, frame):
    fired[0] = signum


def wait(box):
    n = 0
    while box[0] == 0:
        n = (n + 3) % 1000
    return n


signal.signal(signal.SIGALRM, note)
signal.alarm(1)
print("fired", wait(fired) < 1000, fired[0] == signal.SIGALRM)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print(signal.getsignal(signal.SIGALRM))
