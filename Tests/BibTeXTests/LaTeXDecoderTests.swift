import Testing
import BibTeX

/// LaTeX accents, escapes and markup turned into Unicode.
@Suite struct LaTeXDecoderTests {
    @Test(arguments: [
        (#"{\"o}"#, "ö"), (#"\"{o}"#, "ö"), (#"\"o"#, "ö"), (#"\'e"#, "é"), (#"{\'e}"#, "é"),
        (#"\`a"#, "à"), (#"\^o"#, "ô"), (#"\~n"#, "ñ"), (#"\c{c}"#, "ç"), (#"\c c"#, "ç"),
        (#"\v{s}"#, "š"), (#"\u{g}"#, "ğ"), (#"\=a"#, "ā"), (#"\.z"#, "ż"), (#"\H{o}"#, "ő"),
        (#"\k{a}"#, "ą"), (#"\r{a}"#, "å"), (#"{\ss}"#, "ß"), (#"{\o}"#, "ø"), (#"{\O}"#, "Ø"),
        (#"{\aa}"#, "å"), (#"{\AA}"#, "Å"), (#"{\ae}"#, "æ"), (#"{\oe}"#, "œ"), (#"{\l}"#, "ł"),
        (#"Aks{\i}n"#, "Aksın"), (#"\'{\i}"#, "í"), (#"\'\i"#, "í"), (#"{\'{E}}douard"#, "Édouard"),
        (#"{\c{C}}etinkaya"#, "Çetinkaya"), (#"Jo\~{a}o"#, "João"), (#"\~{}"#, "~"),
    ])
    func accents(latex: String, unicode: String) {
        #expect(LaTeXDecoder.decode(latex) == unicode)
    }

    @Test(arguments: [
        (#"R\&D"#, "R&D"), (#"50\%"#, "50%"), (#"\$5"#, "$5"), (#"a\_b"#, "a_b"), (##"\#1"##, "#1"),
        ("pp. 3--5", "pp. 3–5"), ("yes---no", "yes—no"), ("a-b", "a-b"),
        ("p.~12", "p.\u{A0}12"), ("``quoted''", "“quoted”"), ("`single'", "‘single'"),
        ("{NASA} and {T}he", "NASA and The"), (#"\emph{Title} \textbf{bold}"#, "Title bold"),
        (#"\mkbibquote{Intention}"#, "“Intention”"), (#"{\noopsort{1973b}}1973"#, "1973"),
        (#"\url{http://x.org/a--b~c}"#, "http://x.org/a--b~c"), ("a\n   b\tc", "a b c"),
        (#"\unknown{kept} text"#, "kept text"), (#"$O(n \log n)$"#, "O(n log n)"),
        (#"The {\TeX{}book}"#, "The TeXbook"), (#"\textless{}b\textgreater{}"#, "<b>"),
        ("  trimmed  ", "trimmed"), ("", ""), ("\\", ""), (#"\'"#, "´"), ("}{", ""),
    ])
    func escapesDashesQuotesAndMarkup(latex: String, unicode: String) {
        #expect(LaTeXDecoder.decode(latex) == unicode)
    }

    @Test func resultIsPrecomposed() {
        #expect(LaTeXDecoder.decode(#"\"u"#).unicodeScalars.count == 1)
    }

    @Test func verbatimFieldsOnlyLoseBackslashEscapes() {
        #expect(LaTeXDecoder.decodeVerbatim(#" http://a.org/x\_y?q=1\&r=50\%--~z "#)
            == "http://a.org/x_y?q=1&r=50%--~z")
        #expect(LaTeXDecoder.decodeVerbatim(#"C:\path\"#) == #"C:\path\"#)
    }
}
