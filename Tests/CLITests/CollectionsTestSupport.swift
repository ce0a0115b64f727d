import Foundation
import RevCycleCore
import Testing

/// A RevCycle home for collections scenarios: a settable clock, and commands run "on" a day.
struct CollectionsHome {
    let cli: CLIRunner
    /// Day 0 of the scenario.
    let start: CalendarDate

    /// A home with one self-pay patient (P1, guarantor G1, visit A1 on `serviceDate`) owing `amount`;
    /// `siteScripts` (file name → Lua) load after the default scripts, overriding their policies.
    static func selfPay(amount: String = "1200.00", serviceDate: String = "2026-01-02", start: String = "2026-01-05",
                        parameters: [String] = [], textConsent: Bool = false,
                        siteScripts: [String: String] = [:]) throws -> CollectionsHome {
        let cli = try CLIRunner.initialised(siteScripts: siteScripts.isEmpty ? [] : [try CLIRunner.scriptFolder(siteScripts)])
        let config = cli.home.appendingPathComponent("config/revcycle.yaml")
        try (try String(contentsOf: config, encoding: .utf8) + "\nclock: settable\n").write(to: config, atomically: true, encoding: .utf8)
        try cli.expectSuccess("users", "add", "coll2", "--role", "collections")
        if !parameters.isEmpty {
            let site = cli.home.appendingPathComponent("config/sites/default.yaml")
            let text = try String(contentsOf: site, encoding: .utf8)
                .replacingOccurrences(of: "parameters: {}", with: "parameters:\n  collections:\n" + parameters.map { "    \($0)" }.joined(separator: "\n"))
            try text.write(to: site, atomically: true, encoding: .utf8)
        }
        let home = CollectionsHome(cli: cli, start: try CalendarDate(parsing: start))
        var register = ["access", "register", "--mrn", "100234", "--family", "Rivera", "--given", "Ana", "--birth-date", "1984-03-09", "--sex", "F",
                        "--address-line1", "742 Evergreen Ter", "--city", "Springfield", "--state", "IL", "--zip", "62704",
                        "--phone", "(312) 555-0142", "--user", "fdesk"]
        if textConsent { register.append("--text-consent") }
        try home.on(0, register)
        try home.on(0, ["access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", serviceDate, "--user", "fdesk"])
        try home.on(0, ["billing", "charge", "--account", "A1", "--code", "99214", "--amount", amount, "--self-pay", "--user", "biller"])
        return home
    }

    func date(_ day: Int) -> CalendarDate { start.adding(days: day) }

    /// Runs a command on scenario day `day` at `time` UTC (the site is America/Chicago); expects success.
    @discardableResult
    func on(_ day: Int, at time: String = "16:00:00Z", _ arguments: [String],
            sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Outcome {
        let outcome = try attempt(day, at: time, arguments)
        #expect(outcome.exitCode == 0, "day \(day): revcycle \(arguments.joined(separator: " ")) failed:\n\(outcome.stderr)\n\(outcome.stdout)",
                sourceLocation: sourceLocation)
        return outcome
    }

    /// Runs a command on scenario day `day`, whatever its outcome.
    func attempt(_ day: Int, at time: String = "16:00:00Z", _ arguments: [String]) throws -> CLIRunner.Outcome {
        try cli.run(arguments, environment: ["REVCYCLE_NOW": "\(date(day))T\(time)"])
    }

    /// The rows of a `--format csv` listing, without the header.
    func rows(_ day: Int, _ arguments: [String]) throws -> [[String]] {
        let outcome = try on(day, arguments + ["--format", "csv"])
        return outcome.stdout.split(separator: "\n").dropFirst().map { line in
            CSVTable.split(String(line)) ?? []
        }
    }

    /// Opens P1's next self-pay visit (guarantor G1), which the caller knows will be `account`, charged `amount`.
    func openVisit(_ day: Int, account: String, serviceDate: String, amount: String,
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let opened = try on(day, ["access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", serviceDate,
                                  "--user", "fdesk"], sourceLocation: sourceLocation)
        #expect(opened.stdout.contains(account), "expected visit \(account): \(opened.stdout)", sourceLocation: sourceLocation)
        try on(day, ["billing", "charge", "--account", account, "--code", "99213", "--amount", amount, "--self-pay", "--user", "biller"],
               sourceLocation: sourceLocation)
    }

    /// What the patient owes on a visit and the credit it holds, as `ledger show` prints them ("1200.00", "-50.00").
    struct VisitBalance: Equatable, CustomStringConvertible {
        var patient: String
        var credit: String
        var description: String { "owes \(patient), credit \(credit)" }
    }

    /// Each of G1's visits with its balance (`ledger show G1`), keyed by visit ("A1").
    func balances(_ day: Int) throws -> [String: VisitBalance] {
        var balances: [String: VisitBalance] = [:]
        for row in try rows(day, ["ledger", "show", "G1", "--user", "coll"]) where row.count == 5 {
            balances[row[0]] = VisitBalance(patient: row[2], credit: row[3])
        }
        return balances
    }

    /// A file in the home's folder with `text`, for imports; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = cli.home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The file at `path`'s lines.
    func lines(of path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
