# Float loop: a Mandelbrot set, counting the points inside.
def mandelbrot(w, h, max_iter):
    inside = 0
    for py in range(h):
        y0 = (py / h) * 2.4 - 1.2
        for px in range(w):
            x0 = (px / w) * 3.2 - 2.2
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            if i == max_iter:
                inside += 1
    return inside
print(mandelbrot(500, 360, 100))
