# A syntax error: nothing runs, exit status 1, last stderr line is CPython's.
print("this line must not run")
x = 1 +* 2
