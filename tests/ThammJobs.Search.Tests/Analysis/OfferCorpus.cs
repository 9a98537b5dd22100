namespace ThammJobs.Search.Tests.Analysis;

/// <summary>
/// The offers the relevance tests search: the seed posting and short French and Arabic offers, each
/// written so that one form of one word is found only in it (or deliberately not).
/// </summary>
internal static class OfferCorpus
{
    /// <summary>Excerpts of the seed posting (expert-migration-nationale-thamm-equipe-france), as written.</summary>
    public static TestOffer Seed { get; } = TestOffer.French(
        "fr-thamm-expert",
        "EXPERT.E MIGRATION NATIONALE THAMM+ EQUIPE FRANCE",
        """
        Pays de la mission : Maroc- RABAT
        Contrat : CDI
        Date limite de réponse : 19/03/2026 à 23:59
        Le projet THAMM+ Équipe France (Towards a Holistic Approach to Labour Migration Governance and Labour Mobility) s'inscrit dans le programme régional THAMM+, initiative financée par l'Union européenne.
        Il a pour objectif général de promouvoir une mobilité de travail légale, durable et mutuellement bénéfique entre le Maroc et la France, tout en renforçant la coopération institutionnelle et en favorisant l'autonomisation socio-économique des travailleur.ses marocain.es à travers des parcours migratoires mieux encadrés et plus protecteurs.
        et promeut une approche inclusive et sensible au genre, garantissant la protection des droits des travailleur.ses migrant.es.
        l'appui au développement institutionnel et opérationnel de l'ANAPEC et des acteurs publics concernés.
        le Ministère de l'Agriculture marocain, ainsi que des acteurs du secteur privé impliqués dans l'agriculture, l'hôtellerie et la restauration.
        Basé.e à Rabat, au Maroc, l'Expert.e Migration légale et circulaire assurera, sous la supervision du chef de projet THAMM+ Équipe France, la mise en œuvre stratégique.
        ainsi que les analyses portant sur les profils et besoins des travailleur.se.s
        2. Appui technique à la structuration des dispositifs de mobilité circulaire (≈ 20%)
        contribuer à la mise à jour des indicateurs en lien avec le/la chargé.e SERA
        Diplôme de niveau Master (Bac+5) minimum en coopération internationale, politiques migratoires, droit public.
        Expérience professionnelle minimale de 8 ans. Une expérience préalable au Maroc constitue un atout.
        Date de démarrage souhaitée : 1^{er} avril 2026
        Les candidat(e)s intéressé(e)s par cette opportunité sont invité(e)s à soumettre leur dossier.
        """);

    public static IReadOnlyList<TestOffer> All { get; } =
    [
        Seed,
        TestOffer.French("fr-infirmiere", "Infirmière de nuit", "Clinique à Casablanca : poste d’infirmière en CDD, équipe de soins."),
        TestOffer.French("fr-ouvrieres", "Ouvrières agricoles", "Récolte des fraises à Huelva, en Espagne, au printemps."),
        TestOffer.French("fr-saisonniers", "Saisonnier·es pour la cueillette", "Nous recrutons des saisonnier·es et des candidat(e)s motivé(e)s pour la cueillette des agrumes dans le Souss."),
        TestOffer.French("fr-conseiller", "Conseiller emploi", "Le conseiller accompagne les demandeurs d'emploi à l'ANAPEC de Tanger."),
        TestOffer.French("fr-conseil", "Consultant en stratégie", "Cabinet de conseil en organisation, missions de conseil auprès des entreprises."),
        TestOffer.French("fr-csharp", "Développeur C# .NET", "Applications web en C# avec SQL Server, équipe à Rabat."),
        TestOffer.French("fr-cpp", "Développeur C++ senior", "Logiciel embarqué en C++ temps réel."),
        TestOffer.French("fr-cest", "Assistant administratif", "C'est un poste polyvalent : c’est l'accueil, le courrier et les dossiers."),
        TestOffer.French("fr-agriculture", "Technicien agricole", "Appui technique aux exploitations, agriculture durable et irrigation dans la région du Souss."),
        TestOffer.French("fr-formatrice", "Formatrice en hôtellerie", "Former les stagiaires aux métiers de l'accueil et du service en salle."),
        TestOffer.French("fr-mobilite-apart", "Chargé de projet", "Projet de mobilité professionnelle et de migration circulaire."),
        TestOffer.French("fr-rabat-title", "Chauffeur à Rabat", "Transport de personnel, permis B exigé."),
        TestOffer.French("fr-rabat-body", "Chauffeur livreur", "Tournées à Rabat et Salé, dépôt à Rabat, livraisons à Rabat-Agdal."),
        TestOffer.French("fr-traducteur", "Traducteur arabe-français", "Traduction de documents officiels : الترجمة القانونية والإدارية."),
        TestOffer.French("fr-experte", "Experte genre", "Une experte de l’égalité femmes-hommes."),

        TestOffer.Arabic("ar-hijra", "خبير في الهجرة", "مشروع حول الهجرة والتنقل المهني بين المغرب وفرنسا."),
        TestOffer.Arabic("ar-wadhifa", "تفاصيل الوظيفة", "الوظيفة بدوام كامل في مدينة طنجة."),
        TestOffer.Arabic("ar-wadhifa-bare", "وظيفة شاغرة", "وظيفة في قطاع الفندقة."),
        TestOffer.Arabic("ar-spain", "عمل موسمي بإسبانيا", "جني الفراولة لمدة ثلاثة أشهر."),
        TestOffer.Arabic("ar-engineer", "مُهَنْدِسٌ مَدَنِيٌّ", "مطلوب مـهـنـدس للأشغال العمومية بالدار البيضاء."),
        TestOffer.Arabic("ar-masoul-waw", "مسؤول المبيعات", "نبحث عن مسؤول تجاري."),
        TestOffer.Arabic("ar-masoul-yeh", "مسئول الجودة", "مسئول عن مراقبة الجودة."),
        TestOffer.Arabic("ar-digits", "عقد محدد المدة", "عقد لمدة ١٢ شهرا ابتداء من سنة ٢٠٢٦."),
        TestOffer.Arabic("ar-persian-digits", "تدريب مهني", "دورة تدريبية سنة ۲۰۲۷."),
        TestOffer.Arabic("ar-anapec", "مستشار في التشغيل", "عقد CDD لدى ANAPEC بالرباط."),
        TestOffer.Arabic("ar-nurse", "ممرضة", "ممرضة للعمل في مستشفى جامعي."),
        TestOffer.Arabic("ar-disease", "توعية صحية", "حملة للتوعية بمرض السكري."),
        TestOffer.Arabic("ar-thamm", "مشروع THAMM+\u200E فريق فرنسا", "خبير في التنقل المهني."),
        TestOffer.Arabic("ar-alef", "أستاذ اللغة الإنجليزية", "إدارة المدرسة تبحث عن أستاذ."),
        TestOffer.Arabic("ar-agri", "تقني فلاحي", "دعم الفلاحة المستدامة في سوس."),
        TestOffer.Arabic("ar-dar-apart", "الدار الجديدة", "الجدران البيضاء والحديقة."),
    ];
}
