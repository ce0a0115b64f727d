import RevCycleCore
import X12

/// Reads a 271 the way a front-desk expert does: is the patient covered, under which plan dates,
/// and what will they pay — copays by service type, coinsurance, deductible and out-of-pocket
/// remaining, in and out of network — or why the payer could not answer.
enum EligibilityInterpreter {
    /// The answer about the patient an inquiry asked for.
    static func answer(_ response: EligibilityResponse, file: String) throws -> EligibilityAnswer {
        let payerLevel = response.sourceRejections + response.receiverRejections
        guard let patient = response.patient else {
            return EligibilityAnswer(status: .rejected, responseFile: file,
                                     rejection: describe(payerLevel) ?? "the 271 names no patient")
        }
        let rejections = payerLevel + patient.rejections + patient.benefits.flatMap(\.rejections)
        if let reason = describe(rejections) {
            let notFound = rejections.contains { ["67", "72", "73", "75", "76"].contains($0.reason.code) }
            return EligibilityAnswer(status: notFound ? .notFound : .rejected, responseFile: file,
                                     memberID: patient.person.memberID, rejection: reason)
        }
        let (begin, end) = planDates(patient.dates + patient.benefits.flatMap(\.dates))
        let active = patient.benefits.contains { $0.information.isActive }
        guard active else {
            return EligibilityAnswer(status: .inactive, responseFile: file, memberID: patient.person.memberID, planBegin: begin,
                                     planEnd: end, rejection: "the payer reports the coverage inactive\(end.map { " (ended \($0))" } ?? "")")
        }
        let description = patient.benefits.first { $0.information.isActive }?.planDescription
        let inNetwork = try benefits(patient.benefits, network: .inNetwork)
        let outOfNetwork = patient.benefits.contains { $0.network == .outOfNetwork } ? try benefits(patient.benefits, network: .outOfNetwork) : nil
        return EligibilityAnswer(status: .active, responseFile: file, memberID: patient.person.memberID, planBegin: begin, planEnd: end,
                                 benefits: BenefitsSnapshot(inNetwork: inNetwork, outOfNetwork: outOfNetwork, planDescription: description))
    }

    /// The benefits for one network status from the EB loops: individual level (or unspecified), the
    /// network's own loops plus those that name no network.
    static func benefits(_ loops: [EligibilityBenefit], network: NetworkStatus) throws -> PlanBenefits {
        let wanted: EligibilityBenefit.Network = network == .outOfNetwork ? .outOfNetwork : .inNetwork
        let relevant = loops.filter { benefit in
            (benefit.coverageLevel == nil || benefit.coverageLevel == .individual)
                && (benefit.network == nil || benefit.network == wanted || benefit.network == .notApplicable)
        }
        var copays: [String: Money] = [:]
        for benefit in relevant where benefit.information == .coPayment {
            guard let amount = benefit.amount else { continue }
            for serviceType in benefit.serviceTypes.isEmpty ? ["30"] : benefit.serviceTypes where copays[serviceType] == nil {
                copays[serviceType] = Money(cents: amount)
            }
        }
        let coinsurance = relevant.filter { $0.information == .coInsurance && $0.percentage != nil }
        let basisPoints = (coinsurance.first { $0.serviceTypes.contains("30") } ?? coinsurance.first)?.percentage ?? 0
        func amount(_ information: EligibilityBenefit.Information) -> Money? {
            let candidates = relevant.filter { $0.information == information && $0.amount != nil && ($0.serviceTypes.isEmpty || $0.serviceTypes.contains("30")) }
            let remaining = candidates.first { $0.timePeriod == .remaining }
            let whole = candidates.first { $0.timePeriod == .calendarYear || $0.timePeriod == .serviceYear || $0.timePeriod == .contract }
            return (remaining ?? whole)?.amount.map(Money.init(cents:))
        }
        return try PlanBenefits(network: network, copays: copays, coinsuranceBasisPoints: Int64(basisPoints),
                                deductibleRemaining: amount(.deductible) ?? .zero, outOfPocketRemaining: amount(.outOfPocket))
    }

    /// Plan begin and end from DTP 346/347, or the range of a plan (291) or eligibility (307) date.
    static func planDates(_ dates: [EligibilityDate]) -> (CalendarDate?, CalendarDate?) {
        func calendar(_ date: X12Date?) -> CalendarDate? {
            date.flatMap { try? CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
        }
        var begin = calendar(dates.first { $0.qualifier == .planBegin }?.start)
        var end = calendar(dates.first { $0.qualifier == .planEnd }?.start)
        if let range = dates.first(where: { $0.qualifier == .plan || $0.qualifier == .eligibility }) {
            begin = begin ?? calendar(range.start)
            end = end ?? calendar(range.end)
        }
        return (begin, end)
    }

    /// `Subscriber not found (AAA 75); follow-up: correct and resubmit`, for each rejection.
    static func describe(_ rejections: [EligibilityRejection]) -> String? {
        guard !rejections.isEmpty else { return nil }
        return rejections.map { "\($0.reason.description) (AAA \($0.reason.code)); \(advice($0.followUp))" }
            .joined(separator: "; ")
    }

    /// AAA04 in words.
    static func advice(_ action: EligibilityRejection.FollowUpAction) -> String {
        switch action {
        case .correctAndResubmit: "correct the inquiry and resubmit"
        case .resubmissionNotAllowed: "the payer will not accept this inquiry again"
        case .resubmissionAllowed: "resubmit the same inquiry"
        case .waitThirtyDays: "wait 30 days and resubmit"
        case .waitTenDays: "wait 10 days and resubmit"
        case .doNotResubmit: "do not resubmit: the payer will answer"
        case .other(let code): "follow-up code \(code)"
        }
    }
}
