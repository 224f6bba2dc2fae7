# common str methods
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print(s.upper(), s.lower())
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".startswith(("x", "h")), "a.py".endswith((".c", ".py")))
print("hello".capitalize(), "hello world".title(), "HeLLo".swapcase())
print("abc".isalpha(), "a1".isalpha(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "a b".isspace())
print("abc".islower(), "ABC".isupper(), "Abc".islower(), "a1".isalnum())
print("banana".count("a"), "banana".count("an"), "banana".count("x"))
print("ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5))
print(ord("A"), chr(97), ord("z") - ord("a"))
print("a,b".partition(","), "abc".partition("x"), "a-b-c".rpartition("-"))
