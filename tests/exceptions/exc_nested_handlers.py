# nested handlers across functions and generators
def level3():
    raise KeyError("l3")
def level2():
    try:
        level3()
    except IndexError:
        print("wrong handler")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        yield "got " + str(e)
g = gen2()
next(g)
print(g.throw(ValueError("thrown")))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    else:
        print("no error")
    finally:
        print("done", a, b)
print(safe_div(1, 0), safe_div(4, 2))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry", e)
print("count", count)
