extension ProfessionalClaimBatch {
    /// Loop 1000A, who sends the batch: `NM1*41*2*<name>*****46*<id>` and `PER*IC` with a contact.
    ///
    /// ```swift
    /// let submitter = ProfessionalClaimBatch.Submitter(
    ///     name: "NORTH CLINIC", id: "NORTHCLINIC", contactName: "BILLING OFFICE", phone: "5555551234")
    /// ```
    public struct Submitter: Sendable, Hashable {
        /// NM103, the submitter organization's name.
        public var name: String
        /// NM109, the submitter id the receiver assigned (ETIN).
        public var id: String
        /// PER02.
        public var contactName: String
        /// PER04 with PER03 `TE`: digits only, area code first.
        public var phone: String
        /// PER06 with PER05 `EM`, when given.
        public var email: String?

        public init(name: String, id: String, contactName: String, phone: String, email: String? = nil) {
            self.name = name
            self.id = id
            self.contactName = contactName
            self.phone = phone
            self.email = email
        }

        var segments: [X12Segment] {
            [
                X12Segment("NM1", values: ["41", "2", name, nil, nil, nil, nil, "46", id]),
                X12Segment("PER", values: ["IC", contactName, "TE", phone, email.map { _ in "EM" }, email]),
            ]
        }
    }

    /// Loop 1000B, who receives the batch (the payer or clearinghouse): `NM1*40*2*<name>*****46*<id>`.
    public struct Receiver: Sendable, Hashable {
        /// NM103.
        public var name: String
        /// NM109, the receiver's primary id.
        public var id: String

        public init(name: String, id: String) {
            self.name = name
            self.id = id
        }

        var segments: [X12Segment] {
            [X12Segment("NM1", values: ["40", "2", name, nil, nil, nil, nil, "46", id])]
        }
    }
}
