//! `zlib.compressobj()` and `zlib.decompressobj()`: compression and
//! decompression a piece at a time.

use super::engine::{Deflater, Inflater};
use super::{bytes_value, container, data_arg, engine_error, int_slot, zlib_error};
use flate2::FlushCompress;
use std::cell::RefCell;
use std::sync::OnceLock;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class_with_properties, native_self, NativeObject};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// A `zlib.Compress` object.
struct CompressStream(RefCell<Deflater>);

impl NativeObject for CompressStream {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            let methods: &[(&str, NativeFn)] = &[("compress", compress), ("flush", flush)];
            native_class_with_properties("Compress", "zlib", None, methods, &[])
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A `zlib.Decompress` object.
struct DecompressStream(RefCell<DecompressState>);

/// A decompressor and the attributes CPython's object has.
struct DecompressState {
    engine: Inflater,
    /// Bytes after the end of the stream.
    unused_data: Vec<u8>,
    /// Input the last call left unused because of its `max_length`.
    unconsumed_tail: Vec<u8>,
}

impl NativeObject for DecompressStream {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            let methods: &[(&str, NativeFn)] =
                &[("decompress", decompress), ("flush", decompress_flush)];
            let properties: &[(&str, NativeFn)] = &[
                ("unused_data", unused_data),
                ("unconsumed_tail", unconsumed_tail),
                ("eof", eof),
            ];
            native_class_with_properties("Decompress", "zlib", None, methods, properties)
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `zlib.compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS,
/// memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
/// The strategy is checked but the engine has one; `zdict` is refused.
pub fn compressobj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let slots = parse_args("compressobj", args, &names, 0)?;
    let level = int_slot(vm, &slots[0], -1)?;
    let method = int_slot(vm, &slots[1], 8)?;
    let wbits = int_slot(vm, &slots[2], 15)?;
    let mem_level = int_slot(vm, &slots[3], 8)?;
    let strategy = int_slot(vm, &slots[4], 0)?;
    let (Some(level), Some(found)) = (super::level_arg(level), container::for_compression(wbits))
    else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    if method != 8 || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return Err(PyErr::value_error("Invalid initialization option"));
    }
    refuse_dictionary(&slots[5])?;
    super::check_window(found, wbits)?;
    let stream = CompressStream(RefCell::new(Deflater::new(found, level)));
    Ok(Value::obj(ObjKind::Native(Box::new(stream))))
}

/// Preset dictionaries are not supported by the engine.
fn refuse_dictionary(zdict: &Option<Value>) -> PyResult<()> {
    match zdict {
        None | Some(Value::None) => Ok(()),
        Some(_) => Err(PyErr::value_error(
            "taipan's zlib does not support preset dictionaries (zdict)",
        )),
    }
}

fn the_compressor<'a>(args: &Args<'a>) -> PyResult<&'a CompressStream> {
    native_self::<CompressStream>("Compress", args)
}

/// `Compress.compress(data)`: the compressed data ready so far.
fn compress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_compressor(&args)?;
    let slots = parse_args(
        "compress",
        taipan_vm::builtins::args::rest(args),
        &["data"],
        1,
    )?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    stream
        .0
        .borrow_mut()
        .feed(&data, FlushCompress::None, &mut out)
        .map_err(|e| engine_error(e, "compressing data"))?;
    Ok(bytes_value(out))
}

/// `Compress.flush(mode=Z_FINISH)`.
fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_compressor(&args)?;
    let slots = parse_args("flush", taipan_vm::builtins::args::rest(args), &["mode"], 0)?;
    let mode = match int_slot(vm, &slots[0], 4)? {
        0 => return Ok(bytes_value(Vec::new())),
        1 | 5 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => {
            return Err(zlib_error(
                "Error -2 while flushing: inconsistent stream state",
            ))
        }
    };
    let mut out = Vec::new();
    stream
        .0
        .borrow_mut()
        .feed(&[], mode, &mut out)
        .map_err(|e| engine_error(e, "flushing"))?;
    Ok(bytes_value(out))
}

/// `zlib.decompressobj(wbits=MAX_WBITS, zdict=b'')`.
pub fn decompressobj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("decompressobj", args, &["wbits", "zdict"], 0)?;
    let wbits = int_slot(vm, &slots[0], 15)?;
    let Some(found) = container::for_decompression(wbits) else {
        return Err(PyErr::value_error("Invalid initialization option"));
    };
    if let Some(zdict) = &slots[1] {
        if !data_arg(vm, zdict)?.is_empty() {
            refuse_dictionary(&slots[1])?;
        }
    }
    let state = DecompressState {
        engine: Inflater::new(found, wbits),
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
    };
    let stream = DecompressStream(RefCell::new(state));
    Ok(Value::obj(ObjKind::Native(Box::new(stream))))
}

fn the_decompressor<'a>(args: &Args<'a>) -> PyResult<&'a DecompressStream> {
    native_self::<DecompressStream>("Decompress", args)
}

impl DecompressState {
    /// Decompresses `data` into at most `limit` bytes (None: all of it),
    /// keeping what it cannot use as CPython's attributes say.
    fn feed(&mut self, data: &[u8], limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        if self.engine.is_done() {
            self.unused_data.extend_from_slice(data);
            return Ok(out);
        }
        let used = self
            .engine
            .run(data, &mut out, limit)
            .map_err(|e| engine_error(e, "decompressing data"))?;
        let rest = &data[used..];
        self.unconsumed_tail.clear();
        if self.engine.is_done() {
            self.unused_data.extend_from_slice(rest);
        } else {
            self.unconsumed_tail.extend_from_slice(rest);
        }
        Ok(out)
    }
}

/// `Decompress.decompress(data, max_length=0)`.
fn decompress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_decompressor(&args)?;
    let names = ["data", "max_length"];
    let slots = parse_args(
        "decompress",
        taipan_vm::builtins::args::rest(args),
        &names,
        1,
    )?;
    let data = data_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let limit = match int_slot(vm, &slots[1], 0)? {
        0 => None,
        n if n < 0 => return Err(PyErr::value_error("max_length must be non-negative")),
        n => Some(n as usize),
    };
    let out = stream.0.borrow_mut().feed(&data, limit)?;
    Ok(bytes_value(out))
}

/// `Decompress.flush(length=DEF_BUF_SIZE)`: decompresses the unconsumed
/// tail without a limit.
fn decompress_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_decompressor(&args)?;
    let slots = parse_args(
        "flush",
        taipan_vm::builtins::args::rest(args),
        &["length"],
        0,
    )?;
    if int_slot(vm, &slots[0], 16384)? <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let mut state = stream.0.borrow_mut();
    let tail = std::mem::take(&mut state.unconsumed_tail);
    let out = state.feed(&tail, None)?;
    Ok(bytes_value(out))
}

fn unused_data(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_decompressor(&args)?;
    Ok(bytes_value(stream.0.borrow().unused_data.clone()))
}

fn unconsumed_tail(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_decompressor(&args)?;
    Ok(bytes_value(stream.0.borrow().unconsumed_tail.clone()))
}

fn eof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let stream = the_decompressor(&args)?;
    Ok(Value::Bool(stream.0.borrow().engine.is_done()))
}
