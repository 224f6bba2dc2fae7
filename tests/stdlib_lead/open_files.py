# open(): text and binary files, modes, iteration, with, errors.
import sys
base = "/tmp/tern_open_test_%d" % (id(sys) % 100000)
name = base + ".txt"
with open(name, "w") as f:
    n = f.write("line one\nline two\n")
    f.writelines(["three\n", "été\n"])
    print(n, f.closed, f.name == name, f.mode)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print([line.rstrip() for line in f])
with open(name, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.read(4)), f.readlines())
with open(name, "a") as f:
    f.write("appended\n")
print(open(name).read().splitlines()[-1])
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8])
with open(name, "wb") as f:
    f.write(b"\x00\x01bin\r\n")
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    print(repr(f.read()))
print(open(name, "r+").read(3))
try:
    open(base + "_missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename == base + "_missing.txt")
try:
    open(name, "q")
except ValueError as e:
    print("ValueError", e)
try:
    with open(name, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError", e.errno)
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(name, "w") as f:
    print("via print", 42, file=f)
print(open(name).read(), end="")
