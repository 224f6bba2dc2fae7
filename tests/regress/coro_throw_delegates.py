class F:
    def __await__(self):
        yield self
        return 5
class MyErr(BaseException): pass
async def inner():
    try:
        await F()
    except MyErr:
        print("inner caught")
    return "after"
async def outer():
    r = await inner()
    print("outer got", r)
    return r
c = outer()
print(c.send(None).__class__.__name__)
try:
    c.throw(MyErr())
except StopIteration as e:
    print("stop", e.value)
