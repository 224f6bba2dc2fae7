# string operations: concat, repeat, index, compare, iterate
s = "abcdef"
print(s[0], s[-1], s[2], len(s))
print(s + "gh", s * 2, 3 * "ab", "" * 5)
print("ab" < "b", "abc" == "a" + "bc", "a" != "b")
print("x" in s, "cd" in s, s.count("c"))
t = ""
for i in range(5):
    t += str(i)
print(t)
print(str(123) + str(4.5) + str(None) + str([1]))
print("é", len("é"), "日本", len("日本"))
print("quote's", 'double"s', "back\\slash", "tab\tend")
print(repr("it's"), repr('say "hi"'), repr("a\nb"), repr("\\"))
print("ab" "cd", """triple
quoted""")
print(s.upper()[1:3], s[::-1])
