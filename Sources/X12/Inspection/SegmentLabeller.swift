/// Turns segments into ``X12Inspection/Segment``s: names from ``SegmentDictionary``, meanings from its
/// code lists (or the guide's own, where it has one), values written back with the file's delimiters.
struct SegmentLabeller: Sendable {
    var delimiters: X12Delimiters
    var guide: InspectionGuide?

    func segment(_ segment: X12Segment) -> X12Inspection.Segment {
        let definition = SegmentDictionary.definitions[segment.id]
        let isHeader = segment.id == "ISA"
        let elements = segment.elements.enumerated().compactMap { index, element -> X12Inspection.Element? in
            guard !element.isEmpty else { return nil }
            let position = index + 1
            let reference = SegmentDictionary.reference(segment.id, position)
            let elementDefinition = definition?.elements[position]
            let trimmed = isHeader ? X12Element(element.value.droppingTrailingSpaces) : element
            guard !trimmed.isEmpty else { return nil }
            return X12Inspection.Element(
                position: position, reference: reference, value: text(of: trimmed),
                components: trimmed.components.count > 1 ? trimmed.components : nil, name: elementDefinition?.name,
                meaning: elementDefinition?.meaning(of: trimmed, override: guide?.codes[reference]))
        }
        return X12Inspection.Segment(
            id: segment.id, name: definition?.name, ordinal: segment.ordinal, byteOffset: segment.byteOffset,
            elements: elements)
    }

    /// The element as the file writes it: components and repetitions joined by the file's delimiters.
    private func text(of element: X12Element) -> String {
        let component = String(UnicodeScalar(delimiters.component))
        let repetition = String(UnicodeScalar(delimiters.repetition ?? 0x5E))
        return element.repetitions.map { $0.joined(separator: component) }.joined(separator: repetition)
    }
}
