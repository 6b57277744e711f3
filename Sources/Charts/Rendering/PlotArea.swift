/// The rectangle the data is drawn in, in SVG user units (y grows downwards).
struct PlotArea {
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }
}
