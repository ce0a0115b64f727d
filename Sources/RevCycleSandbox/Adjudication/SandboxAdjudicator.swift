import RevCycleCore
import X12

/// The sandbox payer's claim engine: takes one claim through the front end (277CA) and, when it is
/// accepted, adjudicates it against the payer's fee schedule, the member's plan and accumulators, and
/// the denial rules, keeping the result in the payer's SQLite file.
///
/// Each line is allowed at the fee schedule's rate (CO-45 the rest), then the patient's share comes
/// off as PR-3 copay, PR-1 deductible and PR-2 coinsurance; a denied line carries its denial's CARC
/// for the whole charge and its RARC. A replacement (frequency 7) first reverses the claim it names
/// (CLP02 22); a void (8) only reverses it.
struct SandboxAdjudicator: Sendable {
    let payer: SandboxPayer
    let feeSchedules: [String: [String: Int64]]
    let rules: SandboxDenialRules

    /// What happened to one claim.
    enum Decision: Sendable, Hashable {
        /// Refused at the front end: no payer claim number, no 835.
        case rejected(ClaimAcknowledgment.Status.Code, message: String)
        /// Accepted: the payer's claim number and the 835 claims (a reversal first, when there is one).
        case adjudicated(payerClaimNumber: String, remittance: [RemittanceClaim])
    }

    func decide(_ submitted: SubmittedClaim, on date: X12Date) throws -> Decision {
        let member = SandboxMember.lookup(payerID: submitted.payerID, memberID: submitted.memberID, year: date.year, month: date.month)
        if let (code, message) = frontEndRejection(of: submitted, member: member, on: date) {
            return .rejected(code, message: message)
        }
        var remittance: [RemittanceClaim] = []
        if submitted.claim.frequency != .original {
            let number = submitted.claim.payerClaimControlNumber ?? ""
            guard let original = try payer.adjudicatedClaim(number), original.payerID == submitted.payerID,
                original.memberID == submitted.memberID, original.reversedOn == nil
            else {
                return .rejected(
                    .init(category: "A7", code: "21", entity: "PR"),
                    message: "REF*F8 NAMES NO OPEN CLAIM OF THIS PAYER AND MEMBER")
            }
            try payer.reverse(original, member: member, on: date)
            remittance.append(original.reversal(patient: submitted.patientName, insured: submitted.insuredName, receivedOn: date))
            if submitted.claim.frequency == .void { return .adjudicated(payerClaimNumber: number, remittance: remittance) }
        }
        let number = "SBX" + String(zeroPadded: try payer.reserve(1, of: "claim") + 1, width: 10)
        let (claim, record) = try adjudicate(submitted, member: member, payerClaimNumber: number, on: date)
        try payer.record(record, member: member)
        return .adjudicated(payerClaimNumber: number, remittance: remittance + [claim])
    }

    // MARK: - Front end (277CA)

    /// Why the front end refuses the claim, as a 277CA category, status and entity, or `nil`.
    private func frontEndRejection(of submitted: SubmittedClaim, member: SandboxMember, on date: X12Date)
        -> (ClaimAcknowledgment.Status.Code, String)?
    {
        if (try? NationalProviderID(parsing: submitted.provider.npi)) == nil {
            return (.init(category: "A7", code: "562", entity: "85"), "BILLING PROVIDER NPI INVALID")
        }
        if let rendering = submitted.claim.renderingProvider, (try? NationalProviderID(parsing: rendering.npi)) == nil {
            return (.init(category: "A7", code: "562", entity: "82"), "RENDERING PROVIDER NPI INVALID")
        }
        let isMedicare = SandboxPlan.medicarePayerIDs.contains(submitted.payerID)
        if (submitted.subscriber.claimFilingIndicator == "MB") != isMedicare {
            return (.init(category: "A3", code: "116", entity: "PR"), "CLAIM SUBMITTED TO THE WRONG PAYER")
        }
        if member.standing == .notFound {
            return (.init(category: "A7", code: "164", entity: "IL"), "SUBSCRIBER NOT FOUND")
        }
        if submitted.lastServiceDate > date {
            return (.init(category: "A7", code: "187", entity: "QC"), "DATE OF SERVICE IN THE FUTURE")
        }
        if submitted.claim.frequency != .original, submitted.claim.payerClaimControlNumber?.isEmpty ?? true {
            return (.init(category: "A3", code: "21", entity: "PR"), "PAYER CLAIM CONTROL NUMBER (REF*F8) MISSING")
        }
        return nil
    }

    // MARK: - Adjudication (835)

