# Dhrystone-style integer benchmark: records, procedures, string compares.
# Written for Tern's memory figures; prints a checksum.
IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intval=0, text=''):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intval = intval
        self.text = text

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intval, self.text)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = '\0'
        self.char2 = '\0'
        self.arr1 = [0] * 51
        self.arr2 = [[0] * 51 for _ in range(51)]
        self.ptr_glob = None


def func1(c1, c2):
    return IDENT1 if c1 != c2 else IDENT2


def func2(s1, s2, st):
    i = 1
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            ch = 'A'
            i += 1
    if 'W' <= ch <= 'Z':
        i = 7
    if ch == 'X':
        return True
    if s1 > s2:
        st.int_glob = i + 7
        return True
    return False


def func3(e):
    return e == IDENT3


def proc6(e):
    r = e
    if not func3(e):
        r = IDENT4
    if e == IDENT1:
        r = IDENT1
    elif e == IDENT2:
        r = IDENT2
    elif e == IDENT3:
        r = IDENT2
    elif e == IDENT5:
        r = IDENT3
    return r


def proc7(a, b):
    return b + a + 2


def proc8(st, a1, a2, i1, i2):
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for j in range(loc, loc + 2):
        a2[loc][j] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    st.int_glob = 5


def proc3(st, p):
    if st.ptr_glob is not None:
        p = st.ptr_glob.ptr
    st.ptr_glob.intval = proc7(10, st.int_glob)
    return p


def proc1(st, p):
    p.ptr = nxt = st.ptr_glob.copy()
    p.intval = 5
    nxt.intval = p.intval
    nxt.ptr = p.ptr
    nxt.ptr = proc3(st, nxt.ptr)
    if nxt.discr == IDENT1:
        nxt.intval = 6
        nxt.enum = proc6(p.enum)
        nxt.ptr = st.ptr_glob.ptr
        nxt.intval = proc7(nxt.intval, 10)
    else:
        p = nxt.copy()
    nxt.ptr = None
    return p


def run(loops):
    st = State()
    st.ptr_glob = Record()
    st.ptr_glob.ptr = Record()
    st.ptr_glob.discr = IDENT1
    st.ptr_glob.enum = IDENT3
    st.ptr_glob.intval = 40
    st.ptr_glob.text = "DHRYSTONE PROGRAM, SOME STRING"
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    st.arr2[8][7] = 10
    check = 0
    for n in range(loops):
        st.char1 = 'A'
        st.bool_glob = True
        i1 = 2
        i2 = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        st.bool_glob = not func2(s1, s2, st)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 += 1
        proc8(st, st.arr1, st.arr2, i1, i3)
        st.ptr_glob = proc1(st, st.ptr_glob)
        ch = 'A'
        while ch <= st.char2:
            if e == func1(ch, 'C'):
                e = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        i3 = i2 * i1
        i2 = i3 // i1
        i2 = 7 * (i3 - i2) - i1
        check = (check * 31 + i1 + i2 + i3 + st.int_glob + st.ptr_glob.intval) % 1000000007
    return check, st.arr1[8], st.arr2[8][7]


print('pystone', run(20000))
