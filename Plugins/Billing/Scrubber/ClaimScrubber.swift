import RevCycleCore
import RevCycleHost

/// The built-in claim edits a clearinghouse or payer would otherwise reject a claim for: required
/// data, NPI check digits, diagnosis pointers, dates, the payer's timely-filing window, duplicates and
/// modifier sanity. Site edits (`billing.claim.scrub`) run after these.
struct ClaimScrubber {
    /// What the scrubber looks at besides the claim.
    struct Facts {
        var claim: Claim
        var coverage: Coverage
        var payer: PayerSettings?
        var facility: Facility?
        var providers: [NationalProviderID: Provider]
        var diagnoses: [DiagnosisCode]
        var patient: PatientSummary
        var demographics: PatientDemographics?
        var today: CalendarDate
        /// Other live claims of the same encounter and payer (for the duplicate edit).
        var otherClaims: [Claim]
    }

    /// Days before the timely-filing limit at which a claim is flagged.
    static let timelyFilingWarningDays = 15

    static func edits(_ facts: Facts) -> [ScrubEdit] {
        var edits: [ScrubEdit] = []
        let claim = facts.claim
        // Required data.
        if facts.payer?.payerID == nil {
            edits.append(.error("payer-id", "Payer \(claim.payer) has no X12 payer id (payer_id) to address the claim to."))
        }
        if facts.facility == nil {
            edits.append(.error("billing-provider", "The site has no facility (name, NPI, tax id, address) to bill as."))
        }
        if facts.demographics?.address == nil {
            edits.append(.error("subscriber-address", "The patient has no address on file; the 837P needs the subscriber's address (loop 2010BA)."))
        }
        if let sex = facts.demographics?.sex, sex == .unknown || sex == .nonBinary {
            edits.append(.warning("patient-sex", "The patient's sex is \(sex.rawValue); the 837P sends U, which some payers reject."))
        }
        if !facts.coverage.isActive(on: claim.serviceDate) {
            edits.append(.error("coverage-dates", "Coverage C\(claim.coverage) with \(claim.payer) is not in force on \(claim.serviceDate)."))
        }
        // Diagnoses and pointers.
        if facts.diagnoses.isEmpty {
            edits.append(.error("diagnosis-missing", "The encounter has no diagnosis codes; set them with revcycle billing diagnoses."))
        }
        for (number, line) in claim.lines.enumerated() {
            let label = "Line \(number + 1) (\(line.code))"
            if line.diagnosisPointers.isEmpty {
                edits.append(.error("diagnosis-pointer", "\(label) points to no diagnosis."))
            }
            for pointer in line.diagnosisPointers where !(1...facts.diagnoses.count).contains(pointer) {
                edits.append(.error("diagnosis-pointer", "\(label) points to diagnosis \(pointer), but the encounter has \(facts.diagnoses.count)."))
            }
            if facts.providers[line.renderingProvider] == nil {
                edits.append(.error("rendering-provider", "\(label): rendering provider \(line.renderingProvider) is not listed for the site."))
            }
            if line.serviceDate > facts.today {
                edits.append(.error("service-date", "\(label): the date of service \(line.serviceDate) is in the future."))
            }
            edits += modifierEdits(line, label: label)
        }
        // Timely filing.
        if let limit = facts.payer?.timelyFilingDays {
            let age = claim.serviceDate.days(until: facts.today)
            if age > limit {
                edits.append(.error("timely-filing", "The service on \(claim.serviceDate) is \(age) days old; \(claim.payer) accepts claims for \(limit) days. The claim would be denied (CARC 29)."))
            } else if age > limit - timelyFilingWarningDays {
                edits.append(.warning("timely-filing", "Only \(limit - age) day(s) left in \(claim.payer)'s \(limit)-day filing window: send today."))
            }
        }
        // Duplicates.
        let codes = Set(claim.lines.map { "\($0.code)|\($0.modifiers.map(\.rawValue).joined())|\($0.serviceDate)" })
        if claim.frequency == .original,
           let twin = facts.otherClaims.first(where: { other in
               other.id != claim.id && other.frequency == .original && !other.lines.isEmpty
                   && Set(other.lines.map { "\($0.code)|\($0.modifiers.map(\.rawValue).joined())|\($0.serviceDate)" }) == codes
           }) {
            edits.append(.error("duplicate", "Claim \(twin.patientControlNumber) already bills the same services on the same dates to \(claim.payer) (it is \(twin.state.rawValue)); a duplicate is denied (CARC 18)."))
        }
        return edits
    }

    /// Modifier sanity: at most four, no repeats, 25 only on E/M, 59/X{EPSU} not on E/M, LT with RT (use 50).
    static func modifierEdits(_ line: ChargeLine, label: String) -> [ScrubEdit] {
        var edits: [ScrubEdit] = []
        let modifiers = line.modifiers.map(\.rawValue)
        let isEvaluation = line.code.rawValue.hasPrefix("99") && line.code.rawValue.allSatisfy(\.isNumber)
        if modifiers.count > 4 { edits.append(.error("modifiers", "\(label) has \(modifiers.count) modifiers; a line carries at most four.")) }
        if Set(modifiers).count != modifiers.count { edits.append(.error("modifiers", "\(label) repeats a modifier.")) }
        if modifiers.contains("25"), !isEvaluation {
            edits.append(.error("modifiers", "\(label): modifier 25 belongs on an evaluation and management code (99xxx)."))
        }
        if isEvaluation, let distinct = modifiers.first(where: { ["59", "XE", "XP", "XS", "XU"].contains($0) }) {
            edits.append(.error("modifiers", "\(label): modifier \(distinct) is not for evaluation and management; use 25."))
        }
        if modifiers.contains("LT"), modifiers.contains("RT") {
            edits.append(.error("modifiers", "\(label) has both LT and RT; bill a bilateral procedure with 50."))
        }
        return edits
    }
}
