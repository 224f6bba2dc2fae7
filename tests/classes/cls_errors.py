# error messages around classes and objects
class A:
    def __init__(self):
        self.x = 1
    def meth(self, a):
        return a
a = A()
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: a.nope)
show(lambda: A.nope)
show(lambda: (1).nope)
show(lambda: "s".nope)
show(lambda: None.nope)
show(lambda: len(a))
show(lambda: a[0])
show(lambda: a())
show(lambda: iter(a))
show(lambda: next(a))
show(lambda: 1 in a)
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: A(1))
show(lambda: a < a)
show(lambda: a + 1)
show(lambda: 1 - a)
show(lambda: -a)
show(lambda: ~"s")
show(lambda: int[0] and None)
show(lambda: A[0])
def set_int():
    (1).x = 2
show(set_int)
def set_list_attr():
    [].append = 1
show(set_list_attr)
def set_builtin_type():
    int.foo = 1
show(set_builtin_type)
def del_missing():
    del a.zzz
show(del_missing)
def item_assign():
    (1, 2)[0] = 5
show(item_assign)
def item_del():
    del (1, 2)[0]
show(item_del)
def int_item_del():
    del (1)[0]
show(int_item_del)
show(lambda: object().x)
def object_set():
    object().x = 1
show(object_set)
