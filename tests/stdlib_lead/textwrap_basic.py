import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, long-established co-operative hyper-extraordinarily-long-word appears here.")
for w in (20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.shorten("Hello  world! This is a long sentence.", width=20), textwrap.shorten("short", 20))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap("a\tb\nc  d", 5))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)), repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")), repr(textwrap.indent("x\ny", "+", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one two three", 7))
