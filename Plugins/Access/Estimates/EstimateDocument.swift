import Foundation
import RevCycleCore

/// The estimate a patient receives, as plain text (for the terminal, a letter or a portal message)
/// and as a print-ready, self-contained HTML page. Two kinds: an insured estimate from the plan's
/// benefits, and a No Surprises Act good-faith estimate for uninsured and self-pay patients.
struct EstimateDocument: Sendable {
    var facility: Facility
    var patientName: String
    var patientBirthDate: CalendarDate
    var appointment: Appointment
    var providerName: String
    var issuedOn: CalendarDate
    var adjustment: EstimateAdjustment
    var content: Content
    /// The primary payer an insured estimate used.
    var payer: PayerCode?

    enum Content: Sendable {
        case insured(PatientEstimate, payerName: String, verifiedOn: CalendarDate)
        case goodFaith(GoodFaithEstimate)
    }

    var isGoodFaith: Bool { if case .goodFaith = content { true } else { false } }

    var goodFaithDeadline: GoodFaithEstimateDeadline? {
        if case .goodFaith(let estimate) = content { estimate.deadline } else { nil }
    }

    /// Whether a good-faith estimate issued `today` misses its No Surprises Act deadline.
    func isLate(on today: CalendarDate) -> Bool {
        goodFaithDeadline?.dueDate.map { today > $0 } ?? false
    }

    /// The lines as kept with the estimate (JSON), so the final bill can be compared line by line.
    var linesJSON: String {
        struct Line: Encodable {
            var code: String, description: String, charge_cents: Int64, allowed_cents: Int64, patient_cents: Int64
            var provider_npi: String?
        }
        let lines: [Line] = switch content {
        case .insured(let estimate, _, _):
            estimate.lines.map { Line(code: $0.line.serviceCode, description: $0.line.description, charge_cents: $0.line.grossCharge.cents,
                                      allowed_cents: $0.allowed.cents, patient_cents: $0.patientTotal.cents) }
        case .goodFaith(let estimate):
            estimate.items.map { Line(code: $0.serviceCode, description: $0.description, charge_cents: $0.expectedCharge.cents,
                                      allowed_cents: $0.expectedCharge.cents, patient_cents: $0.expectedCharge.cents,
                                      provider_npi: $0.npi.digits) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(lines)) ?? Data("[]".utf8), as: UTF8.self)
    }

    var title: String {
        switch content {
        case .insured: "Estimate of your costs"
        case .goodFaith: "Good Faith Estimate"
        }
    }

    /// What the patient is expected to pay, after the site's adjustment.
    var patientShare: Money {
        switch content {
        case .insured(let estimate, _, _): estimate.patientTotal + adjustment.amount
        case .goodFaith(let estimate): estimate.total + adjustment.amount
        }
    }

    var totalCharges: Money {
        switch content {
        case .insured(let estimate, _, _): estimate.lines.reduce(.zero) { $0 + $1.line.grossCharge }
        case .goodFaith(let estimate): estimate.total
        }
    }

    var insuranceShare: Money {
        if case .insured(let estimate, _, _) = content { return estimate.insuranceExpected }
        return .zero
    }

    // MARK: - Text

    var text: String {
        var lines = [title.uppercased(), facilityLine, facility.address.singleLine + (facility.phone.map { " · \($0)" } ?? ""), ""]
        lines.append("Patient: \(patientName)    Date of birth: \(patientBirthDate)")
        lines.append("Visit: \(appointment.date) \(appointment.time) with \(providerName), \(appointment.location) (appointment \(appointment.id))")
        lines.append("Issued: \(issuedOn)")
        switch content {
        case .insured(let estimate, let payer, let verifiedOn):
            lines.append("Insurance: \(payer), benefits verified \(verifiedOn)")
            lines.append("")
            let header = ["Code", "Service", "Charge", "Plan allows", "Copay", "Deductible", "Coinsurance", "You pay"]
            let rows = estimate.lines.map { line in
                [line.line.serviceCode, line.line.description, line.line.grossCharge.description, line.allowed.description,
                 line.copay.description, line.deductible.description, line.coinsurance.description, line.patientTotal.description]
            }
            lines += Self.table(header, rows)
            lines.append("")
            for line in estimate.lines { lines.append("\(line.line.serviceCode): \(line.explanation)") }
            lines.append("")
            lines.append("Your plan is expected to pay \(estimate.insuranceExpected).")
            if let remaining = estimate.outOfPocketRemainingAfter {
                lines.append("After this visit: deductible left \(estimate.deductibleRemainingAfter), out-of-pocket left \(remaining).")
            }
        case .goodFaith(let estimate):
            lines.append("Primary service: \(estimate.serviceDescription) (\(estimate.primaryServiceCode)), \(estimate.serviceDateText)")
            lines.append("Diagnosis codes: \(estimate.diagnosisCodes.isEmpty ? "none given" : estimate.diagnosisCodes.joined(separator: ", "))")
            lines.append(estimate.deadline.explanation)
            lines.append("")
            let header = ["Provider or facility", "NPI", "TIN", "Code", "Service", "Qty", "Expected charge"]
            let rows = estimate.items.map { item in
                [item.providerName, item.npi.digits, item.tin.description, item.serviceCode, item.description, String(item.quantity),
                 item.expectedCharge.description]
            }
            lines += Self.table(header, rows)
            lines.append("")
            lines.append("Total expected charges: \(estimate.total)")
        }
        if !adjustment.amount.isZero {
            lines.append("Adjustment: \(adjustment.amount)\(adjustment.note.isEmpty ? "" : " (\(adjustment.note))")")
        }
        lines.append("YOU ARE EXPECTED TO PAY: \(patientShare)")
        lines.append("")
        for paragraph in disclaimers { lines.append("* " + paragraph) }
        return lines.joined(separator: "\n") + "\n"
    }

    private var facilityLine: String { "\(facility.name) · NPI \(facility.npi) · TIN \(facility.tin)" }

    var disclaimers: [String] {
        switch content {
        case .insured(_, let payer, _):
            [
                "This is an estimate, not a bill or a guarantee. It uses the benefits \(payer) reported and the services planned; what you owe is decided when your insurance processes the claim.",
                "Your share may change if services are added or removed, or if other claims reach your plan before this one.",
                "If you cannot pay in full, ask us about a payment plan or financial assistance.",
            ]
        case .goodFaith:
            GoodFaithEstimate.disclaimers + ["If you cannot pay in full, ask us about a payment plan or financial assistance."]
        }
    }

    /// Left-aligned columns; amounts stay as their own text.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingTrailingSpaces()
        }
        return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
