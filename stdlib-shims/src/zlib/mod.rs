//! `zlib`: checksums, one-shot compression and decompression, and the
//! `compressobj`/`decompressobj` streams, with CPython's arguments, `wbits`
//! containers (zlib, raw deflate, gzip, either) and error messages.
//!
//! The deflate data is flate2's (pure-Rust miniz_oxide, already linked for
//! PNG), so compressed bytes are valid zlib streams that any zlib inflates
//! but are not always the bytes CPython's zlib writes (docs/limitations.md);
//! decompressed data and the checksums are exact.

mod container;
mod engine;
mod streams;

use container::Container;
use engine::{Deflater, EngineError, Inflater};
use flate2::FlushCompress;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{arg_int, parse_args};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::exception_class;
use taipan_vm::types::{native_function, types};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// The integer constants of the module.
const CONSTANTS: &[(&str, i64)] = &[
    ("DEFLATED", 8),
    ("DEF_BUF_SIZE", 16384),
    ("DEF_MEM_LEVEL", 8),
    ("MAX_WBITS", 15),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_SYNC_FLUSH", 2),
    ("Z_FULL_FLUSH", 3),
    ("Z_FINISH", 4),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

/// The zlib release whose formats and behaviour the module follows (what
/// CPython 3.11 on Debian 12 links), for scripts that print or check it.
const ZLIB_VERSION: &str = "1.2.13";

/// Builds `zlib`.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("zlib");
    let functions: [(&str, NativeFn); 6] = [
        ("adler32", adler32),
        ("crc32", crc32),
        ("compress", compress),
        ("decompress", decompress),
        ("compressobj", streams::compressobj),
        ("decompressobj", streams::decompressobj),
    ];
    for (name, f) in functions {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    for &(name, value) in CONSTANTS {
        vm.module_set(&m, name, Value::Int(value))?;
    }
    for name in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        vm.module_set(&m, name, str_value(ZLIB_VERSION))?;
    }
    // The module's own version, as CPython's zlibmodule reports it.
    vm.module_set(&m, "__version__", str_value("1.0"))?;
    vm.module_set(&m, "error", Value::Obj(error_class().to_ref()))?;
    Ok(m)
}

/// `zlib.error`.
fn error_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("error", "zlib", types().exception))
}

/// A `zlib.error` with `message`.
fn zlib_error(message: impl Into<String>) -> PyErr {
    PyErr::new(error_class(), message.into())
}

/// zlib's error for an engine failure `while` doing something: its
/// return code (-2 for a stream used wrongly, -3 for bad data, -5 for a
/// truncated stream, 2 for a missing dictionary) and message.
fn engine_error(err: EngineError, doing: &str) -> PyErr {
    let code = match err {
        container::NEEDS_DICTIONARY => return zlib_error(format!("Error 2 while {doing}")),
        engine::MISUSED => -2,
        TRUNCATED => -5,
        _ => -3,
    };
    zlib_error(format!("Error {code} while {doing}: {err}"))
}

/// The message of a stream that ends before its end.
const TRUNCATED: &str = "incomplete or truncated stream";

/// The bytes of a bytes-like argument.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    vm.bytes_of(v)
}

/// An optional int argument (`default` when absent).
fn int_slot(vm: &mut Vm, slot: &Option<Value>, default: i64) -> PyResult<i64> {
    match slot {
        Some(v) => arg_int(vm, v),
        None => Ok(default),
    }
}

/// A compression level argument: -1 (the default, 6) or 0 to 9.
fn level_arg(level: i64) -> Option<u32> {
    match level {
        -1 => Some(6),
        0..=9 => Some(level as u32),
        _ => None,
    }
}

/// A checksum's starting value: any int, taken modulo 2**32 as zlib's
/// unsigned int conversion does.
fn start_value(vm: &mut Vm, slot: &Option<Value>, default: u32) -> PyResult<u32> {
    let Some(v) = slot else {
        return Ok(default);
    };
    let n = taipan_vm::builtins::number_methods::index_bigint(vm, v)?;
    let low = n & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&low).unwrap_or(0))
}

