class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"

e = HttpError(404, "Not Found")
print(str(e), e.args)
raise HttpError(500, "Internal Server Error")
