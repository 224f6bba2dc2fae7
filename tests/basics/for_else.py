# for ... else
def first_even(items):
    for x in items:
        if x % 2 == 0:
            print("first even:", x)
            break
    else:
        print("no even number")
first_even([1, 3, 4, 5])
first_even([1, 3, 5])
first_even([])
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
