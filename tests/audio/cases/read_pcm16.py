import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import numpy as np
import soundfile as sf
from wavmaker import wav_bytes, write

vals = [0, 1, -1, 32767, -32768, 1234, -4321, 16384]
mono = write("read_pcm16_mono", wav_bytes(struct.pack("<8h", *vals), rate=16000))
stereo = write("read_pcm16_stereo", wav_bytes(struct.pack("<8h", *vals), channels=2, rate=44100))
for path in (mono, stereo):
    for dtype in ("float64", "float32", "int16", "int32", np.float32, np.dtype("int16")):
        data, sr = sf.read(path, dtype=dtype)
        print(sr, data.dtype, data.shape, data.tolist())
    data, sr = sf.read(path, always_2d=True)
    print(data.shape, data.dtype, data[-1].tolist(), type(sr).__name__)
data, sr = sf.read(stereo)
print(data)
print(data[:, 0].sum(), data.mean(axis=0))
