# global statements and module-level variables
count = 0
def bump():
    global count
    count += 1
def read():
    return count
bump()
bump()
print(count, read())
def make_new():
    global fresh
    fresh = "created"
make_new()
print(fresh)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reads_later():
    return later
later = 42
print(reads_later())
