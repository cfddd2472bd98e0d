# html.parser.HTMLParser: the handler calls for well-formed and malformed
# markup, with and without convert_charrefs, whole and fed in small chunks,
# and the usual "strip the tags" subclass.
from html.parser import HTMLParser
import random

class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(("S", tag, attrs, self.getpos(), self.get_starttag_text()))
    def handle_endtag(self, tag): self.ev.append(("E", tag, self.getpos()))
    def handle_startendtag(self, tag, attrs): self.ev.append(("SE", tag, attrs))
    def handle_data(self, d): self.ev.append(("D", d, self.getpos()))
    def handle_comment(self, d): self.ev.append(("C", d))
    def handle_decl(self, d): self.ev.append(("DECL", d))
    def handle_pi(self, d): self.ev.append(("PI", d))
    def handle_entityref(self, n): self.ev.append(("ER", n))
    def handle_charref(self, n): self.ev.append(("CR", n))
    def unknown_decl(self, d): self.ev.append(("UD", d))

docs = [
    "<!DOCTYPE html><html lang=en><head><meta charset='utf-8'><title>T&amp;T — café</title></head>\n<body class=\"a b\" data-x=1 hidden>\n<p>Hello&nbsp;<b>wörld</b>&#33; &#x1F600; &copy 2024 &unknown; & &amp</p></body></html>",
    "<script>if (a < b && c > d) { x = '</div>'; }</script><style>p > a {}</style><SCRIPT type=x>y</script >z",
    "<!-- c1 --><!--c2--!><!----><!-- a -- b --><![CDATA[ raw <x> ]]><![if IE]>ie<![endif]><?xml version='1.0'?><?php echo 1 ?>",
    "a < b > c <3 <a href=x?a=1&b=2 title='q\"q' alt=\"it's\" disabled/> </a> </ a> </> </3> <br/><br / ><img src=x.png/>",
    "<p class=>x</p><div id = 'y' = z>t</div><a b c=d e='f' g=\"h\">i</a><x:y a:b=c>z</x:y>",
    "unterminated <a href='x", "tail &amp &#x41 &#65 &#", "<p>unclosed comment <!-- never", "x <!bogus> y <!DOCTYPE", "&#xZZ; &#; &;; &x",
    "東京<b>タワー</b>&eacute;&#233;\u200b<i>😀</i>", "<a href=\"&quot;&lt;x&gt;\">A</a>", "<p>line1\nline2\n<b>\nx</b>\n</p>",
]
for doc in docs:
    for conv in (True, False):
        p = Rec(convert_charrefs=conv)
        p.feed(doc)
        p.close()
        print(conv, p.ev)
        rng = random.Random(len(doc))
        q = Rec(convert_charrefs=conv)
        i = 0
        while i < len(doc):
            k = rng.randint(1, 7)
            q.feed(doc[i:i + k])
            i += k
        q.close()
        print(" chunks", q.ev == p.ev, q.ev if q.ev != p.ev else "")

class MLStripper(HTMLParser):
    def __init__(self):
        super().__init__()
        self.reset()
        self.strict = False
        self.convert_charrefs = True
        self.text = []
    def handle_data(self, d):
        self.text.append(d)
    def get_data(self):
        return "".join(self.text)
s = MLStripper()
s.feed(docs[0])
print(repr(s.get_data()))
print(HTMLParser().get_starttag_text(), HTMLParser.CDATA_CONTENT_ELEMENTS)
