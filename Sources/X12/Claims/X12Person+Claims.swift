// MARK: - Names and addresses in 837 loops

extension X12Person {
    /// NM1, N3/N4, DMG and REF, in the order of the 837's 2010BA, 2010CA and 2330A loops.
    func claimSegments(entity: String) -> [X12Segment] {
        [nameSegment(entity: entity)] + (address?.segments ?? []) + [demographicSegment].compactMap { $0 }
            + references.map(\.segment)
    }

    /// A person from a name loop that starts with NM1 (2010BA, 2010CA, 2330A).
    init(readingClaimLoop loop: X12Loop) throws(X12Error) {
        let nm1 = loop.segments[0]
        try self.init(readingName: nm1)
        if lastName.isEmpty {
            throw X12Error(.invalidValue, "NM103 is empty; expected the person's last name", at: nm1.location(element: 3))
        }
        for segment in loop.segments.dropFirst() {
            _ = try read(segment)
        }
    }
}

extension X12Person.Address {
    /// The N3 and N4 that follow `nm1` in its loop; both are required.
    init(reading loop: X12Loop, after nm1: X12Segment) throws(X12Error) {
        guard let n3 = loop.segment("N3"), let n4 = loop.segment("N4") else {
            throw X12Error(
                .missingSegment, "the \(nm1[1]) name has no N3 and N4; expected its street address, city, state and ZIP code",
                at: nm1.location())
        }
        try self.init(
            line1: n3.required(1, "an address line"), line2: n3.optional(2), city: n4.required(1, "the city"),
            state: n4.optional(2), postalCode: n4.optional(3))
    }
}
