import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed SVG or XHTML document, for tests that read charts and pages back.
struct ParsedElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [ParsedElement] = []
    /// The text directly inside this element (not inside its children), unescaped by the parser.
    var text = ""

    /// This element and every element inside it, in document order.
    var all: [ParsedElement] { [self] + children.flatMap(\.all) }

    func descendants(_ name: String) -> [ParsedElement] { all.filter { $0.name == name } }

    /// Elements whose `class` attribute lists `className`.
    func withClass(_ className: String) -> [ParsedElement] {
        all.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// The element's own `<title>` child: its tooltip.
    var tooltip: String? { children.first { $0.name == "title" }?.text }

    /// All text inside the element, its tooltips included.
    var allText: String { text + children.map(\.allText).joined() }

    /// A numeric attribute (coordinates are written as plain decimals).
    func number(_ attribute: String) -> Double {
        Double(attributes[attribute] ?? "") ?? .nan
    }
}

/// Parses markup with Foundation's `XMLParser` (FoundationXML on Linux): whatever it refuses is
/// not well-formed, and whatever it returns shows the text a browser would show.
enum ChartXML {
    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ markup: String) throws -> ParsedElement {
        let parser = XMLParser(data: Data(markup.utf8))
        let builder = TreeBuilder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let line = parser.lineNumber
            let lines = markup.split(separator: "\n", omittingEmptySubsequences: false)
            let context = line > 0 && line <= lines.count ? String(lines[line - 1].prefix(200)) : ""
            throw ParseFailure(
                description: "not well-formed at line \(line): \(parser.parserError.map { "\($0)" } ?? "?")\n\(context)"
            )
        }
        return root
    }

    /// Builds the tree while the parser reads; used once, on one thread.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [ParsedElement] = []
        var root: ParsedElement?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(ParsedElement(name: elementName, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let finished = stack.popLast() else { return }
            if stack.isEmpty { root = finished } else { stack[stack.count - 1].children.append(finished) }
        }
    }
}
