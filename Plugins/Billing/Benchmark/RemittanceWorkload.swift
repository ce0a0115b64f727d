import RevCycleCore
import X12

/// The benchmark's 835: Aetna answering every registered claim, balanced to the cent.
///
/// Each claim has two lines (an office visit and a panel), each allowed at 60% of its charge: CO-45
/// writes off the rest, the patient owes a deductible (PR-1, on 1 claim in 5) and 20% coinsurance
/// (PR-2), and the payer pays what remains. One claim in 25 is denied whole (CLP02 4, CO-197), one
/// in 40 has its panel denied (CO-96); on one in 500 the payer pays, reverses the payment (CLP02 22,
/// every amount negated) and pays again without the deductible, so that claim has three CLP loops
/// and the two claims after it none. BPR02 is the sum of CLP04.
struct RemittanceWorkload {
    enum Answer: Sendable {
        case paid, denied, panelDenied, reversal, corrected
    }

    /// CLP loops in file order: which registered claim each answers, and how.
    var plan: [(claim: Int, answer: Answer)]
    var registered: RegisteredClaims
    var date: CalendarDate

    init(registered: RegisteredClaims, date: CalendarDate) {
        self.registered = registered
        self.date = date
        let count = registered.claimIDs.count
        var plan: [(claim: Int, answer: Answer)] = []
        plan.reserveCapacity(count)
        var index = 0
        while index < count {
            if index % 500 == 250, index + 2 < count {
                plan += [(index, .paid), (index, .reversal), (index, .corrected)]
                index += 3
                continue
            }
            plan.append((index, index % 25 == 7 ? .denied : index % 40 == 13 ? .panelDenied : .paid))
            index += 1
        }
        self.plan = plan
    }

    /// The 835 as X12 text, one segment a line.
    func text() throws -> String {
        let claims = plan.map { claim($0.claim, $0.answer) }
        let total = claims.reduce(Int64(0)) { $0 + $1.paidAmount }
        let x12Date = ClaimBatchBuilder.x12(date)
        let advice = RemittanceAdvice(
            payment: RemittancePayment(handling: .paymentWithRemittance, amount: abs(total), isCredit: total >= 0, method: .ach,
                                       date: x12Date),
            traceNumber: "BENCH\(registered.claimIDs.count)", payerIdentifier: "1000060054",
            payer: RemittancePayer(
                name: "Aetna Commercial",
                address: X12Person.Address(line1: "151 Farmington Ave", city: "Hartford", state: "CT", postalCode: "06156"),
                additionalIDs: [X12Person.Reference(qualifier: "2U", value: "60054")],
                technicalContacts: [RemittanceContact(name: "EDI", numbers: [.phone("8006240756")])]),
            payee: RemittancePayee(name: "Default Community Hospital", id: "1245319599"), claims: claims)
        var numbers = ControlNumbers()
        let envelope = X12Envelope(senderID: "AETNA", receiverID: "RCDEFAULT", date: x12Date, time: "0900")
        return try X12Writer(lineBreaks: true).text(for: try advice.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    /// One CLP loop for registered claim `index`.
    func claim(_ index: Int, _ answer: Answer) -> RemittanceClaim {
        let charges = RegisteredClaims.charges(of: index)
        let deductible: Int64 = answer != .corrected && index.isMultiple(of: 5) ? 2_000 : 0
        let serviceDate = ClaimBatchBuilder.x12(registered.serviceDate)
        func line(_ code: String, _ charge: Int64, ordinal: Int, deductible: Int64, denial: String?) -> RemittanceServiceLine {
            var adjustments: [RemittanceAdjustment]
            var paid: Int64 = 0
            if let denial {
                adjustments = [RemittanceAdjustment(.contractualObligation, reason: denial, amount: charge)]
            } else {
                let allowed = charge * 6 / 10
                let deducted = min(deductible, allowed)
                let coinsurance = (allowed - deducted) / 5
                paid = allowed - deducted - coinsurance
                adjustments = [RemittanceAdjustment(.contractualObligation, reason: "45", amount: charge - allowed)]
                if deducted > 0 { adjustments.append(RemittanceAdjustment(.patientResponsibility, reason: "1", amount: deducted)) }
                if coinsurance > 0 { adjustments.append(RemittanceAdjustment(.patientResponsibility, reason: "2", amount: coinsurance)) }
            }
            return RemittanceServiceLine(
                procedure: RemittanceProcedure(code: code), chargeAmount: charge, paidAmount: paid, units: X12Decimal(significand: 1),
                serviceDate: serviceDate, adjustments: adjustments,
                lineItemControlNumber: "L\(registered.chargeIDs[index * 2 + ordinal])")
        }
        let lines = [
            line("99213", charges.visit, ordinal: 0, deductible: deductible, denial: answer == .denied ? "197" : nil),
            line("80053", charges.panel, ordinal: 1, deductible: 0,
                 denial: answer == .denied ? "197" : answer == .panelDenied ? "96" : nil),
        ]
        let paid = lines.reduce(Int64(0)) { $0 + $1.paidAmount }
        let patient = lines.flatMap(\.adjustments).filter { $0.group == .patientResponsibility }.reduce(Int64(0)) { $0 + $1.amount }
        var claim = RemittanceClaim(
            patientControlNumber: Claim.patientControlNumber(registered.claimIDs[index]), status: answer == .denied ? .denied : .processedAsPrimary,
            chargeAmount: charges.visit + charges.panel, paidAmount: paid, patientResponsibility: patient, filingIndicator: "CI",
            payerClaimControlNumber: "AET\(900_000_000 + index)", facilityCode: "11", frequencyCode: "1",
            patient: PartyName(lastName: "BENCH", firstName: "PAT", idQualifier: "MI", id: RegisteredClaims.memberID(of: index)),
            serviceLines: lines)
        if answer == .reversal {
            claim.status = .reversal
            claim.chargeAmount.negate()
            claim.paidAmount.negate()
            claim.patientResponsibility?.negate()
            for position in claim.serviceLines.indices {
                claim.serviceLines[position].chargeAmount.negate()
                claim.serviceLines[position].paidAmount.negate()
                for adjustment in claim.serviceLines[position].adjustments.indices {
                    claim.serviceLines[position].adjustments[adjustment].amount.negate()
                }
            }
        }
        return claim
    }
}
