class AppError(Exception):
    pass

class DBError(AppError):
    pass

class ConnError(DBError):
    def __init__(self, host, port=5432):
        super().__init__(f"cannot connect to {host}:{port}")
        self.host = host
        self.port = port

class QueryError(DBError):
    pass

def run(kind):
    if kind == "conn":
        raise ConnError("db.local")
    if kind == "query":
        raise QueryError("bad sql")
    if kind == "app":
        raise AppError("generic")
    return "ok"

for kind in ["conn", "query", "app", "none"]:
    try:
        print(run(kind))
    except ConnError as e:
        print("ConnError", e, e.host, e.port)
    except DBError as e:
        print("DBError", type(e).__name__, e)
    except AppError as e:
        print("AppError", e)
print([c.__name__ for c in ConnError.__mro__])
print(issubclass(ConnError, AppError), isinstance(QueryError("x"), DBError))