/// `zlib.adler32(data, value=1)`.
fn adler32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("adler32", args, &["data", "value"], 1)?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let mut sum = adler2::Adler32::from_checksum(start_value(vm, &slots[1], 1)?);
    sum.write_slice(&data);
    Ok(Value::Int(i64::from(sum.checksum())))
}

/// `zlib.crc32(data, value=0)`.
fn crc32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("crc32", args, &["data", "value"], 1)?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let mut sum = crc32fast::Hasher::new_with_initial(start_value(vm, &slots[1], 0)?);
    sum.update(&data);
    Ok(Value::Int(i64::from(sum.finalize())))
}

/// The container and level a compressor is asked for, checked as
/// `zlib.compress` checks them.
fn compressor(level: i64, wbits: i64) -> PyResult<Deflater> {
    let (Some(level), Some(container)) = (level_arg(level), container::for_compression(wbits))
    else {
        return Err(zlib_error("Bad compression level"));
    };
    check_window(container, wbits)?;
    Ok(Deflater::new(container, level))
}

/// Refuses windows smaller than 32 KB: the engine always uses a 32 KB
/// window, which a decompressor set up for a smaller one would reject.
fn check_window(container: Container, wbits: i64) -> PyResult<()> {
    if container != Container::Raw && wbits & 15 == 15 || wbits == -15 {
        return Ok(());
    }
    Err(PyErr::value_error(format!(
        "taipan's zlib compresses with a 32 KB window only (wbits=15, -15 or 31, not {wbits})"
    )))
}

/// `zlib.compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("compress", args, &["data", "level", "wbits"], 1)?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let level = int_slot(vm, &slots[1], -1)?;
    let wbits = int_slot(vm, &slots[2], 15)?;
    let mut engine = compressor(level, wbits)?;
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    engine
        .feed(&data, FlushCompress::Finish, &mut out)
        .map_err(|e| engine_error(e, "compressing data"))?;
    Ok(bytes_value(out))
}

/// `zlib.decompress(data, /, wbits=15, bufsize=16384)`: the first stream
/// in `data` (bytes after its end are ignored, as zlib does).
fn decompress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("decompress", args, &["data", "wbits", "bufsize"], 1)?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let wbits = int_slot(vm, &slots[1], 15)?;
    if int_slot(vm, &slots[2], 16384)? < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let Some(container) = container::for_decompression(wbits) else {
        return Err(zlib_error(
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut engine = Inflater::new(container, wbits);
    let mut out = Vec::with_capacity(data.len().saturating_mul(3));
    let doing = "decompressing data";
    engine
        .run(&data, &mut out, None)
        .map_err(|e| engine_error(e, doing))?;
    if !engine.is_done() {
        return Err(engine_error(TRUNCATED, doing));
    }
    Ok(bytes_value(out))
}

/// A bytes object.
fn bytes_value(data: Vec<u8>) -> Value {
    Value::obj(ObjKind::Bytes(data.into_boxed_slice()))
}

/// The data of an embedded module's raw deflate stream (`build.rs`), whose
/// back-references may reach into `window`, the text compressed just
/// before it (the primer's end; empty for the primer itself): zlib's
/// preset dictionary without the zlib container.
pub(crate) fn inflate_embedded(deflated: &[u8], window: &[u8]) -> Result<Vec<u8>, EngineError> {
    use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut state = DecompressorOxide::new();
    // The window sits at the start of the output, where matches can see it.
    let mut out = window.to_vec();
    out.resize(window.len() + deflated.len().saturating_mul(4) + 64, 0);
    let (mut read, mut written) = (0, window.len());
    loop {
        let (status, used, made) = decompress(
            &mut state,
            &deflated[read..],
            &mut out,
            written,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        read += used;
        written += made;
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                out.drain(..window.len());
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput => out.resize(out.len() * 2, 0),
            TINFLStatus::FailedCannotMakeProgress => return Err(TRUNCATED),
            _ => return Err("invalid deflate data"),
        }
    }
}
