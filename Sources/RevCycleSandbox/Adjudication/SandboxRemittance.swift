import X12

/// Builds the 835s for a file's adjudicated claims: one per payer id and billing provider, each
/// with its own trace number, an ACH payment dated the process date, and — on a stable draw on the
/// trace number — interest (PLB L6, negative: paid to the provider) or an overpayment recovery (PLB
/// WO) whose reference is the patient control number of the claim it belongs to.
struct SandboxRemittance: Sendable {
    let payer: SandboxPayer
    let rules: SandboxDenialRules

    /// The sandbox payer's address and EDI contact, on every 835.
    static let address = X12Person.Address(line1: "100 SANDBOX WAY", city: "HARTFORD", state: "CT", postalCode: "06103")
    static let contact = RemittanceContact(name: "SANDBOX EDI SUPPORT", numbers: [.phone("8005550199")])

    func advices(for claims: [(submitted: SubmittedClaim, remittance: [RemittanceClaim])], on date: X12Date) throws
        -> [RemittanceAdvice]
    {
        var keys: [String] = []
        var grouped: [String: [(submitted: SubmittedClaim, remittance: [RemittanceClaim])]] = [:]
        for claim in claims where !claim.remittance.isEmpty {
            let key = claim.submitted.payerID + "|" + claim.submitted.provider.npi
            if grouped[key] == nil { keys.append(key) }
            grouped[key, default: []].append(claim)
        }
        guard !keys.isEmpty else { return [] }
        let firstTrace = try payer.reserve(keys.count, of: "trace")
        return keys.enumerated().map { offset, key in
            let group = grouped[key] ?? []
            let trace = "SBX" + String(zeroPadded: firstTrace + offset + 1, width: 9)
            return advice(group, trace: trace, on: date)
        }
    }

    private func advice(_ group: [(submitted: SubmittedClaim, remittance: [RemittanceClaim])], trace: String, on date: X12Date)
        -> RemittanceAdvice
    {
        let first = group[0].submitted
        let claims = group.flatMap(\.remittance)
        let provider = first.provider
        let adjustments = providerAdjustments(claims: claims, npi: provider.npi, trace: trace, on: date)
        let total = claims.reduce(Int64(0)) { $0 + $1.paidAmount } - adjustments.reduce(Int64(0)) { $0 + $1.amount }
        let payment =
            total == 0
            ? RemittancePayment(handling: .notificationOnly, amount: 0, method: .none, date: date)
            : RemittancePayment(
                handling: .paymentWithRemittance, amount: Int64(total.magnitude), isCredit: total > 0, method: .ach,
                format: "CCP", senderAccount: .init(dfiNumber: "011000015", accountNumber: "900" + first.payerID),
                originatingCompanyID: Self.payerIdentifier(first.payerID),
                receiverAccount: .init(dfiNumber: "071000013", accountNumber: provider.npi), date: date)
        return RemittanceAdvice(
            payment: payment, traceNumber: trace, payerIdentifier: Self.payerIdentifier(first.payerID), productionDate: date,
            payer: RemittancePayer(
                name: first.subscriber.payer.name, address: Self.address,
                additionalIDs: [X12Person.Reference(qualifier: "2U", value: first.payerID)], technicalContacts: [Self.contact]),
            payee: RemittancePayee(
                name: provider.name, id: provider.npi, references: [X12Person.Reference(qualifier: "TJ", value: provider.taxID)]),
            claims: claims, providerAdjustments: adjustments)
    }

    /// Interest on the first paid claim (1.5% of its payment, at least a cent), and a recovery of a
    /// tenth of a paid claim's payment, each on its stable draw.
    private func providerAdjustments(claims: [RemittanceClaim], npi: String, trace: String, on date: X12Date)
        -> [ProviderAdjustment]
    {
        guard let paid = claims.first(where: { $0.paidAmount > 0 && !$0.isReversal }),
            let fiscalYearEnd = X12Date(year: date.year, month: 12, day: 31)
        else { return [] }
        var adjustments: [ProviderAdjustment] = []
        if rules.interest.fires(for: trace, salt: "interest") {
            adjustments.append(
                ProviderAdjustment(
                    providerID: npi, fiscalPeriodEnd: fiscalYearEnd, reason: "L6", reference: paid.patientControlNumber,
                    amount: -max(1, paid.paidAmount * 15 / 1_000)))
        }
        if rules.recoveries.fires(for: trace, salt: "recovery") {
            adjustments.append(
                ProviderAdjustment(
                    providerID: npi, fiscalPeriodEnd: fiscalYearEnd, reason: "WO", reference: paid.patientControlNumber,
                    amount: max(1, paid.paidAmount / 10)))
        }
        return adjustments
    }

    /// TRN03 and BPR10: `1` and a stable nine-digit number standing for the payer's EIN.
    static func payerIdentifier(_ payerID: String) -> String {
        "1" + String(zeroPadded: Int(StableHash.of("ein|" + payerID) % 900_000_000) + 100_000_000, width: 9)
    }
}
