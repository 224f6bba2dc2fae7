import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.05)
dt = time.monotonic() - m0
print(0.04 < dt < 1.0, time.time() >= t0, time.perf_counter() > p0, isinstance(time.time_ns(), int))
st = time.gmtime(0)
print(st, st.tm_year, st[:3], tuple(st)[6:], type(st).__name__)
st2 = time.gmtime(1700000000)
print(st2.tm_mon, st2.tm_mday, st2.tm_hour, time.strftime("%Y-%m-%d %H:%M:%S", st2), time.asctime(st2))
lt = time.localtime()
print(isinstance(lt, tuple), len(lt), abs(time.mktime(lt) - time.time()) < 5)
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
