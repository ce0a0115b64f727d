import RevCycleHost

/// The SVG elements the charts are drawn with, as strings, every text and attribute value escaped.
///
/// Shapes that carry a figure take a `tooltip`: a `<title>` child, which browsers show on hover and
/// screen readers read, holding the exact amount the shape only approximates.
enum SVGMarkup {
    /// Where a text sits relative to its `x`.
    enum Anchor: String {
        case start, middle, end
    }

    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        stroke: String? = nil, className: String? = nil, data: [(String, String)] = [], tooltip: String? = nil
    ) -> String {
        var attributes = [
            ("x", number(x)), ("y", number(y)), ("width", number(max(0, width))), ("height", number(max(0, height))),
            ("fill", fill),
        ]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        return element("rect", attributes, className: className, data: data, tooltip: tooltip)
    }

    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
        dashed: Bool = false, className: String? = nil, data: [(String, String)] = []
    ) -> String {
        var attributes = [
            ("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2)),
            ("stroke", stroke), ("stroke-width", number(width)),
        ]
        if dashed { attributes.append(("stroke-dasharray", "5 4")) }
        attributes.append(("pointer-events", "none"))
        return element("line", attributes, className: className, data: data)
    }

    static func polyline(
        _ points: [(x: Double, y: Double)], stroke: String, width: Double = 2, className: String? = nil,
        tooltip: String? = nil
    ) -> String {
        let list = points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
        return element(
            "polyline",
            [
                ("points", list), ("fill", "none"), ("stroke", stroke), ("stroke-width", number(width)),
                ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
            ],
            className: className, tooltip: tooltip)
    }

    static func circle(
        x: Double, y: Double, radius: Double, fill: String, stroke: String? = nil, className: String? = nil,
        data: [(String, String)] = [], tooltip: String? = nil
    ) -> String {
        var attributes = [("cx", number(x)), ("cy", number(y)), ("r", number(radius)), ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1.5")] }
        return element("circle", attributes, className: className, data: data, tooltip: tooltip)
    }

    /// A line of text. When `content` was shortened to fit, pass the whole label as `fullText`: it
    /// becomes the text's tooltip (unless a `tooltip` is given, which then should include it).
    static func text(
        _ content: String, x: Double, y: Double, size: Double = 11, anchor: Anchor = .start, bold: Bool = false,
        fill: String = ChartPalette.text, rotation: Double? = nil, className: String? = nil,
        fullText: String? = nil, tooltip: String? = nil
    ) -> String {
        var attributes = [("x", number(x)), ("y", number(y)), ("font-size", number(size)), ("fill", fill)]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if let rotation { attributes.append(("transform", "rotate(\(number(rotation)) \(number(x)) \(number(y)))")) }
        let tooltip = tooltip ?? fullText.flatMap { $0 == content ? nil : $0 }
        let open = "<text" + attributeText(attributes, className: className, data: []) + ">"
        return open + (tooltip.map { "<title>\(HTMLText.escape($0))</title>" } ?? "")
            + HTMLText.escape(content) + "</text>"
    }

    // MARK: - Helpers

    static func number(_ value: Double) -> String { ChartNumber.coordinate(value) }

    private static func element(
        _ name: String, _ attributes: [(String, String)], className: String?, data: [(String, String)] = [],
        tooltip: String? = nil
    ) -> String {
        let open = "<\(name)" + attributeText(attributes, className: className, data: data)
        guard let tooltip else { return open + "/>" }
        return open + "><title>\(HTMLText.escape(tooltip))</title></\(name)>"
    }

    private static func attributeText(_ attributes: [(String, String)], className: String?, data: [(String, String)])
        -> String
    {
        var all = attributes
        if let className { all.append(("class", className)) }
        all += data.map { ("data-\($0.0)", $0.1) }
        return all.map { " \($0.0)=\"\(HTMLText.escape($0.1))\"" }.joined()
    }
}
