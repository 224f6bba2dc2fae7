# while ... else: the else runs when the loop ends without break
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
i = 0
while i < 0:
    i += 1
else:
    print("else on empty loop")
