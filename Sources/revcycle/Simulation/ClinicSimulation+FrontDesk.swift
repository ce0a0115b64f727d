import Foundation
import RevCycleCore
import RevCycleHost

/// The front desk of the simulated clinic: registration, coverage, scheduling, eligibility, estimates and check-in.
extension ClinicSimulation.Session {
    /// Registration, scheduling (today's walk-ins and tomorrow's appointments), eligibility, estimates, check-in.
    mutating func frontDesk(day: Int) throws {
        // Appointments for the next clinic day are made today; today's visits not booked yesterday walk in.
        let next = (day + 1..<simulation.days).first { !date($0).isWeekend }
        for index in patients.indices where patients[index].patientID == nil
            && patients[index].visitDays.contains(where: { $0 <= (next ?? day) }) {
            try register(index)
        }
        for index in patients.indices {
            for visitDay in patients[index].visitDays {
                if visitDay == day, scheduled[day]?.contains(where: { $0.patient == index }) != true {
                    try schedule(index, on: day, walkIn: true)
                } else if let next, visitDay == next {
                    try schedule(index, on: next, walkIn: false)
                }
            }
        }
        for visit in scheduled[day] ?? [] { try checkIn(visit) }
    }

    mutating func register(_ index: Int) throws {
        let patient = patients[index]
        // Half give an email address (email is then an allowed channel for billing messages).
        let email = random.chance(0.5) ? ["--email", "\(patient.given).\(patient.family).\(patient.mrn)@example.com".lowercased()] : []
        let output = try step(["access", "register", "--mrn", patient.mrn, "--family", patient.family, "--given", patient.given,
                               "--birth-date", patient.birthDate, "--sex", patient.sex, "--address-line1", patient.addressLine1,
                               "--city", patient.city, "--state", "IL", "--zip", patient.zip, "--phone", patient.phone]
                              + email + ["--user", "fdesk", "--format", "csv"])
        guard let row = Self.rows(output).first, let id = row["patient"], let guarantor = row["guarantor"] else {
            throw SimulationError(message: "day \(day + 1): registration printed no patient id: \(output)")
        }
        patients[index].patientID = id
        patients[index].guarantorID = guarantor
        counts.registered += 1
        // Two in five agree at registration to billing texts (TCPA consent, recorded with its date).
        if random.chance(0.4), !textConsented.contains(guarantor) {
            try step(["collections", "contact", "preferences", "--guarantor", guarantor, "--text-consent", "\(date(day))", "--user", "coll"])
            textConsented.insert(guarantor)
            counts.textConsents += 1
        }
        let effective = "\(date(0).year)-01-01"
        switch patient.insurance {
        case .selfPay:
            break
        case .commercial(let member):
            try addCoverage(id, payer: "AETNA", member: member, priority: "primary", effective: effective)
        case .medicare(let member, let secondary):
            try addCoverage(id, payer: "MEDICARE", member: member, priority: "primary", effective: effective)
            if let secondary { try addCoverage(id, payer: "AETNA", member: secondary, priority: "secondary", effective: effective) }
        }
    }

    mutating func addCoverage(_ patient: String, payer: String, member: String, priority: String, effective: String) throws {
        try step(["access", "coverage", "add", "--patient", patient, "--payer", payer, "--member-id", member,
                  "--subscriber-relationship", "self", "--priority", priority, "--effective", effective, "--user", "fdesk"])
        counts.coverageAdded += 1
    }

