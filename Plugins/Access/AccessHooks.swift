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
             "site": "default", "has_separate_guarantor": false],
            ["mrn": "100235", "family_name": "Rivera", "given_name": "Leo", "birth_date": "2019-07-21", "age_years": 7,
             "site": "default", "has_separate_guarantor": false],
        ])
}
