print('start')
x = 'a' + 5
