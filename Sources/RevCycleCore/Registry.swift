/// A patient as the shared registry knows them. The access module adds demographics and
/// contact details in its own tables.
public struct PatientSummary: Sendable, Hashable {
    public var id: PatientID
    /// The medical record number, unique within a site.
    public var mrn: String
    public var familyName: String
    public var givenName: String
    public var birthDate: CalendarDate

    public init(id: PatientID, mrn: String, familyName: String, givenName: String, birthDate: CalendarDate) {
        self.id = id
        self.mrn = mrn
        self.familyName = familyName
        self.givenName = givenName
        self.birthDate = birthDate
    }
}

/// The person responsible for paying: often the patient, a parent for a child.
public struct Guarantor: Sendable, Hashable {
    public var id: GuarantorID
    public var name: String
    /// The patient who is also the guarantor, when they are the same person.
    public var patient: PatientID?

    public init(id: GuarantorID, name: String, patient: PatientID?) {
        self.id = id
        self.name = name
        self.patient = patient
    }
}

/// One account per encounter (visit), grouped under a guarantor.
public struct PatientAccount: Sendable, Hashable {
    public var id: AccountID
    public var guarantor: GuarantorID
    public var patient: PatientID
    public var serviceDate: CalendarDate
    /// The site (facility) where the encounter happened.
    public var site: String

    public init(id: AccountID, guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate, site: String) {
        self.id = id
        self.guarantor = guarantor
        self.patient = patient
        self.serviceDate = serviceDate
        self.site = site
    }
}

/// The open balance of an account (or a guarantor) by liability, derived from postings.
public struct LiabilityBalances: Sendable, Hashable {
    public var byLiability: [Liability: Money]

    public init(_ byLiability: [Liability: Money] = [:]) {
        self.byLiability = byLiability.filter { !$0.value.isZero }
    }

    public subscript(liability: Liability) -> Money { byLiability[liability] ?? .zero }

    /// Everything owed on the account, credits netted.
    public var total: Money { byLiability.values.reduce(.zero, +) }
    public var insurance: Money {
        byLiability.reduce(.zero) { sum, pair in
            if case .insurance = pair.key { return sum + pair.value }
            return sum
        }
    }
    public var patient: Money { self[.patient] }
    public var credit: Money { self[.credit] }
}

/// An account with an open balance, as listed for worklists and aging.
public struct OpenReceivable: Sendable, Hashable {
    public var account: AccountID
    public var guarantor: GuarantorID
    public var patient: PatientID
    public var serviceDate: CalendarDate
    public var balances: LiabilityBalances

    public init(account: AccountID, guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                balances: LiabilityBalances) {
        self.account = account
        self.guarantor = guarantor
        self.patient = patient
        self.serviceDate = serviceDate
        self.balances = balances
    }
}
