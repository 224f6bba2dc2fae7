# from module import *
from helper_star import *
print(exported, also)
try:
    print(not_exported)
except NameError as e:
    print("NameError", e)
from helper_nostar import *
print(public, fn())
try:
    print(_underscore)
except NameError as e:
    print("NameError", e)
