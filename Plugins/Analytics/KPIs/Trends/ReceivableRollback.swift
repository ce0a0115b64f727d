import RevCycleCore

/// Rebuilds each account's receivables at an earlier day of the range from the balances at the range's
/// end, by taking back the account activity posted after that day.
///
/// A balance at day D is the balance at the range's end less what was posted to it after D, so the
/// rebuild is exact when the account activity is complete. It is checked first: for every day after D,
/// the activity in each `ar:` bucket must add up to the ledger's daily total for that bucket. When it
/// doesn't (or the activity was not given), the rebuild is refused with the first difference, and the
/// month's A/R figures say "no data" rather than show the range's end balances as if they were older.
/// A balance that is gone by the range's end takes its guarantor and date of service from the activity and
/// counts as billed; one still open keeps the billed flag it has at the end.
enum ReceivableRollback {
    enum Outcome: Sendable, Hashable {
        case rebuilt([AnalyticsFacts.Receivable])
        case unavailable(reason: String)
    }

    static func receivables(at day: CalendarDate, from facts: AnalyticsFacts) -> Outcome {
        let end = facts.range.last
        guard day < end else { return .rebuilt(facts.receivables) }
        guard day >= facts.range.first.adding(days: -1) else {
            return .unavailable(reason: "\(day) is before the range, and account activity covers the range only")
        }
        let later = AnalyticsFacts.DateRange(first: day.adding(days: 1), last: end)
        if let difference = firstDifference(after: day, in: later, facts) { return .unavailable(reason: difference) }

        struct Key: Hashable { let account: AccountID; let bucket: String }
        var balances: [Key: AnalyticsFacts.Receivable] = [:]
        for receivable in facts.receivables {
            let key = Key(account: receivable.account, bucket: receivable.bucket)
            if var existing = balances[key] {
                existing.amount += receivable.amount
                balances[key] = existing
            } else {
                balances[key] = receivable
            }
        }
        for activity in facts.accountActivity where later.contains(activity.date) && isReceivable(activity.bucket) {
            let key = Key(account: activity.account, bucket: activity.bucket)
            var balance = balances[key] ?? AnalyticsFacts.Receivable(
                account: activity.account, guarantor: activity.guarantor, serviceDate: activity.serviceDate,
                bucket: activity.bucket, amount: .zero)
            balance.amount -= activity.amount
            balances[key] = balance
        }
        let rebuilt = balances.values.filter { !$0.amount.isZero }.sorted {
            ($0.account, $0.bucket) < ($1.account, $1.bucket)
        }
        return .rebuilt(rebuilt)
    }

    /// The first day and bucket (in date, then code order) where the account activity and the ledger's
    /// daily totals disagree, in words; `nil` when they agree on every `ar:` bucket on every day.
    private static func firstDifference(
        after day: CalendarDate, in later: AnalyticsFacts.DateRange, _ facts: AnalyticsFacts
    ) -> String? {
        struct Cell: Hashable, Comparable {
            let date: CalendarDate
            let bucket: String
            static func < (lhs: Self, rhs: Self) -> Bool { (lhs.date, lhs.bucket) < (rhs.date, rhs.bucket) }
        }
        var ledger: [Cell: Money] = [:]
        for (date, buckets) in facts.dailyTotals where later.contains(date) {
            for (bucket, amount) in buckets where isReceivable(bucket) {
                ledger[Cell(date: date, bucket: bucket), default: .zero] += amount
            }
        }
        var activity: [Cell: Money] = [:]
        for row in facts.accountActivity where later.contains(row.date) && isReceivable(row.bucket) {
            activity[Cell(date: row.date, bucket: row.bucket), default: .zero] += row.amount
        }
        let cells = Set(ledger.keys).union(activity.keys).sorted()
        guard let cell = cells.first(where: { ledger[$0] ?? .zero != activity[$0] ?? .zero }) else { return nil }
        return "balances at \(day) can't be rebuilt: account activity on \(cell.date) adds up to "
            + "\(activity[cell] ?? .zero) in \(cell.bucket) but the ledger's daily total is \(ledger[cell] ?? .zero)"
    }

    private static func isReceivable(_ bucket: String) -> Bool { bucket.hasPrefix("ar:") }
}
