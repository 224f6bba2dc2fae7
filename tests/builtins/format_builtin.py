print(format(5), format(5, 'd'), format(3.14159, '.2f'), format('x', '>3'), format(255, 'x'), format(1234567, ','), format(0.5, '%'))
print(format([1, 2]), format(None), format(True), format(10, '08b'))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'abc'), format(F()), '{:xyz}'.format(F()))
try:
    format(1, 2)
except TypeError as e:
    print(e)
