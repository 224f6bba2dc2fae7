# an uncaught ZeroDivisionError inside a loop
total = 0
for i in range(3, -1, -1):
    total += 12 // i
    print(total)
