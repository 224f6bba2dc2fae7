# default argument values
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))
def counter(start=0, step=1):
    return list(range(start, start + 5 * step, step))
print(counter(), counter(10), counter(step=2), counter(1, 3))
def append_to(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def shared(x, acc=[]):
    acc.append(x)
    return acc
print(shared(1), shared(2))
N = 5
def uses_default(n=N):
    return n
N = 6
print(uses_default())
