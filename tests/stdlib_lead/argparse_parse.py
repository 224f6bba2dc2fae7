# tern: heapsize=1m
import argparse

p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", dest="tags")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--pair", nargs=2, type=float)
p.add_argument("--items", nargs="*", default=[])
print(p.parse_args(["a.txt"]))
print(p.parse_args(["a.txt", "b.txt", "-vv", "--num=7", "--mode", "slow", "--tag", "x", "--tag", "y",
                    "-q", "--no-color", "--pair", "1", "2.5", "--items", "i1", "i2"]))
print(p.parse_args(["-n", "5", "--", "-weird"]))
print(vars(p.parse_args(["x", "-qv"])))
ns, extra = p.parse_known_args(["x", "--unknown", "y", "z"])
print(ns.src, extra)
p.print_help()
print(p.format_usage(), end="")
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
print(g.parse_args(["--a"]))
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
pu = sp.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["push"]), sub.parse_args(["push", "up"]))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
for bad in (["--num", "x", "s"], [], ["s", "--mode", "medium"], ["s", "t", "u"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
try:
    g.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
