# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
else:
    print("even")
if x > 5:
    if x > 6:
        print("gt6")
    else:
        print("6")
if []:
    print("no")
elif [0]:
    print("nonempty list is true")
y = "yes" if x > 3 else "no"
print(y, "a" if 0 else "b")
