extension ProfessionalClaim {
    /// A procedure code with up to four modifiers: SV101 (`HC:99213:25`) and SVD03.
    public struct Procedure: Sendable, Hashable {
        /// The code list: `HC` HCPCS/CPT (the default).
        public var qualifier: String
        /// The procedure code (`99213`).
        public var code: String
        /// Up to four two-character modifiers (`25`, `59`, `LT`, `RT`).
        public var modifiers: [String]

        public init(qualifier: String = "HC", code: String, modifiers: [String] = []) {
            self.qualifier = qualifier
            self.code = code
            self.modifiers = modifiers
        }

        var element: X12Element {
            X12Element(components: [qualifier, code] + modifiers)
        }

        init(reading segment: X12Segment, _ position: Int) throws(X12Error) {
            let element = segment.element(position)
            guard !element[1].isEmpty, !element[2].isEmpty else {
                throw X12Error(
                    .invalidValue, "\(segment.name(position)) has no procedure code; expected HC:<code>[:<modifier>…]",
                    at: segment.location(element: position))
            }
            self.init(
                qualifier: element[1], code: element[2],
                modifiers: element.components.dropFirst(2).filter { !$0.isEmpty })
        }
    }

    /// One service line (loop 2400): `LX`, `SV1`, `DTP*472`, `REF*6R`, and what earlier payers paid
    /// for it (2430).
    ///
    /// ```swift
    /// let line = ProfessionalClaim.ServiceLine(
    ///     procedure: .init(code: "97110", modifiers: ["59", "GP"]), charge: 9_000,
    ///     units: X12Decimal(significand: 3), diagnosisPointers: [1], serviceDate: visitDate,
    ///     lineItemControlNumber: "L0001")
    /// ```
    public struct ServiceLine: Sendable, Hashable {
        /// SV101.
        public var procedure: Procedure
        /// SV102, the line charge in cents.
        public var charge: Int64
        /// SV103, the unit of measure: `UN` units (the default) or `MJ` minutes.
        public var unit: String
        /// SV104, the number of units (or minutes); positive.
        public var units: X12Decimal
        /// SV105, when the line's place of service differs from the claim's (CLM05-1).
        public var placeOfService: String?
        /// SV107, 1 to 4 one-based positions in the claim's ``ProfessionalClaim/diagnoses``; the first is primary.
        public var diagnosisPointers: [Int]
        /// `DTP*472`, the date of service, or the first day of a range.
        public var serviceDate: X12Date
        /// The last day when the line covers a range (`DTP*472*RD8`).
        public var serviceEndDate: X12Date?
        /// `REF*6R`, the provider's line item control number (payers echo it in the 835).
        public var lineItemControlNumber: String?
        /// Loops 2430: what each earlier payer decided about this line (secondary claims).
        public var adjudications: [LineAdjudication]

        public init(
            procedure: Procedure, charge: Int64, unit: String = "UN", units: X12Decimal = X12Decimal(significand: 1),
            placeOfService: String? = nil, diagnosisPointers: [Int], serviceDate: X12Date, serviceEndDate: X12Date? = nil,
            lineItemControlNumber: String? = nil, adjudications: [LineAdjudication] = []
        ) {
            self.procedure = procedure
            self.charge = charge
            self.unit = unit
            self.units = units
            self.placeOfService = placeOfService
            self.diagnosisPointers = diagnosisPointers
            self.serviceDate = serviceDate
            self.serviceEndDate = serviceEndDate
            self.lineItemControlNumber = lineItemControlNumber
            self.adjudications = adjudications
        }
    }

    /// Loop 2430, one earlier payer's decision on a line: `SVD`, `CAS` and `DTP*573`.
    ///
    /// ```swift
    /// let primaryPaid = ProfessionalClaim.LineAdjudication(
    ///     payerID: "ACME01", paidAmount: 8_000, procedure: .init(code: "99213"),
    ///     adjustments: [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 2_500),
    ///                   RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 2_000)],
    ///     adjudicationDate: paidDate)
    /// ```
    public struct LineAdjudication: Sendable, Hashable {
        /// SVD01, the id of the payer that decided: an ``OtherSubscriber``'s payer id (2330B NM109).
        public var payerID: String
        /// SVD02, the amount paid for the line in cents.
        public var paidAmount: Int64
        /// SVD03, the procedure as the payer adjudicated it.
        public var procedure: Procedure
        /// SVD05, the units paid.
        public var units: X12Decimal
        /// CAS: the line's adjustments, as the payer's 835 gave them.
        public var adjustments: [RemittanceAdjustment]
        /// `DTP*573`, the date the payer adjudicated the line.
        public var adjudicationDate: X12Date

