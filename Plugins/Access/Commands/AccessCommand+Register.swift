import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost
import RevCycleScripting

extension AccessCommand {
    /// `revcycle access register`: a patient, their demographics and contact consents, and their guarantor.
    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a patient with a site MRN, demographics and contact consents, and their guarantor.",
            discussion: """
                The patient is their own guarantor unless --guarantor (one on file) or
                --guarantor-name (a new one) is given. Contact channels default to those with
                something to reach (mail with an address, phone, email); texts need
                --text-consent (TCPA). Every field is checked before anything is written; all
                problems are listed at once.

                Examples:
                  revcycle access register --mrn 100234 --family Rivera --given Ana \\
                      --birth-date 1984-03-09 --sex F \\
                    --address-line1 "742 Evergreen Ter" --city Springfield --state IL --zip
                    62704 \\
                    --phone "(312) 555-0142" --email ana.rivera@example.com --language es
                    --text-consent
                  revcycle access register --mrn 100235 --family Rivera --given Leo \\
                      --birth-date 2019-07-21 --guarantor G4 --relationship parent
                  revcycle access register --mrn 100236 --family Chen --given Mei \\
                      --birth-date 2012-01-30 \\
                    --guarantor-name "Li Chen" --relationship guardian --contact mail
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The medical record number, unique within the site.") var mrn: String
        @Option(help: "Family (last) name.") var family: String
        @Option(help: "Given (first) name.") var given: String
        @Option(help: "Date of birth, YYYY-MM-DD.") var birthDate: String
        @Option(help: "Sex: F, M, X or U (unknown).") var sex: String = "U"
        @Option(help: "Street address.") var addressLine1: String?
        @Option(help: "Apartment, suite, unit.") var addressLine2: String?
        @Option(help: "City.") var city: String?
        @Option(help: "USPS state code: IL, DC, PR, …") var state: String?
        @Option(help: "ZIP or ZIP+4: 62704 or 62704-1234.") var zip: String?
        @Option(help: "Phone, 10 digits (NANP): 312-555-0142, (312) 555-0142.") var phone: String?
        @Option(help: "Email address.") var email: String?
        @Option(help: "Preferred language, ISO 639 code: en, es, hmn.") var language: String?
        @Option(help: "Channels the patient allows, comma-separated: mail,phone,text,email (default: those with contact details, no text).")
        var contact: String?
        @Flag(help: "The patient gave explicit consent to text messages today (TCPA); allows text unless --contact says otherwise.")
        var textConsent = false
        @Option(help: "An existing guarantor (G4) responsible for this patient; default: the patient.") var guarantor: String?
        @Option(help: "A new guarantor who is not a patient (a parent, a guardian), by full name.") var guarantorName: String?
        @Option(help: "The guarantor's relationship to the patient: self, spouse, parent, guardian, other (default: self, or other for a separate guarantor).")
        var relationship: String?

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.register", roles: [.access])
            let registration = try validated(today: context.today)
            let age = registration.birthDate.age(on: context.today)
            if case .existing(let id, _) = registration.guarantor { _ = try context.services.patients.guarantor(id, by: context.actor) }
            let verdict = try context.services.decide("access.registration.validate", payload: Self.payload(registration, age: age,
                                                                                                            site: context.actor.site))
            let problems = verdict["errors"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if !problems.isEmpty {
                throw RevCycleError(.invalidInput, "Site \(context.actor.site) does not accept this registration: \(problems.joined(separator: " "))",
                                    at: "access.registration.validate", remedy: "correct the registration and try again")
            }
            let (patient, responsible) = try AccessStore(database: context.services.database).register(registration, by: context.actor)
            context.emit(.record([("patient", .text(patient.id.description)), ("mrn", .text(patient.mrn)),
                                  ("guarantor", .text(responsible.description)),
                                  ("relationship", .text(registration.guarantor.relationship.rawValue))]))
        }

        /// Every field checked; all problems reported together.
        func validated(today: CalendarDate) throws -> Registration {
            var problems = FieldProblems()
            let birth = problems.check(at: "--birth-date") { try CalendarDate(parsing: birthDate) }
            if let birth, birth > today { problems.add("The date of birth \(birth) is in the future.", at: "--birth-date") }
            let parsedSex = problems.check { try Sex(parsing: sex, field: "--sex") }
            let address = checkedAddress(&problems)
            let phone = phone.flatMap { text in problems.check { try PhoneNumber(parsing: text, field: "--phone") } }
            let email = email.flatMap { text in problems.check { try EmailAddress(parsing: text, field: "--email") } }
            let language = language.flatMap { text in problems.check { try LanguageCode(parsing: text, field: "--language") } }
            let guarantorChoice = checkedGuarantor(&problems)
            var allowed: Set<ContactChannel> = []
            if let contact {
                for name in contact.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
                    if let channel = ContactChannel(rawValue: name) { allowed.insert(channel) } else {
                        problems.add("\"\(name)\" is not a contact channel; expected mail, phone, text or email.", at: "--contact")
                    }
                }
            } else {
                if address != nil || addressLine1 != nil { allowed.insert(.mail) }
                if self.phone != nil { allowed.insert(.phone) }
                if self.phone != nil, textConsent { allowed.insert(.text) }
                if self.email != nil { allowed.insert(.email) }
            }
            let preferences = problems.check { try ContactPreferences(allowed: allowed, textConsent: textConsent ? today : nil) }
            var demographics: PatientDemographics?
            if problems.errors.isEmpty, let parsedSex, let preferences {
                demographics = problems.check {
                    try PatientDemographics(sex: parsedSex, address: address, phone: phone, email: email, preferredLanguage: language,
                                            contact: preferences)
                }
            }
            try problems.throwIfAny()
            // Every optional above is set when there were no problems.
            guard let birth, let demographics, let guarantorChoice else {
                throw RevCycleError(.invalidInput, "The registration is incomplete.")
            }
            return Registration(mrn: mrn, familyName: family.trimmingCharacters(in: .whitespaces),
                                givenName: given.trimmingCharacters(in: .whitespaces), birthDate: birth,
                                demographics: demographics, guarantor: guarantorChoice)
        }

        private func checkedAddress(_ problems: inout FieldProblems) -> PostalAddress? {
            let parts = [("--address-line1", addressLine1), ("--city", city), ("--state", state), ("--zip", zip)]
            let given = parts.filter { $0.1 != nil }
            if given.isEmpty {
                if addressLine2 != nil { problems.add("An address line 2 needs the rest of the address.", at: "--address-line2") }
                return nil
            }
            if given.count < parts.count {
                let missing = parts.filter { $0.1 == nil }.map(\.0)
                problems.add("An address needs --address-line1, --city, --state and --zip; missing \(missing.joined(separator: ", ")).",
                             at: missing[0])
                return nil
            }
            let stateCode = problems.check { try StateCode(parsing: state ?? "", field: "--state") }
            let zipCode = problems.check { try ZIPCode(parsing: zip ?? "", field: "--zip") }
            guard let stateCode, let zipCode else { return nil }
            return problems.check {
                try PostalAddress(line1: addressLine1 ?? "", line2: addressLine2, city: city ?? "", state: stateCode, zip: zipCode)
            }
        }

        private func checkedGuarantor(_ problems: inout FieldProblems) -> GuarantorChoice? {
            let relation = relationship.flatMap { text in problems.check { try GuarantorRelationship(parsing: text, field: "--relationship") } }
            if relationship != nil, relation == nil { return nil }
            switch (guarantor, guarantorName) {
            case (.some, .some):
                problems.add("Give either --guarantor (one on file) or --guarantor-name (a new one), not both.", at: "--guarantor-name")
                return nil
            case (.some(let text), nil):
                guard let id = problems.check({ try GuarantorID(parsing: text) }) else { return nil }
                if relation == .self {
                    problems.add("A separate guarantor cannot be \"self\"; expected spouse, parent, guardian or other.", at: "--relationship")
                    return nil
                }
                return .existing(id, relation ?? .other)
            case (nil, .some(let name)):
                let name = name.trimmingCharacters(in: .whitespaces)
                guard (1...100).contains(name.count) else {
                    problems.add("A guarantor's name must be 1 to 100 characters.", at: "--guarantor-name")
                    return nil
                }
                if relation == .self {
                    problems.add("A separate guarantor cannot be \"self\"; expected spouse, parent, guardian or other.", at: "--relationship")
                    return nil
                }
                return .new(name: name, relation ?? .other)
            case (nil, nil):
                if let relation, relation != .self {
                    problems.add("The relationship \(relation.rawValue) needs --guarantor or --guarantor-name; without them the patient is their own guarantor.",
                                 at: "--relationship")
                    return nil
                }
                return .patient
            }
        }

        /// The `access.registration.validate` payload (see Scripts/default/access.lua).
        static func payload(_ registration: Registration, age: Int, site: String) -> ScriptValue {
            let demographics = registration.demographics
            func optional(_ text: String?) -> ScriptValue { text.map(ScriptValue.string) ?? .null }
            let separate: Bool = if case .patient = registration.guarantor { false } else { true }
            return [
                "mrn": .string(registration.mrn), "family_name": .string(registration.familyName),
                "given_name": .string(registration.givenName), "birth_date": .string(registration.birthDate.description),
                "age_years": .integer(Int64(age)), "site": .string(site), "has_separate_guarantor": .bool(separate),
                "sex": .string(demographics.sex.rawValue), "state": optional(demographics.address?.state.rawValue),
                "zip": optional(demographics.address?.zip.rawValue), "phone": optional(demographics.phone?.digits),
                "email": optional(demographics.email?.rawValue), "preferred_language": optional(demographics.preferredLanguage?.rawValue),
                "contact_channels": .array(ContactChannel.allCases.filter(demographics.contact.allows).map { .string($0.rawValue) }),
                "text_consent": .bool(demographics.contact.textConsent != nil),
                "guarantor_relationship": .string(registration.guarantor.relationship.rawValue),
            ]
        }
    }
}
