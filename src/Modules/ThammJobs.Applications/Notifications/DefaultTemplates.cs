using ThammJobs.Applications.Models;
using static ThammJobs.Applications.Models.ApplicationStage;

namespace ThammJobs.Applications.Notifications;

/// <summary>
/// The templates a new site starts with, in French and Arabic. Only "not selected" and "withdrawn" are sent by
/// default: the other steps are usually announced by a recruiter in person, and the interview invitation (with its
/// calendar file) is sent by the interview feature, not by this template. Administrators turn the others on.
/// </summary>
public static class DefaultTemplates
{
    public sealed record Default(ApplicationStage Stage, bool Enabled, string SubjectFr, string BodyFr, string SubjectAr, string BodyAr);

    /// <summary>Stages a template exists for: "received" is the confirmation e-mail, "erased" leaves no address to write to.</summary>
    public static readonly IReadOnlyList<ApplicationStage> Stages = [Complete, Incomplete, Screening, Shortlisted, Interview, Selected, NotSelected, Withdrawn];

    private const string LinkFr = "Votre candidature reste consultable ici : {lien_statut}";
    private const string LinkAr = "يمكنكم دائما الاطلاع على ترشيحكم عبر هذا الرابط: {lien_statut}";
    private const string SignFr = "Cordialement,\nL'équipe THAMM+ Équipe France";
    private const string SignAr = "مع خالص التحيات،\nفريق THAMM+ فريق فرنسا";

    private static string Fr(string text) => $"Bonjour {{prenom}} {{nom}},\n\n{text}\n\n{LinkFr}\n\n{SignFr}";

    private static string Ar(string text) => $"مرحبا {{prenom}} {{nom}}،\n\n{text}\n\n{LinkAr}\n\n{SignAr}";

    public static readonly IReadOnlyList<Default> All =
    [
        new(Complete, false,
            "Candidature {numero} : dossier complet",
            Fr("Votre dossier de candidature à l'offre « {offre} » (n° {numero}) est complet. Il sera examiné avec attention."),
            "الترشيح {numero}: ملف مكتمل",
            Ar("ملف ترشيحكم لعرض «{offre}» (رقم {numero}) مكتمل، وستتم دراسته بعناية.")),
        new(Incomplete, false,
            "Candidature {numero} : pièces manquantes",
            Fr("Il manque une ou plusieurs pièces à votre candidature à l'offre « {offre} » (n° {numero}). Vous pouvez la compléter depuis le lien ci-dessous jusqu'à la date limite."),
            "الترشيح {numero}: وثائق ناقصة",
            Ar("تنقص ترشيحكم لعرض «{offre}» (رقم {numero}) وثيقة أو أكثر. يمكنكم استكماله عبر الرابط أدناه إلى غاية آخر أجل.")),
        new(Screening, false,
            "Candidature {numero} : en cours d'examen",
            Fr("Votre candidature à l'offre « {offre} » (n° {numero}) est en cours d'examen par l'équipe de recrutement."),
            "الترشيح {numero}: قيد الدراسة",
            Ar("ترشيحكم لعرض «{offre}» (رقم {numero}) قيد الدراسة من طرف فريق التوظيف.")),
        new(Shortlisted, false,
            "Candidature {numero} : présélection",
            Fr("Nous avons le plaisir de vous informer que votre candidature à l'offre « {offre} » (n° {numero}) a été présélectionnée. Nous reviendrons vers vous prochainement pour la suite du processus."),
            "الترشيح {numero}: الانتقاء الأولي",
            Ar("يسعدنا إخباركم بأن ترشيحكم لعرض «{offre}» (رقم {numero}) قد تم انتقاؤه في اللائحة المختصرة. سنتواصل معكم قريبا بخصوص المراحل الموالية.")),
        new(Interview, false,
            "Candidature {numero} : entretien",
            Fr("Votre candidature à l'offre « {offre} » (n° {numero}) passe à l'étape de l'entretien. L'invitation, avec la date et le lieu, vous est envoyée séparément."),
            "الترشيح {numero}: المقابلة",
            Ar("انتقل ترشيحكم لعرض «{offre}» (رقم {numero}) إلى مرحلة المقابلة. ستصلكم الدعوة، مع التاريخ والمكان، في رسالة مستقلة.")),
        new(Selected, false,
            "Candidature {numero} : candidature retenue",
            Fr("Nous avons le plaisir de vous annoncer que votre candidature à l'offre « {offre} » (n° {numero}) a été retenue. L'équipe de recrutement vous contactera très prochainement."),
            "الترشيح {numero}: تم قبول ترشيحكم",
            Ar("يسعدنا أن نعلن لكم أن ترشيحكم لعرض «{offre}» (رقم {numero}) قد تم قبوله. سيتصل بكم فريق التوظيف في أقرب الآجال.")),
        new(NotSelected, true,
            "Votre candidature {numero} — {offre}",
            Fr("Nous vous remercions de l'intérêt que vous portez à l'offre « {offre} » et du temps consacré à votre candidature (n° {numero}).\n\nAprès un examen attentif, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Nous vous souhaitons plein succès dans vos projets professionnels."),
            "ترشيحكم {numero} — {offre}",
            Ar("نشكركم على اهتمامكم بعرض «{offre}» وعلى الوقت الذي خصصتموه لترشيحكم (رقم {numero}).\n\nبعد دراسة متأنية، يؤسفنا إخباركم بأنه لم يتم الاحتفاظ بترشيحكم. نتمنى لكم كامل التوفيق في مساركم المهني.")),
        new(Withdrawn, true,
            "Candidature {numero} retirée",
            Fr("Nous confirmons le retrait de votre candidature à l'offre « {offre} » (n° {numero}). Elle ne sera plus examinée. Merci de l'intérêt que vous avez porté à cette offre."),
            "تم سحب الترشيح {numero}",
            Ar("نؤكد سحب ترشيحكم لعرض «{offre}» (رقم {numero})، ولن تتم دراسته بعد الآن. نشكركم على اهتمامكم بهذا العرض.")),
    ];

    /// <summary>The reason the response-delay rule records; added inactive by its first run, so recruiters do not pick it by hand.</summary>
    public const string ResponseDelayReasonFr = "Sans suite à l'issue du délai de réponse annoncé";
    public const string ResponseDelayReasonAr = "دون متابعة بعد انقضاء أجل الرد المعلن";
}
