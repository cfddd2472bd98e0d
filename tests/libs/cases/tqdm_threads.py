# tqdm with thread pools: thread_map, a bar over as_completed, and bars made
# inside the workers themselves.
from concurrent.futures import ThreadPoolExecutor, as_completed
from tqdm import tqdm
from tqdm.contrib.concurrent import thread_map, process_map

VOCAB = {w: i for i, w in enumerate("the a of to and in is it for on".split())}


def encode(sentence):
    return [VOCAB.get(w, -1) for w in sentence.split()]


def checksum(n):
    total = 0
    for i in tqdm(range(n), leave=False):
        total = (total * 31 + i) % 1000003
    return total


sentences = ["the cat is on the mat", "a dog of mine", "to be or not", "it is for you"] * 5
print(thread_map(encode, sentences, max_workers=3)[:4])
print(process_map(checksum, [10, 200, 3000], max_workers=2, desc="sums"))
print(thread_map(lambda a, b: a * b, range(5), [10, 20, 30]))

results = {}
with ThreadPoolExecutor(2) as ex:
    futures = {ex.submit(checksum, n): n for n in range(50, 60)}
    for fut in tqdm(as_completed(futures), total=len(futures)):
        results[futures[fut]] = fut.result()
print(sorted(results.items()))
