# an explicit tb=None formats the exception without its traceback
import sys, traceback
try:
    raise ValueError('bad value')
except ValueError as e:
    print(traceback.format_exception(type(e), e, None))
    traceback.print_exception(type(e), e, None, file=sys.stdout)
    print(e.__traceback__ is not None)
    print(len(traceback.format_exception(e)) > 1)
