# SystemExit's code: an int is the exit status (here 3) with nothing on stderr.
import sys
print("before exit")
sys.exit(3)
