import RevCycleHost

/// The events counseling publishes; collections (and site scripts) react to them.
enum CounselingEvents {
    static let all: [EventDeclaration] = [
        EventDeclaration(
            "fa.application.received", doc: "A financial-assistance application was received (complete or missing documents).",
            fields: ["guarantor": "the guarantor (G3)", "application": "the application (FA12)",
                     "status": "complete, or incomplete when documents are missing",
                     "complete_by": "for incomplete: the deadline for the missing documents (YYYY-MM-DD), else empty"],
            example: ["guarantor": "G3", "application": "FA12", "status": "incomplete", "complete_by": "2026-12-29"]),
        EventDeclaration(
            "fa.application.completed", doc: "The last missing document arrived: the application is complete and awaits a decision.",
            fields: ["guarantor": "the guarantor (G3)", "application": "the application (FA12)"],
            example: ["guarantor": "G3", "application": "FA12"]),
        EventDeclaration(
            "fa.application.approved",
            doc: "Assistance was approved for one visit (one event per visit): its charity adjustment is posted; what the patient still owes is given.",
            fields: ["guarantor": "the guarantor (G3)", "application": "the application (FA12)",
                     "patient_owes_cents": "what the patient owes for the visit under the policy, in cents",
                     "charity_cents": "the charity adjustment posted, in cents", "discount_basis_points": "the discount, percent x 100"],
            example: ["guarantor": "G3", "application": "FA12", "patient_owes_cents": "0", "charity_cents": "120000",
                      "discount_basis_points": "10000"]),
        EventDeclaration(
            "fa.application.denied", doc: "The application was denied: collection may resume under the notice rules.",
            fields: ["guarantor": "the guarantor (G3)", "application": "the application (FA12)", "reason": "why, in words"],
            example: ["guarantor": "G3", "application": "FA12", "reason": "income 412% of the poverty line, above the policy's 400%"]),
        EventDeclaration(
            "gfe.dispute.filed", doc: "A patient disputed a bill at least $400 above its good-faith estimate: collection of the visit is held.",
            fields: ["guarantor": "the guarantor (G3)", "dispute": "the dispute (D4)", "provider": "the provider's NPI",
                     "over_cents": "how far the bill is above the estimate, in cents"],
            example: ["guarantor": "G3", "dispute": "D4", "provider": "1003000126", "over_cents": "61500"]),
        EventDeclaration(
            "gfe.dispute.resolved", doc: "A good-faith-estimate dispute was resolved: the hold on the visit is released.",
            fields: ["guarantor": "the guarantor (G3)", "dispute": "the dispute (D4)", "outcome": "what was decided, in words"],
            example: ["guarantor": "G3", "dispute": "D4", "outcome": "bill reduced to the estimate"]),
    ]
}
