extension X12Inspection {
    /// One functional group (GS … GE) and its transaction sets.
    public struct Group: Sendable, Hashable, Encodable {
        /// GS01 (`HP`).
        public var functionalIdentifier: String
        /// What GS01 says the group holds (`Health Care Claim Payment/Advice (835)`), when known.
        public var functionalName: String?
        /// GS02 and GS03, the application sender's and receiver's codes.
        public var senderCode: String
        public var receiverCode: String
        /// GS04 and GS05 as `2026-11-02 12:30`.
        public var date: String
        /// GS06.
        public var controlNumber: String
        /// GS08, the version and implementation guide (`005010X221A1`).
        public var version: String
        /// The GS segment itself, labelled.
        public var header: Segment
        public var sets: [TransactionSet]

        init(_ group: X12FunctionalGroup, delimiters: X12Delimiters) {
            functionalIdentifier = group.functionalIdentifier
            functionalName = CodeList.functionalIdentifier.meaning(of: group.functionalIdentifier)
            senderCode = group.senderCode
            receiverCode = group.receiverCode
            date = ValueFormat.dateAndTime(group.header[4], group.header[5])
            controlNumber = group.controlNumber
            version = group.version
            header = SegmentLabeller(delimiters: delimiters, guide: nil).segment(group.header)
            sets = group.transactionSets.map { TransactionSet($0, groupVersion: group.version, delimiters: delimiters) }
        }
    }

    /// One transaction set (ST … SE): its segments grouped into the guide's loops.
    public struct TransactionSet: Sendable, Hashable, Encodable {
        /// ST01 (`835`).
        public var id: String
        /// ST02.
        public var controlNumber: String
        /// ST03, or GS08 when ST03 is empty (`005010X221A1`).
        public var guide: String
        /// The guide's title (`Health Care Claim Payment/Advice`), when the guide is known.
        public var name: String?
        /// The ST segment, labelled.
        public var header: Segment
        /// The segments between ST and SE in file order, each loop a ``Node/loop(_:)`` holding its own.
        public var content: [Node]
        /// The SE segment, labelled.
        public var trailer: Segment

        init(_ set: X12TransactionSet, groupVersion: String, delimiters: X12Delimiters) {
            id = set.id
            controlNumber = set.controlNumber
            guide = set.implementationReference.isEmpty ? groupVersion : set.implementationReference
            let map = InspectionGuide.matching(setID: set.id, guide: guide)
            name = map?.name
            let labeller = SegmentLabeller(delimiters: delimiters, guide: map)
            header = labeller.segment(set.header)
            content = (map ?? .unknown).group(set.body, labeller: labeller)
            trailer = labeller.segment(set.trailer(readFrom: set.body))
        }

        /// Every loop with `id` (`2100`) at any depth, in file order.
        public func loops(named id: String) -> [Loop] {
            content.flatMap { $0.loops(named: id) }
        }

        /// Every segment with `id` (`CLP`) at any depth, in file order.
        public func segments(_ id: String) -> [Segment] {
            content.flatMap { $0.segments(id) }
        }
    }
}

extension X12TransactionSet {
    /// The SE as it stands after `body` in the input: the derived trailer, placed after the last body segment.
    fileprivate func trailer(readFrom body: [X12Segment]) -> X12Segment {
        var se = trailer
        if let ordinal = (body.last ?? header).ordinal { se.ordinal = ordinal + 1 }
        return se
    }
}
