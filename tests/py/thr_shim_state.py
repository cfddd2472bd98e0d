# Workers see sys.argv and sys.path as they were when their pool started.
import sys
from concurrent.futures import ThreadPoolExecutor
import threading
sys.argv.append("--extra")
sys.path.insert(0, "/tmp/nowhere")
def look(_):
    import sys
    return sys.argv[1:], sys.path[0]
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(look, 0).result())
sys.argv.append("--later")
print(sys.argv[1:])
