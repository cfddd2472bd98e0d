"""Builds WAV files byte by byte for the audio cases, so that a case needs
neither `wave` nor `soundfile` to make its input.  Not a case itself."""

import struct

PCM_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


def wav_bytes(samples, tag=1, channels=1, bits=16, rate=8000, data_size=None,
              fmt_extra=b"", before=b"", after=b""):
    """A RIFF/WAVE file: `before` chunks, fmt, data (`samples`), `after`."""
    block = channels * ((bits + 7) // 8)
    fmt = struct.pack("<HHLLHH", tag, channels, rate, rate * block, block, bits) + fmt_extra
    size = len(samples) if data_size is None else data_size
    body = (b"WAVE" + before + b"fmt " + struct.pack("<L", len(fmt)) + fmt
            + b"data" + struct.pack("<L", size) + samples + after)
    return b"RIFF" + struct.pack("<L", len(body)) + body


def extensible(sub_tag, valid_bits, mask=4):
    """The fmt extension of a WAVE_FORMAT_EXTENSIBLE file."""
    return struct.pack("<HHLH", 22, valid_bits, mask, sub_tag) + PCM_GUID_TAIL


def write(name, blob):
    """Writes `blob` to /tmp/taipan_audio_<name>.wav and returns the path."""
    path = "/tmp/taipan_audio_%s.wav" % name
    with open(path, "wb") as f:
        f.write(blob)
    return path
