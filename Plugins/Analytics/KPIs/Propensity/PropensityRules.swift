import RevCycleCore

/// RevCycle's transparent rules for a guarantor's propensity to pay: five rules give points from the
/// guarantor's own history, and the total picks the segment.
///
/// | rule | points |
/// |---|---|
/// | first payment after the first statement | ≤ 30 days +30, 31–60 +15, 61–120 0, > 120 −10, never paid −20 |
/// | share of the billed balance paid | ≥ 75% +20, 50–74.99% +10, 25–49.99% 0, < 25% −10, nothing billed 0 |
/// | plan installments paid on time | ≥ 90% +20, 50–89.99% 0, < 50% −10, no installment due 0 |
/// | balance owed now | ≤ $500 +10, ≤ $2,500 0, more −10 |
/// | coverage | insured +10, self-pay 0, Medicaid 0 |
///
/// 50 points or more is ``PropensitySegment/high``, 10 to 49 ``PropensitySegment/medium``, below 10
/// ``PropensitySegment/low``. A guarantor with no statement yet, or one statement and no payment yet (the
/// first statement's 30 days may still be running), is ``PropensitySegment/new`` with 0 points. Shares
/// are integer basis points rounded down, so 74.99% is below 75%. The `analytics.propensity.score` policy
/// receives the segment and points and may replace them.
///
/// ```swift
/// let assessment = PropensityRules.assess(history)
/// print(assessment)   // G3 high (70 points): first payment 12 days after the first statement (within 30): +30; …
/// ```
enum PropensityRules {
    static let highFrom = 50
    static let mediumFrom = 10
    static let smallBalance = Money(cents: 50_000)
    static let largeBalance = Money(cents: 250_000)

    static func assess(_ history: GuarantorHistory) -> PropensityAssessment {
        let neverPaid = history.daysFromFirstStatementToFirstPayment == nil
        if history.statementsSent == 0 || (history.statementsSent == 1 && neverPaid) {
            let words = history.statementsSent == 0
                ? "no statement sent yet: no history to judge"
                : "one statement sent and no payment yet: too early to judge"
            return PropensityAssessment(
                guarantor: history.guarantor, segment: .new, points: 0,
                reasons: [.init(rule: .history, points: 0, words: words)])
        }
        let reasons = [
            timeliness(history), sharePaid(history), planAdherence(history), balance(history), coverage(history),
        ]
        let points = reasons.reduce(0) { $0 + $1.points }
        let segment: PropensitySegment = points >= highFrom ? .high : points >= mediumFrom ? .medium : .low
        return PropensityAssessment(guarantor: history.guarantor, segment: segment, points: points, reasons: reasons)
    }

    // MARK: - The rules

    private static func timeliness(_ history: GuarantorHistory) -> PropensityAssessment.Reason {
        guard let days = history.daysFromFirstStatementToFirstPayment else {
            return .init(rule: .timeliness, points: -20, words: "no payment after \(history.statementsSent) statements")
        }
        let (points, band): (Int, String) = switch days {
        case ...30: (30, "within 30")
        case 31...60: (15, "31–60")
        case 61...120: (0, "61–120")
        default: (-10, "over 120")
        }
        let when = days <= 0
            ? "first payment at or before the first statement"
            : "first payment \(days) days after the first statement"
        return .init(rule: .timeliness, points: points, words: "\(when) (\(band))")
    }

    private static func sharePaid(_ history: GuarantorHistory) -> PropensityAssessment.Reason {
        guard let share = history.sharePaidBasisPoints else {
            return .init(rule: .sharePaid, points: 0, words: "nothing billed to the patient side yet")
        }
        let points = switch share {
        case 7_500...: 20
        case 5_000..<7_500: 10
        case 2_500..<5_000: 0
        default: -10
        }
        let percent = KPIRatio.decimalText(Int64(share), places: 2)
        return .init(
            rule: .sharePaid, points: points,
            words: "paid \(history.paidByPatient) of \(history.billedToPatient) billed (\(percent)%)")
    }

    private static func planAdherence(_ history: GuarantorHistory) -> PropensityAssessment.Reason {
        guard let onTime = history.onTimeBasisPoints else {
            return .init(rule: .planAdherence, points: 0, words: "no plan installment due yet")
        }
        let points = switch onTime {
        case 9_000...: 20
        case 5_000..<9_000: 0
        default: -10
        }
        let paid = min(max(history.installmentsPaidOnTime, 0), history.installmentsDue)
        let percent = KPIRatio.decimalText(Int64(onTime), places: 2)
        return .init(
            rule: .planAdherence, points: points,
            words: "\(paid) of \(history.installmentsDue) plan installments paid on time (\(percent)%)")
    }

    private static func balance(_ history: GuarantorHistory) -> PropensityAssessment.Reason {
        let owed = history.currentBalance
        let points = owed <= smallBalance ? 10 : owed <= largeBalance ? 0 : -10
        let band = owed <= smallBalance
            ? "\(smallBalance) or less"
            : owed <= largeBalance ? "\(largeBalance) or less" : "over \(largeBalance)"
        return .init(rule: .balance, points: points, words: "owes \(owed) now (\(band))")
    }

    private static func coverage(_ history: GuarantorHistory) -> PropensityAssessment.Reason {
        switch history.coverage {
        case .insured: .init(rule: .coverage, points: 10, words: "insured: the patient side owes cost sharing only")
        case .selfPay: .init(rule: .coverage, points: 0, words: "self-pay")
        case .medicaid:
            .init(
                rule: .coverage, points: 0, words: "Medicaid: little patient liability; screen for financial assistance")
        }
    }
}
