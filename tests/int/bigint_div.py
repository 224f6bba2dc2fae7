# long division against known identities
import_ok = True
vals = [10 ** 50 + 12345, 2 ** 127 - 1, 3 ** 80, 7 ** 45 + 1, 2 ** 64, 2 ** 32 + 1]
divs = [3, 2 ** 32, 2 ** 31 - 1, 10 ** 20 + 7, 2 ** 64 - 1, 12345678901234567891]
for v in vals:
    for d in divs:
        for sv in (v, -v):
            for sd in (d, -d):
                q, r = divmod(sv, sd)
                assert q * sd + r == sv
                assert (r == 0) or ((r < 0) == (sd < 0))
                assert abs(r) < abs(sd)
        print(v // d, v % d)
print(10 ** 100 // 10 ** 50, (10 ** 100 + 1) % (10 ** 50))
print(pow(2, 100, 10 ** 9 + 7), pow(3, 1000, 2 ** 61 - 1), pow(5, 3, -7), pow(-5, 3, 7))