    private func adjudicate(_ submitted: SubmittedClaim, member: SandboxMember, payerClaimNumber: String, on date: X12Date)
        throws -> (RemittanceClaim, AdjudicatedClaim)
    {
        let claim = submitted.claim
        let isDuplicate = rules.duplicates ? try payer.hasAdjudicated(fingerprint: submitted.fingerprint) : false
        let claimDenial = rules.claimDenial(isDuplicate: isDuplicate, patientControlNumber: claim.patientControlNumber)
        let coverageEnded: X12Date? = if case .terminated(let ended) = member.standing { X12Date(x12: ended) } else { nil }
        let planYear = submitted.firstServiceDate.year
        let (deductibleMet, outOfPocketMet) = try payer.accumulators(of: member, year: planYear)
        var benefits = PlanBenefits(plan: member.plan, deductibleMet: deductibleMet, outOfPocketMet: outOfPocketMet)
        let schedule = FeeSchedule(rates: feeSchedules[submitted.payerID] ?? [:])
        let isSecondary = !claim.otherSubscribers.isEmpty
        let secondary = SecondaryPayment.lines(of: claim)
        var lines: [RemittanceServiceLine] = []
        var deniedLines = 0
        for (index, line) in claim.lines.enumerated() {
            var paid: Int64 = 0
            var adjustments: [RemittanceAdjustment] = []
            var allowedAmounts: [RemittanceAmount] = []
            var remarks: [String] = []
            if let denial = claimDenial
                ?? rules.lineDenial(line, of: claim, payerID: submitted.payerID, coverageEnded: coverageEnded, filedOn: submitted.filedOn)
            {
                adjustments = [RemittanceAdjustment(denial.group, reason: denial.reason, amount: line.charge)]
                remarks = denial.remark.map { [$0] } ?? []
                deniedLines += 1
            } else {
                let allowed = schedule.allowed(for: line)
                allowedAmounts = [.allowed(allowed)]
                if isSecondary {
                    (paid, adjustments) = secondary[index].adjudicate(charge: line.charge, allowed: allowed)
                } else {
                    let share = benefits.share(of: allowed, code: line.procedure.code.uppercased(), on: line.serviceDate)
                    let contractual = line.charge - allowed
                    adjustments = (contractual == 0 ? [] : [RemittanceAdjustment(.contractualObligation, reason: "45", amount: contractual)])
                        + share.adjustments
                    paid = allowed - share.total
                }
            }
            let billed = RemittanceProcedure(qualifier: line.procedure.qualifier, code: line.procedure.code, modifiers: line.procedure.modifiers)
            var procedure = billed
            if rules.invalidModifiers.isEnabled {
                procedure.modifiers = billed.modifiers.filter { rules.invalidModifiers.known.contains($0.uppercased()) }
            }
            lines.append(
                RemittanceServiceLine(
                    procedure: procedure, chargeAmount: line.charge, paidAmount: paid, units: line.units,
                    submittedProcedure: procedure == billed ? nil : billed, serviceDate: line.serviceDate,
                    serviceEndDate: line.serviceEndDate, adjustments: adjustments, lineItemControlNumber: line.lineItemControlNumber,
                    amounts: allowedAmounts, remarkCodes: remarks))
        }
        let status: RemittanceClaim.Status = deniedLines == lines.count ? .denied : isSecondary ? .processedAsSecondary : .processedAsPrimary
        let patientOwes = lines.flatMap(\.adjustments).filter { $0.group == .patientResponsibility }.reduce(Int64(0)) { $0 + $1.amount }
        let remittance = RemittanceClaim(
            patientControlNumber: claim.patientControlNumber, status: status, chargeAmount: submitted.totalCharge,
            paidAmount: lines.reduce(0) { $0 + $1.paidAmount }, patientResponsibility: patientOwes,
            filingIndicator: Self.filingIndicator(of: member.plan), payerClaimControlNumber: payerClaimNumber,
            facilityCode: claim.placeOfService, frequencyCode: claim.frequency.rawValue, patient: submitted.patientName,
            insured: submitted.insuredName, receivedDate: date, serviceLines: lines)
        let record = AdjudicatedClaim(
            payerClaimNumber: payerClaimNumber, payerID: submitted.payerID, memberID: submitted.memberID, planYear: planYear,
            patientControlNumber: claim.patientControlNumber, fingerprint: isDuplicate ? nil : submitted.fingerprint,
            charge: remittance.chargeAmount, paid: remittance.paidAmount, patientResponsibility: patientOwes,
            adjustments: AdjudicatedClaim.totals(of: remittance), filingIndicator: remittance.filingIndicator,
            facilityCode: remittance.facilityCode, deductible: isSecondary ? 0 : benefits.deductibleApplied,
            outOfPocket: isSecondary ? 0 : benefits.outOfPocketApplied, adjudicatedOn: date)
        return (remittance, record)
    }

    /// CLP06 for the member's plan: `MB` Medicare Part B, `HM` HMO, `12` PPO and other commercial plans.
    static func filingIndicator(of plan: SandboxPlan) -> String {
        switch plan.insuranceType {
        case "MB": "MB"
        case "HN": "HM"
        default: "12"
        }
    }
}
