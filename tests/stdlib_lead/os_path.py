import os, os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs, relpath, commonprefix
print(join("a", "b", "c.txt"), join("/x", "/y", "z"), join("a/", "b"), join("", "x"), split("/a/b/c.py"), split("file"), split("/"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"), basename("/x/y.z"), dirname("/x/y.z"), dirname("y"))
print(normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("../../a"), isabs("/a"), isabs("a"))
print(relpath("/a/b/c", "/a/x"), commonprefix(["interstellar", "internet", "interval"]), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
print(os.sep, os.name, os.linesep == "\n", os.path.expandvars("$NO_SUCH_VAR_X/y"))
print(os.getenv("NO_SUCH_VAR_TERN", "dflt"), "NO_SUCH_VAR_TERN" in os.environ, os.environ.get("NO_SUCH_VAR_TERN"))
name = "/tmp/tern_os_test_%d.txt" % (id(os) % 99991)
with open(name, "w") as f:
    f.write("12345")
print(os.path.exists(name), os.path.isfile(name), os.path.getsize(name), os.path.isdir("/tmp"), os.path.exists(name + ".no"))
os.rename(name, name + ".2")
print(os.path.exists(name), os.path.exists(name + ".2"))
os.remove(name + ".2")
print(os.path.exists(name + ".2"))
try:
    os.remove(name + ".2")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
