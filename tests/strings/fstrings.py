# f-strings with format specs and conversions
x, y, name = 3.14159, 42, 'tern'
print(f'{x}', f'{x:.2f}', f'{y:5d}|', f'{y:<5}|', f'{name!r}', f'{name:>8}', f'{name.upper()}')
print(f'{y:#x}', f'{y:08b}', f'{-y:+}', f'{y * 2 = }' if False else f'{y * 2}', f'{x:10.4e}', f'{1e16:g}')
w = 6
print(f'{name:{w}}|', f'{x:.{w}f}', f'{"q":^5}', f'{{literal}}', f'{y!s:>4}', f'{3.0:g}', f'{1234567.891:,.2f}')
print(f'{255:#x}', f'{-0.0:.1f}', f'{True}', f'{True:d}', f'{None}', f'{[1, 2]}', f'{0.1 + 0.2}')
