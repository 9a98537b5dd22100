using Microsoft.EntityFrameworkCore;
using ThammJobs.Applications.Models;
using ThammJobs.Core;
using ThammJobs.Core.Data;

namespace ThammJobs.Applications.Pipeline;

/// <summary>
/// Gives an empty reason list the reasons recruiters use most; administrators edit it afterwards
/// (<c>/admin/candidatures/motifs</c>). Seeded at start-up rather than in a migration: PostgreSQL identity
/// sequences do not advance past ids inserted by a migration, so the first reason added by hand would collide.
/// </summary>
internal sealed class RejectionReasonSeeder : IStartupTask
{
    public static readonly (string Fr, string Ar)[] Defaults =
    [
        ("Profil ne correspondant pas aux qualifications demandées", "الملف لا يستوفي المؤهلات المطلوبة"),
        ("Expérience insuffisante pour le poste", "خبرة غير كافية لهذا المنصب"),
        ("Niveau de langue insuffisant (français ou arabe)", "مستوى لغوي غير كافٍ (الفرنسية أو العربية)"),
        ("Dossier incomplet malgré la relance", "ملف غير مكتمل رغم التذكير"),
        ("D'autres profils correspondaient mieux au poste", "ملفات أخرى كانت أكثر ملاءمة للمنصب"),
        ("Non retenu·e à l'issue de l'entretien", "لم يتم الاختيار بعد المقابلة"),
        ("Candidature reçue après la clôture", "ترشيح توصلنا به بعد الأجل"),
    ];

    public int Order => 30;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        EnsureAsync(services.GetService(typeof(ThammJobsDbContext)) as ThammJobsDbContext ?? throw new InvalidOperationException("no database"), cancellationToken);

    /// <summary>Adds the defaults when the table is empty; idempotent (the generator calls it too).</summary>
    public static async Task EnsureAsync(ThammJobsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<RejectionReason>().AnyAsync(cancellationToken))
        {
            return;
        }

        for (var i = 0; i < Defaults.Length; i++)
        {
            db.Add(new RejectionReason { LabelFr = Defaults[i].Fr, LabelAr = Defaults[i].Ar, Position = i + 1 });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