    mutating func schedule(_ index: Int, on visitDay: Int, walkIn: Bool) throws {
        guard let patientID = patients[index].patientID else { return }
        let slot = scheduled[visitDay, default: []].count
        // 20-minute slots per provider from opening (08:00, walk-ins from 13:00) to 20:00; a busier day than
        // that double-books from the top of the schedule again, as a walk-in clinic does.
        let opening = walkIn ? 13 * 60 : 8 * 60
        let minutes = opening + 20 * ((slot / ClinicSimulation.providers.count) % ((20 * 60 - opening) / 20))
        let at = "\(date(visitDay)) \(Self.two(minutes / 60)):\(Self.two(minutes % 60))"
        let services = random.pick(ClinicSimulation.visitServices)
        let output = try step(["access", "appointment", "schedule", "--patient", patientID,
                               "--provider", ClinicSimulation.providers[slot % ClinicSimulation.providers.count], "--at", at, "--location", "Main St clinic",
                               "--services", services.joined(separator: ","), "--user", "fdesk", "--format", "csv"])
        guard let appointment = Self.rows(output).first?["appointment"] else {
            throw SimulationError(message: "day \(day + 1): scheduling printed no appointment: \(output)")
        }
        scheduled[visitDay, default: []].append((appointment, index, services))
        counts.appointments += 1
        if walkIn { counts.walkIns += 1 }
        if patients[index].payerCodes != nil {
            try step(["access", "eligibility", "check", patientID, "--appointment", appointment, "--user", "fdesk"])
            counts.eligibilityChecks += 1
            // A member the payer does not find (or whose coverage ended) gets no estimate: the visit is self-pay.
            if try attempt(["access", "estimate", "create", appointment, "--user", "fdesk"]) != nil {
                counts.estimates += 1
            } else {
                patients[index].insurance = .selfPay
                counts.coverageNotVerified += 1
            }
        } else {
            if patients[index].visitDays.first == visitDay {
                try step(["access", "eligibility", "discover", patientID, "--user", "fdesk"])
                counts.discoveries += 1
            }
            let html = folder.appendingPathComponent("estimates/good-faith-estimate-\(appointment).html").path
            let diagnosis = random.pick(ClinicSimulation.diagnoses)
            if try attempt(["access", "estimate", "create", appointment, "--diagnosis", diagnosis, "--html", html, "--user", "fdesk"]) != nil {
                counts.goodFaithEstimates += 1
            } else {
                // Discovery found coverage on an earlier visit: the estimate now needs this visit's benefits, as for any insured patient.
                if try attempt(["access", "eligibility", "check", patientID, "--appointment", appointment, "--user", "fdesk"]) != nil {
                    counts.eligibilityChecks += 1
                    if try attempt(["access", "estimate", "create", appointment, "--user", "fdesk"]) != nil { counts.estimates += 1 }
                }
            }
        }
    }

    mutating func checkIn(_ visit: (appointment: String, patient: Int, services: [String])) throws {
        var output = try step(["access", "check-in", visit.appointment, "--user", "fdesk", "--format", "csv"])
        if Self.rows(output).first?["account"] == nil {
            output = try step(["access", "check-in", visit.appointment, "--pay", "card", "--card-stdin", "--user", "fdesk",
                               "--format", "csv"], input: ClinicSimulation.card)
            counts.cardPayments += 1
        }
        guard let account = Self.rows(output).first?["account"] else {
            throw SimulationError(message: "day \(day + 1): check-in of \(visit.appointment) printed no account: \(output)")
        }
        counts.checkIns += 1
        let patient = patients[visit.patient]
        try step(["billing", "diagnoses", account, "--codes", random.pick(ClinicSimulation.diagnoses), "--user", "biller"])
        for (line, code) in visit.services.enumerated() {
            var arguments = ["billing", "charge", "--account", account, "--code", code, "--user", "biller"]
            if line == 0 { arguments += ["--diagnosis-pointers", "1"] }
            if let payers = patient.payerCodes { arguments += ["--payer", payers.primary] } else { arguments.append("--self-pay") }
            try step(arguments)
            counts.charges += 1
        }
        if let payers = patient.payerCodes {
            try step(["billing", "claim", "create", account, "--user", "biller"])
            counts.claimsCreated += 1
            if payers.secondary != nil { secondaryPending[account] = 3 }
        }
    }
}
