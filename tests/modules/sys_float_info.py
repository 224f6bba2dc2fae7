import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, type(fi).__name__)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.hexversion >= 0x030B0000)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
