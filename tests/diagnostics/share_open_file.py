# An open file is not shared with workers: open it inside the work.
from concurrent.futures import ThreadPoolExecutor

LOG = open("/tmp/taipan_share_open_file.log", "w")


def work(x):
    LOG.write(str(x))
    return x


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(work, 1).result())
