# an uncaught user exception: the last stderr line is compared
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key
print("before")
def load():
    raise ConfigError("path")
load()
print("never")
