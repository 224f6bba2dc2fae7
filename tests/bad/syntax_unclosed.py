# An unclosed bracket is reported at the end of the file.
print("no")
x = (1, 2
