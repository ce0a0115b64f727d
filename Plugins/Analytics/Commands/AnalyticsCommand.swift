import ArgumentParser
import RevCycleCore
import RevCycleHost

/// `revcycle analytics …`: what managers and analysts read.
struct AnalyticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics",
        abstract: "Analytics: revenue-cycle KPIs, A/R aging, monthly trends, the HTML dashboard.",
        subcommands: [KPICommand.self, Aging.self, TrendCommand.self, DashboardCommand.self, PropensityCommand.self, VerifyCommand.self, BenchmarkCommand.self])

    struct Aging: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A/R aging buckets (0-30, 31-60, 61-90, 91-120, >120 days from service) by liability.",
            discussion: """
                Computed from the ledger's balances on every run; credits are shown apart, not
                netted.

                Examples:
                  revcycle analytics aging
                  revcycle analytics aging --as-of 2026-12-31 --format csv
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Age balances as of this date (default: today at the site).") var asOf: String?

        static let buckets: [(String, ClosedRange<Int>)] = [
            ("0-30", 0...30), ("31-60", 31...60), ("61-90", 61...90), ("91-120", 91...120), (">120", 121...Int.max),
        ]

        func run() throws {
            let context = try CommandContext.open(options, module: "analytics", action: "analytics.aging", roles: [.analyst])
            let asOf = try asOf.map(CalendarDate.init(parsing:)) ?? context.today
            var table: [String: [Money]] = [:]
            for receivable in try context.services.ledger.openReceivables(by: context.actor) {
                let age = max(0, receivable.serviceDate.days(until: asOf))
                guard let column = Self.buckets.firstIndex(where: { $0.1.contains(age) }) else { continue }
                for (liability, amount) in receivable.balances.byLiability {
                    let row = liability == .credit ? "credit" : liability == .patient ? "patient" : liability.description
                    table[row, default: Array(repeating: .zero, count: Self.buckets.count)][column] += amount
                }
            }
            var report = Report(columns: ["liability"] + Self.buckets.map(\.0) + ["total"])
            var totals = Array(repeating: Money.zero, count: Self.buckets.count)
            for (row, amounts) in table.sorted(by: { $0.key < $1.key }) where row != "credit" {
                report.append([.text(row)] + amounts.map(Report.Cell.money) + [.money(amounts.reduce(.zero, +))])
                for index in amounts.indices { totals[index] += amounts[index] }
            }
            report.append([.text("total owed")] + totals.map(Report.Cell.money) + [.money(totals.reduce(.zero, +))])
            if let credit = table["credit"] {
                report.append([.text("credit balances")] + credit.map(Report.Cell.money) + [.money(credit.reduce(.zero, +))])
            }
            context.emit(report)
        }
    }
}
