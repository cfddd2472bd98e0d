class Base:
    def run(self):
        raise NotImplementedError("subclass must implement")

print("base")
Base().run()
