/// The people who come to the simulated clinic: names, birth dates, Illinois addresses and, for
/// about 70%, coverage with a member id the sandbox payer knows.
struct SimulatedPatient {
    enum Insurance {
        case selfPay
        case commercial(memberID: String)
        /// Medicare primary, sometimes with a commercial secondary.
        case medicare(memberID: String, secondary: String?)
    }

    var mrn: String
    var family: String
    var given: String
    var birthDate: String
    var sex: String
    var addressLine1: String
    var city: String
    var zip: String
    var phone: String
    var insurance: Insurance
    /// Day numbers (from the first simulated day) of this patient's visits.
    var visitDays: [Int]
    /// Filled once registered.
    var patientID: String?
    var guarantorID: String?

    var payerCodes: (primary: String, secondary: String?)? {
        switch insurance {
        case .selfPay: nil
        case .commercial: ("AETNA", nil)
        case .medicare(_, let secondary): ("MEDICARE", secondary == nil ? nil : "AETNA")
        }
    }
}

enum SimulatedPatients {
    static let families = ["Rivera", "Okafor", "Nguyen", "Kowalski", "Johnson", "Patel", "Garcia", "Smith", "Brown", "Lee",
                           "Martinez", "Anderson", "Thompson", "Hernandez", "Walker", "Young", "King", "Wright", "Lopez", "Hill"]
    static let givenF = ["Ana", "Mai", "Grace", "Fatima", "Olivia", "Sofia", "Emma", "Rosa", "Linda", "Aisha"]
    static let givenM = ["James", "Leo", "Omar", "Daniel", "Luis", "Noah", "Samuel", "Ethan", "Victor", "Tom"]
    static let streets = ["Oak St", "Elm St", "Maple Ave", "Cedar Ln", "Lincoln Blvd", "Washington St", "Adams St", "Monroe St"]
    static let places: [(city: String, zip: String, area: String)] = [
        ("Springfield", "62704", "217"), ("Springfield", "62702", "217"), ("Chatham", "62629", "217"), ("Decatur", "62521", "217"),
        ("Peoria", "61602", "309"), ("Champaign", "61820", "217"),
    ]

    /// `count` patients whose visits fall on the weekdays among `days` simulated days.
    static func make(count: Int, days: Int, clinicDays: [Int], using random: inout SplitMix64) -> [SimulatedPatient] {
        (0..<count).map { index in
            let female = random.chance(0.5)
            let age = Int.random(in: 1...88, using: &random)
            let year = 2026 - age
            let birth = "\(year)-\(two(Int.random(in: 1...12, using: &random)))-\(two(Int.random(in: 1...28, using: &random)))"
            let place = random.pick(places)
            let insurance: SimulatedPatient.Insurance
            if random.chance(0.3) {
                insurance = .selfPay
            } else if age >= 65 {
                insurance = .medicare(memberID: medicareID(using: &random),
                                      secondary: random.chance(0.4) ? commercialID(using: &random) : nil)
            } else {
                insurance = .commercial(memberID: commercialID(using: &random))
            }
            let first = random.pick(clinicDays)
            var visits = [first]
            if random.chance(0.25), let again = clinicDays.first(where: { $0 >= first + Int.random(in: 5...14, using: &random) }) {
                visits.append(again)
            }
            return SimulatedPatient(
                mrn: String(200_000 + index), family: random.pick(families), given: random.pick(female ? givenF : givenM),
                birthDate: birth, sex: female ? "F" : "M",
                addressLine1: "\(Int.random(in: 1...999, using: &random)) \(random.pick(streets))", city: place.city, zip: place.zip,
                phone: "\(place.area)-555-\(String(1000 + Int.random(in: 0...8999, using: &random)))", insurance: insurance,
                visitDays: visits)
        }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    static func commercialID(using random: inout SplitMix64) -> String {
        "W" + String(100_000_000 + Int.random(in: 0...899_999_999, using: &random))
    }

    /// A Medicare beneficiary identifier: 1 digit 1-9, letter, letter or digit, digit, letter, letter or
    /// digit, digit, letter, letter, digit, digit; no S, L, O, I, B or Z.
    static func medicareID(using random: inout SplitMix64) -> String {
        let letters = Array("ACDEFGHJKMNPQRTUVWXY")
        let digits = Array("0123456789")
        func letter() -> Character { random.pick(letters) }
        func digit() -> Character { random.pick(digits) }
        func either() -> Character { random.chance(0.5) ? letter() : digit() }
        let first = Character(String(Int.random(in: 1...9, using: &random)))
        return String([first, letter(), either(), digit(), letter(), either(), digit(), letter(), letter(), digit(), digit()])
    }
}
