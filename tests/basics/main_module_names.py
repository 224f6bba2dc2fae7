print(dir())
x: int = 1
print(__annotations__, sorted(globals()))
def f(): return __name__
print(f())
print(__package__, __spec__, __cached__)
