# repr picks quotes like CPython and escapes control characters
for s in ["abc", "it's", 'say "hi"', 'both \' and "', '\n\t\r', '\x00\x01\x1f', 'back\\slash', '', "'", '"',
          'tab\there', '\x7f', 'caf\xe9', '\u200b', '\ufeff', 'a\u0301']:
    print(repr(s), len(repr(s)))
print(str('x'), repr(['a', "b'c"]), repr(('d',)), repr({'k': 'v'}))
