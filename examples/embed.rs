//! Embedding taipan in a Rust program: compile a preprocessing script
//! once, load it as a shared module, then call it from many threads.
//!
//! Run it with `cargo run --release --example embed`.

use taipan::{Arg, Runtime};

// Keeps each thread's memory in its own malloc arena, so that the worker
// threads do not wait on each other's allocator locks (see its docs).
#[global_allocator]
static ALLOCATOR: taipan::ThreadArenaRealloc = taipan::ThreadArenaRealloc;

const SCRIPT: &str = r###"
VOCAB = {"[UNK]": 0, "hello": 1, "world": 2, "token": 3, "##s": 4}

def wordpiece(word):
    pieces, start = [], 0
    while start < len(word):
        end, piece = len(word), None
        while end > start:
            sub = word[start:end] if start == 0 else "##" + word[start:end]
            if sub in VOCAB:
                piece = sub
                break
            end -= 1
        if piece is None:
            return [VOCAB["[UNK]"]]
        pieces.append(VOCAB[piece])
        start = end
    return pieces

def encode(text):
    ids = []
    for word in text.lower().split():
        ids.extend(wordpiece(word))
    return {"ids": ids, "length": len(ids)}
"###;

fn main() -> Result<(), taipan::Error> {
    let rt = Runtime::builder().build();
    // Compile once, run the module's top level once, freeze it.
    let module = rt.load(&rt.compile_str("tokenizer.py", SCRIPT)?)?;

    // Call it directly…
    let ids = module.call("wordpiece", &["tokens".into()])?;
    let ids: Vec<i64> = ids.try_into()?;
    println!("wordpiece('tokens') = {ids:?}");

    // …from several threads at once…
    std::thread::scope(|s| {
        for t in 0..4 {
            let module = &module;
            s.spawn(move || {
                let text = format!("hello world {}", "token ".repeat(t));
                match module.call("encode", &[text.into()]) {
                    Ok(r) => println!("thread {t}: {r:?}"),
                    Err(e) => eprintln!("thread {t}: {e}"),
                }
            });
        }
    });

    // …or hand a batch to the pool helper (results in input order).
    let batch: Vec<Arg> = ["hello", "worlds", "zebra"]
        .iter()
        .map(|&s| s.into())
        .collect();
    for (text, result) in ["hello", "worlds", "zebra"]
        .iter()
        .zip(module.map("encode", &batch, 2))
    {
        println!("{text:>8} -> {:?}", result?);
    }
    Ok(())
}
