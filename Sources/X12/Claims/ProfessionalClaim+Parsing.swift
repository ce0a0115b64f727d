extension ProfessionalClaim {
    /// The 2300 loops of a 2000B or 2000C level, grouped by ``ClaimHierarchy/levelLoops``.
    static func claims(in level: X12Loop) throws(X12Error) -> [ProfessionalClaim] {
        try level.loops("2300").map { (loop) throws(X12Error) in try ProfessionalClaim(reading: loop) }
    }

    /// Reads one 2300 loop; checks that CLM02 is the sum of the lines' SV102.
    init(reading loop: X12Loop) throws(X12Error) {
        let clm = loop.segments[0]
        guard let total = try clm.cents(2) else {
            throw X12Error(.invalidValue, "CLM02 is empty; expected the total claim charge", at: clm.location(element: 2))
        }
        let facility = clm.element(5)
        guard !facility[1].isEmpty else {
            throw X12Error(
                .invalidValue, "CLM05 has no place of service; expected <place>:B:<frequency> such as 11:B:1",
                at: clm.location(element: 5))
        }
        guard let frequency = Frequency(rawValue: facility[3]) else {
            throw X12Error(
                .invalidValue,
                "CLM05-3 is \(X12Error.quote(facility[3])); expected a claim frequency of 1 (original), 7 (replacement) or 8 (void)",
                at: clm.location(element: 5))
        }
        guard let hi = loop.segments.first(where: { $0.id == "HI" && $0[1, 1] == "ABK" }) else {
            throw X12Error(
                .missingSegment, "the 2300 claim has no HI*ABK; expected the principal diagnosis (ICD-10-CM)",
                at: clm.location())
        }
        var diagnoses: [String] = []
        for (offset, element) in hi.elements.enumerated() where !element.isEmpty {
            let expected = offset == 0 ? "ABK" : "ABF"
            guard element[1] == expected, !element[2].isEmpty else {
                throw X12Error(
                    .invalidValue,
                    "\(hi.name(offset + 1)) is \(X12Error.quote(element[1])) without a code or with another qualifier; expected \(expected):<ICD-10-CM code>",
                    at: hi.location(element: offset + 1))
            }
            diagnoses.append(element[2])
        }
        let onset = try loop.segments.first { $0.id == "DTP" && $0[1] == "431" }.map { (dtp) throws(X12Error) in
            try EligibilityDate(reading: dtp).start
        }
        func reference(_ qualifier: String) -> String? {
            loop.segments.first { $0.id == "REF" && $0[1] == qualifier }?.optional(2)
        }
        let lines = try loop.loops("2400").map { (line) throws(X12Error) in try ServiceLine(reading: line) }
        guard !lines.isEmpty else {
            throw X12Error(
                .missingSegment, "the 2300 claim has no LX; expected at least one 2400 service line", at: clm.location())
        }
        let lineTotal = lines.reduce(Int64(0)) { $0 + $1.charge }
        guard lineTotal == total else {
            throw X12Error(
                .claimChargeMismatch,
                "CLM02 is \(X12Decimal.dollars(cents: total)) but the service lines' SV102 add up to "
                    + "\(X12Decimal.dollars(cents: lineTotal)); expected the claim total to equal the sum of the lines",
                at: clm.location(element: 2))
        }
        try self.init(
            patientControlNumber: clm.required(1, "the patient control number"), totalCharge: total,
            placeOfService: facility[1], frequency: frequency,
            providerSignatureOnFile: clm.yesOrNo(6, "provider signature on file"),
            assignment: clm.required(7, "the assignment code A, B or C"),
            benefitsAssigned: clm.yesOrNo(8, "benefits assigned"),
            releaseOfInformation: clm.required(9, "the release of information code I or Y"), onsetDate: onset,
            priorAuthorization: reference("G1"), payerClaimControlNumber: reference("F8"), diagnoses: diagnoses,
            renderingProvider: loop.loops("2310B").first.map { (provider) throws(X12Error) in
                try RenderingProvider(reading: provider)
            },
            serviceFacility: loop.loops("2310C").first.map { (facility) throws(X12Error) in
                try ServiceFacility(reading: facility)
            },
            otherSubscribers: loop.loops("2320").map { (other) throws(X12Error) in try OtherSubscriber(reading: other) },
            lines: lines)
    }
}
