import Foundation
import RevCycleCore
import RevCycleHost

/// The simulated collectors and counselor: statements, plans, contacts, agency placement, assistance and credits.
extension ClinicSimulation.Session {
    /// Statements on cadence and the daily plan run every day; on weekdays the collector works the
    /// worklist, offers plans, takes assistance applications and applies credits.
    mutating func collections(day: Int) throws {
        let statements = try step(["collections", "statements", "run", "--out", folder.appendingPathComponent("statements").path,
                                   "--user", "coll", "--format", "csv"])
        counts.statements += Self.rows(statements).filter { !($0["statement"] ?? "").isEmpty }.count
        let planRun = Self.rows(try step(["collections", "plan", "run", "--user", "coll", "--format", "csv"]))
        counts.planRuns += 1
        counts.planDefaults += planRun.filter { $0["action"] == "default" }.count
        guard !date(day).isWeekend else { return }
        let worklist = Self.rows(try step(["collections", "worklist", "--user", "coll", "--format", "csv"]))
        let guarantors = worklist.compactMap { $0["guarantor"] }
        for guarantor in guarantors.prefix(2) {
            // A text to those who consented to billing texts, an email now and then, else a call.
            let channel = textConsented.contains(guarantor) && random.chance(0.5) ? "text" : random.chance(0.2) ? "email" : "call"
            let outcome = channel == "call" ? random.pick(["no-answer", "left-message", "conversation", "no-answer"]) : "message-sent"
            if try attempt(["collections", "contact", "log", "--guarantor", guarantor, "--channel", channel, "--outcome", outcome,
                            "--note", "simulated \(channel)", "--user", "coll"]) != nil {
                counts.contacts += 1
                if channel == "text" { counts.texts += 1 }
                if channel == "email" { counts.emails += 1 }
            } else {
                counts.contactRefusals += 1
            }
        }
        // Fridays: visits 501(r) now lets go to the agency (120 days after the first statement, past the final notice).
        if date(day).isoWeekday == 5 {
            let file = folder.appendingPathComponent("agency/placement-\(date(day)).csv").path
            if let placed = try attempt(["collections", "agency", "place", "--agency", "ACME", "--out", file, "--user", "coll",
                                         "--format", "csv"]) {
                let count = Self.rows(placed).filter { $0["placed"] == "yes" }.count
                counts.agencyPlacements += count
                if count == 0 { try? FileManager.default.removeItem(atPath: file) }  // keep only files that placed something
            }
        }
        if day % 7 == 3, let guarantor = guarantors.first(where: { !planned.contains($0) && !assisted.contains($0) }) {
            planned.insert(guarantor)
            // Most cards keep working; some are declined at once; some expire after the first month (the plan defaults).
            let card = random.chance(0.6) ? ClinicSimulation.card : random.chance(0.5) ? expiringCard : ClinicSimulation.declinedCard
            if try attempt(["collections", "plan", "create", "--guarantor", guarantor, "--months", "3", "--card-stdin",
                            "--authorization", "signed-form:SIM-\(guarantor)", "--user", "coll"], input: card) != nil {
                counts.plansCreated += 1
            }
        }
        if day % 7 == 1, let guarantor = guarantors.last(where: { !planned.contains($0) && !assisted.contains($0) }) {
            assisted.insert(guarantor)
            let income = random.pick(["24000.00", "31000.00", "52000.00"])
            if let received = try attempt(["counseling", "application", "receive", "--guarantor", guarantor, "--household", "3",
                                           "--income", income, "--state", "IL",
                                           "--documents", "proof-of-income,photo-id,household-members", "--user", "counsel", "--format", "csv"]) {
                counts.faApplications += 1
                if let application = Self.rows(received).first.flatMap({ $0["application"] }),
                   try attempt(["counseling", "application", "decide", application, "--user", "counsel"]) != nil {
                    counts.faDecided += 1
                }
            }
        }
        let credits = Self.rows(try step(["collections", "credits", "list", "--user", "coll", "--format", "csv"]))
        for credit in credits {
            guard let visit = credit["visit"] else { continue }
            if !(credit["other visits owing"] ?? "").isEmpty {
                if try attempt(["collections", "credits", "apply", "--from", visit, "--user", "coll"]) != nil { counts.creditsApplied += 1 }
            } else if date(day).isoWeekday == 5,
                      let requested = try attempt(["collections", "credits", "refund", "--account", visit,
                                                   "--reason", "Credit balance after the visit was paid", "--user", "coll",
                                                   "--format", "csv"]) {
                counts.refundsRequested += 1
                let line = requested.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
                if let request = CSVTable.split(line)?.first,
                   try attempt(["collections", "credits", "approve", request, "--user", "coll2"]) != nil {
                    counts.refundsApproved += 1
                }
            }
        }
    }

    /// A card that works at the start and expires at the end of the first simulated month.
    var expiringCard: String {
        "4242424242424242 \(Self.two(simulation.start.month))/\(Self.two(simulation.start.year % 100)) 123"
    }
}
