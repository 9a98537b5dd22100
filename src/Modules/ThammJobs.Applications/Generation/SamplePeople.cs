namespace ThammJobs.Applications.Generation;

/// <summary>Names for generated applications: Moroccan names with their Arabic spelling, and French names.</summary>
internal static class SamplePeople
{
    public static readonly (string Latin, string Arabic)[] MoroccanGivenNames =
    [
        ("Salma", "سلمى"), ("Youssef", "يوسف"), ("Fatima Zahra", "فاطمة الزهراء"), ("Mohamed", "محمد"), ("Khadija", "خديجة"),
        ("Amine", "أمين"), ("Imane", "إيمان"), ("Othmane", "عثمان"), ("Nadia", "نادية"), ("Hamza", "حمزة"),
        ("Meryem", "مريم"), ("Rachid", "رشيد"), ("Soukaina", "سكينة"), ("Karim", "كريم"), ("Houda", "هدى"),
        ("Anas", "أنس"), ("Zineb", "زينب"), ("Abdelilah", "عبد الإله"), ("Hajar", "هاجر"), ("Mehdi", "مهدي"),
        ("Loubna", "لبنى"), ("Ayoub", "أيوب"), ("Siham", "سهام"), ("Hicham", "هشام"), ("Asmae", "أسماء"),
        ("Ilyas", "إلياس"), ("Ghizlane", "غزلان"), ("Said", "سعيد"), ("Wiam", "وئام"), ("Reda", "رضا"),
    ];

    public static readonly (string Latin, string Arabic)[] MoroccanFamilyNames =
    [
        ("Bennani", "بناني"), ("El Amrani", "العمراني"), ("Alaoui", "العلوي"), ("Tazi", "التازي"), ("Berrada", "برادة"),
        ("El Idrissi", "الإدريسي"), ("Benjelloun", "بنجلون"), ("Chraibi", "الشرايبي"), ("Ouazzani", "الوزاني"), ("Lahlou", "لحلو"),
        ("Fassi Fihri", "الفاسي الفهري"), ("Bouzid", "بوزيد"), ("Haddad", "الحداد"), ("Naciri", "الناصري"), ("Ait Ouahmane", "آيت وحمان"),
        ("Ziani", "الزياني"), ("Kettani", "الكتاني"), ("Sebti", "السبتي"), ("El Mansouri", "المنصوري"), ("Benkirane", "بنكيران"),
        ("Amzil", "أمزيل"), ("Ouhaddou", "أوحدو"), ("Skalli", "السقلي"), ("Lamrani", "اللمراني"), ("Zerouali", "الزروالي"),
    ];

    public static readonly string[] FrenchGivenNames =
    [
        "Camille", "Léa", "Hugo", "Élodie", "Thomas", "Chloé", "Julien", "Inès", "Mathieu", "Anaïs", "François", "Margaux", "Noël", "Zoé", "Étienne",
    ];

    public static readonly string[] FrenchFamilyNames =
    [
        "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier", "Dupont", "Lambert", "Fontaine", "Chevalier", "Garnier", "Rousseau",
    ];

    public static readonly string[] Organisations =
    [
        "ANAPEC", "OFPPT", "Ministère de l'Inclusion économique", "Expertise France", "OIM Maroc", "GIZ Maroc", "Université Mohammed V",
        "Enabel", "Agence de l'Oriental", "Fondation Orient-Occident", "Office des Changes", "CNDH", "AFD Rabat", "Région Souss-Massa",
    ];

    public static readonly string[] Relationships =
    [
        "Ancienne supérieure hiérarchique", "Ancien supérieur hiérarchique", "Cheffe de projet", "Directeur de programme", "Collègue", "Coordinatrice nationale",
    ];

    public static readonly string[] Messages =
    [
        "Je suis très intéressée par ce poste et disponible à partir d'avril.",
        "Fort d'une expérience de dix ans dans la coopération internationale, je souhaite rejoindre le projet THAMM+.",
        "أنا مهتم جدا بهذا المنصب ومستعد للالتحاق به في أقرب الآجال.",
        "Disponible pour un entretien à Rabat ou à distance.",
        "لدي خبرة طويلة في مجال الهجرة والتشغيل.",
    ];

    /// <summary>Countries of residence with rough weights (most candidates live in Morocco).</summary>
    public static readonly (string Code, int Weight)[] Countries =
    [
        ("MA", 78), ("FR", 10), ("BE", 3), ("ES", 3), ("IT", 2), ("CA", 2), ("SN", 1), ("TN", 1),
    ];
}
