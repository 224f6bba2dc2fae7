import re
print(re.match(r"(\d+)-(\d+)", "12-345 x"), re.search(r"b+", "aabbbcc"), re.fullmatch(r"a.c", "abc"), re.fullmatch("a", "ab"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-03-09!")
print(m.group(), m.group(1, 2), m["year"], m.groupdict(), m.span(), m.start(2), m.end("mon"), m.groups(), m.lastindex, m.lastgroup)
print(re.findall(r"\w+", "hello, world! 42"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"x*", "axxb"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.sub("x*", "-", "abxd"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi yo"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s", "a b c", maxsplit=1), re.split(r"\b", "a b"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.escape("a.b*c?"), re.compile(r"a+", re.I))
print(re.match(r"(?i)hello", "HeLLo"), re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.search(r"a.b", "a\nb", re.S))
print(re.match(r"(a|b)*c", "ababc").groups(), re.match(r"(a*)*b", "aab"), re.match(r"(\w+) \1", "hey hey"), re.match(r"a{2,3}", "aaaa"))
print(re.match(r"a{2,3}?", "aaaa"), re.match(r".*?x", "abxcx"), re.search(r"(?<=\$)\d+", "cost $42"), re.search(r"\d+(?!px)", "12px 34em"))
print(re.match(r"[^a-c]+", "xyzabc"), re.match(r"[\w.-]+@[\w-]+\.\w+", "john.doe@mail-x.com"), re.findall(r"[A-Z][a-z]*", "HelloWorld Foo"))
print(re.match(rb"\d+", b"123abc"), re.sub(rb"a", b"b", b"banana"), re.findall(r"\d+\.?\d*", "pi 3.14 e 2.7 n 42"))
for bad in [r"(", r"a)", r"*a", r"[a", r"a{3,1}", r"\1", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(?:ab)+", "ababx").group())
print(re.compile(r"\d").pattern, re.compile(r"\d").flags, re.compile(r"(a)(b)").groups, re.compile(r"(?P<x>a)").groupindex)
print(re.sub(r"(\d+)", r"[\1]", "a12b345"), re.match("", "abc"), bool(re.match("b", "abc")), re.search(r"\Bo\B", "fox"))
text = "2021-01-05 ERROR disk full\n2021-01-06 INFO ok\n2021-01-07 ERROR cpu hot"
print([(d, msg) for d, lvl, msg in re.findall(r"^(\S+) (ERROR|INFO) (.*)$", text, re.M) if lvl == "ERROR"])
