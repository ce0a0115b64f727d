import X12

/// One claim of an 837P with what the payer needs around it: the billing provider, the subscriber
/// (whose member id the payer knows) and the patient, and the day the batch was created.
struct SubmittedClaim: Sendable, Hashable {
    var claim: ProfessionalClaim
    var provider: BillingProvider
    var subscriber: ClaimSubscriber
    /// The patient when it is not the subscriber (loop 2000C).
    var dependent: ClaimPatient?
    /// BHT04, the day the provider filed the claim (timely filing counts to it).
    var filedOn: X12Date

    /// Every claim of `batch`, in the order written.
    static func all(in batch: ProfessionalClaimBatch) -> [SubmittedClaim] {
        batch.billingProviders.flatMap { provider in
            provider.subscribers.flatMap { subscriber in
                subscriber.claims.map {
                    SubmittedClaim(claim: $0, provider: provider, subscriber: subscriber, filedOn: batch.creationDate)
                }
                    + subscriber.dependents.flatMap { patient in
                        patient.claims.map {
                            SubmittedClaim(
                                claim: $0, provider: provider, subscriber: subscriber, dependent: patient,
                                filedOn: batch.creationDate)
                        }
                    }
            }
        }
    }

    var payerID: String { subscriber.payer.payerID }
    var memberID: String { subscriber.person.memberID ?? "" }
    var totalCharge: Int64 { claim.lines.reduce(0) { $0 + $1.charge } }
    var firstServiceDate: X12Date { claim.lines.map(\.serviceDate).min() ?? filedOn }
    var lastServiceDate: X12Date { claim.lines.map { $0.serviceEndDate ?? $0.serviceDate }.max() ?? filedOn }

    /// `NM1*QC`: the patient, with the member id when the subscriber is the patient.
    var patientName: PartyName {
        if let dependent {
            return PartyName(lastName: dependent.person.lastName, firstName: dependent.person.firstName,
                             middleName: dependent.person.middleName)
        }
        return Self.name(of: subscriber.person)
    }

    /// `NM1*IL`: the subscriber, when the patient is someone else.
    var insuredName: PartyName? { dependent == nil ? nil : Self.name(of: subscriber.person) }

    private static func name(of person: X12Person) -> PartyName {
        PartyName(lastName: person.lastName, firstName: person.firstName, middleName: person.middleName,
                  idQualifier: "MI", id: person.memberID)
    }

    /// What two claims share when one is an exact duplicate of the other: payer, member, patient, and
    /// each line's code, modifiers, dates, units and charge.
    var fingerprint: String {
        let patient = dependent?.person ?? subscriber.person
        let lines = claim.lines.map { line in
            [line.procedure.code, line.procedure.modifiers.joined(separator: ":"), line.serviceDate.x12,
             line.serviceEndDate?.x12 ?? "", line.units.x12, String(line.charge)].joined(separator: ",")
        }.sorted()
        return ([payerID, memberID, patient.lastName, patient.firstName ?? "", patient.dateOfBirth?.x12 ?? ""] + lines)
            .joined(separator: "|")
    }
}
