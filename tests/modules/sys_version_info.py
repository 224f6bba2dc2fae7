# sys.version_info is a tuple with named fields (a struct sequence).
import sys
v = sys.version_info
print(v[:2] == (v.major, v.minor), v.major, v >= (3, 8), isinstance(v, tuple), len(v))
print(type(v).__name__, v.releaselevel, v.serial, tuple(v)[:2] == (3, 11))
major, minor, *rest = v
print(major, len(rest))
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
