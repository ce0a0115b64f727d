import X12

/// A denial: the adjustment group and reason code (CARC) that take a line's whole charge, and the
/// remark code (RARC) that says why.
struct Denial: Sendable, Hashable {
    var group: RemittanceAdjustment.Group
    var reason: String
    var remark: String?

    /// CO-27: expenses incurred after coverage terminated.
    static let coverageTerminated = Denial(group: .contractualObligation, reason: "27")
    /// CO-29: the time limit for filing has expired.
    static let timelyFiling = Denial(group: .contractualObligation, reason: "29")
    /// OA-18, N522: exact duplicate claim or service (duplicate of a claim processed earlier).
    static let duplicate = Denial(group: .otherAdjustment, reason: "18", remark: "N522")
    /// CO-16, N290: the claim lacks information (missing/incomplete/invalid rendering provider identifier).
    static let missingInformation = Denial(group: .contractualObligation, reason: "16", remark: "N290")
    /// CO-96, N130: non-covered charge (consult plan benefit documents).
    static let nonCovered = Denial(group: .contractualObligation, reason: "96", remark: "N130")
    /// CO-197, M62: precertification or authorization absent (missing/invalid treatment authorization code).
    static let authorizationAbsent = Denial(group: .contractualObligation, reason: "197", remark: "M62")
    /// CO-97, M15: included in the payment for another service (separately billed services bundled).
    static let bundled = Denial(group: .contractualObligation, reason: "97", remark: "M15")
}

// MARK: - Which rule denies what

extension SandboxDenialRules {
    /// The denial of a whole claim, checked before its lines: an exact duplicate, or the random share
    /// that lacks information.
    func claimDenial(isDuplicate: Bool, patientControlNumber: String) -> Denial? {
        if duplicates && isDuplicate { return .duplicate }
        if missingInformation.fires(for: patientControlNumber, salt: "missing-information") { return .missingInformation }
        return nil
    }

    /// The denial of one line, in the order a payer's edits run: eligibility on the date, timely
    /// filing, coverage, authorization, bundling.
    func lineDenial(
        _ line: ProfessionalClaim.ServiceLine, of claim: ProfessionalClaim, payerID: String, coverageEnded: X12Date?,
        filedOn: X12Date
    ) -> Denial? {
        if let coverageEnded, line.serviceDate > coverageEnded { return .coverageTerminated }
        if timelyFiling.isEnabled, line.serviceDate.dayNumber + timelyFiling.limit(for: payerID) < filedOn.dayNumber {
            return .timelyFiling
        }
        let code = line.procedure.code.uppercased()
        if nonCovered.applies(to: code) { return .nonCovered }
        if priorAuthorization.applies(to: code), claim.priorAuthorization?.isEmpty ?? true { return .authorizationAbsent }
        if bundling.components.contains(code), bundling.applies(to: payerID),
            claim.lines.contains(where: { HCPCSCodes.isVisit($0.procedure.code) && $0.serviceDate == line.serviceDate })
        {
            return .bundled
        }
        return nil
    }
}

extension X12Date {
    /// Days since 1970-01-01 (proleptic Gregorian), for counting days between dates.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
