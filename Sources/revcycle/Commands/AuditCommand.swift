import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

/// `revcycle audit show|verify`
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show who touched which patient's data, or verify the tamper-evident audit chain.",
        subcommands: [Show.self, Verify.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show audit rows, newest first.",
            discussion: """
                Examples:
                  revcycle audit show --patient P12
                  revcycle audit show --user mlopez --denied --limit 20
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "Only rows about this patient (P12).") var patient: String?
        @Option(help: "Only rows about this account (A7).") var account: String?
        @Option(name: .customLong("by"), help: "Only rows by this user.") var byUser: String?
        @Flag(help: "Only denied attempts.") var denied = false
        @Option(help: "At most this many rows.") var limit = 50

        func run() throws {
            let context = try CommandContext.open(options, action: "audit.show", roles: [.admin])
            let query = AuditQuery(patient: try patient.map(PatientID.init(parsing:)),
                                   account: try account.map(AccountID.init(parsing:)), user: byUser,
                                   outcome: denied ? .denied : nil, limit: limit)
            let rows = try context.services.audit.records(matching: query)
            try context.auditRead("audit.show", patient: query.patient, account: query.account, detail: "\(rows.count) rows")
            var report = Report(columns: ["seq", "time", "user", "role", "site", "patient", "account", "action", "outcome", "detail"])
            let formatter = ISO8601DateFormatter()
            for row in rows {
                report.append([.number(row.sequence ?? 0), .text(formatter.string(from: row.at)), .text(row.user),
                               .text(row.role?.rawValue ?? "-"), .text(row.site), .text(row.patient?.description ?? ""),
                               .text(row.account?.description ?? ""), .text(row.action), .text(row.outcome.rawValue),
                               .text(row.detail + (row.osAccount.map { " [os: \($0)]" } ?? ""))])
            }
            context.emit(report)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the hash chain and report the first altered or missing row (exit 3).",
            discussion: "Example:\n  revcycle audit verify")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try CommandContext.open(options, action: "audit.verify", roles: [.admin])
            let result = try context.services.audit.verify()
            if let problem = result.firstBreak {
                throw RevCycleError(.integrity, "The audit trail was tampered with: \(problem).",
                                    remedy: "keep the database as evidence; restore a backup for operations")
            }
            try context.auditRead("audit.verify", detail: "\(result.rowsChecked) rows intact")
            print("The audit trail is intact: \(result.rowsChecked) rows, every link verified.")
        }
    }
}
