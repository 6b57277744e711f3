extension Double {
    /// This coordinate formatted for SVG (see `SVGNumber`).
    package var svg: String { SVGNumber.format(self) }
}
