# SystemExit with a string: the string goes to stderr and the exit status is 1; finally blocks run
# on the way out.
import sys
try:
    print("exiting")
    sys.exit("fatal: configuration missing")
finally:
    print("finally still runs")
