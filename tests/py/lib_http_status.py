from http import HTTPStatus, HTTPMethod
import http
import json


def respond(status, body=None):
    status = HTTPStatus(status)
    payload = {"code": status.value, "reason": status.phrase}
    if status.is_client_error if hasattr(status, "is_client_error") else 400 <= status < 500:
        payload["error"] = status.description
    return f"HTTP/1.1 {status.value} {status.phrase}", json.dumps(payload)


for code in (200, 201, 204, 301, 400, 404, 418, 422, 429, 500, 503):
    print(*respond(code))
print(HTTPStatus.OK, repr(HTTPStatus.OK), f"{HTTPStatus.NOT_FOUND}", str(HTTPStatus.IM_A_TEAPOT), HTTPStatus.OK == 200, HTTPStatus.OK < 300)
print(HTTPStatus["TOO_MANY_REQUESTS"].phrase, HTTPStatus.OK.name, int(HTTPStatus.CREATED), len(HTTPStatus), HTTPStatus.NOT_FOUND in HTTPStatus)
print([s.value for s in HTTPStatus if 200 <= s < 210])
print(sorted({HTTPStatus.OK: 1, 500: 2}.items()))
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
routes = {(HTTPMethod.GET, "/health"): "ok", (HTTPMethod.POST, "/generate"): "gen"}
for method, path in [("GET", "/health"), ("post", "/generate"), ("PUT", "/x")]:
    try:
        m = HTTPMethod(method.upper())
    except ValueError as e:
        print("ValueError:", e)
        continue
    print(m, repr(m), m.value, m.description, m == method.upper(), routes.get((m, path), HTTPStatus.NOT_FOUND.phrase))
print(list(HTTPMethod)[:4], HTTPMethod.GET.upper(), sorted(http.__all__))
