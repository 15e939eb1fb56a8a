class G: pass
php = G()
php.config_level = 3
php.names = ["x", "y"]
def show(): return str(php.config_level) + ':' + str(len(php.names)) + ':' + php.names[1]
print(show())
php.config_level = "high"
print(show())
