/// The LaTeX commands the decoder knows, by name.
enum LaTeXSymbols {
    /// An accent: the combining mark put after the base letter, and the character to show
    /// when the accent has no base (`\~{}` is a tilde).
    struct Accent: Sendable {
        let combining: Unicode.Scalar
        let spacing: String
    }

    /// Accents written as a symbol: `\'e`, `\"{o}`.
    static let symbolAccents: [Unicode.Scalar: Accent] = [
        "\"": Accent(combining: "\u{0308}", spacing: "\u{A8}"),
        "'": Accent(combining: "\u{0301}", spacing: "\u{B4}"),
        "`": Accent(combining: "\u{0300}", spacing: "`"),
        "^": Accent(combining: "\u{0302}", spacing: "^"),
        "~": Accent(combining: "\u{0303}", spacing: "~"),
        "=": Accent(combining: "\u{0304}", spacing: "\u{AF}"),
        ".": Accent(combining: "\u{0307}", spacing: "\u{2D9}"),
    ]

    /// Accents written as a letter: `\c{c}`, `\v s`.
    static let letterAccents: [String: Accent] = [
        "u": Accent(combining: "\u{0306}", spacing: "\u{2D8}"),
        "v": Accent(combining: "\u{030C}", spacing: "\u{2C7}"),
        "H": Accent(combining: "\u{030B}", spacing: "\u{2DD}"),
        "c": Accent(combining: "\u{0327}", spacing: "\u{B8}"),
        "k": Accent(combining: "\u{0328}", spacing: "\u{2DB}"),
        "r": Accent(combining: "\u{030A}", spacing: "\u{2DA}"),
        "d": Accent(combining: "\u{0323}", spacing: ""),
        "b": Accent(combining: "\u{0331}", spacing: ""),
        "t": Accent(combining: "\u{0361}", spacing: ""),
    ]

    /// Control symbols: `\&`, `\%`, `\ ` and friends. Absent ones print themselves.
    static let controlSymbols: [Unicode.Scalar: String] = [
        "&": "&", "%": "%", "$": "$", "_": "_", "#": "#", "{": "{", "}": "}",
        " ": " ", "\n": " ", "\t": " ", ",": "\u{202F}", ";": " ", ":": " ",
        "\\": " ", "-": "", "/": "", "!": "", "@": "",
    ]

    /// Control words that stand for text.
    static let words: [String: String] = [
        "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å",
        "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł",
        "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
        "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
        "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©",
        "textcopyright": "©", "pounds": "£", "textsterling": "£", "texteuro": "€",
        "euro": "€", "textregistered": "®", "texttrademark": "™", "textdegree": "°",
        "textless": "<", "textgreater": ">", "textbackslash": "\\", "textbar": "|",
        "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_",
        "textendash": "–", "textemdash": "—", "textquoteleft": "‘",
        "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
        "textquotedbl": "\"", "guillemotleft": "«", "guillemotright": "»",
        "guilsinglleft": "‹", "guilsinglright": "›", "ldots": "…", "dots": "…",
        "textellipsis": "…", "textbullet": "•", "textperiodcentered": "·",
        "textexclamdown": "¡", "textquestiondown": "¿", "textsection": "§",
        "textparagraph": "¶", "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2ε",
        "BibTeX": "BibTeX", "XeTeX": "XeTeX", "hyphen": "-", "adddot": ".",
        "addcomma": ",", "addcolon": ":", "addsemicolon": ";", "addspace": " ",
        "space": " ", "quad": " ", "qquad": " ", "nobreakspace": "\u{A0}",
        "slash": "/", "textslash": "/", "textendashes": "–",
    ]

    /// Commands whose braced argument is shown in quotation marks.
    static let quoting: Set<String> = ["mkbibquote", "enquote", "textquote"]

    /// Commands whose braced argument is not shown (`\noopsort{1973b}` only sorts).
    static let hidingArgument: Set<String> = [
        "noopsort", "sortname", "phantom", "hphantom", "vphantom", "label", "index",
        "nocite", "footnote",
    ]

    /// Commands whose argument is a URL or path, shown verbatim.
    static let verbatimArgument: Set<String> = ["url", "path", "nolinkurl"]
}
