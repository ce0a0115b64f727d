extension X12Inspection {
    /// The inspection as indented text for people: the envelope, then each set's loops and segments,
    /// one labelled element per line.
    ///
    /// ```text
    /// 2100 Claim Payment Information
    ///   CLP Claim Payment Information  (segment 12)
    ///     CLP01 Patient control number: ACCT1001
    ///     CLP02 Claim status: 1 (processed as primary)
    /// ```
    public var outline: String {
        var lines = [
            "Interchange \(controlNumber) (\(usage) data, version \(version))",
            "  Sender      \(sender.qualifier) \(sender.id)",
            "  Receiver    \(receiver.qualifier) \(receiver.id)",
            "  Date        \(date)",
            "  Delimiters  element \(delimiters.element)  component \(delimiters.component)  repetition "
                + "\(delimiters.repetition ?? "none")  segment \(delimiters.segment)",
        ]
        for acknowledgment in acknowledgments { Self.append(acknowledgment, indent: 1, to: &lines) }
        for group in groups {
            lines.append(
                "  Group \(group.controlNumber): \(group.functionalIdentifier)"
                    + (group.functionalName.map { " \($0)" } ?? "") + ", \(group.version), \(group.senderCode) to "
                    + "\(group.receiverCode), \(group.date)")
            for set in group.sets {
                lines.append("    Set \(set.id) \(set.controlNumber): \(set.name ?? "transaction set \(set.id)"), guide \(set.guide)")
                Self.append(set.header, indent: 3, to: &lines)
                for node in set.content { Self.append(node, indent: 3, to: &lines) }
                Self.append(set.trailer, indent: 3, to: &lines)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func append(_ node: Node, indent: Int, to lines: inout [String]) {
        switch node {
        case .segment(let segment):
            append(segment, indent: indent, to: &lines)
        case .loop(let loop):
            lines.append(String(repeating: "  ", count: indent) + "Loop \(loop.id) \(loop.name)")
            for child in loop.content { append(child, indent: indent + 1, to: &lines) }
        }
    }

    private static func append(_ segment: Segment, indent: Int, to lines: inout [String]) {
        let pad = String(repeating: "  ", count: indent)
        lines.append(pad + segment.id + (segment.name.map { " \($0)" } ?? "") + (segment.ordinal.map { "  (segment \($0))" } ?? ""))
        lines += segment.elements.map { pad + "  " + $0.line }
    }
}
