# f-string !a conversion must behave like ascii(), as str.format's !a does.
s = "é"
print(f"{s!a}")
print(f"{s!a:>8}|")
print(f"{[s, 'x']!a}")
print("{!a}".format(s), ascii(s))
