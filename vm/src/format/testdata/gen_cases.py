"""Writes the CPython results that vm/src/format/tests.rs checks against.

Run with CPython 3.11:  python3 gen_cases.py small 1 700 > cpython_cases.txt
("big" mode, with another seed and count, writes a far larger table for a
one-off comparison outside the repository.)
"""
import random, struct, sys, math

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif o < 0x20 or 0x7f <= o <= 0x9f or o in (0x2028, 0x2029) or 0xd800 <= o <= 0xdfff:
            out.append('\\u{%x}' % o)
        else: out.append(ch)
    return ''.join(out)

def has_surrogate(s):
    return any(0xd800 <= ord(c) <= 0xdfff for c in s)

def enc_val(v):
    if isinstance(v, bool): raise ValueError
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    return 's:' + esc(v)

def result(fn):
    try:
        r = fn()
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + str(e)
    if has_surrogate(r): return None
    return '=' + r

def fmt_line(v, spec):
    r = result(lambda: format(v, spec))
    if r is None: return None
    return '\t'.join(['F', enc_val(v), esc(spec), esc(r)])

def printf_line(f, args):
    r = result(lambda: f % tuple(args))
    if r is None: return None
    return '\t'.join(['P', esc(f), esc(r)] + [enc_val(a) for a in args])

INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1234, -1234, 65, 1234567, -1234567, 10**20, -(10**20),
        2**64-1, 0x10ffff, 0x110000, 97, 2**53+1, 10**22+1, 2**1024, 2**1024-2**970, 2**1024-2**971-1, -(2**1023), 12345678901234567890123]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 1/3, 2/3, 123.456, -123.456, 1234567.891, 1e16, 1e15,
          1e-5, 1e-4, 9.9999, 0.00012345, 1e100, 1.5e300, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'),
          float('nan'), 100.0, 999999.5, 0.125, 0.375, 1.2345678e14, -1e-7, 2.0**53, 9.5, 99.99, 0.000999, 1e22, 123456789.0]
STRS = ['', 'a', 'abc', 'héllo', '日本語', 'a\tb', 'xyzzy12345']

def rand_spec(rng):
    parts = []
    r = rng.random()
    if r < 0.35:
        parts.append(rng.choice(['<', '>', '^', '=']))
    elif r < 0.55:
        parts.append(rng.choice(['*', '0', '_', 'é', ' ', '<', 'x', '9']) + rng.choice(['<', '>', '^', '=']))
    if rng.random() < 0.35: parts.append(rng.choice(['+', '-', ' ']))
    if rng.random() < 0.12: parts.append('z')
    if rng.random() < 0.25: parts.append('#')
    if rng.random() < 0.25: parts.append('0')
    if rng.random() < 0.55: parts.append(str(rng.choice([0, 1, 2, 5, 8, 10, 13, 20, 25])))
    if rng.random() < 0.25: parts.append(rng.choice([',', '_']))
    if rng.random() < 0.5: parts.append('.' + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 30])))
    if rng.random() < 0.85: parts.append(rng.choice('bcdoxXneEfFgG%s') if rng.random() < 0.97 else rng.choice(['y', 'é', '\x01', 'r']))
    s = ''.join(parts)
    if rng.random() < 0.03:
        # mutate
        i = rng.randrange(len(s) + 1)
        s = s[:i] + rng.choice('<>^=+- z#0123456789,_.%sdexXnEFg*') + s[i:]
    return s

PRINTF_CONV = 'diouxXeEfFgGcrsa'
def rand_printf(rng, kind):
    parts = ['%']
    for fl in '-+ #0':
        if rng.random() < 0.2: parts.append(fl)
    star_w = star_p = None
    r = rng.random()
    if r < 0.4: parts.append(str(rng.choice([1, 3, 5, 8, 12])))
    elif r < 0.5:
        parts.append('*'); star_w = rng.choice([-8, -3, 0, 4, 9])
    r = rng.random()
    if r < 0.35: parts.append('.' + str(rng.choice([0, 1, 2, 3, 6, 12])))
    elif r < 0.4: parts.append('.')
    elif r < 0.48:
        parts.append('.*'); star_p = rng.choice([-2, 0, 1, 3, 7])
    if rng.random() < 0.05: parts.append(rng.choice('hlL'))
    if kind == 's':
        parts.append(rng.choice('scdxf'))
    else:
        parts.append(rng.choice(PRINTF_CONV) if rng.random() < 0.97 else rng.choice('yé%'))
    args = []
    if star_w is not None: args.append(star_w)
    if star_p is not None: args.append(star_p)
    return ''.join(parts), args

