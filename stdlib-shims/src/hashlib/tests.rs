//! Known digests of the hash functions, computed with CPython 3.11's
//! `hashlib` (OpenSSL and its BLAKE2), for the empty input, `b"abc"` and
//! 1000 bytes of `(7 * i) % 251`.

use super::blake2::{Blake2, Blake2b, Blake2s, Params};
use super::keyed::{pbkdf2, Hmac};
use super::{algorithm_named, Engine};

fn long() -> Vec<u8> {
    (0..1000).map(|i| (i * 7 % 251) as u8).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The digest of `data` fed in pieces cut at `cuts`.
fn digest(mut h: Engine, data: &[u8], cuts: &[usize], len: usize) -> String {
    let mut start = 0;
    for &cut in cuts.iter().chain([&data.len()]) {
        let cut = cut.min(data.len()).max(start);
        h.update(&data[start..cut]);
        start = cut;
    }
    hex(&h.finish(len))
}

const KNOWN: &[(&str, [&str; 3])] = &[
    ("md5", ["d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72", "4b2f37fc49a134b17c7275fd04a1b7ac"]),
    ("sha1", ["da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d", "33f233c97a803d84a0db9f3dbc05b63ff2045d92"]),
    ("sha224", ["d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7", "b3bb83df5b19419d6efee61258cdd7bee0b86acaba1f71c6d07f9c08"]),
    ("sha256", ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "59425e4412e296fc74736673ce067027f384203f59c0d2c3e6be7b13347b3ffc"]),
    ("sha384", ["38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7", "f1417a0e1c0e48cb613e3d98e2ecc4326a79f5fcb5d1bfb0f4b2461ebe45971161f3e0e6e4cfbdec32e6273a0bd56cf6"]),
    ("sha512", ["cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f", "7e658e1b50b8375e8ffe4c26591de6ea5c387436a5169172ea07649fc85e7bc989471fad8307cb20b5bf2785bbfad2ef47945e5558c3be23aa8a08d7bae3e7d0"]),
    ("sha512_224", ["6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4", "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa", "bdb28b8d0b9716e3f0a0029e315414830c1a09e0ca62ee9bc5677cc4"]),
    ("sha512_256", ["c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a", "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23", "e0de432912cc5bf2848384167bc36eefe1b66fd192acb08fb820b886420fc8b3"]),
    ("sha3_224", ["6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7", "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf", "5ba166a036c528a0d952f1c596c68f48807908c375835e69fb484d69"]),
    ("sha3_256", ["a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", "5fb531fe026618353eb601c3b227d68d6f935b8fb59177a76ad484ada72b7e32"]),
    ("sha3_384", ["0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004", "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25", "4a399833cf8524e10a3097c193b22edc5fa474435ba525169af5322d608986a2e3ced0ec121211971a74294a573ba777"]),
    ("sha3_512", ["a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26", "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0", "459d9fbc2ed3407fa9a30834aa10d1554dfb51e98fe77434c58f52ae0bba671f9606a5f4829ee599433d3fff0257bc9aeaeaeee7cd2eed0a1024cd3b04e2e517"]),
    ("blake2b", ["786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", "b611add97bcaee5ccef087e5afe33b18a680ada1bc8fbd70da5664e54dec31b118fbca4ea5ab704f61802c952d74679bdd9b210b77740955c872c23504c9c5f9"]),
    ("blake2s", ["69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", "d1b232f9a5e3794e77cc3f257218a24912d6d9a490d73f16be952e2ae2306cfc"]),
    // SHAKE128 and SHAKE256, 5, 40 and 33 bytes of output.
    ("shake_128", ["7f9c2ba4e8", "5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc844c50af32acd3f2c", "5c309506792c1ac87cd838b0f16ee986e27fa28e6d936d8fd9004c33084bb616b9"]),
    ("shake_256", ["46b9dd2b0b", "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386", "94156ae18970b6190b733b053f4b744731bc40ca7d7fb75fb7de2475b5887d45bd"]),
];

