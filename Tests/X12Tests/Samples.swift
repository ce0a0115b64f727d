import X12

/// Hand-written interchanges for the tests (not produced by ``X12Writer``, so reading is tested on its own).
enum Samples {
    /// Two groups: a 270 group with two sets (one with a repeating element, one with a composite) and an
    /// 837 group with one. Segment ordinals: ISA 1, GS 2, ST 3 … SE 13, ST 14 … SE 17, GE 18, GS 19,
    /// ST 20, BHT 21, SE 22, GE 23, IEA 24.
    static let standard = [
        "ISA*00*          *00*          *ZZ*NORTHCLINIC    *ZZ*PAYER01        *261102*1230*^*00501*000000042*0*T*:~",
        "GS*HS*NORTHCLINIC*PAYER01*20261102*1230*17*X*005010X279A1~",
        "ST*270*0001*005010X279A1~",
        "BHT*0022*13*REF0001*20261102*1230~",
        "HL*1**20*1~",
        "NM1*PR*2*ACME HEALTH*****PI*PAYER01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*NORTH CLINIC*****XX*1234567893~",
        "HL*3*2*22*0~",
        "NM1*IL*1*DOE*JANE****MI*W123456789~",
        "DMG*D8*19800101*F~",
        "EQ*30^1^2~",
        "SE*11*0001~",
        "ST*270*0002*005010X279A1~",
        "BHT*0022*13*REF0002*20261102*1230~",
        "SV1*HC:99213:25*125*UN*1~",
        "SE*4*0002~",
        "GE*2*17~",
        "GS*HC*NORTHCLINIC*PAYER01*20261102*1230*18*X*005010X222A1~",
        "ST*837*0003*005010X222A1~",
        "BHT*0019*00*CLAIM1*20261102*1230*CH~",
        "SE*3*0003~",
        "GE*1*18~",
        "IEA*2*000000042~",
    ].joined()

    /// The standard sample with `*`, `:`, `^` and `~` swapped for other delimiters (the sample's
    /// data holds none of the replacement characters). A `nil` repetition writes ISA11 as `U`.
    static func standard(element: Character, component: Character, repetition: Character?, segment: Character) -> String {
        String(
            standard.map { character -> Character in
                switch character {
                case "*": element
                case ":": component
                case "^": repetition ?? "U"
                case "~": segment
                default: character
                }
            })
    }

    /// The standard sample with the first occurrence of `old` replaced by `new`.
    static func standard(replacing old: String, with new: String) -> String {
        var text = standard
        guard let range = text.firstRange(of: old) else { fatalError("the sample has no \(old)") }
        text.replaceSubrange(range, with: new)
        return text
    }
}