        public init(
            payerID: String, paidAmount: Int64, procedure: Procedure, units: X12Decimal = X12Decimal(significand: 1),
            adjustments: [RemittanceAdjustment] = [], adjudicationDate: X12Date
        ) {
            self.payerID = payerID
            self.paidAmount = paidAmount
            self.procedure = procedure
            self.units = units
            self.adjustments = adjustments
            self.adjudicationDate = adjudicationDate
        }
    }
}

// MARK: - Segments

extension ProfessionalClaim.ServiceLine {
    /// Loop 2400 numbered `number` (LX01), and its 2430 loops.
    func segments(number: Int) -> [X12Segment] {
        let sv1 = X12Segment(
            "SV1",
            [
                procedure.element, X12Element(X12Decimal.dollars(cents: charge)), X12Element(unit), X12Element(units.x12),
                X12Element(placeOfService ?? ""), "", X12Element(components: diagnosisPointers.map(String.init)),
            ])
        let date = serviceEndDate.map { EligibilityDate(.service, from: serviceDate, through: $0) }
            ?? EligibilityDate(.service, serviceDate)
        var segments = [X12Segment("LX", [X12Element(String(number))]), sv1, date.segment]
        if let lineItemControlNumber { segments.append(X12Segment("REF", ["6R", X12Element(lineItemControlNumber)])) }
        return segments + adjudications.flatMap(\.segments)
    }

    /// Reads a 2400 loop.
    init(reading loop: X12Loop) throws(X12Error) {
        let lx = loop.segments[0]
        guard let sv1 = loop.segment("SV1") else {
            throw X12Error(.missingSegment, "the 2400 service line has no SV1; expected the professional service", at: lx.location())
        }
        guard let charge = try sv1.cents(2) else {
            throw X12Error(.invalidValue, "SV102 is empty; expected the line charge", at: sv1.location(element: 2))
        }
        guard let units = try sv1.decimal(4, "the number of units such as 1") else {
            throw X12Error(.invalidValue, "SV104 is empty; expected the number of units", at: sv1.location(element: 4))
        }
        var pointers: [Int] = []
        for text in sv1.element(7).components where !text.isEmpty {
            guard let pointer = Int(text), (1...12).contains(pointer) else {
                throw X12Error(
                    .invalidValue, "SV107 holds \(X12Error.quote(text)); expected diagnosis pointers from 1 to 12",
                    at: sv1.location(element: 7))
            }
            pointers.append(pointer)
        }
        guard let dtp = loop.segments.first(where: { $0.id == "DTP" && $0[1] == "472" }) else {
            throw X12Error(.missingSegment, "the 2400 service line has no DTP*472; expected the date of service", at: lx.location())
        }
        let serviceDate = try EligibilityDate(reading: dtp)
        try self.init(
            procedure: ProfessionalClaim.Procedure(reading: sv1, 1), charge: charge,
            unit: sv1.required(3, "the unit of measure UN or MJ"), units: units, placeOfService: sv1.optional(5),
            diagnosisPointers: pointers, serviceDate: serviceDate.start, serviceEndDate: serviceDate.end,
            lineItemControlNumber: loop.segments.first { $0.id == "REF" && $0[1] == "6R" }?.optional(2),
            adjudications: loop.loops("2430").map { (loop) throws(X12Error) in
                try ProfessionalClaim.LineAdjudication(reading: loop)
            })
    }
}

extension ProfessionalClaim.LineAdjudication {
    var segments: [X12Segment] {
        let svd = X12Segment(
            "SVD",
            [
                X12Element(payerID), X12Element(X12Decimal.dollars(cents: paidAmount)), procedure.element, "",
                X12Element(units.x12),
            ])
        return [svd] + RemittanceAdjustment.segments(for: adjustments)
            + [EligibilityDate(.other("573"), adjudicationDate).segment]
    }

    init(reading loop: X12Loop) throws(X12Error) {
        let svd = loop.segments[0]
        guard let paid = try svd.cents(2) else {
            throw X12Error(.invalidValue, "SVD02 is empty; expected the amount paid for the line", at: svd.location(element: 2))
        }
        guard let dtp = loop.segments.first(where: { $0.id == "DTP" && $0[1] == "573" }),
            let date = try EligibilityDate(reading: dtp).singleDate
        else {
            throw X12Error(
                .missingSegment, "the 2430 line adjudication has no DTP*573; expected the adjudication date as D8",
                at: svd.location())
        }
        try self.init(
            payerID: svd.required(1, "the other payer's id"), paidAmount: paid,
            procedure: ProfessionalClaim.Procedure(reading: svd, 3),
            units: svd.decimal(5, "the units paid") ?? X12Decimal(significand: 1),
            adjustments: RemittanceAdjustment.reading(all: loop.segments), adjudicationDate: date)
    }
}

extension EligibilityDate {
    /// The date when this is a single date (`D8`), `nil` for a range.
    var singleDate: X12Date? {
        end == nil ? start : nil
    }
}
