/// The price lists a new installation starts with (`revcycle init` writes them beside the default
/// site file). The repository's own `config/fees/` holds the same text; a test keeps them equal.
enum StarterFiles {
    static let all: [String: String] = [
        "config/fees/default-chargemaster.csv": chargemaster,
        "config/fees/medicare-2026.csv": medicare,
        "config/fees/aetna-2026.csv": aetna,
    ]

    static let chargemaster = """
        code,description,service_type,revenue_code,price
        99202,"Office visit, new patient, straightforward",98,0510,165.00
        99203,"Office visit, new patient, low complexity",98,0510,240.00
        99213,"Office visit, established patient, low complexity",98,0510,180.00
        99214,"Office visit, established patient, moderate complexity",98,0510,265.00
        G0439,"Annual wellness visit, subsequent",98,0510,260.00
        36415,Routine venipuncture,5,0300,18.00
        80053,Comprehensive metabolic panel,5,0301,64.00
        85025,"Complete blood count, automated, with differential",5,0305,38.00
        71046,"Chest X-ray, 2 views",4,0324,210.00
        93000,"Electrocardiogram, 12 leads, with interpretation",30,0730,95.00
        70553,"MRI brain, without and with contrast",62,0612,2850.00
        99283,"Emergency department visit, moderate",86,0450,780.00
        J1100,"Dexamethasone sodium phosphate injection, 1 mg",30,0636,12.00

        """

    static let medicare = """
        code,allowed
        99202,72.53
        99203,111.23
        99213,92.47
        99214,130.56
        G0439,133.40
        36415,3.00
        80053,10.56
        85025,7.77
        71046,32.13
        93000,16.32
        70553,386.39
        99283,77.86
        J1100,0.13

        """

    static let aetna = """
        code,allowed
        99202,98.00
        99203,148.00
        99213,118.00
        99214,171.00
        G0439,165.00
        36415,6.50
        80053,21.00
        85025,14.00
        71046,68.00
        93000,31.00
        70553,912.00
        99283,318.00
        J1100,1.10

        """
}
