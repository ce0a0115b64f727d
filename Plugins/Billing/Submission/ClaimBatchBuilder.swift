import Foundation
import RevCycleCore
import RevCycleHost
import X12

/// Turns scrubbed claims into one 837P batch for one payer, with the site's facility as billing
/// provider, each patient as subscriber (with their own member id, as the 270 does), diagnoses,
/// rendering providers and service lines. Each line carries its charge line number in REF*6R so
/// the payer's 835 can be matched line by line.
struct ClaimBatchBuilder {
    let services: HostServices
    let actor: ActingUser

    struct Input {
        var claim: Claim
        var coverage: Coverage
        var patient: PatientSummary
        var demographics: PatientDemographics?
        var diagnoses: [DiagnosisCode]
        /// For a secondary claim: what the primary payer decided, and its coverage.
        var primary: (PrimaryAdjudication, Coverage)?
    }

    func batch(_ inputs: [Input], payer: PayerCode, guide: String, reference: String, envelope: X12Envelope) throws -> ProfessionalClaimBatch {
        guard let facility = services.site.facility else {
            throw RevCycleError(.configuration, "Site \(services.site.id) has no facility to bill as.", at: SiteConfiguration.fileName(for: services.site.id))
        }
        guard let settings = try services.payerCatalog().settings(for: payer), let payerID = settings.payerID else {
            throw RevCycleError(.configuration, "Payer \(payer) has no payer_id to address claims to.", at: SiteConfiguration.fileName(for: services.site.id))
        }
        let subscribers = try inputs.map { input in
            ClaimSubscriber(
                responsibility: input.claim.priority == .primary ? "P" : input.claim.priority == .secondary ? "S" : "T",
                person: person(input), groupNumber: input.coverage.group, claimFilingIndicator: Self.filingIndicator(payerID: payerID),
                payer: ClaimSubscriber.Payer(name: String(settings.name.prefix(60)), payerID: payerID),
                claims: [try claim(input)])
        }
        let billing = BillingProvider(
            name: String(facility.name.prefix(60)), npi: facility.npi.digits, address: address(facility.address), taxID: facility.tin.digits,
            subscribers: subscribers)
        return ProfessionalClaimBatch(
            guide: guide, reference: reference, creationDate: envelope.date, creationTime: envelope.time,
            submitter: .init(name: String(facility.name.prefix(60)), id: services.x12SenderID, contactName: "Billing Office",
                             phone: facility.phone?.digits ?? "0000000000"),
            receiver: .init(name: String(settings.name.prefix(60)), id: payerID), billingProviders: [billing])
    }

    /// CLM and its lines.
    func claim(_ input: Input) throws -> ProfessionalClaim {
        let claim = input.claim
        let providers = services.site.providers
        let rendering = claim.lines.first.map { line in
            let name = providers[line.renderingProvider]?.name ?? line.renderingProvider.digits
            let (last, first) = Self.split(name)
            return ProfessionalClaim.RenderingProvider(lastName: last, firstName: first, npi: line.renderingProvider.digits,
                                                      taxonomy: providers[line.renderingProvider]?.taxonomy)
        }
        return ProfessionalClaim(
            patientControlNumber: claim.patientControlNumber, totalCharge: claim.total.cents, placeOfService: "11",
            frequency: claim.frequency == .original ? .original : claim.frequency == .replacement ? .replacement : .void,
            payerClaimControlNumber: claim.frequency == .original ? nil : claim.payerClaimNumber,
            diagnoses: input.diagnoses.map(\.compact), renderingProvider: rendering,
            otherSubscribers: try otherSubscribers(input),
            lines: try claim.lines.enumerated().map { index, line in
                ProfessionalClaim.ServiceLine(
                    procedure: .init(code: line.code.rawValue, modifiers: line.modifiers.map(\.rawValue)), charge: line.amount.cents,
                    units: X12Decimal(significand: Int64(line.units)), diagnosisPointers: line.diagnosisPointers,
                    serviceDate: Self.x12(line.serviceDate), lineItemControlNumber: "L\(line.id)",
                    adjudications: try lineAdjudications(input, index: index))
            })
    }

    /// 2320/2330: the primary payer and its claim-level adjudication, on a secondary claim.
    func otherSubscribers(_ input: Input) throws -> [ProfessionalClaim.OtherSubscriber] {
        guard let (adjudication, coverage) = input.primary else { return [] }
        guard let settings = try services.payerCatalog().settings(for: adjudication.payer), let payerID = settings.payerID else {
            throw RevCycleError(.configuration, "The primary payer \(adjudication.payer) has no payer_id for the secondary claim's 2330B loop.")
        }
        return [ProfessionalClaim.OtherSubscriber(
            responsibility: "P", relationship: "18", groupNumber: coverage.group, claimFilingIndicator: Self.filingIndicator(payerID: payerID),
            adjustments: adjudication.claimAdjustments, paidAmount: adjudication.paid,
            subscriber: X12Person(lastName: input.patient.familyName, firstName: input.patient.givenName, memberID: coverage.memberID),
            payer: ClaimSubscriber.Payer(name: String(settings.name.prefix(60)), payerID: payerID))]
    }

    /// 2430: the primary payer's decision on the line, matched by position.
    func lineAdjudications(_ input: Input, index: Int) throws -> [ProfessionalClaim.LineAdjudication] {
        guard let (adjudication, _) = input.primary, index < adjudication.lines.count,
              let payerID = try services.payerCatalog().settings(for: adjudication.payer)?.payerID else { return [] }
        let line = adjudication.lines[index]
        return [ProfessionalClaim.LineAdjudication(
            payerID: payerID, paidAmount: line.paid, procedure: .init(code: line.code, modifiers: line.modifiers),
            units: X12Decimal(significand: line.units), adjustments: line.adjustments, adjudicationDate: Self.x12(adjudication.date))]
    }

    func person(_ input: Input) -> X12Person {
        let gender: X12Person.Gender = switch input.demographics?.sex {
        case .female?: .female
        case .male?: .male
        default: .unknown
        }
        return X12Person(lastName: input.patient.familyName, firstName: input.patient.givenName, memberID: input.coverage.memberID,
                         dateOfBirth: Self.x12(input.patient.birthDate), gender: gender,
                         address: input.demographics?.address.map(address))
    }

    func address(_ postal: PostalAddress) -> X12Person.Address {
        X12Person.Address(line1: postal.line1, line2: postal.line2, city: postal.city, state: postal.state.rawValue,
                          postalCode: postal.zip.rawValue.replacingOccurrences(of: "-", with: ""))
    }

    /// SBR09: `MB` Medicare Part B for Medicare's payer ids, `CI` commercial otherwise.
    static func filingIndicator(payerID: String) -> String {
        ["00952", "00882", "04412", "12502", "CMS"].contains(payerID) ? "MB" : "CI"
    }

    /// "Dr. Maria Okafor" → ("Okafor", "Maria").
    static func split(_ name: String) -> (String, String?) {
        var words = name.split(separator: " ").map(String.init).filter { !["Dr.", "Dr", "MD", "M.D.", "DO"].contains($0) }
        guard let last = words.popLast() else { return (name, nil) }
        return (last, words.isEmpty ? nil : words.joined(separator: " "))
    }

    static func x12(_ date: CalendarDate) -> X12Date { X12Date(year: date.year, month: date.month, day: date.day)! }
}
