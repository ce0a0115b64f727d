import RevCycleCore

/// Patient access and patient balance KPIs: insurance verification, plan defaults, time to collect.
extension KPIEngine {
    /// Insured encounters verified ÷ insured encounters with a date of service in the range.
    ///
    /// MAP Key PA-2 divides by all registered encounters; an uninsured encounter has nothing to verify, so
    /// RevCycle counts insured encounters only (the brief's definition).
    func insuranceVerificationRate() -> KPIResult {
        let insured = facts.encounters.filter { facts.range.contains($0.serviceDate) && $0.insured }
        let verified = insured.filter(\.verified)
        return measure(
            .insuranceVerificationRate, .count(verified.count), over: .count(insured.count),
            noDataReason: "no insured encounters had a date of service \(rangeText)",
            drillDown: DrillDown(numerator: verified.map(\.reference), denominator: insured.map(\.reference))
        ) { ratio in
            "\(Self.counted(verified.count, "insured encounter")) verified ÷ "
                + "\(Self.counted(insured.count, "insured encounter")) \(rangeText) = \(ratio)"
        }
    }

    /// Plans created in the range that defaulted by ``plansObservedThrough`` ÷ plans created in the range.
    func planDefaultRate() -> KPIResult {
        let created = facts.plans.filter { facts.range.contains($0.createdOn) }
        let defaulted = created.filter { plan in plan.defaultedOn.map { $0 <= plansObservedThrough } ?? false }
        return measure(
            .planDefaultRate, .count(defaulted.count), over: .count(created.count),
            noDataReason: "no payment plans were created \(rangeText)",
            drillDown: DrillDown(numerator: defaulted.map(\.reference), denominator: created.map(\.reference))
        ) { ratio in
            "\(Self.counted(defaulted.count, "plan")) defaulted by \(plansObservedThrough) ÷ "
                + "\(Self.counted(created.count, "plan")) created \(rangeText) = \(ratio)"
        }
    }

    /// Average days from the date of service to the day the patient balance reached zero, with the median
    /// as the one finer result. A balance paid off before its date of service counts 0 days.
    func timeToCollect() -> KPIResult {
        let collected = facts.collectedBalances.filter { facts.range.contains($0.paidOffOn) }
        let days = collected.map { max(0, $0.serviceDate.days(until: $0.paidOffOn)) }
        let drillDown = DrillDown(numerator: collected.map(\.reference), denominator: collected.map(\.reference))
        let noData = "no patient balances reached zero \(rangeText)"
        let median = medianDays(days.sorted(), drillDown: drillDown, noData: noData)
        let total = days.reduce(0, +)
        return measure(
            .timeToCollect, .count(total), over: .count(collected.count), unit: .days(per: 1),
            noDataReason: noData, drillDown: drillDown, breakdown: [median]
        ) { ratio in
            "\(total) days from service to zero balance ÷ \(Self.counted(collected.count, "balance")) paid off "
                + "\(rangeText) = \(ratio) on average" + (median.ratio.map { " (median \($0))" } ?? "")
        }
    }

    /// The middle value, or the mean of the two middle values, held exactly as a ratio over 1 or 2.
    private func medianDays(_ sorted: [Int], drillDown: DrillDown, noData: String) -> KPIResult {
        let middle = sorted.count / 2
        let isOdd = sorted.count % 2 == 1
        let (sum, count) = isOdd
            ? (sorted[middle], 1)
            : sorted.isEmpty ? (0, 0) : (sorted[middle - 1] + sorted[middle], 2)
        return measure(
            .timeToCollect, scope: .median, .count(sum), over: .count(count), unit: .days(per: 1),
            noDataReason: noData, drillDown: drillDown
        ) { ratio in
            let figures = isOdd ? "\(sum) days" : "(\(sorted[middle - 1]) + \(sorted[middle])) ÷ 2 days"
            return "median of \(Self.counted(sorted.count, "balance")): \(figures) = \(ratio)"
        }
    }
}
