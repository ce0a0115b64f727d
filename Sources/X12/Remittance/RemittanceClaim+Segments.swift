// MARK: - Writing

extension RemittanceClaim {
    /// CLP, CAS, NM1 (QC, IL, 74, 82), MIA, MOA, REF, DTM and AMT, then the service lines.
    var segments: [X12Segment] {
        let money = X12Decimal.dollars(cents:)
        var segments = [
            X12Segment(
                "CLP",
                values: [
                    patientControlNumber, status.code, money(chargeAmount), money(paidAmount),
                    patientResponsibility.map(money), filingIndicator, payerClaimControlNumber, facilityCode, frequencyCode,
                ])
        ]
        segments += RemittanceAdjustment.segments(for: adjustments)
        segments.append(patient.segment(entity: "QC"))
        if let insured { segments.append(insured.segment(entity: "IL")) }
        if let correctedName { segments.append(correctedName.segment(entity: "74")) }
        if let renderingProvider { segments.append(renderingProvider.segment(entity: "82")) }
        if let inpatient { segments.append(inpatient.segment) }
        if let outpatient { segments.append(outpatient.segment) }
        segments += references.map(\.segment)
        let dates = [("232", statementStartDate), ("233", statementEndDate), ("036", coverageExpirationDate), ("050", receivedDate)]
        for case let (qualifier, date?) in dates { segments.append(X12Segment("DTM", values: [qualifier, date.x12])) }
        segments += amounts.map(\.segment)
        return segments + serviceLines.flatMap(\.segments)
    }
}

extension RemittanceClaim.InpatientAdjudication {
    var segment: X12Segment {
        var values = [String?](repeating: nil, count: 23)
        values[0] = coveredDays.x12
        values[2] = lifetimePsychiatricDays?.x12
        values[3] = drgAmount.map(X12Decimal.dollars(cents:))
        for (index, code) in remarkCodes.prefix(5).enumerated() { values[index == 0 ? 4 : 18 + index] = code }
        return X12Segment("MIA", values: values)
    }

    init(reading mia: X12Segment) throws(X12Error) {
        guard let coveredDays = try mia.decimal(1, "the covered days or visits") else {
            throw X12Error(.invalidValue, "MIA01 is empty; expected the covered days or visits", at: mia.location(element: 1))
        }
        self.init(
            coveredDays: coveredDays, lifetimePsychiatricDays: try mia.decimal(3, "the lifetime psychiatric days"),
            drgAmount: try mia.cents(4), remarkCodes: [5, 20, 21, 22, 23].compactMap { mia.optional($0) })
    }
}

extension RemittanceClaim.OutpatientAdjudication {
    var segment: X12Segment {
        let codes = remarkCodes.prefix(5).map { Optional($0) }
        return X12Segment(
            "MOA",
            values: [reimbursementRate?.x12, hcpcsPayableAmount.map(X12Decimal.dollars(cents:))] + codes
                + Array(repeating: nil, count: 5 - codes.count)
                + [esrdPaymentAmount.map(X12Decimal.dollars(cents:)), nonpayableProfessionalComponent.map(X12Decimal.dollars(cents:))])
    }

    init(reading moa: X12Segment) throws(X12Error) {
        self.init(
            reimbursementRate: try moa.decimal(1, "the reimbursement rate"), hcpcsPayableAmount: try moa.cents(2),
            remarkCodes: (3...7).compactMap { moa.optional($0) }, esrdPaymentAmount: try moa.cents(8),
            nonpayableProfessionalComponent: try moa.cents(9))
    }
}

// MARK: - Reading

extension RemittanceClaim {
    /// The claim from loop 2100 of the 2000 loop numbered `headerNumber`. Segments the type does not
    /// keep (PER, QTY, NM1*TT, NM1*PR, NM1*GB) are skipped.
    ///
    /// - Parameters:
    ///   - segments: the loop's segments, CLP first, then those of its lines (loops 2110).
    ///   - lineStarts: where each line's SVC stands in `segments`, in order.
    init(reading segments: [X12Segment], lineStarts: [Int], headerNumber: Int) throws(X12Error) {
        let clp = segments[0]
        let claimSegments = segments[..<(lineStarts.first ?? segments.endIndex)]
        guard let patientNM1 = claimSegments.first(where: { $0.id == "NM1" && $0[1] == "QC" }) else {
            throw X12Error(
                .missingSegment, "the claim has no NM1*QC; expected the patient's name after CLP and CAS",
                at: clp.location())
        }
        self.init(
            headerNumber: headerNumber, patientControlNumber: try clp.required(1, "the patient control number"),
            status: Status(code: try clp.required(2, "a claim status code such as 1")),
            chargeAmount: try clp.requiredCents(3, "the claim's total charge"),
            paidAmount: try clp.requiredCents(4, "the claim's payment"), patientResponsibility: try clp.cents(5),
            filingIndicator: try clp.required(6, "a claim filing indicator such as 12"),
            payerClaimControlNumber: try clp.required(7, "the payer claim control number"),
            facilityCode: clp.optional(8), frequencyCode: clp.optional(9), patient: try PartyName(reading: patientNM1),
            readFrom: ReadLocation(clp))
        for segment in claimSegments.dropFirst() {
            switch (segment.id, segment[1]) {
            case ("CAS", _): try RemittanceAdjustment.read(segment, into: &adjustments)
            case ("NM1", "IL"): insured = try PartyName(reading: segment)
            case ("NM1", "74"): correctedName = try PartyName(reading: segment)
            case ("NM1", "82"): renderingProvider = try PartyName(reading: segment)
            case ("MIA", _): inpatient = try InpatientAdjudication(reading: segment)
            case ("MOA", _): outpatient = try OutpatientAdjudication(reading: segment)
            case ("REF", _): references.append(try X12Person.Reference(readingRemittance: segment))
            case ("DTM", "232"): statementStartDate = try segment.requiredDate(2, "the statement's first day")
            case ("DTM", "233"): statementEndDate = try segment.requiredDate(2, "the statement's last day")
            case ("DTM", "036"): coverageExpirationDate = try segment.requiredDate(2, "the coverage expiration date")
            case ("DTM", "050"): receivedDate = try segment.requiredDate(2, "the date the claim was received")
            case ("AMT", _): amounts.append(try RemittanceAmount(reading: segment))
            default: continue
            }
        }
        serviceLines.reserveCapacity(lineStarts.count)
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : segments.endIndex
            serviceLines.append(try RemittanceServiceLine(reading: segments[start..<end]))
        }
    }
}
