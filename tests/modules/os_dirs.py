# os directories: mkdir, listdir, stat, rmdir, makedirs, walk, scandir, and
# the os.path tests, in a fresh directory under /tmp removed at the end
import os
import random
import time

base = "/tmp/tern_os_dirs_%d_%d" % (int(time.time() * 1000) % 10 ** 9, random.randrange(10 ** 9))
os.mkdir(base)
try:
    print(os.listdir(base))
    print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base))
    with open(os.path.join(base, "a.txt"), "w") as f:
        f.write("hello world\n")
    with open(os.path.join(base, "empty"), "w") as f:
        pass
    os.mkdir(os.path.join(base, "sub"))
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(base.encode())))
    a = os.path.join(base, "a.txt")
    print(os.path.getsize(a), os.stat(a).st_size, os.stat(a)[6], os.path.getsize(os.path.join(base, "empty")))
    st = os.stat(a)
    print(type(st).__name__, len(st), type(st.st_mtime).__name__, type(st[8]).__name__,
          st.st_mode & 0o170000 == 0o100000, os.stat(base).st_mode & 0o170000 == 0o040000)
    print(os.path.isfile(a), os.path.isdir(a), os.path.exists(a), os.path.islink(a))
    print(abs(os.path.getmtime(a) - time.time()) < 3600)

    # errors carry the errno subclass and the file name
    for f in [lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.listdir(a),
              lambda: os.rmdir(os.path.join(base, "nope")), lambda: os.stat(os.path.join(base, "nope")),
              lambda: os.path.getsize(os.path.join(base, "nope")), lambda: os.listdir(3.5),
              lambda: os.stat(None)]:
        try:
            f()
        except (OSError, TypeError) as e:
            print(type(e).__name__, str(e).replace(base, "BASE"))

    # makedirs, walk, scandir
    os.makedirs(os.path.join(base, "x", "y", "z"))
    os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, "x"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    for top, dirs, files in os.walk(base):
        dirs.sort()
        print(top.replace(base, "BASE"), dirs, sorted(files))
    print(sorted(t.replace(base, "BASE") for t, d, f in os.walk(base, topdown=False) if not d))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries])
    print(entries[0].path.replace(base, "BASE"), os.fspath(entries[0]).replace(base, "BASE"))

    # getcwd and chdir
    here = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), sorted(os.listdir()), os.path.abspath("a.txt") == a)
    os.chdir(here)
    print(os.getcwd() == here)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(top, n))
        for n in dirs:
            os.rmdir(os.path.join(top, n))
    os.rmdir(base)
print(os.path.exists(base))
