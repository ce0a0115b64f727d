import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// What every analytics command shares: the date range, the facts, the site's cost figure.
struct AnalyticsRange: ParsableArguments {
    @Option(help: "First day of the range (YYYY-MM-DD; default: the first day of the month a year ago).") var from: String?
    @Option(help: "Last day of the range (YYYY-MM-DD; default: today).") var to: String?

    func range(today: CalendarDate) throws -> AnalyticsFacts.DateRange {
        let last = try to.map { try CalendarDate(parsing: $0) } ?? today
        let first = try from.map { try CalendarDate(parsing: $0) } ?? (try CalendarDate(year: last.year - 1, month: last.month, day: 1))
        guard first <= last else { throw RevCycleError(.invalidInput, "--from \(first) is after --to \(last).", at: "--from") }
        return .init(first: first, last: last)
    }

    /// The facts of the site for the range (the ledger, the event log, the modules' read models).
    static func facts(_ range: AnalyticsFacts.DateRange, context: CommandContext, withActivity: Bool = true) throws -> AnalyticsFacts {
        guard case .amountCents(let cost) = context.parameter("analytics", "annual_revenue_cycle_cost") else {
            throw RevCycleError(.configuration, "parameters.analytics.annual_revenue_cycle_cost is not an amount.")
        }
        return try AnalyticsStore(database: context.services.database).facts(
            site: context.actor.site, range: range, timeZone: context.services.site.timeZone, annualCost: cost > 0 ? Money(cents: cost) : nil,
            withActivity: withActivity)
    }
}

/// `revcycle analytics kpis`: every KPI for a date range, with the formula and its figures.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Every revenue-cycle KPI for a date range (HFMA MAP Keys first), computed from the ledger and claim history, with its formula.",
        discussion: """
            --kpi narrows to one KPI (such as net-days-in-ar, clean-claim-rate,
            initial-denial-rate) and shows its breakdown (by payer, by reason, by age);
            --drill lists the accounts, claims or plans behind its numerator and
            denominator. A KPI with nothing to divide by says "no data" and why; it is
            never a division by zero.

            Examples:
              revcycle analytics kpis --from 2026-01-01 --to 2026-12-31
              revcycle analytics kpis --kpi initial-denial-rate --format csv
              revcycle analytics kpis --kpi aged-ar-over-90 --drill
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var dates: AnalyticsRange
    @Option(help: "One KPI by its id (see the list without it).") var kpi: String?
    @Flag(help: "With --kpi: list the accounts, claims or plans behind it.") var drill = false

    func run() throws {
        let context = try CommandContext.open(options, module: "analytics", action: "analytics.kpis", roles: [.analyst])
        let range = try dates.range(today: context.today)
        // The accounts behind the ledger KPIs are read only for a drill-down.
        let facts = try AnalyticsRange.facts(range, context: context, withActivity: drill)
        var results = KPIEngine.compute(facts)
        if let kpi {
            guard let chosen = KPI.allCases.first(where: { $0.id == kpi }) else {
                throw RevCycleError(.invalidInput, "\"\(kpi)\" is not a KPI; expected one of \(KPI.allCases.map(\.id).joined(separator: ", ")).", at: "--kpi")
            }
            results = results.filter { $0.kpi == chosen }
        } else {
            results = results.filter { $0.scope == .whole }
        }
        try context.auditRead("analytics.kpis", detail: "\(range.first)..\(range.last)\(kpi.map { " \($0)" } ?? "")")
        if drill {
            var report = Report(columns: ["kpi", "scope", "part", "item"])
            for result in results {
                for item in result.drillDown.numerator { report.append([.text(result.kpi.id), .text(result.scope.description), .text("numerator"), .text(item.description)]) }
                for item in result.drillDown.denominator { report.append([.text(result.kpi.id), .text(result.scope.description), .text("denominator"), .text(item.description)]) }
            }
            context.emit(report)
            return
        }
        var report = Report(columns: ["kpi", "scope", "value", "formula"])
        for result in results {
            report.append([.text(result.kpi.id), .text(result.scope.description), .text(Self.value(result.outcome)), .text(result.formula)])
        }
        context.emit(report)
    }

    static func value(_ outcome: KPIOutcome) -> String {
        switch outcome {
        case .ratio(let ratio): ratio.description
        case .amount(let money): money.description
        case .noData: "no data"
        }
    }
}

/// `revcycle analytics verify`: the daily summary recomputed from the journal.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the daily summary the KPIs read matches the journal, day by day and bucket by bucket (exit 3 if not).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = try CommandContext.open(options, module: "analytics", action: "analytics.verify", roles: [.analyst, .admin])
        let (checked, mismatches) = try AnalyticsStore(database: context.services.database).verifySummary()
        guard mismatches.isEmpty else {
            throw RevCycleError(.integrity, "The analytics summary differs from the journal in \(mismatches.count) place(s): \(mismatches.prefix(5).joined(separator: "; ")).")
        }
        print("Checked \(checked) day and bucket totals: the summary matches the journal.")
    }
}
