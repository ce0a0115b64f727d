/// One provider-level adjustment of a remittance: one reason/amount pair of a PLB segment.
///
/// PLB carries money that belongs to no claim: recoupments of earlier overpayments (`WO`), interest
/// (`L6`), forwarding balances (`FB`), origination fees, levies. A positive amount lowers the payment,
/// a negative one raises it, so interest is negative: `BPR02 = Σ CLP04 − Σ PLB amounts`.
///
/// ```swift
/// let recoupment = ProviderAdjustment(
///     providerID: "1245319599", fiscalPeriodEnd: X12Date(year: 2026, month: 12, day: 31)!,
///     reason: "WO", reference: "PAYERCLAIM0042", amount: 4_000)
/// let interest = ProviderAdjustment(
///     providerID: "1245319599", fiscalPeriodEnd: X12Date(year: 2026, month: 12, day: 31)!, reason: "L6", amount: -125)
/// ```
///
/// Writing puts consecutive adjustments with the same provider and fiscal period into PLB segments of
/// at most six pairs; reading gives them back in order.
public struct ProviderAdjustment: Sendable, Hashable {
    /// PLB01, the provider's id (its NPI, or the id the payer knows it by).
    public var providerID: String
    /// PLB02, the last day of the provider's fiscal year.
    public var fiscalPeriodEnd: X12Date
    /// PLB03-01 (05-01, 07-01…), the adjustment reason: `WO` overpayment recovery, `L6` interest, `FB`
    /// forwarding balance, `72` authorized return, `CS` adjustment, `J1` nonreimbursable, `IR` IRS levy.
    public var reason: String
    /// PLB03-02, the adjustment's reference, such as the payer claim control number being recouped.
    public var reference: String?
    /// PLB04 (06, 08…) in cents.
    public var amount: Int64
    /// The PLB segment this adjustment was read from.
    public var readFrom: ReadLocation

    public init(
        providerID: String, fiscalPeriodEnd: X12Date, reason: String, reference: String? = nil, amount: Int64,
        readFrom: ReadLocation = ReadLocation()
    ) {
        self.providerID = providerID
        self.fiscalPeriodEnd = fiscalPeriodEnd
        self.reason = reason
        self.reference = reference
        self.amount = amount
        self.readFrom = readFrom
    }
}

// MARK: - Segments

extension ProviderAdjustment {
    /// PLB segments for consecutive runs of the same provider and fiscal period, six pairs at most each.
    static func segments(for adjustments: [ProviderAdjustment]) -> [X12Segment] {
        var segments: [X12Segment] = []
        var run: [ProviderAdjustment] = []
        func flush() {
            guard let first = run.first else { return }
            var elements = [X12Element(first.providerID), X12Element(first.fiscalPeriodEnd.x12)]
            for adjustment in run {
                elements.append(X12Element(components: [adjustment.reason] + (adjustment.reference.map { [$0] } ?? [])))
                elements.append(X12Element(X12Decimal.dollars(cents: adjustment.amount)))
            }
            segments.append(X12Segment("PLB", elements))
            run = []
        }
        for adjustment in adjustments {
            if let first = run.first,
                run.count == 6 || first.providerID != adjustment.providerID
                    || first.fiscalPeriodEnd != adjustment.fiscalPeriodEnd
            {
                flush()
            }
            run.append(adjustment)
        }
        flush()
        return segments
    }

    /// The pairs of one PLB segment.
    static func reading(_ plb: X12Segment) throws(X12Error) -> [ProviderAdjustment] {
        let providerID = try plb.required(1, "the provider's id")
        let fiscalPeriodEnd = try plb.requiredDate(2, "the last day of the provider's fiscal period")
        var adjustments: [ProviderAdjustment] = []
        for position in stride(from: 3, through: 13, by: 2) {
            let identifier = plb.element(position)
            guard !identifier.isEmpty || position == 3 else { continue }
            guard !identifier[1].isEmpty else {
                throw X12Error(
                    .invalidValue, "\(plb.name(position)) has no adjustment reason; expected a code such as WO or L6",
                    at: plb.location(element: position))
            }
            adjustments.append(
                ProviderAdjustment(
                    providerID: providerID, fiscalPeriodEnd: fiscalPeriodEnd, reason: identifier[1],
                    reference: identifier[2].isEmpty ? nil : identifier[2],
                    amount: try plb.requiredCents(position + 1, "the provider adjustment amount"), readFrom: ReadLocation(plb)))
        }
        return adjustments
    }
}
