# an uncaught exception: output so far, then exit status 1
print("before")
def check(x):
    if x < 0:
        raise ValueError("bad")
    return x
print(check(1))
check(-1)
print("never printed")
