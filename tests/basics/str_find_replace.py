# find, index, rfind, replace, in
s = "hello world, hello tern"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.find(""))
print(s.index("world"), s.rindex("o"))
print(s.replace("hello", "bye"))
print(s.replace("hello", "bye", 1))
print(s.replace("l", ""))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print("world" in s, "World" in s, "" in s)
print(s.find("o", 5, 10), s.find("o", 8, 10))
