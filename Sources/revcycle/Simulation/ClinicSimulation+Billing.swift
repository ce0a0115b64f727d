import Foundation
import RevCycleCore
import RevCycleHost

/// The simulated biller: claims, secondary claims, scrubbing and sending, denials worked by reason, status inquiries.
extension ClinicSimulation.Session {
    /// Secondary claims after the primary's 835, scrubbing, submission (the sandbox answers), denials worked.
    mutating func billing(day: Int) throws {
        for account in secondaryPending.keys.sorted() {
            if try attempt(["billing", "claim", "create", account, "--priority", "secondary", "--user", "biller"]) != nil {
                counts.secondaryClaims += 1
                secondaryPending[account] = nil
            } else {
                secondaryPending[account]! -= 1
                if secondaryPending[account]! <= 0 { secondaryPending[account] = nil }
            }
        }
        try scrubAndSubmit()
        let denied = Self.rows(try step(["billing", "denials", "--user", "biller", "--format", "csv"]))
        var corrected = false
        for row in denied {
            guard let claim = row["claim"], !workedDenials.contains(claim) else { continue }
            workedDenials.insert(claim)
            counts.denials += 1
            let reasons = row["reasons"] ?? ""
            // Lapsed coverage (CO-27): the visit's share moves to the patient. Missing information (CO-16) is
            // corrected and sent again, once. Anything else (a bundled line, CO-97, with the records that
            // support billing it apart), or a correction denied again, is appealed.
            if reasons.hasPrefix("CO-27"), let account = row["account"], let payer = row["payer"] {
                if try attempt(["billing", "transfer", "--account", account, "--from", "insurance:\(payer)",
                                "--to", "patient", "--key", "sim-co27-\(claim)", "--user", "biller"]) != nil {
                    counts.transfersToPatient += 1
                }
                continue
            }
            if reasons.hasPrefix("CO-16"), let account = row["account"], !correctedAccounts.contains(account) {
                correctedAccounts.insert(account)
                if try attempt(["billing", "claim", "correct", claim, "--reason", "missing information supplied", "--user", "biller"]) != nil {
                    counts.corrected += 1
                    corrected = true
                }
                continue
            }
            if !appealed.contains(claim),
               try attempt(["billing", "claim", "appeal", claim, "--note", "medical records sent, ref SIM-APL-\(claim)",
                            "--user", "biller"]) != nil {
                appealed.insert(claim)
                counts.appeals += 1
            }
        }
        if corrected { try scrubAndSubmit() }
        // Mondays: a claim status inquiry (276) for claims the payer has not answered in two weeks.
        if date(day).isoWeekday == 1 {
            let asked = Self.rows(try step(["billing", "claim", "status", "--older-than", "14", "--user", "biller", "--format", "csv"]))
            counts.statusInquiries += asked.filter { !($0["claim"] ?? "").isEmpty }.count
        }
    }

    mutating func scrubAndSubmit() throws {
        let scrub = Self.rows(try step(["billing", "claim", "scrub", "--all", "--user", "biller", "--format", "csv"]))
        let clean = Set(scrub.filter { $0["state"] == "scrubbed" }.compactMap { $0["claim"] })
        counts.scrubbedClean += clean.count
        counts.scrubEdits += Set(scrub.compactMap { $0["claim"] }).subtracting(clean).count
        guard !clean.isEmpty else { return }
        let sent = try step(["billing", "claim", "submit", "--user", "biller", "--format", "csv"])
        for line in sent.split(separator: "\n") {
            if line.contains(".837,") { counts.submissions += 1 }
            if line.contains(",999,") || line.contains(",277,") { counts.ackFiles += 1 }
            if line.contains(",835,") { counts.remittances += 1 }
        }
    }
}
