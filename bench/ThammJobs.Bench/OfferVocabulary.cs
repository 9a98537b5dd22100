namespace ThammJobs.Bench;

/// <summary>One wording in the two languages of the site.</summary>
internal sealed record Bilingual(string Fr, string Ar);

internal sealed record Sector(string Code, Bilingual Label);

internal sealed record City(string CountryCode, Bilingual Country, Bilingual Name);

/// <summary>What varies between generated offers: jobs, sectors, places, contracts, levels of education.</summary>
internal static class OfferVocabulary
{
    public static readonly Bilingual[] Roles =
    [
        new("Chargé.e de mobilité professionnelle", "مكلف(ة) بالتنقل المهني"),
        new("Conseiller.ère en accompagnement pré-départ", "مستشار(ة) في المواكبة قبل المغادرة"),
        new("Formateur.rice en français professionnel", "مكوّن(ة) في اللغة الفرنسية المهنية"),
        new("Assistant.e administratif.ve et financier.ère", "مساعد(ة) إداري(ة) ومالي(ة)"),
        new("Expert.e Migration nationale", "خبير(ة) في الهجرة الوطنية"),
        new("Chargé.e de suivi-évaluation", "مكلف(ة) بالتتبع والتقييم"),
        new("Responsable des partenariats employeurs", "مسؤول(ة) عن الشراكات مع المشغلين"),
        new("Coordinateur.rice régional.e des opérations", "منسق(ة) جهوي(ة) للعمليات"),
        new("Infirmier.ère", "ممرض(ة)"),
        new("Aide-soignant.e", "مساعد(ة) في العلاجات التمريضية"),
        new("Travailleur.se saisonnier.ère agricole", "عامل(ة) فلاحي(ة) موسمي(ة)"),
        new("Cuisinier.ère", "طباخ(ة)"),
        new("Réceptionniste en hôtellerie", "موظف(ة) استقبال في الفندقة"),
        new("Ouvrier.ère qualifié.e du bâtiment", "عامل(ة) مؤهل(ة) في البناء"),
        new("Technicien.ne de maintenance industrielle", "تقني(ة) في الصيانة الصناعية"),
        new("Juriste en droit des migrations", "قانوني(ة) متخصص(ة) في قانون الهجرة"),
        new("Animateur.rice touristique", "منشط(ة) سياحي(ة)"),
        new("Stagiaire en communication", "متدرب(ة) في التواصل"),
        new("Chargé.e d'ingénierie de formation", "مكلف(ة) بهندسة التكوين"),
        new("Conseiller.ère en insertion professionnelle", "مستشار(ة) في الإدماج المهني"),
    ];

    public static readonly Sector[] Sectors =
    [
        new("agriculture", new("agriculture", "الفلاحة")),
        new("hospitality", new("hôtellerie-restauration", "الفندقة والمطعمة")),
        new("tourism", new("tourisme", "السياحة")),
        new("health", new("santé", "الصحة")),
        new("construction", new("bâtiment et travaux publics", "البناء والأشغال العمومية")),
        new("industry", new("industrie", "الصناعة")),
        new("services", new("services", "الخدمات")),
        new("public-policy", new("politiques publiques", "السياسات العمومية")),
    ];

    private static readonly Bilingual Morocco = new("Maroc", "المغرب");
    private static readonly Bilingual France = new("France", "فرنسا");

    /// <summary>Moroccan cities nine times out of ten, as on the real site; a few French ones.</summary>
    public static readonly City[] Cities =
    [
        new("MA", Morocco, new("Rabat", "الرباط")),
        new("MA", Morocco, new("Casablanca", "الدار البيضاء")),
        new("MA", Morocco, new("Agadir", "أكادير")),
        new("MA", Morocco, new("Tanger", "طنجة")),
        new("MA", Morocco, new("Marrakech", "مراكش")),
        new("MA", Morocco, new("Fès", "فاس")),
        new("MA", Morocco, new("Oujda", "وجدة")),
        new("MA", Morocco, new("Meknès", "مكناس")),
        new("MA", Morocco, new("Kénitra", "القنيطرة")),
        new("MA", Morocco, new("Tétouan", "تطوان")),
        new("MA", Morocco, new("Béni Mellal", "بني ملال")),
        new("MA", Morocco, new("Laâyoune", "العيون")),
        new("MA", Morocco, new("Errachidia", "الرشيدية")),
        new("MA", Morocco, new("Safi", "آسفي")),
        new("MA", Morocco, new("El Jadida", "الجديدة")),
        new("MA", Morocco, new("Nador", "الناظور")),
        new("MA", Morocco, new("Taroudant", "تارودانت")),
        new("MA", Morocco, new("Ouarzazate", "ورزازات")),
        new("FR", France, new("Paris", "باريس")),
        new("FR", France, new("Perpignan", "بربينيان")),
    ];

    /// <summary>Contract types, the common ones repeated so they come up more often.</summary>
    public static readonly string[] Contracts = ["CDD", "CDD", "CDD", "CDI", "CDI", "Consultance", "Consultance", "Stage"];

    public static readonly (Bilingual Level, string Category)[] Education =
    [
        (new("Baccalauréat", "البكالوريا"), "high school"),
        (new("Diplôme de technicien spécialisé (Bac+2)", "دبلوم تقني متخصص (بكالوريا + 2)"), "associate degree"),
        (new("Licence (Bac+3)", "الإجازة (بكالوريا + 3)"), "bachelor degree"),
        (new("Master (Bac+5)", "الماستر (بكالوريا + 5)"), "postgraduate degree"),
        (new("Certificat de qualification professionnelle", "شهادة التأهيل المهني"), "professional certificate"),
    ];
}