#[test]
fn every_algorithm_matches_known_digests_whole_and_in_pieces() {
    let inputs = [Vec::new(), b"abc".to_vec(), long()];
    for &(name, expected) in KNOWN {
        let alg = algorithm_named(name).expect("a known algorithm");
        for ((data, want), xof_len) in inputs.iter().zip(expected).zip([5, 40, 33]) {
            let len = if alg.digest_size == 0 {
                xof_len
            } else {
                alg.digest_size
            };
            assert_eq!(digest(alg.start(), data, &[], len), want, "{name}");
            let cuts = [1, 63, 64, 65, 127, 200, 333, 999];
            assert_eq!(
                digest(alg.start(), data, &cuts, len),
                want,
                "{name} in pieces"
            );
        }
    }
}

#[test]
fn openssl_names_resolve_in_any_case_and_python_names_only_as_written() {
    let name = |n: &str| algorithm_named(n).map(|a| a.name);
    assert_eq!(name("SHA256"), Some("sha256"));
    assert_eq!(name("sha-512/224"), Some("sha512_224"));
    assert_eq!(name("SHA3-256"), Some("sha3_256"));
    assert_eq!(name("blake2b512"), Some("blake2b"));
    assert_eq!(name("SHA3_256"), None);
    assert_eq!(name("BLAKE2B"), None);
    assert_eq!(name("md4"), None);
}

#[test]
fn a_long_shake_output_squeezes_more_blocks_with_the_same_prefix() {
    let mut h = algorithm_named("shake_128").expect("shake").start();
    h.update(b"abc");
    let long = h.finish(400);
    assert_eq!(hex(&long[..40]), KNOWN[14].1[1]);
    assert_eq!(
        hex(&long[390..]),
        "d08f2bc59c6114bdd745",
        "bytes 390..400 of SHAKE128(b'abc')"
    );
}

fn tree_params<'a>(digest_size: u8, inner_size: u8) -> Params<'a> {
    Params {
        digest_size,
        key: b"secret key",
        salt: b"NaCl",
        person: b"me",
        fanout: 2,
        depth: 3,
        leaf_size: 4096,
        node_offset: (1 << 40) + 5,
        node_depth: 1,
        inner_size,
        last_node: true,
    }
}

#[test]
fn blake2_takes_every_parameter() {
    let mut b: Blake2b = Blake2::new(&tree_params(20, 32));
    b.update(&long());
    assert_eq!(hex(&b.finish()), "5a3127fc217fceb30d5c3d1ad66c08885f6c02ab");
    let mut s: Blake2s = Blake2::new(&tree_params(20, 16));
    s.update(&long());
    assert_eq!(hex(&s.finish()), "b040e43def6b0108f7975291248361a5a3f42982");
    let keyed: Blake2b = Blake2::new(&Params {
        key: &[b'k'; 64],
        ..super::blake2_defaults(64)
    });
    assert_eq!(
        hex(&keyed.finish()),
        "5caefa9818315414d0d763300fc08c4c7c434a259b75c5ed814e97c313ab1b157276e5456967794c810cdbd0b5c5266503067a4a499d29615693e063b1b6afb9"
    );
}

fn keyed(name: &str, key: &[u8]) -> Hmac {
    let alg = algorithm_named(name).expect("a known algorithm");
    Hmac::new(alg, key).ok().expect("a keyed hash")
}

#[test]
fn hmac_with_short_and_long_keys() {
    let short = keyed("sha256", b"key");
    assert_eq!(
        hex(&short.mac(&[b"The quick ", b"brown fox"])),
        "203d1e5cedd2d18f8c5a3beff0bd9c1ebcb97097dfcb288c46b00c9227fde2c0"
    );
    let long_key = keyed("sha512", &[b'k'; 100]);
    assert_eq!(
        hex(&long_key.mac(&[&long()])),
        "0180498a693a8d8b533f97e5fb07b06db0b39847cadf743903e200d188b685fda63347731ffe9d3ef6b7fe71780ad93b9d42a95537d630ef39fce02af4338c6f"
    );
    let shake = algorithm_named("shake_128").expect("known");
    assert!(Hmac::new(shake, b"key").is_err());
}

#[test]
fn pbkdf2_output_longer_than_one_block() {
    let hmac = keyed("sha1", b"password");
    let key = pbkdf2(&hmac, b"salt", 50, 45, &mut || Ok(())).ok();
    let key = key.expect("derived");
    assert_eq!(
        hex(&key),
        "e39dc7df5689329b19200521e6e92e544293034b2b489bd7af402c45d34a80f4047a363781b0181205933209a5"
    );
}
