# uncaught exception whose class overrides __str__
class Oops(ValueError):
    def __str__(self):
        return "oops happened (%d)" % self.args[0]
raise Oops(7)
