# normalize / is_normalized on a varied corpus: accents, reordering of
# combining marks, Hangul, compatibility forms, CJK, emoji.
import unicodedata

corpus = [
    "caf\u00e9", "cafe\u0301", "\u00c5ngstr\u00f6m", "\u212b", "A\u030a",
    "e\u0301\u0327", "e\u0327\u0301", "a\u0323\u0302", "a\u0302\u0323",
    "\u1e0b\u0323", "d\u0307\u0323", "q\u0307\u0323", "\u0041\u0328\u0301\u0300",
    "\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab", "\u1100\u1161", "\uac00\u11a8",
    "\u1100\u1161\u11a7", "\u1100\u0300\u1161", "\ufb01nance", "\uff28\uff45\uff4c\uff4c\uff4f",
    "\u2460\u2461 \u00bd \u2153 x\u00b2 \u2082", "\u3300\u337b", "\ufdfa", "\u0958\u0959",
    "\u4e2d\u6587\u5b57", "\uf900\uf9ff\ufa30", "\U0002f800\U0002fa1d", "\u2000\u00a0\u3000",
    "\U0001f600\U0001f44d\U0001f3fd\U0001f469\u200d\U0001f4bb", "\U0001d400\U0001d7ff",
    "\u0344\u0340\u0341\u0343", "\u0f73\u0f75\u0f81", "\u1fee\u1ffd\u0385",
    "\u00ea\u0301 \u1ec7\u0303 \u01d7", "\u05d0\u05b7\u05bc\u05b8", "\u0627\u0653\u0654",
    "\u09c7\u09be \u0b47\u0b56 \u0dd9\u0dcf\u0dca", "\u1025\u102e", "\u3099\u304b\u3099\u30cf\u309a",
    "\uff76\uff9e \uff8a\uff9f", "\u2126\u212a\u2000", "\u1e9b\u0323", "\u0390\u03d3\u03d4",
    "\ufe8d\ufe8e\ufee0\ufee1", "\u24b6\u24d0\u3251", "\U000110ab\U0001d15e\U0001d160",
    "", "plain ascii", "tab\tnew\nline", "\u0301leading mark", "\u0345\u0314\u03b1",
]
for s in corpus:
    row = []
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        n = unicodedata.normalize(form, s)
        row.append(" ".join("%X" % ord(c) for c in n))
        row.append(unicodedata.is_normalized(form, s))
    print(row)
print(unicodedata.normalize("NFC", unicodedata.normalize("NFD", "".join(corpus))) ==
      unicodedata.normalize("NFC", "".join(corpus)))
