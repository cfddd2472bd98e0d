//! The file decoders a script reaches (image, audio, JSON, `.npy`), fed
//! bytes from memory the way a script would.

use super::harness;
use std::sync::OnceLock;
use taipan::{Arg, SharedModule};

/// One function per decoder; the fuzzer's first byte picks one (modulo
/// their number), so keep the order: `fuzz/seed.sh` relies on it.
const DECODERS: &str = r#"
import io
import json
import wave
import numpy as np
import cv2
import soundfile
from PIL import Image


def pil_image(data):
    im = Image.open(io.BytesIO(data))
    im.load()
    np.asarray(im)
    im.convert("RGB").convert("L")


def cv2_imdecode(data):
    buf = np.frombuffer(data, dtype=np.uint8)
    for flags in (cv2.IMREAD_UNCHANGED, cv2.IMREAD_COLOR, cv2.IMREAD_GRAYSCALE):
        cv2.imdecode(buf, flags)


def wave_read(data):
    with wave.open(io.BytesIO(data)) as w:
        w.getparams()
        w.readframes(w.getnframes())


def soundfile_read(data):
    soundfile.read(io.BytesIO(data))
    soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)


def json_loads(data):
    json.loads(data)


def npy_load(data):
    np.load(io.BytesIO(data), allow_pickle=False)
"#;

/// The functions of `DECODERS`, in selector order.
const NAMES: &[&str] = &[
    "pil_image",
    "cv2_imdecode",
    "wave_read",
    "soundfile_read",
    "json_loads",
    "npy_load",
];

/// The decoders' module, loaded once per process.
fn module() -> &'static SharedModule {
    static MODULE: OnceLock<SharedModule> = OnceLock::new();
    MODULE.get_or_init(|| {
        let rt = harness::runtime();
        let program = rt.compile_str("decoders.py", DECODERS);
        match program.and_then(|p| rt.load(&p)) {
            Ok(m) => m,
            Err(e) => panic!("the decoders' module does not load:\n{e}"),
        }
    })
}

/// Decodes `data[1..]` with the decoder `data[0]` picks.
pub fn decode(data: &[u8]) {
    let Some((&selector, file)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let module = module();
    harness::on_big_stack(|| {
        harness::check(module.call_opts(name, &[Arg::Bytes(file.to_vec())], &harness::options()));
    });
}
