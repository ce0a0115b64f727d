/// The colours every chart and tile uses.
///
/// Data colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), which stays
/// distinguishable for the common forms of colour blindness; text and rules are greys dark enough
/// for at least 4.5:1 contrast on white.
enum ChartPalette {
    static let blue = "#0072B2"
    static let skyBlue = "#56B4E9"
    static let bluishGreen = "#009E73"
    static let yellow = "#F0E442"
    static let orange = "#E69F00"
    static let vermillion = "#D55E00"
    static let reddishPurple = "#CC79A7"
    /// The "everything else" bar: neutral, so it does not compete with the named reasons.
    static let other = "#8C96A0"

    static let text = "#1a1a1a"
    static let secondaryText = "#444b53"
    static let axis = "#59616a"
    static let grid = "#e1e5ea"
    static let frame = "#cfd6de"
    static let background = "#ffffff"
    /// The outline around swatches and between stacked segments, so light colours (yellow) keep an edge.
    static let separator = "#ffffff"
    static let swatchOutline = "#59616a"
}
