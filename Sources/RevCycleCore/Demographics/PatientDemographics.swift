/// What registration records about a patient beyond the shared registry's name, birth date and MRN.
public struct PatientDemographics: Sendable, Hashable, Codable {
    public var sex: Sex
    public var address: PostalAddress?
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var preferredLanguage: LanguageCode?
    public var contact: ContactPreferences

    /// - Throws: `invalidInput` when a channel is allowed that has nothing to reach (email without
    ///   an address, phone or text without a number, mail without an address).
    public init(sex: Sex, address: PostalAddress?, phone: PhoneNumber?, email: EmailAddress?,
                preferredLanguage: LanguageCode?, contact: ContactPreferences) throws {
        let missing: [(ContactChannel, Bool, String)] = [
            (.mail, address == nil, "--address-line1"), (.phone, phone == nil, "--phone"),
            (.text, phone == nil, "--phone"), (.email, email == nil, "--email"),
        ]
        if let (channel, _, option) = missing.first(where: { contact.allows($0.0) && $0.1 }) {
            throw RevCycleError(.invalidInput, "Contact by \(channel.rawValue) is allowed but there is nothing to reach: give \(option) or refuse \(channel.rawValue).",
                                at: "--contact")
        }
        self.sex = sex
        self.address = address
        self.phone = phone
        self.email = email
        self.preferredLanguage = preferredLanguage
        self.contact = contact
    }
}
