"""html for taipan: escape and unescape, as CPython 3.11's html module.

unescape decodes numeric references by the HTML5 rules and the named
references of HTML 4, every HTML5 name for a character below U+2070 and
every name that begins with a legacy name (one valid without ';'), which
keeps the legacy-prefix rule from misfiring. Other HTML5 names (mostly
mathematical symbols) stay as written, where CPython decodes them.
"""

import re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Named references: entries split by spaces, each a code point step from
# the previous entry (1 when absent) and the names of its character; a name
# ending in "!" is also valid without its ";".
_TABLE = (
    "9Tab NewLine 23excl QUOT!,quot! num dollar percnt AMP!,amp! apos lpar rpar "
    "ast,midast plus comma 2period sol 11colon semi LT!,lt! equals GT!,gt! quest "
    "commat 27lbrack,lsqb bsol rbrack,rsqb Hat UnderBar,lowbar "
    "DiacriticalGrave,grave 27lbrace,lcub VerticalLine,verbar,vert rbrace,rcub "
    "35NonBreakingSpace,nbsp! iexcl! cent! pound! curren! yen! brvbar! sect! "
    "Dot,DoubleDot,die,uml! COPY!,copy! ordf! laquo! not! shy! REG!,circledR,reg!"
    " macr!,strns deg! PlusMinus,plusmn!,pm sup2! sup3! DiacriticalAcute,acute! "
    "micro! para! CenterDot,centerdot,middot! Cedilla,cedil! sup1! ordm! raquo! "
    "frac14! frac12!,half frac34! iquest! Agrave! Aacute! Acirc! Atilde! Auml! "
    "Aring!,angst AElig! Ccedil! Egrave! Eacute! Ecirc! Euml! Igrave! Iacute! "
    "Icirc! Iuml! ETH! Ntilde! Ograve! Oacute! Ocirc! Otilde! Ouml! times! "
    "Oslash! Ugrave! Uacute! Ucirc! Uuml! Yacute! THORN! szlig! agrave! aacute! "
    "acirc! atilde! auml! aring! aelig! ccedil! egrave! eacute! ecirc! euml! "
    "igrave! iacute! icirc! iuml! eth! ntilde! ograve! oacute! ocirc! otilde! "
    "ouml! div,divide! oslash! ugrave! uacute! ucirc! uuml! yacute! thorn! yuml! "
    "Amacr amacr Abreve abreve Aogon aogon Cacute cacute Ccirc ccirc Cdot cdot "
    "Ccaron ccaron Dcaron dcaron Dstrok dstrok Emacr emacr 3Edot edot Eogon eogon"
    " Ecaron ecaron Gcirc gcirc Gbreve gbreve Gdot gdot Gcedil 2Hcirc hcirc "
    "Hstrok hstrok Itilde itilde Imacr imacr 3Iogon iogon Idot imath,inodot IJlig"
    " ijlig Jcirc jcirc Kcedil kcedil kgreen Lacute lacute Lcedil lcedil Lcaron "
    "lcaron Lmidot lmidot Lstrok lstrok Nacute nacute Ncedil ncedil Ncaron ncaron"
    " napos ENG eng Omacr omacr 3Odblac odblac OElig oelig Racute racute Rcedil "
    "rcedil Rcaron rcaron Sacute sacute Scirc scirc Scedil scedil Scaron scaron "
    "Tcedil tcedil Tcaron tcaron Tstrok tstrok Utilde utilde Umacr umacr Ubreve "
    "ubreve Uring uring Udblac udblac Uogon uogon Wcirc wcirc Ycirc ycirc Yuml "
    "Zacute zacute Zdot zdot Zcaron zcaron 20fnof 35imped 64gacute 66jmath "
    "143circ Hacek,caron 17Breve,breve DiacriticalDot,dot ring ogon "
    "DiacriticalTilde,tilde DiacriticalDoubleAcute,dblac 52DownBreve 128Alpha "
    "Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron "
    "Pi Rho 2Sigma Tau Upsilon Phi Chi Psi Omega,ohm 8alpha beta gamma delta "
    "epsi,epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigmaf,sigmav,varsigma sigma tau upsi,upsilon phi chi psi omega "
    "8thetasym,thetav,vartheta Upsi,upsih 3phiv,straightphi,varphi piv,varpi "
    "6Gammad digamma,gammad 19kappav,varkappa rhov,varrho "
    "4epsiv,straightepsilon,varepsilon backepsilon,bepsi 11IOcy DJcy GJcy Jukcy "
    "DScy Iukcy YIcy Jsercy LJcy NJcy TSHcy KJcy 2Ubrcy DZcy Acy Bcy Vcy Gcy Dcy "
    "IEcy ZHcy Zcy Icy Jcy Kcy Lcy Mcy Ncy Ocy Pcy Rcy Scy Tcy Ucy Fcy KHcy TScy "
    "CHcy SHcy SHCHcy HARDcy Ycy SOFTcy Ecy YUcy YAcy acy bcy vcy gcy dcy iecy "
    "zhcy zcy icy jcy kcy lcy mcy ncy ocy pcy rcy scy tcy ucy fcy khcy tscy chcy "
    "shcy shchcy hardcy ycy softcy ecy yucy yacy 2iocy djcy gjcy jukcy dscy iukcy"
    " yicy jsercy ljcy njcy tshcy kjcy 2ubrcy dzcy 7075ensp emsp emsp13 emsp14 "
    "2numsp puncsp ThinSpace,thinsp VeryThinSpace,hairsp NegativeMediumSpace,Nega"
    "tiveThickSpace,NegativeThinSpace,NegativeVeryThinSpace,ZeroWidthSpace zwnj "
    "zwj lrm rlm dash,hyphen 3ndash mdash horbar Verbar,Vert "
    "2OpenCurlyQuote,lsquo CloseCurlyQuote,rsquo,rsquor lsquor,sbquo "
    "2OpenCurlyDoubleQuote,ldquo CloseCurlyDoubleQuote,rdquo,rdquor bdquo,ldquor "
    "2dagger Dagger,ddagger bull,bullet 3nldr hellip,mldr 10permil pertenk prime "
    "Prime tprime backprime,bprime 4lsaquo rsaquo 4OverBar,oline 3caret 2hybull "
    "frasl 11bsemi 8qprime 8MediumSpace NoBreak ApplyFunction,af "
    "InvisibleTimes,it InvisibleComma,ic 73euro 101image 6copysr weierp 4real "
    "6trade 19alefsym 91larr uarr rarr darr harr 33crarr 27lArr uArr rArr dArr "
    "hArr 44forall 2part exist 2empty 2nabla isin notin,notinva 2ni notni,notniva"
    " 3prod 2sum minus 5lowast 3radic 3prop infin 2ang 5parallel 2and or cap cup "
    "int 9there4 8sim 9cong 3asymp 24ne equiv 3le ge 14gtrsim 4gtrless 11sub sup "
    "nsub 2sube supe 14oplus 2otimes 9timesb 5perp 15ltrie 17sdot 2divideontimes "
    "2ltimes 2lthree 11ltdot gtdot,gtrdot 4gtreqless 27notinvc notinvb 6notnivc "
    "notnivb 10lceil rceil lfloor rfloor 695ltrif ltri 7loz 150spades 3clubs "
    "2hearts diams 386lang rang 397ltlarr 2gtrarr 29gtlPar ltrPar 154timesd "
    "timesbar 72ltcir gtcir ltquest gtquest 10gtrapprox 6gtreqqless 26ltcc gtcc "
)
_named = {"notinE": "\u22f9\u0338", "notindot": "\u22f5\u0338"}
_legacy = {}

