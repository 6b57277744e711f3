extension Double {
    /// This coordinate formatted for SVG (see `SVGNumber`).
    var svg: String { SVGNumber.format(self) }
}
