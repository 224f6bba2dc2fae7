def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {1}.remove(2))
t(lambda: set().pop())
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: {1} | [2])
t(lambda: {1} < [1])
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: {1}.add())
t(lambda: [] in {1})
t(lambda: {1}.symmetric_difference())
def mut():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(mut)
try:
    {1}.remove('k')
except KeyError as e:
    print(repr(e))
