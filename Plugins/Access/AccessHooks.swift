import RevCycleScripting

/// The policies a site can script for the front desk.
enum AccessHooks {
    /// `access.registration.validate`: a site's own registration rules on top of the built-in checks.
    static let registrationValidate = HookDeclaration.policy(
        "registration.validate",
        payload: .record([
            .init("mrn", .string(maxLength: 20)),
            .init("family_name", .string(maxLength: 100)),
            .init("given_name", .string(maxLength: 100)),
            .init("birth_date", .string(maxLength: 10), doc: "YYYY-MM-DD"),
            .init("age_years", .integer(0...150)),
            .init("site", .string(maxLength: 40)),
            .init("has_separate_guarantor", .bool, doc: "true when an existing guarantor (a parent, a spouse) is responsible"),
            .init("sex", .optional(.oneOf(["F", "M", "X", "U"])), required: false, doc: "F, M, X or U"),
            .init("state", .optional(.string(maxLength: 2)), required: false, doc: "USPS code of the address, absent without one"),
            .init("zip", .optional(.string(maxLength: 10)), required: false, doc: "62704 or 62704-1234, absent without an address"),
            .init("phone", .optional(.string(maxLength: 10)), required: false, doc: "ten digits, absent when none was given"),
            .init("email", .optional(.string(maxLength: 254)), required: false),
            .init("preferred_language", .optional(.string(maxLength: 3)), required: false, doc: "ISO 639 code such as en or es"),
            .init("contact_channels", .optional(.array(.oneOf(["mail", "phone", "text", "email"]), maxCount: 4)), required: false,
                  doc: "the channels the patient allows"),
            .init("text_consent", .optional(.bool), required: false, doc: "explicit consent to text messages (TCPA)"),
            .init("guarantor_relationship", .optional(.oneOf(["self", "spouse", "parent", "guardian", "other"])), required: false,
                  doc: "how the guarantor is related to the patient"),
        ]),
        result: .record([
            .init("errors", .array(.string(maxLength: 200), maxCount: 20),
                  doc: "one sentence per problem; any error refuses the registration"),
        ]),
        default: ["errors": []],
        doc: """
            Checks a new registration against the site's own rules, after RevCycle's built-in checks \
            (dates, names, a unique MRN). Return a list of problems in plain words; an empty list accepts \
            the registration. Example: a pediatric clinic requires a separate guarantor for patients under 18.
            """,
        samples: [
            ["mrn": "100234", "family_name": "Rivera", "given_name": "Ana", "birth_date": "1984-03-09", "age_years": 42,
             "site": "default", "has_separate_guarantor": false, "sex": "F", "state": "IL", "zip": "62704",
             "phone": "3125550142", "email": "ana.rivera@example.com", "preferred_language": "es",
             "contact_channels": ["mail", "phone", "email"], "text_consent": false, "guarantor_relationship": "self"],
            ["mrn": "100235", "family_name": "Rivera", "given_name": "Leo", "birth_date": "2019-07-21", "age_years": 7,
             "site": "default", "has_separate_guarantor": false],
        ])
}
