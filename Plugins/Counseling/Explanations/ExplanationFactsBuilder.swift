import RevCycleCore
import RevCycleHost

/// Turns a visit's record into the facts an explanation is written from.
struct ExplanationFactsBuilder {
    let context: CommandContext

    func facts(_ record: CounselingStore.VisitRecord) throws -> AccountExplanationFacts {
        let site = context.services.site
        let chargemaster = try? context.services.chargemaster()
        let catalog = try? context.services.payerCatalog()
        let lines = record.charges.map { charge -> AccountExplanationFacts.ServiceLine in
            guard let parsed = ChargeMemo.parse(charge.memo) else { return .init(code: "", description: charge.memo, charge: charge.amount) }
            let description = (try? chargemaster?.item(parsed.code).description) ?? nil
            return .init(code: parsed.code, description: description ?? "Service \(parsed.code)", charge: charge.amount)
        }
        var answers: [AccountExplanationFacts.PayerAnswer] = []
        var shares: [AccountExplanationFacts.PatientShare.Reason: Money] = [:]
        let reasons: [ClaimAdjudication.PatientShare: AccountExplanationFacts.PatientShare.Reason] = [
            .deductible: .deductible, .coinsurance: .coinsurance, .copay: .copay, .notCovered: .notCovered, .other: .other,
        ]
        for answer in record.answers {
            let name = (try? PayerCode(answer.payer)).flatMap { catalog?.settings(for: $0)?.name } ?? answer.payer
            if answer.isReversal {
                // The payer took back an earlier answer: that answer no longer counts.
                if let index = answers.firstIndex(where: { $0.claimNumber == answer.claim && !$0.isReversed }) { answers[index].isReversed = true }
                continue
            }
            let adjustments = answer.adjustments.compactMap { adjustment -> AccountExplanationFacts.ClaimAdjustment? in
                AccountExplanationFacts.AdjustmentGroup(rawValue: adjustment.group).map {
                    .init(group: $0, reasonCode: adjustment.reason, amount: adjustment.amount.magnitude)
                }
            }
            var explained = AccountExplanationFacts.PayerAnswer(payerName: name, claimNumber: answer.claim, paid: answer.paid,
                                                                adjustments: adjustments, remarkCodes: answer.remarks)
            if adjustments.contains(where: { $0.group != .patientResponsibility && AdjustmentReason.isDenial($0.reasonCode) }) {
                explained.denialFollowUp = Self.followUp(adjustments)
            }
            answers.append(explained)
            if answer.responsible == "patient" {
                for (share, amount) in answer.patientShares { shares[reasons[share] ?? .other, default: .zero] += amount }
            }
        }
        let owes = record.balances.patient + record.balances.credit
        let explained = shares.values.reduce(Money.zero, +)
        let rest = owes + record.charity + record.patientPayments - explained
        if rest > .zero { shares[answers.isEmpty ? .selfPay : .other, default: .zero] += rest }
        let status: AccountExplanationFacts.Assistance.Status? = switch record.assistance?.status {
        case "approved": .approved
        case "denied": .denied
        case "incomplete": .incomplete
        case "complete", "started": .inReview
        default: record.charity > .zero ? .approved : nil
        }
        let phone = site.facility?.phone?.description ?? ""
        return AccountExplanationFacts(
            account: record.account.description, patientName: record.patientName, visitDate: record.serviceDate, explainedOn: context.today,
            facility: .init(name: site.facility?.name ?? site.name, phone: phone), serviceLines: lines, payerAnswers: answers,
            patientShares: AccountExplanationFacts.PatientShare.Reason.allCases.compactMap { reason in
                shares[reason].flatMap { $0 > .zero ? .init(reason: reason, amount: $0) : nil }
            },
            patientPayments: record.patientPayments,
            assistance: status.map { .init(status: $0, discountBasisPoints: record.assistance?.discountBasisPoints.map { Int($0) }, applied: record.charity) },
            owesNow: owes, pendingInsurance: record.balances.insurance,
            options: .init(phone: phone, financialAssistance: status == .approved ? nil : .init(applyBy: nil), offersPaymentPlan: owes > .zero))
    }

    /// What the hospital does about a denial, from its reason: a patient's missing information, an
    /// authorization or medical necessity to appeal, or a claim to correct.
    static func followUp(_ adjustments: [AccountExplanationFacts.ClaimAdjustment]) -> AccountExplanationFacts.DenialFollowUp {
        let codes = Set(adjustments.map(\.reasonCode))
        if !codes.isDisjoint(with: ["22", "27", "31", "109", "140"]) { return .needsPatientInformation }
        if !codes.isDisjoint(with: ["50", "197", "198", "15", "55", "56"]) { return .appealing }
        return .correctingClaim
    }
}
