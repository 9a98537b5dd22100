namespace ThammJobs.Applications.Models;

/// <summary>
/// Why an application was not selected, in both languages; administrators edit the list. A reason in use is
/// deactivated rather than deleted, so the history keeps its wording.
/// </summary>
public sealed class RejectionReason
{
    public int Id { get; set; }
    public required string LabelFr { get; set; }
    public required string LabelAr { get; set; }
    public int Position { get; set; }
    public bool Active { get; set; } = true;

    public string Label(string culture) => culture == "ar" ? LabelAr : LabelFr;
}
