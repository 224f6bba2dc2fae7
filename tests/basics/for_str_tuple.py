# for over strings and tuples
for ch in "hey":
    print(ch)
for t in (1, "two", 3.0, None):
    print(t)
out = ""
for ch in "reverse":
    out = ch + out
print(out)
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
for ch in "":
    print("never")
