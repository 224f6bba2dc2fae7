# A negative int too big for 64 bits stored into an unsigned array: the
# message once depended on an uninitialized magnitude ("int too big to
# convert" or "can't convert negative int to unsigned").
from array import array
for v in (-2 ** 100, -2 ** 64, -1):
    try:
        array('Q', [v])
    except OverflowError as e:
        print('Q', v, e)
    for tc in 'IL':
        try:
            array(tc, [v])
        except OverflowError as e:
            print(tc, v, type(e).__name__)
