# tern: heapsize=4m
import re
# verbose patterns, flags, inline scoped flags, conditionals, atomic-free backtracking
phone = re.compile(r"""
    (\d{3})     # area
    [-.\s]?     # separator
    (\d{4})     # number
""", re.VERBOSE)
print(phone.findall("call 555-1234 or 555 9876 or 5551111"))
print(re.findall(r"(?i:ab)c", "ABc abC abc"), re.match(r"(<)?\w+(?(1)>)", "<tag>").group(), re.match(r"(<)?\w+(?(1)>)", "tag").group())
print(re.sub(r"(?m)^\s+", "", "  a\n   b\n c"), re.findall(r"\bcat\b", "cat concat cat's bobcat"))
long = "a" * 20000 + "b"
print(len(re.match(r"a*b", long).group()), re.search(r"(ab)+", "x" + "ab" * 3000).span())
tokens = re.findall(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))", "x = 3.5 + foo(12)")
print(tokens)
def camel_to_snake(name):
    s1 = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s1).lower()
print(camel_to_snake("CamelCaseString"), camel_to_snake("getHTTPResponseCode"))
print(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "a.b+c@d-e.co.uk") is not None, re.match(r"^\d{3}-\d{2}-\d{4}$", "123-45-678") is None)
m = re.match(r"(?P<key>\w+)=(?P<val>[^;]*)", "name=value;x")
print(m.expand(r"\g<val>:\g<key>"), m.re.pattern, m.string, m.pos, m.endpos, repr(m))
print(re.findall(r"[äöü]+", "Grüße aus Köln"), re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\w+", "naïve café"))
print(re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"), re.sub(r"\b", "|", "ab cd"))
print(re.compile(r"ab", re.I | re.M), re.fullmatch(r"(?:\d+,)*\d+", "1,22,333"), re.match(r"(a+?)(a*)", "aaa").groups())
print(re.sub(r"a|(b)", r"[\1]", "ab"), re.findall(r"(a)|(b)", "ab"), re.search("c", "abc", 0).span())
