# A Future made directly and completed by the code that made it (set_result,
# set_exception, set_running_or_notify_cancel), as custom executors do.
from concurrent.futures import Future, wait, as_completed, InvalidStateError
import threading

f = Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.add_done_callback(lambda fut: print("callback sees", fut.result()))
f.set_result({"k": [1, 2]})
print(f.done(), f.result(), f.exception())
try:
    f.set_result(4)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
f2 = Future()
print(f2.cancel(), f2.set_running_or_notify_cancel(), f2.cancelled())
f3 = Future()
f3.set_exception(ValueError("bad input"))
print(type(f3.exception()).__name__, f3.exception())
try:
    f3.result()
except ValueError as e:
    print("raised", e)
f4 = Future()
f4.set_running_or_notify_cancel()
try:
    f4.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError")
f5 = Future()
t = threading.Thread(target=lambda: f5.set_result(42))
t.start()
print(f5.result(timeout=5))
t.join()
done, pending = wait([f, f3, f5])
print(len(done), len(pending), sorted(str(x.exception()) for x in as_completed([f, f3])))
