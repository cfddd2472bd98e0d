import html

for s in ['<a href="x">Tom & Jerry\'s</a>', "", "plain", "&amp;", "'\"<>&"]:
    print(html.escape(s), html.escape(s, quote=False), html.escape(s, False))

# Named references: with and without ";", legacy prefixes, unknown names.
named = ["&amp;", "&amp", "&ampx", "&AMP;", "&Amp;", "&lt;&gt;&quot;&apos;", "&nbsp;x&nbspy",
         "&copy2019", "&notin;", "&notin", "&notit;", "&noti", "&not", "&eacute;&Eacute;",
         "&aacut", "&hellip;&mdash;&ndash;&rsquo;&ldquo;&bull;&trade;&euro;",
         "&alpha;&Omega;&thetasym;&larr;&hArr;&sum;&infin;&ne;&le;",
         "&unknown;", "&a&b&c", "& amp;", "&&amp;", "&;", "&" + "x" * 40 + ";",
         "&amp;lt;", "&ltx;", "&gt=", "&Tab;&NewLine;&excl;&quest;&lpar;&rpar;",
         "&hyphen;&dash;&bullet;&Dagger;&permil;&lsaquo;", "&IEcy;&Scaron;&scaron;&OElig;",
         "&notinE;&notindot;", "&szlig&yuml", "&frac12;&frac14&sup2;"]
for s in named:
    print(ascii(s), ascii(html.unescape(s)))

# Numeric references: decimal, hex, no ";", and the HTML5 replacement rules.
numbers = [0, 9, 10, 11, 12, 13, 31, 32, 65, 127, 128, 129, 141, 150, 159, 160, 0xD7FF,
           0xD800, 0xDFFF, 0xE000, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFE, 0xFFFF,
           0x10000, 0x1FFFE, 0x10FFFD, 0x10FFFF, 0x110000, 10**30]
for n in numbers:
    print(n, ascii(html.unescape("&#%d;" % n)), ascii(html.unescape("&#x%x" % n)),
          ascii(html.unescape("&#X%X;z" % n)))
for s in ["&#", "&#;", "&#x;", "&#xg;", "&#65a", "&#x41g", "&#0065;", "&#00000000000000065;",
          "&#65&#66", "&#65 ;", "a&#", "&#-1;", "&#+1;"]:
    print(ascii(s), ascii(html.unescape(s)))

page = """<p>Caf&eacute; &ndash; &quot;menu&quot; &amp; prices&nbsp;&euro;5 &copy; 2024</p>
<p>x &lt; y &amp;&amp; y &gt; z &#8212; &#x263A; &raquo;more&laquo;</p>"""
print(ascii(html.unescape(page)))
print(html.unescape(html.escape(page)) == page)
