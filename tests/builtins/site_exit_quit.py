# exit() and quit(), the site builtins scripts use to stop.
# tern: exit=4
print(exit)
print(quit)
print(callable(exit), type(exit).__name__)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
for i in range(10):
    if i == 2:
        print("stopping")
        exit(4)
