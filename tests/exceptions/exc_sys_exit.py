# SystemExit raised by sys.exit, caught and uncaught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("code", e.code, type(e).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(7)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", e.code)
print("exiting")
sys.exit(3)
