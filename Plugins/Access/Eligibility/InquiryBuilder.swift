import Foundation
import RevCycleCore
import RevCycleHost
import X12

/// Builds 270 inquiries from what registration recorded: the payer's X12 id, the facility's NPI,
/// and the patient's member id, name, date of birth, sex and (for coverage discovery) address.
///
/// The patient goes in the subscriber loop with their own member id even when someone else holds
/// the policy: 005010X279A1 allows it when the payer issues each member a unique id, which payers
/// commonly do; RevCycle does not keep the policy holder's own demographics.
struct InquiryBuilder {
    let services: HostServices

    /// The facility as the information receiver (NM1*1P with its NPI).
    func receiver() throws -> InformationReceiver {
        guard let facility = services.site.facility else {
            throw RevCycleError(.configuration, "Site \(services.site.id) has no facility NPI to send eligibility inquiries from.",
                                at: SiteConfiguration.fileName(for: services.site.id), remedy: "add a facility: section to the site file")
        }
        return InformationReceiver(name: String(facility.name.prefix(60)), npi: facility.npi.digits)
    }

    /// The payer as the information source, which needs its X12 payer id.
    func source(_ payer: PayerCode) throws -> InformationSource {
        guard let settings = try services.payerCatalog().settings(for: payer) else {
            throw RevCycleError(.notFound, "Payer \(payer) is not configured for site \(services.site.id).")
        }
        guard let payerID = settings.payerID else {
            throw RevCycleError(.configuration, "Payer \(payer) has no payer_id, so no 270 can be addressed to it.",
                                at: SiteConfiguration.fileName(for: services.site.id), remedy: "add payer_id to the payer's settings")
        }
        return InformationSource(name: String(settings.name.prefix(60)), payerID: payerID)
    }

    /// One inquiry about `patient`: with `memberID` to verify a coverage, without it to discover one
    /// (then the address is sent too, as payers' search rules ask).
    func inquiry(patient: PatientSummary, demographics: PatientDemographics?, memberID: String?, payer: PayerCode,
                 serviceDate: CalendarDate, serviceTypes: [String], trace: String, today: CalendarDate) throws -> EligibilityInquiry {
        let gender: EligibilityPerson.Gender = switch demographics?.sex {
        case .female?: .female
        case .male?: .male
        default: .unknown
        }
        var address: EligibilityPerson.Address?
        if memberID == nil, let postal = demographics?.address {
            address = EligibilityPerson.Address(line1: postal.line1, line2: postal.line2, city: postal.city, state: postal.state.rawValue,
                                                postalCode: postal.zip.rawValue.replacingOccurrences(of: "-", with: ""))
        }
        let person = EligibilityPerson(lastName: patient.familyName, firstName: patient.givenName, memberID: memberID,
                                       dateOfBirth: x12(patient.birthDate), gender: gender, address: address)
        let receiver = try receiver()
        return EligibilityInquiry(
            reference: trace, creationDate: x12(today), creationTime: services.envelope(to: "").time, source: try source(payer), receiver: receiver,
            subscriber: person, trace: EligibilityTrace(reference: trace, originatorID: "1" + receiver.npi.prefix(9)),
            eligibilityDate: x12(serviceDate), serviceTypes: serviceTypes)
    }

    /// Many inquiries in one interchange (one transaction set each), as a batch file.
    func interchange(_ inquiries: [EligibilityInquiry], to payerID: String) throws -> String {
        var numbers = try services.reserveControlNumbers(transactionSets: inquiries.count)
        let sets = try inquiries.map { try $0.transactionSet(controlNumber: numbers.nextTransactionSet()) }
        let envelope = services.envelope(to: payerID)
        let group = X12FunctionalGroup(functionalIdentifier: EligibilityInquiry.functionalIdentifier, senderCode: envelope.senderID,
                                       receiverCode: envelope.receiverID, date: envelope.date.x12, time: envelope.time,
                                       controlNumber: numbers.nextGroup(), version: EligibilityInquiry.implementationGuide,
                                       transactionSets: sets)
        let interchange = X12Interchange(senderID: envelope.senderID, receiverID: envelope.receiverID, date: envelope.date.yymmdd,
                                         time: envelope.time, controlNumber: numbers.nextInterchange(), functionalGroups: [group])
        return try X12Writer(lineBreaks: true).text(for: interchange)
    }

    private func x12(_ date: CalendarDate) -> X12Date {
        X12Date(year: date.year, month: date.month, day: date.day)!
    }
}