def main(mode, seed, n_random):
    rng = random.Random(seed)
    lines = []
    def add(l):
        if l is not None: lines.append(l)
    # hand-picked specs on every value
    fixed_specs = ['', 'd', ',', '_', 'x', '#x', '#X', '_x', '#_b', 'o', '#o', 'c', 'n', '+', ' ', '08', '=8', '*^9', '<6', '010,', '08,',
                   'e', '.3e', 'E', 'f', '.2f', ',.2f', '%', '.1%', 'g', '.3g', '#g', 'G', '.0', '.3', '#', 'z', 'z.1f', '+.1e', '015.3f', '0=12,.2f',
                   's', '.2s', '>5.1', 'abc', '.', ',_', ',x', '_n', 'y']
    if mode == 'small':
        ints = [0, -1, 42, -255, 1234567, 10**20, 0x10ffff, 0x110000, 2**53+1, 2**1024, 12345678901234567890123]
        floats = [0.0, -0.0, 1.0, 2.5, 0.1, -123.456, 1234567.891, 1e16, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308,
                  float('inf'), float('-inf'), float('nan'), 100.0, 999999.5, 0.125, 9.5, 0.000999]
        strs = ['', 'héllo']
    else:
        ints, floats, strs = INTS, FLOATS, STRS
    for v in ints + floats + strs:
        for s in fixed_specs:
            add(fmt_line(v, s))
    for _ in range(n_random):
        s = rand_spec(rng)
        c = rng.random()
        if c < 0.35:
            if mode == 'big' and rng.random() < 0.5:
                v = rng.choice([rng.randrange(-10**6, 10**6), rng.randrange(-2**70, 2**70), rng.randrange(-10**40, 10**40)])
            else:
                v = rng.choice(INTS)
        elif c < 0.85:
            if mode == 'big':
                k = rng.random()
                if k < 0.3: v = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
                elif k < 0.5: v = rng.randrange(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 16, 10, 100, 1000, 3])
                elif k < 0.7: v = rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30)
                elif k < 0.8: v = float(rng.randrange(1, 10**rng.randrange(1, 20)))
                else: v = rng.choice(FLOATS)
            else:
                v = rng.choice(FLOATS)
        else:
            v = rng.choice(STRS)
        add(fmt_line(v, s))
    # printf
    fixed_printf = [('%s', [1]), ('%d', [3.7]), ('%x', [3.0]), ('%c', [2**70]), ('%c', [-1]), ('%c', ['ab']), ('%c', ['é']), ('%5%', [1]), ('%5%', []),
                    ('%y', [1]), ('abc%', []), ('%l', []), ('%*', [1]), ('%.', []), ('%05f', [float('inf')]), ('%#.5x', [255]),
                    ('%#X', [255]), ('%-+05d', [3]), ('%.*f', [-3, 1.5]), ('%*d', [-5, 1]), ('%05s', ['ab']), ('%+s', ['ab']), ('%é', [1]),
                    ('%\x01', [1]), ('%.99999999999d', [1]), ('%99999999999999999999d', [1]), ('%#o', [-8]), ('%#08x', [-255]), ('%# 8x', [255]),
                    ('%d', [float('nan')]), ('%d', [float('inf')]), ('%d', [-1e300]), ('%.0e', [1.5]), ('%#.0e', [1.5]), ('%#g', [1.5]), ('%s', [1.0]), ('%r', [1.0]),
                    ('%%%', []), ('%s%', [1]), ('%.f', [1.5]), ('%.s', ['ab']), ('%-5c|', [65]), ('%5.1c|', ['x']), ('%05c', [65]), ('% d', [-3]),
                    ('%+05.1f', [-0.0]), ('%#5o', [8]), ('%#05o', [8]), ('%-#8x|', [255]), ('%#-08X|', [-255]), ('%5s', ['é']), ('%ld %hi %Lf', [1, 2, 3.0]),
                    ('a %d b %s c', [1]), ('a %d b', [1, 2]), ('%d %y', ['a', 1]), ('%s and %s', ['x', 'y']), ('100%% %d%%', [5]), ('%e', [2**1024]),
                    ('%f', [10**20]), ('%x', ['a']), ('%d', ['a']), ('%g', ['a']), ('%c', [1.5]), ('%o', [1.5])]
    for f, a in fixed_printf:
        add(printf_line(f, a))
    for _ in range(n_random // 2):
        c = rng.random()
        kind = 'i' if c < 0.4 else ('f' if c < 0.85 else 's')
        f, args = rand_printf(rng, kind)
        if kind == 'i':
            v = rng.choice(INTS + [rng.randrange(-10**9, 10**9)]) if mode == 'big' else rng.choice(INTS)
        elif kind == 'f':
            v = rng.choice(FLOATS) if mode != 'big' or rng.random() < 0.3 else rng.uniform(-1, 1) * 10 ** rng.randrange(-20, 25)
        else:
            v = rng.choice(STRS)
        args.append(v)
        pre = rng.choice(['', '', 'x=', '[', '%% '])
        post = rng.choice(['', '', ']', ' end'])
        add(printf_line(pre + f + post, args))
    if mode == 'small':
        # Keep at most three cases of each error message.
        from collections import Counter
        seen, kept = Counter(), []
        for line in lines:
            f = line.split('\t')
            res = f[3] if f[0] == 'F' else f[2]
            if res.startswith('!'):
                key = res.split(':')[0] + res.split("'")[0] if 'Unknown format code' in res else res
                seen[key] += 1
                if seen[key] > 3:
                    continue
            kept.append(line)
        lines = kept
    sys.stdout.write('\n'.join(lines) + '\n')

main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
