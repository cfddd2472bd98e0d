import numpy as np

vocab = {'[PAD]': 0, '[CLS]': 101, '[SEP]': 102, 'the': 1996, 'cat': 4937, 'sat': 2938, 'on': 2006, 'mat': 13523, 'a': 1037}
sentences = ['the cat sat on the mat', 'a cat', 'the mat sat on a cat on the mat']
max_len = 8
ids = []
for s in sentences:
    toks = [vocab['[CLS]']] + [vocab[w] for w in s.split()] + [vocab['[SEP]']]
    toks = toks[:max_len - 1] + [vocab['[SEP]']] if len(toks) > max_len else toks
    ids.append(toks)
print([len(x) for x in ids])
batch = np.zeros((len(ids), max_len), dtype=np.int64)
for i, toks in enumerate(ids):
    batch[i, :len(toks)] = toks
print(repr(batch))
mask = (batch != vocab['[PAD]']).astype(np.int64)
print(repr(mask))
print(repr(mask.sum(axis=1)))
positions = np.cumsum(mask, axis=1) * mask - 1
positions[positions < 0] = 0
print(repr(positions))
types = np.zeros_like(batch)
print(repr(types.dtype), types.shape)
ext = (1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-10000.0)
print(ext.shape, ext.dtype, repr(ext[1, 0, 0]))
lengths = mask.sum(axis=1)
order = np.argsort(-lengths, kind='stable')
print(repr(order), repr(batch[order][:, :3]))
i32 = batch.astype(np.int32)
print(i32.dtype, i32.nbytes, repr(i32[1]))
