import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// `revcycle analytics propensity`: guarantors segmented by propensity to pay from their own history.
struct PropensityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propensity",
        abstract: "Segment guarantors by propensity to pay (high, medium, low, new) from their own history, with the points and reasons.",
        discussion: """
            RevCycle's transparent rules score each guarantor (timeliness of the first
            payment after the first statement, share of their bills paid, plan installments
            paid on time, balance, coverage); the site's analytics.propensity.score policy
            (Scripts/default/analytics.lua) has the last word. --record keeps today's
            segments: the collections worklist reads the latest one into its priority
            policy.

            Examples:
              revcycle analytics propensity
              revcycle analytics propensity --record --format csv
            """)

    @OptionGroup var options: GlobalOptions
    @Flag(help: "Keep today's segments for the collections worklist.") var record = false

    func run() throws {
        let context = try CommandContext.open(options, module: "analytics", action: "analytics.propensity", roles: [.analyst])
        let store = AnalyticsStore(database: context.services.database)
        var segments: [(GuarantorID, String, Int, String)] = []
        var report = Report(columns: ["guarantor", "segment", "points", "rules' segment", "why"])
        for history in try store.guarantorHistories(site: context.actor.site, on: context.today) {
            let assessment = PropensityRules.assess(history)
            let decision = try context.services.decide("analytics.propensity.score", payload: [
                "guarantor": .string(history.guarantor.description), "statements_sent": .integer(Int64(history.statementsSent)),
                "days_to_first_payment": .integer(Int64(history.daysFromFirstStatementToFirstPayment ?? -1)),
                "share_paid_basis_points": .integer(Int64(history.sharePaidBasisPoints ?? 0)),
                "installments_due": .integer(Int64(history.installmentsDue)), "installments_on_time": .integer(Int64(history.installmentsPaidOnTime)),
                "balance_cents": .integer(history.currentBalance.cents), "coverage": .string(history.coverage.rawValue),
                "rule_segment": .string(assessment.segment.rawValue), "rule_points": .integer(Int64(assessment.points)),
            ])
            let segment = decision["segment"]?.stringValue ?? assessment.segment.rawValue
            let reason = decision["reason"]?.stringValue ?? ""
            let why = ([reason] + assessment.reasons.map(\.description)).filter { !$0.isEmpty }.joined(separator: "; ")
            segments.append((history.guarantor, segment, assessment.points, String(why.prefix(500))))
            report.append([.text(history.guarantor.description), .text(segment), .number(Int64(assessment.points)),
                           .text(assessment.segment.rawValue), .text(why)])
        }
        try context.auditRead("analytics.propensity", detail: "\(segments.count) guarantor(s)")
        if record { try store.recordSegments(segments, site: context.actor.site, on: context.today, at: context.actor.at) }
        context.emit(report)
        if record { FileHandle.standardError.write(Data("Recorded \(segments.count) segment(s) for the collections worklist.\n".utf8)) }
    }
}
