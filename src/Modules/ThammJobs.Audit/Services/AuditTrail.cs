using System.Text.Json;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using ThammJobs.Audit.Models;
using ThammJobs.Core.Audit;
using ThammJobs.Core.Data;

namespace ThammJobs.Audit.Services;

/// <summary>Adds entries to the shared context; whoever saves the context commits them with its own change.</summary>
internal sealed class AuditTrail(ThammJobsDbContext db, TimeProvider clock, IHttpContextAccessor http) : IAuditTrail
{
    // Arabic stays readable in the stored details, as in content JSON.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Record(AuditRecord record)
    {
        var user = http.HttpContext?.User;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Actor = record.Actor ?? (user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null),
            Category = record.Category,
            Action = record.Action,
            SubjectType = record.SubjectType,
            SubjectId = record.SubjectId,
            Culture = record.Culture,
            Details = record.Changes is { Count: > 0 } changes ? JsonSerializer.Serialize(changes, Json) : null,
        });
    }

    public static IReadOnlyList<AuditChange> ReadDetails(string? details) =>
        string.IsNullOrEmpty(details) ? [] : JsonSerializer.Deserialize<List<AuditChange>>(details, Json) ?? [];
}