# Characters 0x80-0x9F are read as windows-1252 bytes.
_CP1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"

_reference = re.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z0-9]+)(;?)")


def _load_names():
    cp = 0
    for entry in _TABLE.split():
        names = entry.lstrip("0123456789")
        cp += int(entry[:len(entry) - len(names)] or 1)
        for name in names.split(","):
            if name[-1] == "!":
                name = name[:-1]
                _legacy[name] = chr(cp)
            _named[name] = chr(cp)


def _from_number(digits, base):
    cp = int(digits, base)
    if 0x80 <= cp < 0xA0:
        return _CP1252[cp - 0x80]
    if cp == 0 or cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
        return "\ufffd"
    if (cp < 0x20 and cp not in (9, 10, 12, 13)) or cp == 0x7F or 0xFDD0 <= cp < 0xFDF0 \
            or cp & 0xFFFE == 0xFFFE:
        return ""
    return chr(cp)


def _replace(m):
    body, semi = m.group(1, 2)
    if body[0] == "#":
        if body[1] in "xX":
            return _from_number(body[2:], 16)
        return _from_number(body[1:], 10)
    if semi and body in _named:
        return _named[body]
    for n in range(min(len(body), 6), 1, -1):
        if body[:n] in _legacy:
            return _legacy[body[:n]] + body[n:] + semi
    return m.group(0)


def unescape(s):
    if "&" not in s:
        return s
    if not _legacy:
        _load_names()
    return _reference.sub(_replace, s)
