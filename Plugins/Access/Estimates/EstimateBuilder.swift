import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

/// Builds a visit's estimate from what is on file: the chargemaster, the primary payer's fee
/// schedule and the benefits on the latest eligibility answer, or — without active coverage — a
/// good-faith estimate with its deadline; then applies the site's `access.estimate.adjust` policy.
struct EstimateBuilder {
    let context: CommandContext
    let store: AccessStore

    func document(for visit: Appointment, diagnoses: [DiagnosisCode]) throws -> EstimateDocument {
        let services = context.services
        guard let facility = services.site.facility else {
            throw RevCycleError(.configuration, "Site \(services.site.id) has no facility (name, NPI, TIN, address), which an estimate must show.",
                                at: SiteConfiguration.fileName(for: services.site.id), remedy: "add a facility: section to the site file")
        }
        let patient = try services.patients.patient(visit.patient, by: context.actor)
        let chargemaster = try services.chargemaster()
        let items = try visit.services.map { try chargemaster.item($0.rawValue) }
        let coverage = try services.coverage.coverages(of: visit.patient, by: context.actor)
            .first { $0.priority == .primary && $0.isActive(on: visit.date) }
        var document = EstimateDocument(
            facility: facility, patientName: "\(patient.givenName) \(patient.familyName)", patientBirthDate: patient.birthDate,
            appointment: visit, providerName: context.providerName(visit.provider), issuedOn: context.today, adjustment: .none,
            content: .goodFaith(try goodFaith(visit, items: items, facility: facility, patient: patient, diagnoses: diagnoses)))
        var payer: PayerCode?
        var deductibleRemaining = Money.zero
        if let coverage {
            guard let benefits = try store.verifiedBenefits(for: coverage, on: visit.date) else {
                throw RevCycleError(.conflict, "Patient \(visit.patient) has coverage with \(coverage.payer) but no active eligibility answer within 30 days of \(visit.date); an estimate needs verified benefits.",
                                    remedy: "revcycle access eligibility check \(visit.patient) --appointment \(visit.id)")
            }
            let schedule = try services.feeSchedule(for: coverage.payer)
            let lines = items.map { item in
                EstimateLine(serviceCode: item.code, description: item.description, grossCharge: item.price,
                             allowedAmount: schedule?.allowedAmount(for: item.code, charge: item.price) ?? item.price,
                             serviceType: item.serviceType)
            }
            let estimate = try PatientResponsibilityEstimator.estimate(lines: lines, benefits: benefits)
            let payerName = try services.payerCatalog().settings(for: coverage.payer)?.name ?? coverage.payer.rawValue
            document.content = .insured(estimate, payerName: payerName, verifiedOn: try store.verifiedOn(coverage, in: services.site.timeZone) ?? context.today)
            payer = coverage.payer
            deductibleRemaining = benefits.deductibleRemaining
        }
        document.adjustment = try adjustment(for: document, visit: visit, payer: payer, deductibleRemaining: deductibleRemaining)
        document.payer = payer
        return document
    }

    func goodFaith(_ visit: Appointment, items: [Chargemaster.Item], facility: Facility, patient: PatientSummary,
                   diagnoses: [DiagnosisCode]) throws -> GoodFaithEstimate {
        let years = Set([visit.scheduledOn.year, visit.date.year, visit.date.year + 1])
        let calendar = BusinessCalendar.usFederal(years: years.sorted(), adding: context.services.site.holidays)
        let deadline = try GoodFaithEstimateDeadline(scheduledOn: visit.scheduledOn, serviceDate: visit.date, calendar: calendar)
        let provider = context.services.site.providers[visit.provider]
        return try GoodFaithEstimate(
            patientName: "\(patient.givenName) \(patient.familyName)", patientBirthDate: patient.birthDate,
            serviceDescription: items[0].description, primaryServiceCode: items[0].code, diagnosisCodes: diagnoses.map(\.description),
            items: try items.map { item in
                // Professional services are the rendering provider's; the rest (lab, imaging, supplies) the facility's.
                let professional = item.serviceType == "98" || item.code.hasPrefix("99")
                return try GoodFaithEstimate.Item(
                    providerName: professional ? (provider?.name ?? facility.name) : facility.name,
                    npi: professional ? visit.provider : facility.npi, tin: facility.tin, serviceCode: item.code,
                    description: item.description, expectedCharge: item.price)
            },
            issuedOn: context.today, deadline: deadline)
    }

    func adjustment(for document: EstimateDocument, visit: Appointment, payer: PayerCode?,
                    deductibleRemaining: Money) throws -> EstimateAdjustment {
        let share = document.patientShare
        let charges = document.totalCharges
        let allowed: Money = if case .insured(let estimate, _, _) = document.content { estimate.allowed } else { charges }
        return try context.services.decide("access.estimate.adjust", payload: [
            "kind": .string(document.isGoodFaith ? "good-faith" : "insured"), "patient": .string(visit.patient.description),
            "appointment": .string(visit.id.description), "payer": payer.map { .string($0.rawValue) } ?? .null,
            "services": .array(visit.services.map { .string($0.rawValue) }), "total_charges_cents": .integer(charges.cents),
            "allowed_cents": .integer(allowed.cents), "patient_cents": .integer(share.cents),
            "deductible_remaining_cents": .integer(deductibleRemaining.cents),
        ]) { decision in
            try EstimateAdjustment(amount: Money(cents: decision["adjustment_cents"]?.integerValue ?? 0),
                                   note: decision["note"]?.stringValue ?? "", patientShare: share, totalCharges: charges)
        }
    }
}
